import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ACTION_BUNDLE, CLI_BUNDLE, runNode } from './run-dist.js'
import type { Report } from '../../src/model.js'

const FIXTURES = path.resolve('__fixtures__', 'terraform')

/**
 * The bundles run from a directory far from node_modules, so the HCL parser
 * can only start from the files the build copied next to them.
 */
describe('Terraform through the bundles in dist/', () => {
  let work: string

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'apigw-tf-'))
    for (const name of ['variables', 'syntax-error', 'plan']) {
      cpSync(path.join(FIXTURES, name), path.join(work, name), {
        recursive: true
      })
    }
  })

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('scans a module with its tfvars and a var file, pointing at the exact lines', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      [
        'variables',
        '--var-file',
        'variables/env/prod.tfvars',
        '--format',
        'json'
      ],
      { cwd: work }
    )

    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Report
    expect(report.errors).toEqual([])
    expect(report.coverage.files).toBe(2)
    const found = report.findings.map(
      finding =>
        `${finding.status} ${finding.file}:${finding.line} ${finding.resource} ${finding.resourcePath} ${finding.httpMethod}`
    )
    expect(found).toEqual([
      'fail variables/main.tf:14 aws_api_gateway_method_settings.from_default /default GET',
      'fail variables/main.tf:34 aws_api_gateway_method_settings.from_tfvars_json /tfvars-json GET',
      'fail variables/main.tf:54 aws_api_gateway_method_settings.from_var_file /var-file GET',
      'unknown variables/main.tf:64 aws_api_gateway_method_settings.without_value /missing GET',
      'pass variables/main.tf:24 aws_api_gateway_method_settings.from_tfvars /tfvars GET',
      'pass variables/main.tf:44 aws_api_gateway_method_settings.from_auto /auto GET'
    ])
    expect(report.findings[0]?.format).toBe('terraform')
  })

  it('runs from a copy of dist/cli with no node_modules above it', async () => {
    const copy = path.join(work, 'bundle')
    cpSync(path.dirname(CLI_BUNDLE), copy, { recursive: true })
    const result = await runNode(
      path.join(copy, 'index.js'),
      ['plan', 'variables', '--format', 'json'],
      { cwd: work }
    )

    const report = JSON.parse(result.stdout) as Report
    expect(report.errors).toEqual([])
    expect(report.coverage.files).toBe(3)
  })

  it('lists an HCL syntax error with its line and exits 1', async () => {
    const result = await runNode(CLI_BUNDLE, ['syntax-error'], { cwd: work })

    expect(result.code).toBe(1)
    expect(result.stdout).toContain('syntax-error/broken.tf')
    expect(result.stdout).toMatch(/HCL syntax error/)
    expect(result.stdout.trimEnd().split('\n').pop()).toMatch(/^Result: FAIL/)
  })

  it('reads a plan JSON by its content', async () => {
    const result = await runNode(CLI_BUNDLE, ['plan', '--format', 'json'], {
      cwd: work
    })

    const report = JSON.parse(result.stdout) as Report
    expect(report.counts).toMatchObject({ fail: 1, unknown: 1, pass: 1 })
    expect(new Set(report.findings.map(f => f.format))).toEqual(
      new Set(['terraform-plan'])
    )
  })

  it('stops with exit 2 when a var file does not exist', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      ['variables', '--var-file', 'nowhere.tfvars'],
      { cwd: work }
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/var file "nowhere\.tfvars" cannot be read/)
  })

  it('takes var files from the action input var-files', async () => {
    const runner = mkdtempSync(path.join(os.tmpdir(), 'apigw-tf-runner-'))
    try {
      writeFileSync(path.join(runner, 'output.txt'), '')
      const result = await runNode(ACTION_BUNDLE, [], {
        cwd: work,
        env: {
          GITHUB_WORKSPACE: work,
          GITHUB_OUTPUT: path.join(runner, 'output.txt'),
          RUNNER_TEMP: runner,
          INPUT_PATHS: 'variables',
          'INPUT_VAR-FILES': 'variables/env/prod.tfvars',
          'INPUT_REPORT-FILE': path.join(runner, 'report.json')
        }
      })
      expect(result.code).toBe(1)
      const report = JSON.parse(
        readFileSync(path.join(runner, 'report.json'), 'utf8')
      ) as Report
      expect(report.counts).toMatchObject({ fail: 3, unknown: 1, pass: 2 })
    } finally {
      rmSync(runner, { recursive: true, force: true })
    }
  })
})
