import { describe, it, expect } from '@jest/globals'
import {
  makeError,
  makeFinding,
  makeLiveFinding,
  makeReport
} from '../../__fixtures__/findings.js'
import { renderText, verdictLine } from '../../src/report/text.js'

const ESC = String.fromCharCode(0x1b)

function controlCharacters(text: string): string[] {
  return [...text].filter(char => char.charCodeAt(0) < 0x20)
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? ''
}

describe('renderText', () => {
  it('prints each finding with status, location, resource, stage and method', () => {
    const text = renderText(makeReport([makeFinding()]))
    const [first, message, fix] = text.split('\n')

    expect(first).toMatch(
      /^FAIL +infra\/api\.yaml:12:9 {2}ProdStage stage "Production" GET \/pets\/\{id\}$/
    )
    expect(message).toMatch(/^ {4}\S/)
    expect(fix).toMatch(/^ {4}fix: Set CacheDataEncrypted/)
  })

  it('ends with the verdict in words', () => {
    const text = renderText(
      makeReport(
        [
          makeFinding(),
          makeFinding({ line: 40 }),
          makeFinding({ status: 'warning' })
        ],
        { errors: [makeError()] }
      )
    )
    expect(lastLine(text)).toBe(
      'Result: FAIL (2 failing, 1 warning, 0 unknown; 1 file could not be read)'
    )
    expect(text.endsWith('\n')).toBe(true)
  })

  it('counts a file with several errors once', () => {
    const errors = [
      makeError({ line: 4 }),
      makeError({ line: 9 }),
      makeError({ file: 'infra/other.yaml' })
    ]
    expect(verdictLine(makeReport([], { errors }))).toBe(
      'Result: FAIL (0 failing, 0 warnings, 0 unknown; 2 files could not be read)'
    )
  })

  it('says PASS when nothing blocks', () => {
    const text = renderText(makeReport([makeFinding({ status: 'pass' })]))
    expect(lastLine(text)).toBe(
      'Result: PASS (0 failing, 0 warnings, 0 unknown)'
    )
  })

  it('counts regions that were not audited in the verdict', () => {
    const report = makeReport([], { regionsNotAudited: ['a', 'b'] })
    expect(verdictLine(report)).toContain('2 regions not audited')
  })

  it('lists files that could not be read with their line', () => {
    const text = renderText(makeReport([], { errors: [makeError()] }))
    expect(text).toMatch(
      /Could not be read:\n {2}infra\/broken\.yaml:3 {2}YAML/
    )
  })

  it('prints the counts before the verdict', () => {
    const lines = renderText(makeReport([makeFinding()]))
      .trimEnd()
      .split('\n')
    expect(lines.at(-2)).toMatch(
      /^1 failing, 0 warnings, 0 unknown, 0 passing, 0 suppressed; checked 1 stage from 1 template file$/
    )
  })

  it('shows passes on one line and suppressed findings with their reason', () => {
    const text = renderText(
      makeReport([
        makeFinding({ status: 'pass', line: 1 }),
        makeFinding({
          status: 'suppressed',
          line: 2,
          suppression: { reason: 'public data', until: '2030-01-01' }
        })
      ])
    )
    expect(text).toMatch(/^SUPPRESSED {2}infra\/api\.yaml:2:9 /m)
    expect(text).toContain('    accepted: public data (until 2030-01-01)')
    expect(text).toMatch(/^PASS +infra\/api\.yaml:1:9 .*\n(?! {4})/m)
  })

  it('locates live findings by region and API', () => {
    const text = renderText(makeReport([makeLiveFinding()]))
    expect(text.split('\n')[0]).toMatch(
      /^FAIL +eu-west-1 API "orders" \(a1b2c3\) {2}a1b2c3\/prod stage "prod" stage-wide$/
    )
  })

  it('writes no ANSI escapes unless colour is asked for', () => {
    const report = makeReport([makeFinding()])
    expect(renderText(report)).not.toContain('\x1b')
    expect(renderText(report, { color: false })).not.toContain('\x1b')

    const coloured = renderText(report, { color: true })
    expect(coloured).toContain('\x1b[1;31mFAIL')
    expect(lastLine(coloured)).toMatch(/^\S+Result: FAIL /)
    expect(lastLine(coloured).endsWith(`${ESC}[0m`)).toBe(true)
  })

  it('shows control characters from scanned values instead of sending them', () => {
    const report = makeReport([
      makeFinding({
        file: 'evil\x1b[2J\x1b[H.yaml',
        stage: 'prod\nFAKE LINE',
        message: 'm\x07',
        fix: 'f\r'
      })
    ])
    const text = renderText(report, { color: true })
    const ownColours = new RegExp(`${ESC}\\[[\\d;]*m`, 'g')
    const shown = text.replace(ownColours, '').replace(/\n/g, '')

    expect(controlCharacters(shown)).toEqual([])
    expect(text).toContain('evil\\x1b[2J\\x1b[H.yaml')
    expect(text).toContain('stage "prod\\nFAKE LINE"')
    expect(text).not.toMatch(/^FAKE LINE/m)
  })

  it('says so when there is nothing to report', () => {
    const text = renderText(makeReport([]))
    expect(text.split('\n')[0]).toMatch(/^No /)
  })
})
