import { describe, expect, it } from '@jest/globals'
import {
  COMMENT_MARKER,
  composeBody,
  isOwnComment,
  planComment,
  readStamp,
  type RunStamp
} from '../../src/github/comment-plan.js'
import type { IssueComment } from '../../src/github/api.js'

const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const stamp = (runId: number, runAttempt = 1): RunStamp => ({
  runId,
  runAttempt,
  headSha: 'abc123'
})

function comment(id: number, body: string, author = BOT): IssueComment {
  return { id, nodeId: `IC_${id}`, body, author }
}

describe('the sticky comment', () => {
  it('stamps the body with the run and reads the stamp back', () => {
    const body = composeBody('report', stamp(42, 2))
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true)
    expect(readStamp(body)).toEqual({
      runId: 42,
      runAttempt: 2,
      headSha: 'abc123'
    })
    expect(readStamp('no stamp')).toBeNull()
  })

  it('recognises its own comments by marker and author', () => {
    const ours = comment(1, composeBody('x', stamp(1)))
    expect(isOwnComment(ours, 'github-actions[bot]')).toBe(true)
    expect(isOwnComment(ours, 'someone-else')).toBe(false)
    expect(isOwnComment(ours, null)).toBe(true)
    expect(
      isOwnComment(
        comment(2, composeBody('x', stamp(1)), {
          login: 'octocat',
          type: 'User'
        }),
        null
      )
    ).toBe(false)
    expect(
      isOwnComment(
        comment(3, `quoting ${COMMENT_MARKER}`),
        'github-actions[bot]'
      )
    ).toBe(false)
  })

  const plan = (
    mode: Parameters<typeof planComment>[0]['mode'],
    own: IssueComment[],
    body: string,
    runId = 10,
    quiet = false
  ) =>
    planComment({
      mode,
      own,
      body: composeBody(body, stamp(runId)),
      stamp: stamp(runId),
      quiet
    })

  it('creates a comment when there is none, unless the report is quiet', () => {
    expect(plan('update', [], 'r').steps).toEqual([
      { kind: 'create', body: composeBody('r', stamp(10)) }
    ])
    expect(plan('update', [], 'clean', 10, true).steps).toEqual([])
  })

  it('updates the latest comment in place, even to say the pull request is clean', () => {
    const own = [
      comment(1, composeBody('old', stamp(5))),
      comment(2, composeBody('older', stamp(6)))
    ]
    expect(plan('update', own, 'clean', 10, true).steps).toEqual([
      { kind: 'update', id: 2, body: composeBody('clean', stamp(10)) }
    ])
  })

  it('makes no call when the report is unchanged, whatever run wrote it', () => {
    const own = [comment(1, composeBody('same', stamp(5)))]
    for (const mode of [
      'update',
      'new',
      'delete-and-new',
      'hide-and-new'
    ] as const) {
      expect(plan(mode, own, 'same')).toEqual({
        steps: [],
        reason: 'the comment already says this'
      })
    }
  })

  it('never overwrites a comment from a newer run or a later attempt', () => {
    const own = [comment(1, composeBody('newer', stamp(11)))]
    expect(plan('update', own, 'mine').steps).toEqual([])
    const attempt = [comment(1, composeBody('newer', stamp(10, 2)))]
    expect(plan('update', attempt, 'mine').reason).toMatch(
      /newer run \(10, attempt 2\)/
    )
  })

  it('deletes all, or hides the latest, before posting anew', () => {
    const own = [
      comment(1, composeBody('a', stamp(1))),
      comment(2, composeBody('b', stamp(2)))
    ]
    expect(plan('delete-and-new', own, 'c').steps.map(s => s.kind)).toEqual([
      'delete',
      'delete',
      'create'
    ])
    expect(plan('hide-and-new', own, 'c').steps).toEqual([
      { kind: 'minimize', nodeId: 'IC_2' },
      { kind: 'create', body: composeBody('c', stamp(10)) }
    ])
    expect(plan('new', own, 'c').steps.map(s => s.kind)).toEqual(['create'])
    expect(plan('off', own, 'c').steps).toEqual([])
  })
})
