/**
 * The pull request a run belongs to, read from the event payload the runner
 * writes to GITHUB_EVENT_PATH. Read when asked, never at import time.
 */
import { readFileSync } from 'node:fs'
import { describeError } from '../templates/files.js'
import type { PullRequestRef } from './api.js'

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

export interface PullRequestEvent extends PullRequestRef {
  eventName: string
  baseSha: string
  headSha: string
  /** The head branch lives in another repository: its token is read-only. */
  fromFork: boolean
  /** `changed_files` from the payload, when given. */
  changedFiles: number | null
}

/** True when the run's event is about a pull request. */
export function isPullRequestEvent(env: NodeJS.ProcessEnv): boolean {
  return PULL_REQUEST_EVENTS.has(env['GITHUB_EVENT_NAME'] ?? '')
}

/** The run's pull request, or null when the event is not a pull request. */
export function readPullRequestEvent(
  env: NodeJS.ProcessEnv,
  readText: (file: string) => string = file => readFileSync(file, 'utf8')
): PullRequestEvent | null {
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  if (!PULL_REQUEST_EVENTS.has(eventName)) return null

  const eventPath = env['GITHUB_EVENT_PATH']
  if (!eventPath) {
    throw new Error(
      `GITHUB_EVENT_NAME is ${eventName} but GITHUB_EVENT_PATH is not set`
    )
  }
  let payload: unknown
  try {
    payload = JSON.parse(readText(eventPath))
  } catch (error) {
    throw new Error(
      `the event payload ${eventPath} cannot be read: ${describeError(error)}`
    )
  }

  const pr = at(payload, 'pull_request')
  const number = at(pr, 'number')
  const baseSha = at(pr, 'base', 'sha')
  const headSha = at(pr, 'head', 'sha')
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  if (
    typeof number !== 'number' ||
    typeof baseSha !== 'string' ||
    typeof headSha !== 'string' ||
    !owner ||
    !repo
  ) {
    throw new Error(
      `the ${eventName} payload lacks the pull request number, base or head sha, or GITHUB_REPOSITORY is not owner/name`
    )
  }

  const headRepo = at(pr, 'head', 'repo', 'full_name')
  const baseRepo = at(pr, 'base', 'repo', 'full_name')
  const changedFiles = at(pr, 'changed_files')
  return {
    eventName,
    owner,
    repo,
    number,
    baseSha,
    headSha,
    // `repo.fork` says the repository is a fork of something, which is also
    // true of a branch inside a forked base, so the names decide when known.
    fromFork:
      typeof headRepo === 'string' && typeof baseRepo === 'string'
        ? headRepo !== baseRepo
        : at(pr, 'head', 'repo', 'fork') !== false,
    changedFiles: typeof changedFiles === 'number' ? changedFiles : null
  }
}

function at(value: unknown, ...keys: string[]): unknown {
  let current = value
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
