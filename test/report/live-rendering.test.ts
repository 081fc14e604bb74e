import { describe, expect, it } from '@jest/globals'
import {
  makeError,
  makeLiveFinding,
  makeReport
} from '../../__fixtures__/findings.js'
import { renderJson } from '../../src/report/json.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { commandCell } from '../../src/report/markdown-cells.js'
import { renderSarif } from '../../src/report/sarif.js'
import { renderText, verdictLine } from '../../src/report/text.js'

const CONSOLE =
  'https://eu-west-1.console.aws.amazon.com/apigateway/main/apis/a1b2c3/stages?api=a1b2c3&region=eu-west-1'

const finding = makeLiveFinding({
  cacheClusterEnabled: true,
  consoleUrl: CONSOLE,
  stackName: 'orders-stack',
  logicalId: 'ProdStage'
})
const deniedApi = makeError({
  file: 'arn:aws:apigateway:eu-west-1::/restapis/zz9/stages',
  line: null,
  message: 'the stages of REST API zz9 were not audited'
})
const report = makeReport([finding], {
  errors: [deniedApi],
  regions: ['eu-west-1'],
  files: 0
})

describe('live findings in each format', () => {
  it('keeps the live extensions after the contract keys in JSON', () => {
    const json = JSON.parse(renderJson(report)) as {
      findings: Record<string, unknown>[]
    }
    const keys = Object.keys(json.findings[0] ?? {})
    expect(keys.slice(keys.indexOf('new'))).toEqual([
      'new',
      'rule',
      'cacheClusterEnabled',
      'consoleUrl',
      'stackName',
      'logicalId'
    ])
    expect(json.findings[0]).toMatchObject({
      cacheClusterEnabled: true,
      consoleUrl: CONSOLE,
      stackName: 'orders-stack',
      logicalId: 'ProdStage'
    })
  })

  it('shows region, account, linked API, stack, stage, method and fix in Markdown', () => {
    const markdown = renderMarkdown(report, {
      linkBase: 'https://github.com/o/r/blob/abc/'
    })
    const row = markdown
      .split('\n')
      .find(line => line.includes('eu-west-1') && line.includes('update-stage'))
    expect(row).toBeDefined()
    expect(row).toContain('| eu-west-1 | 123456789012 |')
    expect(row).toContain(
      `[orders \\(a1b2c3\\)](${CONSOLE})<br>stack orders-stack / ProdStage`
    )
    expect(row).toContain('| prod | stage-wide |')
    // The fix is a code span, copied as written.
    expect(row).toContain(`| \`${finding.fix}\` |`)
    // An ARN is no file of the repository: it is not linked.
    expect(markdown).toContain(
      '| arn:aws:apigateway:eu-west-1::/restapis/zz9/stages |'
    )
  })

  it('counts errors of AWS resources apart from unreadable files', () => {
    expect(renderMarkdown(report)).toContain(
      '**1** AWS resource could not be read'
    )
    expect(verdictLine(report)).toBe(
      'Result: FAIL (1 failing, 0 warnings, 0 unknown; 1 AWS resource could not be read)'
    )
  })

  it('keeps a command with pipes and backticks in one code span', () => {
    expect(commandCell('a | b `c`')).toBe('`` a \\| b `c` ``')
  })

  it('names account, stack and console in text', () => {
    const text = renderText(report)
    expect(text).toContain('    account: 123456789012')
    expect(text).toContain('    stack: orders-stack, ProdStage')
    expect(text).toContain(`    console: ${CONSOLE}`)
  })

  it('gives live errors a logical location in SARIF and can leave live results out', () => {
    const sarif = JSON.parse(renderSarif(report, { liveResults: 'omit' })) as {
      runs: {
        results: unknown[]
        invocations: { toolExecutionNotifications: unknown[] }[]
      }[]
    }
    expect(sarif.runs[0]?.results).toEqual([])
    expect(sarif.runs[0]?.invocations[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'the stages of REST API zz9 were not audited' },
        locations: [
          {
            logicalLocations: [
              {
                fullyQualifiedName:
                  'arn:aws:apigateway:eu-west-1::/restapis/zz9/stages'
              }
            ]
          }
        ]
      }
    ])
  })

  it('names skipped regions in the coverage of every format', () => {
    const skipped = makeReport([], { files: 0 })
    skipped.coverage.regionsSkipped = ['ap-east-1']
    expect(JSON.parse(renderJson(skipped)).coverage.regionsSkipped).toEqual([
      'ap-east-1'
    ])
    expect(renderMarkdown(skipped)).toContain(
      'Skipped, not enabled for the account: ap-east-1.'
    )
    expect(renderText(skipped)).toContain('skipped, not enabled: ap-east-1')
  })
})
