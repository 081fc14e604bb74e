import { describe, it, expect } from '@jest/globals'
import {
  makeError,
  makeFinding,
  makeLiveFinding,
  makeReport
} from '../../__fixtures__/findings.js'
import { createReport, mergeReports } from '../../src/report/report.js'

describe('createReport', () => {
  it('sorts findings most severe first and counts each status', () => {
    const report = makeReport([
      makeFinding({ status: 'pass', line: 1 }),
      makeFinding({ status: 'warning', line: 2 }),
      makeFinding({ status: 'fail', line: 30 }),
      makeFinding({ status: 'fail', line: 4 }),
      makeFinding({ status: 'suppressed', line: 5 }),
      makeFinding({ status: 'unknown', line: 6 })
    ])

    expect(report.findings.map(f => [f.status, f.line])).toEqual([
      ['fail', 4],
      ['fail', 30],
      ['warning', 2],
      ['unknown', 6],
      ['suppressed', 5],
      ['pass', 1]
    ])
    expect(report.counts).toEqual({
      fail: 2,
      warning: 1,
      unknown: 1,
      pass: 1,
      suppressed: 1
    })
  })

  it('names the tool and carries the version and coverage', () => {
    const report = createReport({
      findings: [],
      errors: [],
      files: 3,
      stages: 5,
      regions: ['us-east-1', 'eu-west-1'],
      failOn: 'error',
      version: '9.9.9'
    })

    expect(report.schemaVersion).toBe(1)
    expect(report.tool).toEqual({ name: 'apigw-cache-check', version: '9.9.9' })
    expect(report.coverage).toEqual({
      files: 3,
      stages: 5,
      regions: ['eu-west-1', 'us-east-1'],
      regionsNotAudited: []
    })
  })

  it.each([
    ['error', ['warning'], 0, 'pass'],
    ['error', ['fail'], 0, 'fail'],
    ['error', [], 1, 'fail'],
    ['warning', ['unknown'], 0, 'fail'],
    ['warning', ['suppressed'], 0, 'pass'],
    ['never', ['fail'], 1, 'pass']
  ] as const)(
    'judges fail-on %s with findings %j and %d unreadable files as %s',
    (failOn, statuses, errors, result) => {
      const report = makeReport(
        statuses.map(status => makeFinding({ status })),
        {
          failOn,
          errors: Array.from({ length: errors }, () => makeError())
        }
      )
      expect(report.result).toBe(result)
    }
  )

  it('leaves the order of the given findings alone', () => {
    const findings = [makeFinding({ status: 'pass' }), makeFinding()]
    makeReport(findings)
    expect(findings[0]?.status).toBe('pass')
  })

  it('sorts errors by file and line', () => {
    const report = makeReport([], {
      errors: [
        makeError({ file: 'b.yaml', line: 1 }),
        makeError({ file: 'a.yaml', line: 9 }),
        makeError({ file: 'a.yaml', line: 2 })
      ]
    })
    expect(report.errors.map(e => `${e.file}:${e.line}`)).toEqual([
      'a.yaml:2',
      'a.yaml:9',
      'b.yaml:1'
    ])
  })
})

describe('mergeReports', () => {
  it('combines findings, errors and coverage of matrix jobs', () => {
    const first = makeReport([makeLiveFinding({ region: 'us-east-1' })], {
      files: 2,
      stages: 3,
      regions: ['us-east-1'],
      regionsNotAudited: ['ap-south-1']
    })
    const second = makeReport(
      [makeLiveFinding({ status: 'pass', region: 'eu-west-1' })],
      {
        files: 1,
        stages: 4,
        regions: ['eu-west-1', 'us-east-1'],
        errors: [makeError()]
      }
    )

    const merged = mergeReports([second, first], 'error')

    expect(merged.findings.map(f => f.status)).toEqual(['fail', 'pass'])
    expect(merged.errors).toHaveLength(1)
    expect(merged.counts.fail).toBe(1)
    expect(merged.counts.pass).toBe(1)
    expect(merged.coverage).toEqual({
      files: 3,
      stages: 7,
      regions: ['eu-west-1', 'us-east-1'],
      regionsNotAudited: ['ap-south-1']
    })
    expect(merged.result).toBe('fail')
  })

  it('judges the merged report under the fail-on it is given', () => {
    const report = makeReport([makeFinding({ status: 'fail' })])
    expect(mergeReports([report], 'never').result).toBe('pass')
    expect(mergeReports([report], 'error').result).toBe('fail')
  })

  it('gives an empty passing report for no reports', () => {
    const merged = mergeReports([], 'error')
    expect(merged.findings).toEqual([])
    expect(merged.result).toBe('pass')
    expect(merged.coverage.files).toBe(0)
  })
})

describe('only-new', () => {
  const base = {
    errors: [],
    files: 1,
    stages: 2,
    failOn: 'error' as const,
    version: '1.2.3'
  }

  it('lets existing findings pass while still counting and listing them', () => {
    const existing = makeFinding({ status: 'fail', new: false })
    const report = createReport({
      ...base,
      findings: [existing],
      onlyNew: true
    })
    expect(report.result).toBe('pass')
    expect(report.counts.fail).toBe(1)
    expect(report.findings).toHaveLength(1)
  })

  it('still fails on new findings and on findings that could not be compared', () => {
    for (const isNew of [true, null]) {
      const finding = makeFinding({ status: 'fail', new: isNew })
      expect(
        createReport({ ...base, findings: [finding], onlyNew: true }).result
      ).toBe('fail')
    }
  })

  it('is kept when reports are merged', () => {
    const report = makeReport([makeFinding({ status: 'fail', new: false })])
    expect(mergeReports([report], 'error', true).result).toBe('pass')
    expect(mergeReports([report], 'error').result).toBe('fail')
  })
})
