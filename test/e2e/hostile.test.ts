/**
 * Hostile input through the committed bundle: names that carry Markdown,
 * HTML, mentions, workflow commands and terminal escapes, and a GitHub API
 * that echoes the token back, must not break or leak into any output.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ACTION_BUNDLE, CLI_BUNDLE, runNode } from './run-dist.js'
import { PullRequestScenario } from '../support/pull-request-scenario.js'

const HOSTILE_FILE = 'x\n::error::pwned [a](https:evil) <b>@octocat.yaml'
const ESC = '\u001b'

const HOSTILE_TEMPLATE = `Resources:
  "Evil@octocat<script>alert(1)</script>|\`::warning::injected":
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: "prod\\e[2J\\e]8;;https://evil\\e\\\\\\n::error::stage"
      MethodSettings:
        - ResourcePath: /*
          HttpMethod: '*'
          CachingEnabled: true
`

/** No line of workflow-command output may have been forged by the input. */
function forgedCommands(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter(line =>
      /^::(error|warning|notice|set-output|add-mask)::(pwned|injected|stage)/.test(
        line
      )
    )
}

describe('hostile names (dist/index.js and dist/cli/index.js)', () => {
  let workspace: string
  let runner: string

  beforeEach(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'apigw-hostile-'))
    runner = mkdtempSync(path.join(os.tmpdir(), 'apigw-hostile-runner-'))
    mkdirSync(path.join(workspace, 'infra'))
    writeFileSync(path.join(workspace, 'infra', HOSTILE_FILE), HOSTILE_TEMPLATE)
    writeFileSync(path.join(runner, 'summary.md'), '')
    writeFileSync(path.join(runner, 'output.txt'), '')
  })

  afterEach(() => {
    rmSync(workspace, { recursive: true, force: true })
    rmSync(runner, { recursive: true, force: true })
  })

  it('keeps annotations, the job summary and the terminal intact', async () => {
    const action = await runNode(ACTION_BUNDLE, [], {
      cwd: workspace,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
        GITHUB_OUTPUT: path.join(runner, 'output.txt'),
        RUNNER_TEMP: runner,
        INPUT_PATHS: 'infra'
      }
    })
    expect(action.code).toBe(1)
    expect(forgedCommands(action.stdout)).toEqual([])
    expect(action.stdout).not.toContain(ESC)
    expect(action.stdout).toMatch(
      /^::error .*file=infra\/x%0A%3A%3Aerror%3A%3Apwned/m
    )

    const summary = readFileSync(path.join(runner, 'summary.md'), 'utf8')
    expect(summary).not.toContain('<script>')
    expect(summary).not.toContain('<b>')
    expect(summary).not.toMatch(/(^|[^&])@octocat/)
    expect(summary).not.toContain(ESC)
    expect(summary).not.toMatch(/\n::error::/)

    const terminal = await runNode(CLI_BUNDLE, ['infra'], { cwd: workspace })
    expect(terminal.code).toBe(1)
    expect(terminal.stdout).not.toContain(ESC)
    expect(terminal.stdout.trimEnd().split('\n').pop()).toMatch(/^Result: FAIL/)
  })
})

describe('secrets echoed back by GitHub', () => {
  const CANARY = 'ghs_CANARYtoken0123456789abcdefABCDEF'
  let pr: PullRequestScenario

  beforeEach(async () => {
    pr = new PullRequestScenario()
    await pr.start()
  })

  afterEach(async () => {
    await pr.stop()
  })

  it('never writes the token, even when an API error repeats it', async () => {
    pr.server.faults.push({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 422,
      message: `Validation failed: token ${CANARY} is not allowed here`
    })
    const result = await pr.run({ inputs: { token: CANARY } })

    const lines = `${result.stdout}\n${result.stderr}`.split('\n')
    const leaks = lines.filter(
      line => line.includes(CANARY) && !line.startsWith('::add-mask::')
    )
    expect(leaks).toEqual([])
    expect(lines.some(line => line === `::add-mask::${CANARY}`)).toBe(true)
    // The echo did happen, and was redacted.
    expect(result.stdout).toMatch(
      /Validation failed: token \*\*\* is not allowed/
    )
    expect(result.summary).not.toContain(CANARY)
    expect(JSON.stringify(result.report)).not.toContain(CANARY)
    for (const request of pr.server.requests) {
      expect(JSON.stringify(request.body ?? '')).not.toContain(CANARY)
    }
  })
})
