import { describe, expect, it } from '@jest/globals'
import {
  makeError,
  makeFinding,
  makeLiveFinding,
  makeReport
} from '../../__fixtures__/findings.js'
import { renderJson } from '../../src/report/json.js'
import { readReportJson } from '../../src/report/read-json.js'
import { mergeReports } from '../../src/report/report.js'

describe('reading a JSON report back', () => {
  it('gives back the report that was rendered', () => {
    const report = makeReport(
      [
        makeFinding({ constructPath: 'App/Api/Stage', format: 'cdk' }),
        makeLiveFinding({
          cacheClusterEnabled: true,
          consoleUrl: 'https://eu-west-1.console.aws.amazon.com/apigateway/',
          stackName: 'orders-stack',
          logicalId: null
        }),
        makeFinding({
          status: 'suppressed',
          suppression: { reason: 'public data', until: null }
        })
      ],
      {
        errors: [makeError()],
        regions: ['eu-west-1'],
        regionsNotAudited: ['us-east-1']
      }
    )
    expect(readReportJson(renderJson(report), 'r.json')).toEqual(report)
  })

  it('merges reports of several jobs into one verdict', () => {
    const east = makeReport([makeLiveFinding({ region: 'us-east-1' })], {
      regions: ['us-east-1'],
      files: 0
    })
    const west = makeReport([], {
      regionsNotAudited: ['eu-west-1'],
      errors: [makeError({ file: 'arn:aws:apigateway:eu-west-1::/restapis' })],
      files: 0
    })
    const merged = mergeReports(
      [east, west].map((report, index) =>
        readReportJson(renderJson(report), `job${index}.json`)
      ),
      'never'
    )
    expect(merged).toMatchObject({
      result: 'pass',
      counts: { fail: 1 },
      coverage: { regions: ['us-east-1'], regionsNotAudited: ['eu-west-1'] }
    })
    expect(merged.errors).toHaveLength(1)
  })

  it.each([
    ['not json', /r\.json: is not JSON/],
    ['{"schemaVersion": 2}', /r\.json: schemaVersion must be 1/],
    [
      renderJson(makeReport([makeFinding()])).replace('"fail",', '"broken",'),
      /r\.json: result must be one of pass, fail; got "broken"/
    ],
    [
      renderJson(makeReport([makeFinding()])).replace(
        '"line": 12',
        '"line": "12"'
      ),
      /r\.json: findings\[0\]\.line must be a whole number; got "12"/
    ]
  ])('names the file and the field for %#', (text, message) => {
    expect(() => readReportJson(text, 'r.json')).toThrow(message)
  })
})
