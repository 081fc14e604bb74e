import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CLI_BUNDLE, runNode } from './run-dist.js'
import type { Report } from '../../src/model.js'

/** A stage with one override that caches GET /orders in clear text, and a comment slot above it. */
const stage = (name: string, above = '', metadata = '') => `Resources:
  ${name}:
    Type: AWS::ApiGateway::Stage
${metadata}    Properties:
      StageName: prod
      MethodSettings:
        - ResourcePath: /~1orders
          HttpMethod: GET
${above}          CachingEnabled: true
`

describe('suppressions through the command line (dist/cli/index.js)', () => {
  let work: string

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'apigw-suppress-'))
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(work, file)), { recursive: true })
      writeFileSync(path.join(work, file), text)
    }
    write(
      'infra/inline.yaml',
      stage(
        'InlineStage',
        '          # apigw-cache-check:ignore reason="public price list" until=2099-12-31\n'
      )
    )
    write(
      'infra/expired.yaml',
      stage(
        'ExpiredStage',
        '          # apigw-cache-check:ignore reason="launch week" until=2020-01-31\n'
      )
    )
    write(
      'infra/no-reason.yaml',
      stage(
        'NoReasonStage',
        '          # apigw-cache-check:ignore until=2099-01-01\n'
      )
    )
    write(
      'infra/metadata.yaml',
      stage(
        'MetadataStage',
        '',
        '    Metadata:\n      apigw-cache-check:\n        ignore:\n          - reason: reference data only\n'
      )
    )
    write('infra/config.yaml', stage('ConfigStage'))
    write('infra/plain.yaml', stage('PlainStage'))
    write(
      'tf/main.tf',
      `resource "aws_api_gateway_stage" "prod" {
  rest_api_id = "a1b2c3"
  stage_name  = "prod"
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    // apigw-cache-check:ignore reason="cache holds public data" until=2099-01-01
    caching_enabled = true
  }
}
`
    )
    write(
      '.github/apigw-cache-check.yml',
      'ignore:\n  - reason: covered by the config file\n    resource: ConfigStage\n'
    )
    write(
      'other.yml',
      'ignore:\n  - reason: everything under infra\n    file: "infra/**"\n'
    )
  })

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  const scan = async (...args: string[]) => {
    const result = await runNode(
      CLI_BUNDLE,
      ['infra', '--format', 'json', ...args],
      { cwd: work }
    )
    return { ...result, report: JSON.parse(result.stdout) as Report }
  }
  const byResource = (report: Report) =>
    Object.fromEntries(report.findings.map(f => [f.resource, f]))

  it('applies inline comments, metadata and the default config file, with reasons', async () => {
    const { report, code } = await scan()
    const findings = byResource(report)

    expect(findings['InlineStage']).toMatchObject({
      status: 'suppressed',
      suppression: { reason: 'public price list', until: '2099-12-31' }
    })
    expect(findings['MetadataStage']).toMatchObject({
      status: 'suppressed',
      suppression: { reason: 'reference data only', until: null }
    })
    expect(findings['ConfigStage']).toMatchObject({
      status: 'suppressed',
      suppression: { reason: 'covered by the config file' }
    })
    expect(findings['PlainStage']?.status).toBe('fail')
    expect(code).toBe(1)
  })

  it('does not apply an expired suppression and says that it expired', async () => {
    const { report } = await scan()
    expect(byResource(report)['ExpiredStage']).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        '("launch week") expired on 2020-01-31'
      ) as unknown
    })
  })

  it('lists a suppression without a reason as an error', async () => {
    const { report } = await scan()
    expect(byResource(report)['NoReasonStage']?.status).toBe('fail')
    expect(report.errors).toContainEqual({
      file: 'infra/no-reason.yaml',
      line: 9,
      message: expect.stringContaining('needs a reason') as unknown
    })
  })

  it('reads another file with --config, instead of the default', async () => {
    const { report } = await scan('--config', 'other.yml')
    const findings = byResource(report)
    expect(findings['PlainStage']?.suppression?.reason).toBe(
      'everything under infra'
    )
    expect(findings['ConfigStage']?.suppression?.reason).toBe(
      'everything under infra'
    )
  })

  it('exits 2 when the named --config file does not exist', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      ['infra', '--config', 'missing.yml'],
      { cwd: work }
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /suppression file "missing\.yml" cannot be read/
    )
  })

  it('applies an HCL comment to a Terraform setting', async () => {
    const result = await runNode(CLI_BUNDLE, ['tf', '--format', 'json'], {
      cwd: work
    })
    const report = JSON.parse(result.stdout) as Report
    expect(report.findings).toMatchObject([
      {
        format: 'terraform',
        file: 'tf/main.tf',
        status: 'suppressed',
        suppression: { reason: 'cache holds public data', until: '2099-01-01' }
      }
    ])
    expect(result.code).toBe(0)
  })
})
