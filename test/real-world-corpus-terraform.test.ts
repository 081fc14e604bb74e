/**
 * The 337 public `.tf` files of ../shared/corpus/serverless-patterns: every
 * module scans without a crash, only really invalid files become errors, and
 * the stages they define are found.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_MAX_FILE_SIZE, scanPaths } from '../src/scan.js'
import { discoverFiles } from '../src/templates/files.js'
import { skipNotice } from './support/notice.js'

const SHARED = path.resolve('..', 'shared')
const PATTERNS = path.join(SHARED, 'corpus', 'serverless-patterns')
const present = existsSync(PATTERNS)
if (!present) {
  skipNotice(`corpus not found at ${PATTERNS}; its Terraform tests are skipped`)
}

/** Terraform files that no HCL reader accepts, and why. None so far. */
const REALLY_INVALID: Record<string, RegExp> = {}

const describeIfPresent = present ? describe : describe.skip

describeIfPresent('real-world corpus, Terraform', () => {
  it('scans every .tf file; the only errors are the really invalid ones', async () => {
    const discovery = await discoverFiles(SHARED, [
      'corpus/serverless-patterns'
    ])
    const terraform = discovery.files
      .map(file => file.display)
      .filter(file => /\.(tf|tfvars)(\.json)?$/.test(file))
    expect(terraform.filter(file => file.endsWith('.tf'))).toHaveLength(337)

    const result = await scanPaths({
      workspace: SHARED,
      paths: terraform,
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      parameters: new Map()
    })

    const errors = Object.fromEntries(
      result.errors.map(e => [e.file, e.message])
    )
    expect(Object.keys(errors).sort()).toEqual(
      Object.keys(REALLY_INVALID).sort()
    )
    expect(result.files).toBe(337 - Object.keys(REALLY_INVALID).length)
    // Sixteen REST API stages, three of them with logging-only method settings.
    expect(result.stages).toBe(16)
    expect(result.findings).toEqual([])
  })
})
