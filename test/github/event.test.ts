import { describe, expect, it } from '@jest/globals'
import { readPullRequestEvent } from '../../src/github/event.js'
import { parseNameStatus } from '../../src/github/git.js'

const payload = (head: object) =>
  JSON.stringify({
    pull_request: {
      number: 12,
      changed_files: 4,
      base: {
        sha: 'b'.repeat(40),
        repo: { full_name: 'octo/infra', fork: true }
      },
      head: { sha: 'h'.repeat(40), ...head }
    }
  })

const env = (name = 'pull_request') => ({
  GITHUB_EVENT_NAME: name,
  GITHUB_EVENT_PATH: '/event.json',
  GITHUB_REPOSITORY: 'octo/infra'
})

describe('reading the pull-request event', () => {
  it('reads number, shas and fork state for pull_request and pull_request_target', () => {
    const same = payload({ repo: { full_name: 'octo/infra', fork: true } })
    for (const name of ['pull_request', 'pull_request_target']) {
      expect(readPullRequestEvent(env(name), () => same)).toEqual({
        eventName: name,
        owner: 'octo',
        repo: 'infra',
        number: 12,
        baseSha: 'b'.repeat(40),
        headSha: 'h'.repeat(40),
        fromFork: false,
        changedFiles: 4
      })
    }
  })

  it('calls a head in another repository, or a deleted one, a fork', () => {
    expect(
      readPullRequestEvent(env(), () =>
        payload({ repo: { full_name: 'stranger/infra', fork: true } })
      )?.fromFork
    ).toBe(true)
    expect(
      readPullRequestEvent(env(), () => payload({ repo: null }))?.fromFork
    ).toBe(true)
  })

  it('returns null for other events and explains a broken payload', () => {
    expect(readPullRequestEvent(env('push'), () => '{}')).toBeNull()
    expect(() => readPullRequestEvent(env(), () => '{')).toThrow(
      /event payload \/event\.json cannot be read/
    )
    expect(() => readPullRequestEvent(env(), () => '{}')).toThrow(
      /lacks the pull request number/
    )
  })
})

describe('git diff --name-status -z', () => {
  it('reads modifications, deletions, renames and copies', () => {
    const output = [
      'M',
      'a.yaml',
      'D',
      'b.yaml',
      'R087',
      'old.yaml',
      'new.yaml',
      'C100',
      'x.tf',
      'y.tf',
      'A',
      'c d.yaml',
      ''
    ].join('\0')
    expect(parseNameStatus(output)).toEqual([
      { path: 'a.yaml', status: 'modified', previousPath: null, patch: null },
      { path: 'b.yaml', status: 'removed', previousPath: null, patch: null },
      {
        path: 'new.yaml',
        status: 'renamed',
        previousPath: 'old.yaml',
        patch: null
      },
      { path: 'y.tf', status: 'copied', previousPath: 'x.tf', patch: null },
      { path: 'c d.yaml', status: 'added', previousPath: null, patch: null }
    ])
  })
})
