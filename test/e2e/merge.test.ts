import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeLiveFinding, makeReport } from '../../__fixtures__/findings.js'
import { renderJson } from '../../src/report/json.js'
import { CLI_BUNDLE, runNode } from './run-dist.js'
import type { Report } from '../../src/model.js'

const ROOT = path.resolve('.')

describe('apigw-cache-check merge (dist/cli/index.js)', () => {
  let work: string

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'apigw-merge-'))
    // One job scanned templates; two audited a region each.
    const templates = await runNode(
      CLI_BUNDLE,
      [path.join(ROOT, 'examples'), '-f', 'json', '-o', 'templates.json'],
      { cwd: work }
    )
    expect(templates.code).toBe(1)
    writeFileSync(
      path.join(work, 'east.json'),
      renderJson(
        makeReport([makeLiveFinding({ region: 'us-east-1' })], {
          regions: ['us-east-1'],
          files: 0
        })
      )
    )
    writeFileSync(
      path.join(work, 'west.json'),
      renderJson(makeReport([], { regionsNotAudited: ['eu-west-1'], files: 0 }))
    )
  })

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('combines the reports into one JSON report judged again', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      ['merge', 'templates.json', 'east.json', 'west.json', '-f', 'json'],
      { cwd: work }
    )
    expect(result.code).toBe(1)
    const merged = JSON.parse(result.stdout) as Report
    const templates = JSON.parse(
      readFileSync(path.join(work, 'templates.json'), 'utf8')
    ) as Report
    expect(merged.counts.fail).toBe(templates.counts.fail + 1)
    expect(merged.coverage).toMatchObject({
      files: templates.coverage.files,
      regions: ['us-east-1'],
      regionsNotAudited: ['eu-west-1']
    })
  })

  it('writes Markdown to --output and honours --fail-on never', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      [
        'merge',
        'east.json',
        'west.json',
        '--format',
        'markdown',
        '--output',
        'merged.md',
        '--fail-on',
        'never'
      ],
      { cwd: work }
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Merged 2 reports into merged\.md/)
    const markdown = readFileSync(path.join(work, 'merged.md'), 'utf8')
    expect(markdown).toContain('Findings in live stages')
    expect(markdown).toContain('Not audited:** eu-west-1')
  })

  it.each([
    [['merge'], /at least one JSON report/],
    [['merge', 'missing.json'], /missing\.json: cannot be read/],
    [['merge', 'east.json', '--format', 'xml'], /--format must be one of/]
  ])('exits 2 and names the problem for %j', async (args, message) => {
    const result = await runNode(CLI_BUNDLE, args, { cwd: work })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})
