import { describe, it, expect } from '@jest/globals'
import {
  makeError,
  makeFinding,
  makeLiveFinding,
  makeReport
} from '../../__fixtures__/findings.js'
import {
  FINGERPRINT_KEY,
  findingFingerprint,
  renderSarif,
  SARIF_SCHEMA
} from '../../src/report/sarif.js'
import type { Report } from '../../src/model.js'

/** The subset of SARIF 2.1.0 these tests read; every field is checked by hand. */
interface SarifLog {
  $schema: string
  version: string
  runs: SarifRun[]
}

interface SarifRun {
  tool: {
    driver: {
      name: string
      version: string
      informationUri?: string
      rules: SarifRule[]
    }
  }
  invocations: {
    executionSuccessful: boolean
    toolExecutionNotifications?: SarifNotification[]
  }[]
  columnKind: string
  results: SarifResult[]
}

interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  help: { text: string; markdown: string }
  defaultConfiguration: { level: string }
  properties: { tags: string[]; 'security-severity': string }
}

interface SarifLocation {
  physicalLocation?: {
    artifactLocation: { uri: string }
    region?: { startLine: number; startColumn?: number }
  }
  logicalLocations?: { name: string; fullyQualifiedName: string }[]
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations: SarifLocation[]
  partialFingerprints: Record<string, string>
  suppressions?: { kind: string; justification: string }[]
}

interface SarifNotification {
  level: string
  message: { text: string }
  locations?: SarifLocation[]
}

function sarifOf(report: Report, liveResults?: 'logical' | 'omit'): SarifLog {
  const text = renderSarif(
    report,
    liveResults ? { liveResults } : { informationUri: 'https://example.test/' }
  )
  return JSON.parse(text) as SarifLog
}

function onlyRun(log: SarifLog): SarifRun {
  expect(log.runs).toHaveLength(1)
  const run = log.runs[0]
  if (!run) throw new Error('no run')
  return run
}

/** Checks the properties SARIF 2.1.0 requires of every result. */
function expectValidResult(result: SarifResult, ruleIds: string[]): void {
  expect(ruleIds).toContain(result.ruleId)
  expect(ruleIds[result.ruleIndex]).toBe(result.ruleId)
  expect(['error', 'warning', 'note', 'none']).toContain(result.level)
  expect(typeof result.message.text).toBe('string')
  expect(result.message.text.length).toBeGreaterThan(0)
  expect(result.locations.length).toBeGreaterThan(0)
  for (const location of result.locations) {
    const physical = location.physicalLocation
    if (physical) {
      expect(physical.artifactLocation.uri).not.toMatch(/^\/|\\|\s/)
      if (physical.region) {
        expect(physical.region.startLine).toBeGreaterThanOrEqual(1)
      }
    } else {
      expect(location.logicalLocations?.length).toBeGreaterThan(0)
    }
  }
  expect(result.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/)
}

const mixed = makeReport(
  [
    makeFinding(),
    makeFinding({
      status: 'warning',
      rule: 'cache-cluster-unencrypted',
      resourcePath: '*',
      httpMethod: '*',
      line: 4,
      column: 5
    }),
    makeFinding({ status: 'unknown', line: 20 }),
    makeFinding({ status: 'pass', line: 30 }),
    makeFinding({
      status: 'suppressed',
      line: 40,
      suppression: { reason: 'cached data is public', until: null }
    }),
    makeLiveFinding()
  ],
  { errors: [makeError()] }
)

function controlCharacters(text: string): string[] {
  return [...text].filter(char => char.charCodeAt(0) < 0x20)
}

