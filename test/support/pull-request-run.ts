/**
 * Runs the committed action bundle the way a runner does on a
 * `pull_request` event, against the local GitHub server.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ACTION_BUNDLE, runNode, type ProcessResult } from '../e2e/run-dist.js'
import type { Report } from '../../src/model.js'

export interface PullRequestRun extends ProcessResult {
  report: Report
  summary: string
  outputs: Record<string, string>
}

export interface PullRequestRunOptions {
  apiUrl: string
  workspace: string
  baseSha: string
  headSha: string
  runId: number
  fork?: boolean
  changedFiles?: number
  inputs?: Record<string, string>
}

/** Starts dist/index.js with a runner's environment and collects what it wrote. */
export async function runPullRequest(
  options: PullRequestRunOptions
): Promise<PullRequestRun> {
  const runner = mkdtempSync(path.join(os.tmpdir(), 'apigw-pr-runner-'))
  try {
    const event = {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        changed_files: options.changedFiles ?? 1,
        base: {
          sha: options.baseSha,
          ref: 'main',
          repo: { full_name: 'octo/infra', fork: false }
        },
        head: {
          sha: options.headSha,
          ref: 'feature',
          repo: options.fork
            ? { full_name: 'stranger/infra', fork: true }
            : { full_name: 'octo/infra', fork: false }
        }
      }
    }
    const files = {
      event: path.join(runner, 'event.json'),
      summary: path.join(runner, 'summary.md'),
      output: path.join(runner, 'output.txt')
    }
    writeFileSync(files.event, JSON.stringify(event))
    writeFileSync(files.summary, '')
    writeFileSync(files.output, '')

    const inputs: Record<string, string> = {
      'fail-on': 'error',
      token: 'ghs_localtesttoken',
      ...options.inputs
    }
    const env: Record<string, string> = {
      HOME: runner,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      RUNNER_TEMP: runner,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: 'octo/infra',
      GITHUB_SHA: options.headSha,
      GITHUB_RUN_ID: String(options.runId),
      GITHUB_RUN_ATTEMPT: '1',
      'INPUT_REPORT-FILE': path.join(runner, 'report.json')
    }
    for (const [name, value] of Object.entries(inputs))
      env[`INPUT_${name.toUpperCase()}`] = value

    const result = await runNode(ACTION_BUNDLE, [], {
      cwd: options.workspace,
      env
    })
    let report: Report
    try {
      report = JSON.parse(
        readFileSync(path.join(runner, 'report.json'), 'utf8')
      ) as Report
    } catch {
      throw new Error(
        `the action wrote no report:\n${result.stdout}\n${result.stderr}`
      )
    }
    return {
      ...result,
      report,
      summary: readFileSync(files.summary, 'utf8'),
      outputs: readOutputs(files.output)
    }
  } finally {
    rmSync(runner, { recursive: true, force: true })
  }
}

/** Reads `name<<delimiter` blocks from a GITHUB_OUTPUT file. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== match[2])
      value.push(lines[i] ?? '')
    outputs[match[1] ?? ''] = value.join('\n')
  }
  return outputs
}
