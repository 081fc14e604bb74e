/**
 * Writes the one sticky comment of a pull request through the API, as
 * planned in comment-plan.ts.
 */
import * as core from '@actions/core'
import {
  isOwnComment,
  planComment,
  type CommentMode,
  type RunStamp
} from './comment-plan.js'
import type { GitHubApi, PullRequestRef } from './api.js'

export interface StickyCommentOptions {
  mode: CommentMode
  /** The full body, marker and stamp included. */
  body: string
  stamp: RunStamp
  /** The report has nothing to say: no comment is created for it. */
  quiet: boolean
}

/** Finds, plans and writes; GitHub errors propagate to the caller. */
export async function publishStickyComment(
  api: GitHubApi,
  pr: PullRequestRef,
  options: StickyCommentOptions
): Promise<void> {
  if (options.mode === 'off') {
    core.info('Pull-request comment: off.')
    return
  }
  const login = await api.viewerLogin()
  core.debug(`comments are matched to ${login ?? 'any bot author'}`)
  const own = (await api.listIssueComments(pr)).filter(comment =>
    isOwnComment(comment, login)
  )
  const plan = planComment({ ...options, own })
  if (plan.steps.length === 0) {
    core.info(`Pull-request comment left as it is: ${plan.reason}.`)
    return
  }

  for (const step of plan.steps) {
    switch (step.kind) {
      case 'create':
        await api.createIssueComment(pr, step.body)
        core.info(`Pull-request comment posted on #${pr.number}.`)
        break
      case 'update':
        await api.updateIssueComment(pr, step.id, step.body)
        core.info(`Pull-request comment ${step.id} updated.`)
        break
      case 'delete':
        await api.deleteIssueComment(pr, step.id)
        core.debug(`deleted earlier comment ${step.id}`)
        break
      case 'minimize':
        await api.minimizeComment(step.nodeId)
        core.debug(`hid earlier comment ${step.nodeId}`)
        break
    }
  }
}
