import { describe, expect, it } from '@jest/globals'
import { markNewFindings } from '../src/baseline.js'
import { findingFingerprint } from '../src/report/sarif.js'
import type { Finding } from '../src/model.js'

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    status: 'fail',
    rule: 'cache-unencrypted',
    origin: 'template',
    format: 'cloudformation',
    file: 'infra/api.yaml',
    line: 12,
    column: 11,
    resource: 'ProdStage',
    stage: 'prod',
    resourcePath: '/orders',
    httpMethod: 'GET',
    message: 'm',
    fix: 'f',
    new: null,
    ...overrides
  }
}

describe('new versus existing findings', () => {
  it('calls a finding existing when only its line moved', () => {
    const [marked] = markNewFindings(
      [finding({ line: 40, column: 3 })],
      [finding()]
    )
    expect(marked?.new).toBe(false)
  })

  it('calls a finding new when its method, stage or rule differs from the base', () => {
    const base = [finding()]
    expect(
      markNewFindings([finding({ httpMethod: 'POST' })], base)[0]?.new
    ).toBe(true)
    expect(markNewFindings([finding({ stage: 'dev' })], base)[0]?.new).toBe(
      true
    )
    expect(
      markNewFindings(
        [finding({ rule: 'cache-cluster-unencrypted', status: 'fail' })],
        base
      )[0]?.new
    ).toBe(true)
  })

  it('calls an unknown that became a fail new', () => {
    expect(
      markNewFindings([finding()], [finding({ status: 'unknown' })])[0]?.new
    ).toBe(true)
  })

  it('follows renamed files', () => {
    const head = [finding({ file: 'infra/rest/api.yaml' })]
    const renames = new Map([['infra/api.yaml', 'infra/rest/api.yaml']])
    expect(markNewFindings(head, [finding()], renames)[0]?.new).toBe(false)
    expect(markNewFindings(head, [finding()])[0]?.new).toBe(true)
  })

  it('counts duplicates: a second identical finding on the head is new', () => {
    const marked = markNewFindings(
      [finding(), finding({ line: 30 })],
      [finding()]
    )
    expect(marked.map(f => f.new)).toEqual([false, true])
  })

  it('leaves live findings uncompared', () => {
    const live = finding({ origin: 'live', format: 'live', file: null })
    expect(markNewFindings([live], [])[0]?.new).toBeNull()
  })

  it('uses the SARIF fingerprint, which ignores lines and columns', () => {
    expect(findingFingerprint(finding({ line: 1, column: 1 }))).toBe(
      findingFingerprint(finding())
    )
  })
})
