/**
 * The pull-request side of a run: before the scan, which paths to scan and
 * a checkout of the base commit; after it, the sticky comment and review
 * suggestions. Nothing here fails the step: a fork's read-only token or a
 * GitHub error becomes a warning, and the job summary still has the report.
 */
import * as core from '@actions/core'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import {
  renamedPaths,
  scanPathsForChanges,
  type ChangedFile
} from '../changed-paths.js'
import { describeError } from '../templates/files.js'
import { httpStatus, type GitHubApi } from './api.js'
import { createGitHubApi } from './octokit-api.js'
import { checkoutBase, type BaseCheckout } from './base-checkout.js'
import { listChangedFiles } from './changed-files.js'
import { renderComment } from './comment-body.js'
import type { RunStamp } from './comment-plan.js'
import { createGit, type Git } from './git.js'
import { publishSuggestions } from './review-suggestions.js'
import { publishStickyComment } from './sticky-comment.js'
import type { PullRequestSettings } from '../inputs.js'
import type { Report } from '../model.js'
import type { PullRequestEvent } from './event.js'

export interface PullRequestScan {
  pr: PullRequestEvent
  api: GitHubApi | null
  git: Git
  /** The changed files, or null when they could not be listed. */
  changed: ChangedFile[] | null
  /** Where the changed files came from; only the API gives diffs. */
  changedSource: 'api' | 'git' | null
  /** Paths to scan on the head, relative to the workspace. */
  paths: string[]
  baseline: BaseCheckout | null
}

/** Decides what to scan and checks out the base commit. */
export async function preparePullRequestScan(
  pr: PullRequestEvent,
  settings: PullRequestSettings,
  workspace: string,
  paths: readonly string[]
): Promise<PullRequestScan> {
  core.info(
    `Pull request #${pr.number}: base ${pr.baseSha}, head ${pr.headSha}.`
  )
  const git = createGit(workspace)
  const api = settings.token === '' ? null : createGitHubApi(settings.token)
  if (!api)
    core.warning(
      'The token input is empty: the pull request gets no comment or suggestions, and the changed files come from git.'
    )

  const changed = await listChangedFiles(api, git, pr)
  let wanted: string[]
  if (settings.scope === 'all' || !changed) {
    wanted = [...paths, ...settings.alwaysScan]
    core.info(
      `Scanning every path (scope: ${changed ? 'all' : 'changed, but the changed files are unknown'}).`
    )
  } else {
    wanted = scanPathsForChanges(changed.files, {
      roots: paths,
      alwaysScan: settings.alwaysScan
    })
    const shown = wanted.slice(0, 20).join(', ')
    const more = wanted.length > 20 ? ` and ${wanted.length - 20} more` : ''
    core.info(
      `Changed files: ${changed.files.length} (from ${changed.source}); scanning ${wanted.length} paths: ${shown || 'none'}${more}.`
    )
  }
  const existing = await keepExisting(
    workspace,
    wanted,
    new Set(settings.alwaysScan)
  )

  const baseline =
    existing.length === 0
      ? null
      : await checkoutBase(git, {
          baseSha: pr.baseSha,
          headPaths: existing,
          renames: renamedPaths(changed?.files ?? []),
          tempDirectory: settings.tempDirectory
        })
  return {
    pr,
    api,
    git,
    changed: changed?.files ?? null,
    changedSource: changed?.source ?? null,
    paths: existing,
    baseline
  }
}

/** Writes the comment and the suggestions; never throws. */
export async function publishPullRequestFeedback(
  scan: PullRequestScan,
  report: Report,
  settings: PullRequestSettings & { onlyNew: boolean; workspace: string },
  env: NodeJS.ProcessEnv
): Promise<void> {
  const { pr, api } = scan
  if (!api) return
  const stamp: RunStamp = {
    runId: Number(env['GITHUB_RUN_ID'] ?? '0') || 0,
    runAttempt: Number(env['GITHUB_RUN_ATTEMPT'] ?? '1') || 1,
    headSha: pr.headSha
  }
  const comment = renderComment(report, {
    serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
    owner: pr.owner,
    repo: pr.repo,
    stamp,
    scannedPaths:
      settings.scope === 'changed' && scan.changed ? scan.paths.length : null,
    onlyNew: settings.onlyNew
  })

  try {
    await publishStickyComment(api, pr, {
      mode: settings.comment,
      body: comment.body,
      stamp,
      quiet: comment.quiet
    })
  } catch (error) {
    core.warning(explainFailure(error, 'write the pull-request comment', pr))
    // The same token cannot post a review either; one warning says it.
    if (isPermissionError(error)) return
  }

  if (!settings.suggestions) return
  if (!scan.changed || scan.changedSource !== 'api') {
    core.info(
      'Review suggestions: skipped, GitHub did not list the diff of this pull request.'
    )
    return
  }
  try {
    await publishSuggestions(
      {
        api,
        git: scan.git,
        pr,
        workspace: settings.workspace,
        changed: scan.changed
      },
      report
    )
  } catch (error) {
    core.warning(explainFailure(error, 'post review suggestions', pr))
  }
}

function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error)
  return status === 403 || status === 404
}

function explainFailure(
  error: unknown,
  what: string,
  pr: PullRequestEvent
): string {
  const status = httpStatus(error)
  if (isPermissionError(error)) {
    const fork = pr.fromFork
      ? ' Pull requests from forks get a read-only token.'
      : ''
    return `Could not ${what} (HTTP ${status}): the token lacks the pull-requests: write permission.${fork} Grant it with "permissions: pull-requests: write" in the workflow. The job summary and annotations still have the full report.`
  }
  return `Could not ${what}: ${describeError(error)}. The job summary and annotations still have the full report.`
}

/** Drops paths that are not in the workspace; a named always-scan path gets a warning. */
async function keepExisting(
  workspace: string,
  wanted: readonly string[],
  named: ReadonlySet<string>
): Promise<string[]> {
  const kept: string[] = []
  for (const candidate of new Set(wanted)) {
    try {
      await stat(path.resolve(workspace, candidate))
      kept.push(candidate)
    } catch {
      if (named.has(candidate))
        core.warning(
          `always-scan path "${candidate}" does not exist; it was skipped.`
        )
      else core.debug(`${candidate} is not in the workspace; skipped`)
    }
  }
  return kept
}
