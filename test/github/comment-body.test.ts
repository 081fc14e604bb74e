import { describe, expect, it } from '@jest/globals'
import { makeFinding, makeReport } from '../../__fixtures__/findings.js'
import {
  COMMENT_LIMIT,
  renderComment,
  type CommentContext
} from '../../src/github/comment-body.js'
import { COMMENT_MARKER, readStamp } from '../../src/github/comment-plan.js'

const context: CommentContext = {
  serverUrl: 'https://github.example/',
  owner: 'octo',
  repo: 'infra',
  stamp: { runId: 77, runAttempt: 1, headSha: 'abc123' },
  scannedPaths: 3,
  onlyNew: true
}

describe('the comment body', () => {
  it('starts with the marker and stamp and links lines to the head commit', () => {
    const { body, quiet } = renderComment(
      makeReport([makeFinding({ new: true })]),
      context
    )
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true)
    expect(readStamp(body)).toEqual(context.stamp)
    expect(body).toContain(
      '](https://github.example/octo/infra/blob/abc123/infra/api.yaml#L'
    )
    expect(body).toContain(
      'Scope: the templates this pull request changes (3 paths)'
    )
    expect(quiet).toBe(false)
  })

  it('says how many existing findings do not fail the check under only-new', () => {
    const { body } = renderComment(
      makeReport([
        makeFinding({ new: false }),
        makeFinding({ new: false, line: 30 })
      ]),
      context
    )
    expect(body).toContain(
      '2 existing findings are also on the base branch and do not fail this check'
    )
  })

  it('stays under the limit with thousands of findings and points to the run', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      makeFinding({ line: i + 1, message: 'x'.repeat(200) })
    )
    const { body } = renderComment(makeReport(findings), context)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toContain(
      'not shown**; the [job summary](https://github.example/octo/infra/actions/runs/77) lists them all.'
    )
  })

  it('is quiet for a report with only passes', () => {
    expect(
      renderComment(makeReport([makeFinding({ status: 'pass' })]), context)
        .quiet
    ).toBe(true)
    expect(
      renderComment(
        makeReport([makeFinding({ status: 'suppressed' })]),
        context
      ).quiet
    ).toBe(false)
  })
})
