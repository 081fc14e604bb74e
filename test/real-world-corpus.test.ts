/**
 * About 2,800 public templates from ../shared/corpus: every file scans
 * without a crash, only really invalid files become errors, and each SAM
 * translator input reaches the same verdicts as the CloudFormation that SAM
 * produces from it.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluateStage } from '../src/rule.js'
import { scanPaths, scanText } from '../src/scan.js'
import { DEFAULT_MAX_FILE_SIZE } from '../src/scan.js'
import type { Counts } from '../src/model.js'
import { skipNotice } from './support/notice.js'

const SHARED = path.resolve('..', 'shared')
const CORPUS = path.join(SHARED, 'corpus')
const present = existsSync(path.join(CORPUS, 'README.md'))
if (!present) skipNotice(`corpus not found at ${CORPUS}; its tests are skipped`)

/** Files that are not valid YAML for any reader, and why. */
const REALLY_INVALID: Record<string, RegExp> = {
  // Line 34 reads "MappingRestEdge:curc": a key glued to stray text.
  'corpus/serverless-patterns/apigw-custom-domain-edge/template.yaml':
    /multiline key|mapping entry/,
  // Line 3 continues a single-quoted scalar with unquoted text after the quote.
  'corpus/serverless-patterns/rds-sns-event-notification/template.yaml':
    /indentation|mapping entry/
}

const TRANSLATOR = path.join(CORPUS, 'sam-translator', 'tests', 'translator')

function countsOf(file: string): {
  counts: Partial<Counts>
  errors: number
  recognised: boolean
} {
  const scan = scanText(readFileSync(file, 'utf8'), file)
  const counts: Partial<Counts> = {}
  for (const finding of scan.stages.flatMap(stage => evaluateStage(stage))) {
    counts[finding.status] = (counts[finding.status] ?? 0) + 1
  }
  return { counts, errors: scan.errors.length, recognised: scan.recognised }
}

const describeIfPresent = present ? describe : describe.skip

describeIfPresent('real-world corpus', () => {
  it('scans every file; the only errors are the really invalid ones', async () => {
    const result = await scanPaths({
      workspace: SHARED,
      paths: ['corpus'],
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      parameters: new Map()
    })
    expect(result.files).toBeGreaterThan(2_000)
    const errors = Object.fromEntries(
      result.errors.map(e => [e.file, e.message])
    )
    expect(Object.keys(errors).sort()).toEqual(
      Object.keys(REALLY_INVALID).sort()
    )
    for (const [file, reason] of Object.entries(REALLY_INVALID)) {
      expect(errors[file]).toMatch(reason)
    }
    // The templates that really cache are found.
    const failing = new Set(
      result.findings.filter(f => f.status === 'fail').map(f => f.file)
    )
    expect(failing).toContain(
      'corpus/serverless-patterns/apigw-method-cache/template.yaml'
    )
    expect(failing).toContain(
      'corpus/sam-translator/tests/translator/input/api_with_request_parameters_openapi.yaml'
    )
  })

  it('reaches the same verdicts on each SAM input as on the CloudFormation SAM makes of it', () => {
    let pairs = 0
    const mismatches: string[] = []
    for (const name of readdirSync(path.join(TRANSLATOR, 'input'))) {
      const output = path.join(
        TRANSLATOR,
        'output',
        name.replace(/\.ya?ml$/, '.json')
      )
      if (!existsSync(output)) continue
      const produced = countsOf(output)
      // Outputs of error_ cases hold SAM's error message, not a template.
      if (!produced.recognised) continue
      pairs++
      const input = countsOf(path.join(TRANSLATOR, 'input', name))
      if (JSON.stringify(input) !== JSON.stringify(produced)) {
        mismatches.push(
          `${name}: ${JSON.stringify(input)} vs ${JSON.stringify(produced)}`
        )
      }
    }
    expect(pairs).toBeGreaterThan(500)
    expect(mismatches).toEqual([])
  })
})
