/**
 * The body of the sticky comment: the Markdown report linked to the head
 * commit, a note on what was scanned, the hidden marker and the run stamp,
 * always under GitHub's limit for a comment.
 */
import { renderMarkdown } from '../report/markdown.js'
import { composeBody, type RunStamp } from './comment-plan.js'
import type { Report } from '../model.js'

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536
// The marker and the run stamp sit in front of the report.
const STAMP_ROOM = 300

export interface CommentContext {
  /** `https://github.com`, or the GitHub Enterprise server. */
  serverUrl: string
  owner: string
  repo: string
  stamp: RunStamp
  /** Paths scanned when only the changed ones were; null when all were. */
  scannedPaths: number | null
  onlyNew: boolean
}

export interface CommentBody {
  body: string
  /** Nothing for a person to look at: such a report starts no comment. */
  quiet: boolean
}

/** Renders the comment for a report. */
export function renderComment(
  report: Report,
  context: CommentContext
): CommentBody {
  const repository = `${context.serverUrl.replace(/\/+$/, '')}/${context.owner}/${context.repo}`
  const { runId } = context.stamp
  const markdown = renderMarkdown(report, {
    maxLength: COMMENT_LIMIT - STAMP_ROOM,
    linkBase: `${repository}/blob/${context.stamp.headSha}/`,
    summaryPointer:
      runId > 0
        ? `the [job summary](${repository}/actions/runs/${runId}) lists them all.`
        : 'the job summary lists them all.',
    notes: notes(report, context)
  })
  return { body: composeBody(markdown, context.stamp), quiet: isQuiet(report) }
}

function notes(report: Report, context: CommentContext): string[] {
  const lines: string[] = []
  const scanned = context.scannedPaths
  if (scanned !== null) {
    lines.push(
      `Scope: the templates this pull request changes (${scanned} ${scanned === 1 ? 'path' : 'paths'}); \`scope: all\` scans everything.`
    )
  }
  const existing = report.findings.filter(
    f => f.new === false && f.status !== 'pass'
  ).length
  if (context.onlyNew && existing > 0) {
    lines.push(
      `${existing} existing ${existing === 1 ? 'finding is' : 'findings are'} also on the base branch and ${existing === 1 ? 'does' : 'do'} not fail this check (\`only-new\`).`
    )
  }
  return lines
}

function isQuiet(report: Report): boolean {
  const { fail, warning, unknown, suppressed } = report.counts
  const concerns =
    fail +
    warning +
    unknown +
    suppressed +
    report.errors.length +
    report.coverage.regionsNotAudited.length
  return concerns === 0
}
