import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import { readFileSync } from 'node:fs'
import { INPUT_NAMES, readSettings } from '../src/inputs.js'
import { OUTPUT_NAMES } from '../src/main.js'
import { VERSION } from '../src/version.js'

interface ActionMetadata {
  branding?: { icon?: string; color?: string }
  inputs: Record<string, { description?: string; default?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

const action = load(readFileSync('action.yml', 'utf8')) as ActionMetadata
const readme = readFileSync('README.md', 'utf8')

describe('action.yml, code and README agree', () => {
  it('declares exactly the inputs the code reads, each with a description and default', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    for (const input of Object.values(action.inputs)) {
      expect(input.description).toBeTruthy()
      expect(typeof input.default).toBe('string')
    }
  })

  it('declares exactly the outputs the code sets, each with a description', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
    for (const output of Object.values(action.outputs))
      expect(output.description).toBeTruthy()
  })

  it('runs the committed bundle on node24 and has branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.branding?.icon).toBeTruthy()
    expect(action.branding?.color).toBeTruthy()
  })

  it('documents every input and output in the README', () => {
    for (const name of [...INPUT_NAMES, ...OUTPUT_NAMES]) {
      expect(readme).toMatch(new RegExp('\\| `' + name + '` \\|'))
    }
  })

  it('starts the README with the two commands that work on a fresh machine', () => {
    const firstBlock =
      /```(?:sh|bash|shell)?\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(firstBlock).toContain('npm ci && npm start')
    expect(firstBlock).toContain('npm ci && npm test')
  })

  it('keeps the version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
    }
    expect(VERSION).toBe(pkg.version)
  })
})

describe('reading inputs', () => {
  const inputs = (values: Record<string, string>) => (name: string) =>
    values[name] ?? ''

  it('applies defaults and resolves files against the workspace', () => {
    const settings = readSettings(inputs({}), {
      GITHUB_WORKSPACE: '/ws',
      RUNNER_TEMP: '/tmp/r'
    })
    expect(settings).toEqual({
      workspace: '/ws',
      paths: ['.'],
      failOn: 'error',
      maxFileSize: 5 * 1024 * 1024,
      parameterFiles: [],
      varFiles: [],
      reportFile: '/tmp/r/apigw-cache-check/report.json',
      sarifFile: null,
      live: null,
      configFile: null,
      onlyNew: false,
      pullRequest: {
        token: '',
        comment: 'update',
        scope: 'changed',
        suggestions: true,
        alwaysScan: [],
        tempDirectory: '/tmp/r'
      }
    })
  })

  it('reads the pull-request inputs', () => {
    const settings = readSettings(
      inputs({
        token: 'ghs_x',
        comment: 'hide-and-new',
        scope: 'all',
        'only-new': 'true',
        suggestions: 'false',
        'always-scan': 'cdk.out\nplan.json',
        config: 'ci/suppressions.yml'
      }),
      { GITHUB_WORKSPACE: '/ws' }
    )
    expect(settings).toMatchObject({
      configFile: 'ci/suppressions.yml',
      onlyNew: true,
      pullRequest: {
        token: 'ghs_x',
        comment: 'hide-and-new',
        scope: 'all',
        suggestions: false,
        alwaysScan: ['cdk.out', 'plan.json']
      }
    })
  })

  it('reads lists and sizes', () => {
    const settings = readSettings(
      inputs({
        paths: 'infra\ncdk.out, api.yaml',
        'fail-on': 'warning',
        'max-file-size': '1MiB',
        'parameter-files': 'params/prod.json',
        'sarif-file': 'out/results.sarif'
      }),
      { GITHUB_WORKSPACE: '/ws' }
    )
    expect(settings).toMatchObject({
      paths: ['infra', 'cdk.out', 'api.yaml'],
      failOn: 'warning',
      maxFileSize: 1024 * 1024,
      parameterFiles: ['params/prod.json'],
      sarifFile: '/ws/out/results.sarif'
    })
  })

  it('names the input when a value is invalid', () => {
    expect(() => readSettings(inputs({ 'fail-on': 'maybe' }), {})).toThrow(
      /input fail-on/
    )
    expect(() => readSettings(inputs({ 'max-file-size': 'big' }), {})).toThrow(
      /input max-file-size/
    )
    expect(() => readSettings(inputs({ comment: 'sticky' }), {})).toThrow(
      /input comment must be one of update, new, delete-and-new, hide-and-new, off/
    )
    expect(() => readSettings(inputs({ scope: 'diff' }), {})).toThrow(
      /input scope must be one of changed, all/
    )
    expect(() => readSettings(inputs({ 'only-new': 'yes' }), {})).toThrow(
      /input only-new must be true or false/
    )
  })
})
