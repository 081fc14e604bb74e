import { describe, expect, it } from '@jest/globals'
import Ajv from 'ajv'
import { existsSync, readFileSync } from 'node:fs'
import {
  makeError,
  makeFinding,
  makeLiveFinding,
  makeReport
} from '../../__fixtures__/findings.js'
import { renderSarif } from '../../src/report/sarif.js'
import { SARIF_210_SCHEMA } from '../support/sarif-schema.js'

/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutating arbitrary JSON */
type Broken = any

const withRegion = (log: Broken): Broken =>
  log.runs[0].results.find(
    (r: Broken) => r.locations[0].physicalLocation?.region
  )

const OFFICIAL_SCHEMA = '__fixtures__/sarif-schema-2.1.0.json'

function validator(schema: object) {
  return new Ajv({ allErrors: true }).compile(schema)
}

const report = makeReport(
  [
    makeFinding(),
    makeFinding({
      status: 'warning',
      rule: 'cache-cluster-unencrypted',
      line: 3,
      column: null
    }),
    makeFinding({
      status: 'unknown',
      file: 'dir with space/(api).yaml',
      line: null,
      column: null
    }),
    makeFinding({
      status: 'suppressed',
      suppression: { reason: 'public data', until: '2027-03-31' }
    }),
    makeFinding({
      status: 'suppressed',
      suppression: { reason: 'no expiry', until: null },
      new: true
    }),
    makeFinding({ status: 'pass' }),
    makeFinding({ new: false, line: 40 }),
    makeFinding({ file: null, line: null, column: null, resource: 'NoFile' }),
    makeLiveFinding()
  ],
  {
    errors: [makeError(), makeError({ line: null })],
    regionsNotAudited: ['ap-south-1']
  }
)

describe('SARIF 2.1.0 schema validation', () => {
  const validate = validator(SARIF_210_SCHEMA)

  it.each([
    ['logical live results', renderSarif(report)],
    ['live results left out', renderSarif(report, { liveResults: 'omit' })],
    [
      'an information URI',
      renderSarif(report, {
        informationUri: 'https://example.com/apigw-cache-check'
      })
    ],
    ['an empty report', renderSarif(makeReport([]))]
  ])('accepts a log with %s', (_name, text) => {
    const valid = validate(JSON.parse(text))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it.each([
    [
      'an unknown level',
      (log: Broken) => (log.runs[0].results[0].level = 'fatal')
    ],
    [
      'a result without a message',
      (log: Broken) => delete log.runs[0].results[0].message
    ],
    [
      'line 0',
      (log: Broken) =>
        (withRegion(log).locations[0].physicalLocation.region.startLine = 0)
    ],
    [
      'a property SARIF does not define',
      (log: Broken) => (log.runs[0].results[0].severity = 'high')
    ],
    [
      'an unknown suppression kind',
      (log: Broken) =>
        (log.runs[0].results.find(
          (r: Broken) => r.suppressions
        ).suppressions[0].kind = 'ignored')
    ]
  ])('rejects %s, so the schema has teeth', (_name, breakIt) => {
    const log = JSON.parse(renderSarif(report)) as unknown
    breakIt(log)
    expect(validate(log)).toBe(false)
  })

  const official = existsSync(OFFICIAL_SCHEMA)
  ;(official ? it : it.skip)(
    'accepts the log under the official OASIS schema file',
    () => {
      const schema = JSON.parse(readFileSync(OFFICIAL_SCHEMA, 'utf8')) as object
      const validateOfficial = validator(schema)
      expect(validateOfficial(JSON.parse(renderSarif(report)))).toBe(true)
    }
  )
})
