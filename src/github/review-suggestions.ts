/**
 * Posts one review whose comments suggest the fix for each new failing
 * finding on a line of the diff, as planned in review-comments.ts.
 */
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parsePatch } from '../diff-hunks.js'
import { planReviewComments } from '../review-comments.js'
import { showFile, type Git } from './git.js'
import type { ChangedFile } from '../changed-paths.js'
import type { Report } from '../model.js'
import type { GitHubApi } from './api.js'
import type { PullRequestEvent } from './event.js'

export interface SuggestionContext {
  api: GitHubApi
  git: Git
  pr: PullRequestEvent
  workspace: string
  changed: readonly ChangedFile[]
}

/** Plans and posts the review; GitHub errors propagate to the caller. */
export async function publishSuggestions(
  context: SuggestionContext,
  report: Report
): Promise<void> {
  const diffLines = new Map<string, Set<number>>()
  for (const file of context.changed) {
    if (file.patch !== null)
      diffLines.set(file.path, parsePatch(file.patch).visible)
  }
  const files = new Set(
    report.findings
      .filter(f => f.status === 'fail' && f.new !== false && f.file !== null)
      .map(f => f.file as string)
      .filter(file => diffLines.has(file))
  )
  if (files.size === 0) {
    core.info(
      'Review suggestions: no new failing finding on a line of the diff.'
    )
    return
  }

  const texts = new Map<string, string>()
  for (const file of files) {
    const text = await headText(context, file)
    if (text !== null) texts.set(file, text)
  }
  const plan = planReviewComments({
    findings: report.findings,
    diffLines,
    texts,
    existing: await context.api.listReviewComments(context.pr)
  })
  if (plan.comments.length === 0) {
    core.info(
      'Review suggestions: none to add (already suggested, or no certain fix).'
    )
    return
  }

  const more =
    plan.overLimit > 0
      ? ` ${plan.overLimit} more will be suggested by the next run.`
      : ''
  await context.api.createReview(
    context.pr,
    context.pr.headSha,
    `apigw-cache-check suggests ${plan.comments.length} ${plan.comments.length === 1 ? 'fix' : 'fixes'} for unencrypted API Gateway caches.${more}`,
    plan.comments
  )
  core.info(`Review suggestions: posted ${plan.comments.length}.`)
}

/**
 * The file as the head commit has it. The workspace is usually the merge
 * commit, whose lines can differ from the head's when the base changed the
 * same file; then no line can be trusted and the file gets no suggestion.
 */
async function headText(
  context: SuggestionContext,
  file: string
): Promise<string | null> {
  let local: string
  try {
    local = await readFile(path.resolve(context.workspace, file), 'utf8')
  } catch {
    return null
  }
  const head = await showFile(context.git, context.pr.headSha, file)
  if (head !== null && head !== local) {
    core.debug(
      `${file} differs between the workspace and the head commit; no suggestions for it`
    )
    return null
  }
  return local
}
