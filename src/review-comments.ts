/**
 * Chooses the review comments with suggested fixes for a pull request: one
 * per new failing finding whose line the diff shows, none where an earlier
 * run already left one, and at most a fixed number per review.
 */
import { escapeMarkdown } from './report/escape.js'
import { suggestFix, suggestionFence } from './suggestions.js'
import type { Finding } from './model.js'

export const SUGGESTION_MARKER = '<!-- apigw-cache-check:suggestion -->'

/** More than this in one review buries the conversation. */
export const MAX_SUGGESTIONS = 30

export interface ReviewPlanInput {
  findings: readonly Finding[]
  /** Head lines the diff shows, by file. */
  diffLines: ReadonlyMap<string, ReadonlySet<number>>
  /** Head text of each changed file that has findings. */
  texts: ReadonlyMap<string, string>
  /** Review comments already on the pull request. */
  existing: readonly { path: string; line: number | null; body: string }[]
  limit?: number
}

export interface PlannedComment {
  path: string
  line: number
  body: string
}

export interface ReviewPlan {
  comments: PlannedComment[]
  /** Suggestions left out by the limit. */
  overLimit: number
}

/** Plans the suggestions; findings are taken in report order. */
export function planReviewComments(input: ReviewPlanInput): ReviewPlan {
  const limit = input.limit ?? MAX_SUGGESTIONS
  const taken = new Set(
    input.existing
      .filter(comment => comment.body.includes(SUGGESTION_MARKER))
      .map(comment => `${comment.path}:${comment.line ?? ''}`)
  )
  const plan: ReviewPlan = { comments: [], overLimit: 0 }

  for (const finding of input.findings) {
    // Existing findings were there before the pull request; it need not fix them.
    if (finding.status !== 'fail' || finding.new === false) continue
    if (finding.file === null) continue
    const text = input.texts.get(finding.file)
    const visible = input.diffLines.get(finding.file)
    if (text === undefined || !visible) continue

    const suggestion = suggestFix(finding, text)
    if (!suggestion || !visible.has(suggestion.line)) continue
    const key = `${finding.file}:${suggestion.line}`
    if (taken.has(key)) continue
    taken.add(key)

    if (plan.comments.length >= limit) {
      plan.overLimit++
      continue
    }
    plan.comments.push({
      path: finding.file,
      line: suggestion.line,
      body: suggestionBody(finding, suggestion.replacement)
    })
  }
  return plan
}

function suggestionBody(finding: Finding, replacement: string[]): string {
  const fence = suggestionFence(replacement)
  return [
    SUGGESTION_MARKER,
    `**API Gateway cache not encrypted.** ${escapeMarkdown(finding.message)}`,
    '',
    `${fence}suggestion`,
    ...replacement,
    fence
  ].join('\n')
}
