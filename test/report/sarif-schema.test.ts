import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
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

/**
 * The published SARIF 2.1.0 schema (a JSON Schema draft-04 file), as the
 * @microsoft/jest-sarif package ships it; read here rather than copied in.
 */
const OFFICIAL_SCHEMA = createRequire(import.meta.url).resolve(
  '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'
)

function validator(schema: object) {
  const ajv = new Ajv({ allErrors: true })
  ajvFormats.default(ajv)
  return ajv.compile(schema)
}

function officialValidator() {
  const schema = JSON.parse(readFileSync(OFFICIAL_SCHEMA, 'utf8')) as object
  // Its language pattern has a stray "]" that only a non-Unicode RegExp takes.
  const ajv = new ajvDraft04.default({ allErrors: true, unicodeRegExp: false })
  ajvFormats.default(ajv)
  return ajv.compile(schema)
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

  const validateOfficial = officialValidator()

  it.each([
    ['logical live results', renderSarif(report)],
    ['live results left out', renderSarif(report, { liveResults: 'omit' })],
    ['an empty report', renderSarif(makeReport([]))]
  ])(
    'accepts a log with %s under the published SARIF 2.1.0 schema',
    (_name, text) => {
      const valid = validateOfficial(JSON.parse(text))
      expect(validateOfficial.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    }
  )

  it('rejects a broken log under the published schema too', () => {
    const log = JSON.parse(renderSarif(report)) as Broken
    log.runs[0].results[0].level = 'fatal'
    expect(validateOfficial(log)).toBe(false)
  })
})
