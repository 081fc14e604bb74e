/**
 * The action's inputs, read once into typed, validated settings. Names match
 * action.yml (a test checks that).
 */
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_MAX_FILE_SIZE } from './scan.js'
import { parseFailOn, parseList, parseSize } from './settings.js'
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
  /** Where the JSON report is written. */
  reportFile: string
  /** Where a SARIF report is written, when asked. */
  sarifFile: string | null
}

export const INPUT_NAMES = [
  'paths',
  'fail-on',
  'parameter-files',
  'max-file-size',
  'report-file',
  'sarif-file'
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
    reportFile: path.resolve(
      workspace,
      reportFile || path.join(tempDirectory, 'apigw-cache-check', 'report.json')
    ),
    sarifFile: sarifFile === '' ? null : path.resolve(workspace, sarifFile)
  }
}