describe('renderSarif', () => {
  it('writes a SARIF 2.1.0 log with one run and the tool driver', () => {
    const log = sarifOf(mixed)
    const run = onlyRun(log)

    expect(log.$schema).toBe(SARIF_SCHEMA)
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver).toMatchObject({
      name: 'apigw-cache-check',
      version: '1.2.3',
      informationUri: 'https://example.test/'
    })
    expect(run.columnKind).toBe('utf16CodeUnits')
  })

  it('describes both rules with help, level and security severity', () => {
    const rules = onlyRun(sarifOf(mixed)).tool.driver.rules

    expect(rules.map(rule => rule.id)).toEqual([
      'cache-unencrypted',
      'cache-cluster-unencrypted'
    ])
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/)
      expect(rule.shortDescription.text.length).toBeGreaterThan(0)
      expect(rule.fullDescription.text.length).toBeGreaterThan(0)
      expect(rule.help.text.length).toBeGreaterThan(0)
      expect(rule.help.markdown.length).toBeGreaterThan(0)
      expect(rule.properties.tags).toEqual(['security'])
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0)
    }
    expect(rules[0]?.defaultConfiguration.level).toBe('error')
    expect(rules[0]?.properties['security-severity']).toBe('7.5')
    expect(rules[1]?.defaultConfiguration.level).toBe('warning')
    expect(rules[1]?.properties['security-severity']).toBe('4.0')
  })

  it('omits informationUri when none is given', () => {
    const log = JSON.parse(renderSarif(makeReport([]))) as SarifLog
    expect(onlyRun(log).tool.driver).not.toHaveProperty('informationUri')
  })

  it('gives every result the required properties', () => {
    const run = onlyRun(sarifOf(mixed))
    const ruleIds = run.tool.driver.rules.map(rule => rule.id)

    expect(run.results.length).toBeGreaterThan(0)
    for (const result of run.results) expectValidResult(result, ruleIds)
  })

  it('maps statuses to levels and leaves passes out', () => {
    const results = onlyRun(sarifOf(mixed)).results
    const byLine = (line: number): SarifResult | undefined =>
      results.find(
        result =>
          result.locations[0]?.physicalLocation?.region?.startLine === line
      )

    expect(results).toHaveLength(5)
    expect(byLine(12)?.level).toBe('error')
    expect(byLine(4)?.level).toBe('warning')
    expect(byLine(4)?.ruleId).toBe('cache-cluster-unencrypted')
    expect(byLine(20)?.level).toBe('warning')
    expect(byLine(20)?.message.text).toMatch(/could not be evaluated/i)
    expect(byLine(30)).toBeUndefined()
  })

  it('marks suppressed findings as suppressed with the reason', () => {
    const results = onlyRun(sarifOf(mixed)).results
    const suppressed = results.filter(result => result.suppressions)

    expect(suppressed).toHaveLength(1)
    expect(suppressed[0]?.suppressions).toEqual([
      expect.objectContaining({
        kind: 'external',
        justification: 'cached data is public'
      })
    ])
    expect(suppressed[0]?.level).toBe('error')
  })

  it('points template results at the file, line and column', () => {
    const result = onlyRun(sarifOf(makeReport([makeFinding()]))).results[0]

    expect(result?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'infra/api.yaml' },
          region: { startLine: 12, startColumn: 9 }
        }
      }
    ])
  })

  it('leaves the region out when the line is not known', () => {
    const report = makeReport([makeFinding({ line: null, column: null })])
    const location = onlyRun(sarifOf(report)).results[0]?.locations[0]

    expect(location?.physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/api.yaml' }
    })
  })

  it('gives live results a logical location and no physical one', () => {
    const report = makeReport([makeLiveFinding({ resourcePath: '/pets' })])
    const location = onlyRun(sarifOf(report)).results[0]?.locations[0]

    expect(location?.physicalLocation).toBeUndefined()
    expect(location?.logicalLocations).toEqual([
      { name: '* /pets', fullyQualifiedName: 'eu-west-1/a1b2c3/prod/* /pets' }
    ])
  })

  it('leaves live results out when asked, for code scanning uploads', () => {
    const report = makeReport([makeLiveFinding(), makeFinding()])
    const results = onlyRun(sarifOf(report, 'omit')).results

    expect(results).toHaveLength(1)
    expect(results[0]?.locations[0]?.physicalLocation).toBeDefined()
  })

  it('keeps the fingerprint when the finding moves to another line', () => {
    const before = makeFinding({ line: 12, column: 9 })
    const after = makeFinding({ line: 40, column: 3 })

    expect(findingFingerprint(before)).toBe(findingFingerprint(after))
    expect(findingFingerprint(before)).not.toBe(
      findingFingerprint(makeFinding({ httpMethod: 'POST' }))
    )
    expect(findingFingerprint(before)).not.toBe(
      findingFingerprint(makeFinding({ stage: 'Staging' }))
    )
    expect(findingFingerprint(makeLiveFinding())).not.toBe(
      findingFingerprint(makeLiveFinding({ region: 'us-east-1' }))
    )
  })

  it('reports unreadable inputs as tool execution notifications', () => {
    const invocations = onlyRun(sarifOf(mixed)).invocations

    expect(invocations).toHaveLength(1)
    expect(invocations[0]?.executionSuccessful).toBe(false)
    expect(invocations[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: expect.any(String) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'infra/broken.yaml' },
              region: { startLine: 3 }
            }
          }
        ]
      }
    ])
  })

  it('counts regions that were not audited as unsuccessful', () => {
    const report = makeReport([], { regionsNotAudited: ['ap-south-1'] })
    const invocation = onlyRun(sarifOf(report)).invocations[0]

    expect(invocation?.executionSuccessful).toBe(false)
    expect(invocation?.toolExecutionNotifications?.[0]?.message.text).toContain(
      'ap-south-1'
    )
  })

  it('reports a clean run as successful with no results', () => {
    const run = onlyRun(sarifOf(makeReport([makeFinding({ status: 'pass' })])))

    expect(run.invocations[0]?.executionSuccessful).toBe(true)
    expect(run.invocations[0]).not.toHaveProperty('toolExecutionNotifications')
    expect(run.results).toEqual([])
  })

  it('strips control characters from messages', () => {
    const report = makeReport([makeFinding({ message: 'a\x1b[2Jb\nc' })])
    const text = onlyRun(sarifOf(report)).results[0]?.message.text ?? ''

    expect(controlCharacters(text)).toEqual([])
    expect(text.startsWith('ab c')).toBe(true)
  })
})

describe('baseline state on pull requests', () => {
  it('marks new findings new and existing ones unchanged, and says nothing when not compared', () => {
    const log = JSON.parse(
      renderSarif(
        makeReport([
          makeFinding({ new: true, line: 1 }),
          makeFinding({ new: false, line: 2 }),
          makeFinding({ new: null, line: 3 })
        ])
      )
    ) as { runs: { results: { baselineState?: string }[] }[] }
    expect(log.runs[0]?.results.map(r => r.baselineState)).toEqual([
      'new',
      'unchanged',
      undefined
    ])
  })
})
