import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CLI_BUNDLE, runNode } from './run-dist.js'
import type { Report } from '../../src/model.js'

const ROOT = path.resolve('.')

describe('command line (dist/cli/index.js)', () => {
  let work: string

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'apigw-cli-'))
    mkdirSync(path.join(work, 'clean'))
    writeFileSync(
      path.join(work, 'clean', 'api.yaml'),
      `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: prod
      MethodSettings:
        - ResourcePath: /*
          HttpMethod: '*'
          CachingEnabled: true
          CacheDataEncrypted: true
`
    )
    writeFileSync(path.join(work, 'params.json'), '{"EncryptCache": "true"}')
  })

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('scans examples/ with a readable report whose last line is the verdict, exit 1', async () => {
    const result = await runNode(CLI_BUNDLE, [], {
      cwd: ROOT,
      env: { APIGW_CACHE_CHECK_PATHS: 'examples' }
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('examples/sam-app/template.yaml:15:9')
    expect(result.stdout).toContain('fix:')
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines[lines.length - 1]).toMatch(/^Result: FAIL/)
  })

  it("finds in examples/ the failures this project's workflow expects of it", async () => {
    const result = await runNode(CLI_BUNDLE, ['examples', '--format', 'json'], {
      cwd: ROOT
    })
    const report = JSON.parse(result.stdout) as Report
    const workflow = readFileSync('.github/workflows/ci.yml', 'utf8')
    const expected = /outputs\.failed \}\}" = "(\d+)"/.exec(workflow)?.[1]
    expect(Number(expected)).toBe(report.counts.fail)
  })

  it('exits 0 with a PASS verdict on a clean directory', async () => {
    const result = await runNode(CLI_BUNDLE, ['clean'], { cwd: work })
    expect(result.code).toBe(0)
    expect(result.stdout.trimEnd().split('\n').pop()).toMatch(/^Result: PASS/)
  })

  it('writes the JSON contract to --output and honours --fail-on never', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      [
        path.join(ROOT, 'examples'),
        '--format',
        'json',
        '--output',
        'out.json',
        '--fail-on',
        'never'
      ],
      { cwd: work }
    )
    expect(result.code).toBe(0)
    const report = JSON.parse(
      readFileSync(path.join(work, 'out.json'), 'utf8')
    ) as Report
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'apigw-cache-check' },
      result: 'pass',
      counts: { fail: 6, warning: 0, unknown: 0, pass: 5, suppressed: 0 },
      errors: [],
      coverage: { files: 5, stages: 6, regions: [], regionsNotAudited: [] }
    })
    const finding = report.findings[0]
    expect(Object.keys(finding ?? {})).toEqual(
      expect.arrayContaining([
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
      ])
    )
    expect(finding).not.toHaveProperty('region')
  })

  it('applies a parameter file', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      [
        path.join(ROOT, 'examples', 'cloudformation'),
        '-f',
        'json',
        '-p',
        'params.json'
      ],
      { cwd: work }
    )
    const report = JSON.parse(result.stdout) as Report
    expect(report.counts).toMatchObject({ fail: 1, pass: 2 })
  })

  it('renders SARIF and Markdown', async () => {
    const sarif = await runNode(
      CLI_BUNDLE,
      [path.join(ROOT, 'examples'), '--format', 'sarif'],
      {
        cwd: work
      }
    )
    expect(JSON.parse(sarif.stdout)).toMatchObject({ version: '2.1.0' })
    const markdown = await runNode(
      CLI_BUNDLE,
      [path.join(ROOT, 'examples'), '--format', 'markdown'],
      { cwd: work }
    )
    expect(markdown.stdout).toMatch(/\|/)
    expect(markdown.code).toBe(1)
  })

  it.each([
    [['--format', 'xml'], /--format/],
    [['--fail-on', 'sometimes'], /--fail-on/],
    [['--bogus'], /bogus/],
    [['does-not-exist'], /does-not-exist/],
    [['-p', 'missing.json'], /missing\.json/]
  ])('exits 2 and says what was expected for %j', async (args, message) => {
    const result = await runNode(CLI_BUNDLE, args, { cwd: work })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})
