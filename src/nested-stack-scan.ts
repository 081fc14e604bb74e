/**
 * Nested stacks in a scan: a template that a scanned parent nests is read
 * again with the parameters that parent passes, under the nested stack's
 * logical id, and its own reading with its parameters' defaults is dropped,
 * since that is not what CloudFormation deploys. A nested template the scan
 * was not given is read too, so a pull request that changes only the parent
 * is still judged.
 */
import path from 'node:path'
import { followCalls } from './call-graph.js'
import { discoverIfPresent, problemError } from './templates/files.js'
import { readTextFile } from './templates/read-text.js'
import type { StackInputs } from './templates/intrinsics.js'
import type { NestedStackCall } from './templates/nested-stacks.js'
import type { FileScan } from './scan-text.js'
import { firstReports, type ScanError } from './model.js'

/** Stacks nest at most this deep; deeper ones are not followed. */
const MAX_NESTING = 8
/** Nested templates read in one scan, at most. */
const MAX_READS = 2_000

export type ScanTemplate = (
  text: string,
  display: string,
  stack: StackInputs
) => FileScan

/** The scans with nested stacks followed, and what could not be read. */
export async function followNestedStacks(
  scans: readonly FileScan[],
  workspace: string,
  maxFileSize: number,
  scanTemplate: ScanTemplate
): Promise<{ scans: FileScan[]; errors: ScanError[] }> {
  const given = new Set(scans.map(scan => scanFile(scan)))
  // Problems of a file are reported once, however often it is nested.
  const firstSeen = firstReports(scans.flatMap(scan => scan.errors))
  const errors: ScanError[] = []

  const followed = await followCalls<FileScan, NestedStackCall>({
    units: scans,
    keyOf: scanFile,
    callsOf: scan => scan.nested ?? [],
    targetOf: call => call.template,
    maxDepth: MAX_NESTING,
    maxReads: MAX_READS,
    read: async (call, again) => {
      const text = await readNested(workspace, call.template, maxFileSize)
      if ('problem' in text) {
        if (text.problem && firstSeen(text.problem)) errors.push(text.problem)
        return null
      }
      const scan = scanTemplate(text.text, call.template, call.inputs)
      scan.errors = scan.errors.filter(firstSeen)
      // A file counts once, however often it is nested.
      if (again || given.has(call.template)) scan.files = 0
      return scan
    }
  })

  const [first] = followed.leftOver
  if (first) {
    errors.push({
      file: first.inputs.origin.replace(/^.* in (.*):\d+$/, '$1'),
      line: null,
      message: `${followed.leftOver.length} more nested stacks were not followed: a scan follows at most ${MAX_READS}; scan fewer templates at once`
    })
  }
  const own = scans.map(scan =>
    followed.evaluated.has(scanFile(scan)) ? { ...scan, stages: [] } : scan
  )
  return { scans: [...own, ...followed.readings], errors }
}

/** A scan's file: its template, or the file of its first stage or error. */
function scanFile(scan: FileScan): string {
  return scan.template ?? scan.stages[0]?.file ?? scan.errors[0]?.file ?? ''
}

/**
 * The text of a nested template inside the workspace. A file that is not
 * there is left alone: CloudFormation cannot package it, so it deploys
 * nothing; a link out of the workspace or an unreadable file is a problem.
 */
async function readNested(
  workspace: string,
  display: string,
  maxFileSize: number
): Promise<{ text: string } | { problem: ScanError | null }> {
  const discovery = await discoverIfPresent(workspace, display)
  const [problem] = discovery.problems
  if (problem) return { problem: problemError(problem) }
  const [file] = discovery.files
  if (!file || path.posix.normalize(file.display) !== display) {
    return { problem: null }
  }
  const read = await readTextFile(file.absolute, maxFileSize)
  if (!read.ok) {
    return {
      problem: { file: display, line: read.line, message: read.message }
    }
  }
  return { text: read.text }
}
