/**
 * Which sticky comment to write, pure: the comment is found by a hidden
 * marker among the token's own comments, stamped with the run that wrote
 * it, and the `comment` mode decides between editing, posting anew,
 * deleting or hiding. No call is made when nothing would change, and an
 * older run never overwrites what a newer one wrote.
 */
import type { IssueComment } from './api.js'

export const COMMENT_MARKER = '<!-- apigw-cache-check -->'

export const COMMENT_MODES = [
  'update',
  'new',
  'delete-and-new',
  'hide-and-new',
  'off'
] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

/** The run that writes a comment; later runs have larger ids. */
export interface RunStamp {
  runId: number
  runAttempt: number
  headSha: string
}

export type CommentStep =
  | { kind: 'create'; body: string }
  | { kind: 'update'; id: number; body: string }
  | { kind: 'delete'; id: number }
  | { kind: 'minimize'; nodeId: string }

export interface CommentPlan {
  steps: CommentStep[]
  /** Why nothing is written, for the log. */
  reason: string
}

const STAMP =
  /<!-- apigw-cache-check:run run-id=(\d+) attempt=(\d+) sha=([0-9a-f]*) -->\n?/

/** Puts the marker and the run stamp in front of the Markdown report. */
export function composeBody(markdown: string, stamp: RunStamp): string {
  return `${COMMENT_MARKER}\n<!-- apigw-cache-check:run run-id=${stamp.runId} attempt=${stamp.runAttempt} sha=${stamp.headSha.replace(/[^0-9a-f]/gi, '').toLowerCase()} -->\n${markdown}`
}

/** Reads the run stamp of a comment body, or null when it has none. */
export function readStamp(body: string): RunStamp | null {
  const match = STAMP.exec(body)
  if (!match) return null
  return {
    runId: Number(match[1]),
    runAttempt: Number(match[2]),
    headSha: match[3] ?? ''
  }
}

/**
 * True for this tool's comments written by the token's user: the marker
 * starts the body, and the author is `viewerLogin`, or any bot when the
 * login is unknown (the default token acts as a bot whose login it cannot
 * ask for everywhere).
 */
export function isOwnComment(
  comment: IssueComment,
  viewerLogin: string | null
): boolean {
  if (!comment.body.startsWith(COMMENT_MARKER) || !comment.author) return false
  return viewerLogin !== null
    ? comment.author.login === viewerLogin
    : comment.author.type === 'Bot'
}

/**
 * Plans the calls for one run. `own` lists this tool's comments by the
 * token's user, oldest first; `quiet` means the report has nothing to say.
 */
export function planComment(input: {
  mode: CommentMode
  own: readonly IssueComment[]
  body: string
  stamp: RunStamp
  quiet: boolean
}): CommentPlan {
  const { mode, own, body, stamp } = input
  if (mode === 'off') return { steps: [], reason: 'the comment input is off' }

  const latest = own[own.length - 1]
  if (!latest) {
    return input.quiet
      ? {
          steps: [],
          reason: 'nothing to report and no earlier comment to update'
        }
      : { steps: [{ kind: 'create', body }], reason: '' }
  }

  const written = readStamp(latest.body)
  if (written && isNewer(written, stamp)) {
    return {
      steps: [],
      reason: `the comment was written by a newer run (${written.runId}, attempt ${written.runAttempt})`
    }
  }
  if (withoutStamp(latest.body) === withoutStamp(body)) {
    return { steps: [], reason: 'the comment already says this' }
  }

  switch (mode) {
    case 'update':
      return { steps: [{ kind: 'update', id: latest.id, body }], reason: '' }
    case 'new':
      return { steps: [{ kind: 'create', body }], reason: '' }
    case 'delete-and-new':
      return {
        steps: [
          ...own.map(c => ({ kind: 'delete' as const, id: c.id })),
          { kind: 'create', body }
        ],
        reason: ''
      }
    case 'hide-and-new':
      // Earlier comments were hidden by the runs that superseded them.
      return {
        steps: [
          { kind: 'minimize', nodeId: latest.nodeId },
          { kind: 'create', body }
        ],
        reason: ''
      }
  }
}

function isNewer(written: RunStamp, ours: RunStamp): boolean {
  if (written.runId !== ours.runId) return written.runId > ours.runId
  return written.runAttempt > ours.runAttempt
}

function withoutStamp(body: string): string {
  return body.replace(STAMP, '')
}
