import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  cpSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ACTION_BUNDLE, runNode } from './run-dist.js'
import type { Report } from '../../src/model.js'

/** Reads `name<<delimiter` blocks from a GITHUB_OUTPUT file. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match as unknown as [string, string, string]
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter)
      value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}

function stage(name: string, encrypted: boolean): string {
  return `Resources:
  ${name}:
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: prod
      MethodSettings:
        - ResourcePath: /~1item${name}
          HttpMethod: GET
          CachingEnabled: true
          CacheDataEncrypted: ${encrypted}
`
}

describe('action (dist/index.js) outside a pull request', () => {
  let workspace: string
  let runnerFiles: string
  let env: Record<string, string>

  beforeEach(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'apigw-ws-'))
    runnerFiles = mkdtempSync(path.join(os.tmpdir(), 'apigw-runner-'))
    cpSync(path.resolve('examples'), path.join(workspace, 'examples'), {
      recursive: true
    })
    writeFileSync(path.join(runnerFiles, 'summary.md'), '')
    writeFileSync(path.join(runnerFiles, 'output.txt'), '')
    env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: path.join(runnerFiles, 'summary.md'),
      GITHUB_OUTPUT: path.join(runnerFiles, 'output.txt'),
      RUNNER_TEMP: runnerFiles,
      INPUT_PATHS: 'examples',
      'INPUT_FAIL-ON': 'error',
      'INPUT_MAX-FILE-SIZE': '5MiB',
      'INPUT_SARIF-FILE': 'results.sarif'
    }
  })

  afterEach(() => {
    rmSync(workspace, { recursive: true, force: true })
    rmSync(runnerFiles, { recursive: true, force: true })
  })

  it('annotates exact lines, writes summary, reports and outputs, and fails the step', async () => {
    const result = await runNode(ACTION_BUNDLE, [], { cwd: workspace, env })

    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error title=[^,]*,file=examples\/sam-app\/template\.yaml,line=15,col=9::/
    )
    expect(result.stdout).toMatch(/::error::apigw-cache-check found 6 failing/)

    const outputs = readOutputs(env['GITHUB_OUTPUT'] as string)
    expect(outputs).toMatchObject({
      result: 'fail',
      failed: '6',
      warnings: '0',
      unknown: '0',
      'sarif-file': path.join(workspace, 'results.sarif')
    })
    const report = JSON.parse(
      readFileSync(outputs['report-file'] as string, 'utf8')
    ) as Report
    expect(report.counts.fail).toBe(6)
    expect(
      JSON.parse(readFileSync(path.join(workspace, 'results.sarif'), 'utf8'))
    ).toMatchObject({
      version: '2.1.0'
    })
    const summary = readFileSync(env['GITHUB_STEP_SUMMARY'] as string, 'utf8')
    expect(summary).toContain('examples/sam-app/template.yaml')
  })

  it('passes with fail-on never and still writes the summary', async () => {
    env['INPUT_FAIL-ON'] = 'never'
    const result = await runNode(ACTION_BUNDLE, [], { cwd: workspace, env })
    expect(result.code).toBe(0)
    expect(readOutputs(env['GITHUB_OUTPUT'] as string)['result']).toBe('pass')
    expect(readFileSync(env['GITHUB_STEP_SUMMARY'] as string, 'utf8')).not.toBe(
      ''
    )
  })

  it('keeps annotations within GitHub caps and counts the rest in the summary', async () => {
    mkdirSync(path.join(workspace, 'many'))
    for (let i = 0; i < 25; i++) {
      writeFileSync(
        path.join(workspace, 'many', `api${i}.yaml`),
        stage(`Stage${i}`, false)
      )
    }
    env['INPUT_PATHS'] = 'many'
    const result = await runNode(ACTION_BUNDLE, [], { cwd: workspace, env })
    const errorAnnotations = result.stdout
      .split('\n')
      .filter(line => line.startsWith('::error ') && line.includes('file='))
    expect(errorAnnotations).toHaveLength(10)
    const summary = readFileSync(env['GITHUB_STEP_SUMMARY'] as string, 'utf8')
    expect(summary).toMatch(/15 more findings have no annotation/)
  })

  it('fails with a message naming the input when an input is invalid', async () => {
    env['INPUT_FAIL-ON'] = 'sometimes'
    const result = await runNode(ACTION_BUNDLE, [], { cwd: workspace, env })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error::.*fail-on must be one of error, warning, never/
    )
  })
})
