/**
 * The files a pull request changes: from the API (paginated, with patches
 * for review suggestions) while GitHub lists them all, otherwise from
 * `git diff` against the merge base.
 */
import * as core from '@actions/core'
import { describeError } from '../templates/files.js'
import { httpStatus, type GitHubApi } from './api.js'
import { diffChangedFiles, ensureCommit, type Git } from './git.js'
import type { ChangedFile } from '../changed-paths.js'
import type { PullRequestEvent } from './event.js'

/** The pull-request files API lists no more than this. */
export const API_FILE_LIMIT = 3000

export interface ChangedFiles {
  files: ChangedFile[]
  source: 'api' | 'git'
}

/** Lists the changed files, or returns null when neither way works. */
export async function listChangedFiles(
  api: GitHubApi | null,
  git: Git,
  pr: PullRequestEvent
): Promise<ChangedFiles | null> {
  if (api && (pr.changedFiles === null || pr.changedFiles <= API_FILE_LIMIT)) {
    try {
      const files = await api.listPullRequestFiles(pr, API_FILE_LIMIT)
      // A full page count can mean GitHub stopped listing, not that it ended.
      if (files.length < API_FILE_LIMIT) return { files, source: 'api' }
      core.info(
        `The pull request changes ${API_FILE_LIMIT} or more files, more than GitHub lists; using git diff.`
      )
    } catch (error) {
      const status = httpStatus(error)
      core.warning(
        `Could not list the pull request's files through the API${status === null ? '' : ` (HTTP ${status})`}: ${describeError(error)}. Using git diff instead.`
      )
    }
  } else if (api) {
    core.info(
      `The pull request changes ${pr.changedFiles} files, more than GitHub lists; using git diff.`
    )
  }

  try {
    const ready =
      (await ensureCommit(git, pr.baseSha)) &&
      (await ensureCommit(git, pr.headSha))
    if (!ready)
      throw new Error(
        'the base or head commit is not in the checkout and could not be fetched'
      )
    return {
      files: await diffChangedFiles(git, pr.baseSha, pr.headSha),
      source: 'git'
    }
  } catch (error) {
    core.warning(
      `Could not list the changed files with git either (${describeError(error)}); scanning every path instead. actions/checkout with fetch-depth: 0 makes git diff possible.`
    )
    return null
  }
}
