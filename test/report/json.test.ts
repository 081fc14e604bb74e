import { describe, it, expect } from '@jest/globals'
import {
  makeError,
  makeFinding,
  makeLiveFinding,
  makeReport
} from '../../__fixtures__/findings.js'
import { renderJson } from '../../src/report/json.js'

const CONTRACT_FINDING_KEYS = [
  'status',
  'origin',
  'format',
  'file',
  'line',
  'column',
  'resource',
  'stage',
  'resourcePath',
  'httpMethod',
  'message',
  'fix',
  'new'
]
const LIVE_KEYS = ['region', 'accountId', 'restApiId', 'restApiName']

function parse(text: string): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>
}

function findingsOf(json: Record<string, unknown>): Record<string, unknown>[] {
  return json.findings as Record<string, unknown>[]
}

describe('renderJson', () => {
  it('follows the contract at the top level, in order', () => {
    const json = parse(
      renderJson(
        makeReport([makeFinding()], {
          errors: [makeError()],
          regions: ['eu-west-1'],
          regionsNotAudited: ['us-east-1']
        })
      )
    )

    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'tool',
      'result',
      'counts',
      'findings',
      'errors',
      'coverage'
    ])
    expect(json.schemaVersion).toBe(1)
    expect(json.tool).toEqual({ name: 'apigw-cache-check', version: '1.2.3' })
    expect(json.result).toBe('fail')
    expect(Object.keys(json.counts as object)).toEqual([
      'fail',
      'warning',
      'unknown',
      'pass',
      'suppressed'
    ])
    expect(json.errors).toEqual([
      {
        file: 'infra/broken.yaml',
        line: 3,
        message: 'YAML syntax error: bad indentation of a mapping entry'
      }
    ])
    expect(json.coverage).toEqual({
      files: 1,
      stages: 1,
      regions: ['eu-west-1'],
      regionsNotAudited: ['us-east-1']
    })
  })

  it('is indented by two spaces and ends with a newline', () => {
    const text = renderJson(makeReport([]))
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toMatch(/^ {2}"schemaVersion": 1,$/)
  })

  it('omits live-only fields from template findings', () => {
    const finding = findingsOf(
      parse(renderJson(makeReport([makeFinding()])))
    )[0]

    expect(finding).toBeDefined()
    for (const key of CONTRACT_FINDING_KEYS) expect(finding).toHaveProperty(key)
    for (const key of LIVE_KEYS) expect(finding).not.toHaveProperty(key)
    expect(finding).toMatchObject({
      origin: 'template',
      file: 'infra/api.yaml',
      line: 12,
      column: 9,
      resourcePath: '/pets/{id}',
      httpMethod: 'GET',
      new: null
    })
  })

  it('names region, account and API for live findings', () => {
    const finding = findingsOf(
      parse(renderJson(makeReport([makeLiveFinding({ restApiName: null })])))
    )[0]

    expect(finding).toMatchObject({
      origin: 'live',
      format: 'live',
      file: null,
      line: null,
      region: 'eu-west-1',
      accountId: '123456789012',
      restApiId: 'a1b2c3',
      restApiName: null
    })
  })

  it('keeps rule, construct path and suppression as extensions', () => {
    const findings = findingsOf(
      parse(
        renderJson(
          makeReport([
            makeFinding({ format: 'cdk', constructPath: 'App/Api/Stage' }),
            makeFinding({
              status: 'suppressed',
              suppression: { reason: 'public data', until: '2030-01-01' }
            })
          ])
        )
      )
    )

    expect(findings[0]).toMatchObject({
      rule: 'cache-unencrypted',
      constructPath: 'App/Api/Stage'
    })
    expect(findings[0]).not.toHaveProperty('suppression')
    expect(findings[1]).toMatchObject({
      status: 'suppressed',
      suppression: { reason: 'public data', until: '2030-01-01' }
    })
  })

  it('keeps the contract keys before the extensions', () => {
    const finding = findingsOf(
      parse(renderJson(makeReport([makeFinding()])))
    )[0]
    expect(Object.keys(finding ?? {})).toEqual([
      ...CONTRACT_FINDING_KEYS,
      'rule'
    ])
  })
})
