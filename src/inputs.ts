/**
 * The action's inputs, read once into typed, validated settings. Names match
 * action.yml (a test checks that).
 */
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_MAX_FILE_SIZE } from './scan.js'
import { readLiveSettings, type LiveSettings } from './aws/live-settings.js'
import { COMMENT_MODES, type CommentMode } from './github/comment-plan.js'
import {
  parseBoolean,
  parseChoice,
  parseFailOn,
  parseList,
  parseSize,
  SettingError
} from './settings.js'
import type { FailOn } from './model.js'

/** Reads one input's raw text, as `core.getInput` does. */
export type InputReader = (name: string) => string

export interface ActionSettings {
  /** Repository root: findings and annotations name files relative to it. */
  workspace: string
  paths: string[]
  failOn: FailOn
  maxFileSize: number
  parameterFiles: string[]
  /** Terraform var files applied to every module; later ones win. */
  varFiles: string[]
  /** Where the JSON report is written. */
  reportFile: string
  /** Where a SARIF report is written, when asked. */
  sarifFile: string | null
  /** The live audit's settings; null when audit-live is off. */
  live: LiveSettings | null
  /** Suppression file that must exist; null reads `.github/apigw-cache-check.yml` when present. */
  configFile: string | null
  /** Existing findings (also on the base branch) do not fail the check. */
  onlyNew: boolean
  /** How a pull-request run scans and what it writes on the pull request. */
  pullRequest: PullRequestSettings
}

export interface PullRequestSettings {
  /** Token for the GitHub API; empty skips everything that needs it. */
  token: string
  comment: CommentMode
  /** `changed` scans the pull request's changed files, `all` every path. */
  scope: 'changed' | 'all'
  /** Post review comments with suggested fixes. */
  suggestions: boolean
  /** Paths scanned on every run, changed or not (generated templates). */
  alwaysScan: string[]
  /** Where temporary checkouts go. */
  tempDirectory: string
}

export const INPUT_NAMES = [
  'paths',
  'fail-on',
  'parameter-files',
  'var-files',
  'max-file-size',
  'report-file',
  'sarif-file',
  'audit-live',
  'role-to-assume',
  'audience',
  'regions',
  'role-session-name',
  'role-duration-seconds',
  'token',
  'comment',
  'scope',
  'only-new',
  'suggestions',
  'always-scan',
  'config'
] as const

/** Builds settings from inputs and the runner's environment. */
export function readSettings(
  input: InputReader,
  env: NodeJS.ProcessEnv
): ActionSettings {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd()
  const paths = parseList(input('paths'))
  const reportFile = input('report-file').trim()
  const sarifFile = input('sarif-file').trim()
  const maxFileSize = input('max-file-size').trim()
  const tempDirectory = env['RUNNER_TEMP'] || os.tmpdir()

  return {
    workspace,
    paths: paths.length > 0 ? paths : ['.'],
    failOn: parseFailOn(input('fail-on') || 'error', 'input fail-on'),
    maxFileSize:
      maxFileSize === ''
        ? DEFAULT_MAX_FILE_SIZE
        : parseSize(maxFileSize, 'input max-file-size'),
    parameterFiles: parseList(input('parameter-files')),
    varFiles: parseList(input('var-files')),
    reportFile: path.resolve(
      workspace,
      reportFile || path.join(tempDirectory, 'apigw-cache-check', 'report.json')
    ),
    sarifFile: sarifFile === '' ? null : path.resolve(workspace, sarifFile),
    live: readLiveInputs(input, env),
    configFile: input('config').trim() || null,
    onlyNew: parseBoolean(input('only-new') || 'false', 'input only-new'),
    pullRequest: {
      token: input('token').trim(),
      comment: parseChoice(
        input('comment') || 'update',
        COMMENT_MODES,
        'input comment'
      ),
      scope: parseChoice(
        input('scope') || 'changed',
        ['changed', 'all'] as const,
        'input scope'
      ),
      suggestions: parseBoolean(
        input('suggestions') || 'true',
        'input suggestions'
      ),
      alwaysScan: parseList(input('always-scan')),
      tempDirectory
    }
  }
}

/** The live audit inputs, read only when audit-live is true. */
function readLiveInputs(
  input: InputReader,
  env: NodeJS.ProcessEnv
): LiveSettings | null {
  const audit = input('audit-live').trim().toLowerCase()
  if (audit === '' || audit === 'false') return null
  if (audit !== 'true') {
    throw new SettingError(
      `input audit-live must be true or false; got "${input('audit-live')}"`
    )
  }
  const named = (name: string) => ({
    value: input(name),
    name: `input ${name}`
  })
  return readLiveSettings(
    {
      regions: named('regions'),
      roleToAssume: named('role-to-assume'),
      audience: named('audience'),
      roleSessionName: named('role-session-name'),
      roleDurationSeconds: named('role-duration-seconds')
    },
    env
  )
}
