/**
 * Hostile inputs to the readers: each ends in bounded time and memory, as
 * findings or as an `errors` entry, and the other files still scan.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluateStage } from '../../src/rule.js'
import { DEFAULT_MAX_FILE_SIZE, scanPaths, scanText } from '../../src/scan.js'
import { scanTerraformModule } from '../../src/templates/terraform-scan.js'

const STAGE = `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      MethodSettings:
        - ResourcePath: /*
          HttpMethod: '*'
          CachingEnabled: true
`

const TAGS = [
  'Ref',
  'Condition',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'Sub',
  'Join',
  'Select',
  'Split',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Base64',
  'Cidr',
  'Transform',
  'ToJsonString',
  'Length',
  'ForEach'
]
const SHAPES = [
  'x',
  '[]',
  '{}',
  '[a, b, c]',
  '{a: b}',
  '[[[x]]]',
  "''",
  '!Ref [!If x]'
]

describe('hostile templates', () => {
  it('never passes a value written as any CloudFormation tag on any kind of node', () => {
    for (const tag of TAGS) {
      for (const shape of SHAPES) {
        const text = `${STAGE}          CacheDataEncrypted: !${tag} ${shape}\n`
        const scan = scanText(text, 'tags.yaml')
        const statuses = scan.stages
          .flatMap(stage => evaluateStage(stage))
          .map(f => f.status)
        // Either the YAML is refused, or the value is unknown or failing: never a pass.
        if (scan.errors.length === 0) {
          expect({ tag, shape, statuses }).toEqual({
            tag,
            shape,
            statuses: [expect.stringMatching(/^(unknown|fail)$/)]
          })
        }
      }
    }
  })

  it('reads a million keys in bounded time', () => {
    const keys = Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":1`).join(
      ','
    )
    const json = `{"Metadata":{${keys}},"Resources":{"S":{"Type":"AWS::ApiGateway::Stage","Properties":{}}}}`
    const started = Date.now()
    const scan = scanText(json, 'keys.json')
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(scan.recognised).toBe(true)
  })

  it('refuses circular Conditions and deep intrinsic chains without overflowing', () => {
    const text = `Conditions:
  A: !Condition B
  B: !Condition A
Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      MethodSettings:
        - CachingEnabled: true
          CacheDataEncrypted: !If [A, true, ${'!If [A, '.repeat(150)}true${', false]'.repeat(150)}]
`
    const scan = scanText(text, 'cycle.yaml')
    const findings = scan.stages.flatMap(stage => evaluateStage(stage))
    expect(
      findings.every(f => f.status !== 'pass') || scan.errors.length > 0
    ).toBe(true)
  })

  it('stops Fn::ForEach loops nested to make billions of resources, with an error at the loop', () => {
    const items = `[${Array.from({ length: 100 }, (_, i) => `i${i}`).join(', ')}]`
    // Five loops of 100 items, each loop's template the next loop, in flow style.
    let template = `{ 'Stage\${A}\${B}\${C}\${D}\${E}': { Type: AWS::ApiGateway::Stage, Properties: { StageName: x } } }`
    for (const name of ['E', 'D', 'C', 'B', 'A']) {
      template = `{ 'Fn::ForEach::${name}': [${name}, ${items}, ${template}] }`
    }
    const text = `Transform: AWS::LanguageExtensions\nResources: ${template}\n`
    const started = Date.now()
    const scan = scanText(text, 'loops.yaml')
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(scan.errors).toEqual([
      {
        file: 'loops.yaml',
        line: expect.any(Number),
        message: expect.stringMatching(/Fn::ForEach loops expand past 10000/)
      }
    ])
  })
})

const METHOD_SETTINGS = `resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled = true
  }
}
`

describe('hostile HCL', () => {
  it.each([
    [
      'an unterminated string',
      'locals {\n  name = "never closed\n}\n',
      /HCL syntax error/
    ],
    [
      'an unterminated heredoc',
      'locals {\n  doc = <<EOT\nthe end marker never comes\n',
      /HCL syntax error/
    ],
    [
      'an unterminated template interpolation',
      `locals {\n  x = "${'${'.repeat(5_000)}\n}\n`,
      /HCL syntax error/
    ],
    [
      '10,000 nested brackets',
      `locals {\n  x = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n}\n`,
      /nests expressions too deeply|HCL syntax error/
    ],
    [
      'a block that never closes',
      'resource "aws_api_gateway_stage" "s" {\n  stage_name = "prod"\n',
      /HCL syntax error/
    ]
  ])(
    'reports %s as an error and still judges the good file of the module',
    async (_name, hostile, message) => {
      const started = Date.now()
      const scan = await scanTerraformModule([
        { display: 'infra/hostile.tf', text: hostile },
        { display: 'infra/main.tf', text: METHOD_SETTINGS }
      ])
      expect(Date.now() - started).toBeLessThan(10_000)
      expect(scan.errors).toEqual([
        expect.objectContaining({
          file: 'infra/hostile.tf',
          line: expect.any(Number),
          message: expect.stringMatching(message)
        })
      ])
      const findings = scan.stages.flatMap(stage => evaluateStage(stage))
      expect(findings.map(f => [f.status, f.file, f.line])).toEqual([
        ['fail', 'infra/main.tf', 6]
      ])
    }
  )

  it('names the line of a quoted string that is never closed, not where the parser gave up', async () => {
    const unclosed = METHOD_SETTINGS.replace('"*/*"', '"*/*') + METHOD_SETTINGS
    const scan = await scanTerraformModule([
      { display: 'infra/main.tf', text: unclosed }
    ])
    expect(scan.errors[0]).toEqual({
      file: 'infra/main.tf',
      line: 4,
      message: expect.stringMatching(/quoted string is not closed on its line/)
    })
  })

  it('reads a large .tf file of many resources in bounded time', async () => {
    const resources = Array.from({ length: 20_000 }, (_, i) =>
      METHOD_SETTINGS.replace('"all"', `"m${i}"`)
    ).join('')
    const started = Date.now()
    const scan = await scanTerraformModule([
      { display: 'big/main.tf', text: resources }
    ])
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(scan.errors).toEqual([])
    expect(scan.stages.length).toBeGreaterThan(0)
  })
})

describe('hostile files on disk', () => {
  let root: string

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'apigw-hostile-files-'))
    mkdirSync(path.join(root, 'infra'))
    writeFileSync(path.join(root, 'infra', 'good.yaml'), STAGE)
    // A 50 MiB file, sparse so the test stays cheap.
    const big = openSync(path.join(root, 'infra', 'huge.yaml'), 'w')
    ftruncateSync(big, 50 * 1024 * 1024)
    closeSync(big)
    symlinkSync('/proc/self/environ', path.join(root, 'infra', 'environ.yaml'))
    symlinkSync('/proc', path.join(root, 'proc'))
    symlinkSync(
      path.join(root, 'infra', 'a.yaml'),
      path.join(root, 'infra', 'b.yaml')
    )
    symlinkSync(
      path.join(root, 'infra', 'b.yaml'),
      path.join(root, 'infra', 'a.yaml')
    )
  })

  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('reports the huge file, follows no link to /proc or in a loop, and scans the rest', async () => {
    const result = await scanPaths({
      workspace: root,
      paths: ['.'],
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      parameters: new Map()
    })
    expect(result.findings.map(f => [f.file, f.status])).toEqual([
      ['infra/good.yaml', 'fail']
    ])
    const errors = Object.fromEntries(
      result.errors.map(e => [e.file, e.message])
    )
    expect(errors['infra/huge.yaml']).toMatch(/larger than the 5.0 MiB limit/)
    expect(errors['infra/environ.yaml']).toMatch(
      /outside the scanned directory/
    )
    expect(errors['proc']).toMatch(/outside the scanned directory/)
    expect(errors['infra/a.yaml']).toMatch(/loops/)
    expect(JSON.stringify(result)).not.toContain('PATH=')
  })

  it('does not follow a link out of the workspace even when a pull request names it as a changed file', async () => {
    const result = await scanPaths({
      workspace: root,
      paths: ['infra/environ.yaml', 'proc', 'infra/good.yaml'],
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      parameters: new Map()
    })
    expect(result.errors).toEqual([
      {
        file: 'infra/environ.yaml',
        line: null,
        message: 'symbolic link leads outside the workspace; not followed'
      },
      {
        file: 'proc',
        line: null,
        message: 'symbolic link leads outside the workspace; not followed'
      }
    ])
    expect(result.findings.map(f => f.file)).toEqual(['infra/good.yaml'])
  })

  it('does not follow a Terraform module call through a link out of the workspace', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'apigw-outside-'))
    try {
      writeFileSync(path.join(outside, 'main.tf'), METHOD_SETTINGS)
      mkdirSync(path.join(root, 'live'))
      symlinkSync(outside, path.join(root, 'shared-modules'))
      writeFileSync(
        path.join(root, 'live', 'main.tf'),
        'module "api" {\n  source = "../shared-modules"\n}\n'
      )
      const result = await scanPaths({
        workspace: root,
        paths: ['live'],
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        parameters: new Map()
      })
      expect(result.findings).toEqual([])
      expect(result.errors).toEqual([
        {
          file: 'shared-modules',
          line: null,
          message: 'symbolic link leads outside the workspace; not followed'
        }
      ])
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('follows at most 2,000 module calls and says how many it left', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'apigw-calls-'))
    try {
      mkdirSync(path.join(work, 'child'))
      mkdirSync(path.join(work, 'live'))
      writeFileSync(path.join(work, 'child', 'main.tf'), METHOD_SETTINGS)
      const calls = Array.from(
        { length: 2_003 },
        (_, i) => `module "m${i}" {\n  source = "../child"\n}\n`
      )
      writeFileSync(path.join(work, 'live', 'main.tf'), calls.join(''))
      const started = Date.now()
      const result = await scanPaths({
        workspace: work,
        paths: ['live'],
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        parameters: new Map()
      })
      expect(Date.now() - started).toBeLessThan(60_000)
      expect(result.findings).toHaveLength(2_000)
      expect(result.errors).toEqual([
        {
          file: 'live/main.tf',
          line: null,
          message: expect.stringMatching(
            /^3 more module calls were not followed/
          )
        }
      ])
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }, 90_000)

  it('reports a FIFO named like a template instead of waiting on it', async () => {
    const fifo = path.join(root, 'pipe.yaml')
    execFileSync('mkfifo', [fifo])
    const result = await scanPaths({
      workspace: root,
      paths: ['pipe.yaml', 'infra/good.yaml'],
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      parameters: new Map()
    })
    expect(result.errors).toEqual([
      { file: 'pipe.yaml', line: null, message: 'not a regular file' }
    ])
    expect(result.findings.map(f => f.file)).toEqual(['infra/good.yaml'])
  })
})
