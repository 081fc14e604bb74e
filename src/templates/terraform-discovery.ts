/**
 * Terraform files in a scan, grouped into modules (one directory each) and
 * read safely, and the var files the user names. Every module is scanned
 * once, after all its files are read.
 */
import path from 'node:path'
import { describeError, InputPathError, type FoundFile } from './files.js'
import { readTextFile } from './read-text.js'
import {
  scanTerraformModule,
  terraformFileKind,
  type ModuleScan,
  type TerraformSource
} from './terraform-scan.js'
import { followCalls } from '../call-graph.js'
import type { ModuleCall } from './terraform-module.js'
import type { ModuleInputs } from './terraform-variables.js'
import { firstReports, type ScanError } from '../model.js'

export function isTerraformFile(display: string): boolean {
  return terraformFileKind(path.posix.basename(display)) !== null
}

/**
 * Reads the var files the user names. A var file that cannot be read stops
 * the run, like a missing path: the scan would not be what was asked.
 */
export async function readVarFiles(
  workspace: string,
  files: readonly string[],
  maxFileSize: number
): Promise<TerraformSource[]> {
  const sources: TerraformSource[] = []
  for (const file of files) {
    if (terraformFileKind(file) !== 'values') {
      throw new InputPathError(
        `var file "${file}" must end in .tfvars or .tfvars.json`
      )
    }
    const read = await readTextFile(path.resolve(workspace, file), maxFileSize)
    if (!read.ok) {
      throw new InputPathError(
        `var file "${file}" cannot be read: ${read.message}`
      )
    }
    sources.push({ display: file.split(path.sep).join('/'), text: read.text })
  }
  return sources
}

/** Groups Terraform files into modules, by directory as reports show it. */
export function terraformModules(
  files: readonly FoundFile[]
): Map<string, FoundFile[]> {
  const directories = new Map<string, FoundFile[]>()
  for (const file of files) {
    const directory = path.posix.dirname(file.display)
    const group = directories.get(directory)
    if (group) group.push(file)
    else directories.set(directory, [file])
  }
  return directories
}

/** What scanning one module gave: the module, or errors only when it broke. */
export interface ModuleOutcome {
  module: ModuleScan | null
  errors: ScanError[]
}

/**
 * Reads and scans one module. `totalFiles` is the number of Terraform files
 * in the whole scan, which lets the parser choose how to start.
 */
export async function scanTerraformGroup(
  group: readonly FoundFile[],
  varFiles: readonly TerraformSource[],
  maxFileSize: number,
  totalFiles: number,
  inputs?: ModuleInputs
): Promise<ModuleOutcome> {
  const sources: TerraformSource[] = []
  const errors: ScanError[] = []
  for (const file of group) {
    const read = await readTextFile(file.absolute, maxFileSize)
    if (read.ok) {
      sources.push({ display: file.display, text: read.text })
    } else {
      errors.push({
        file: file.display,
        line: read.line,
        message: read.message
      })
    }
  }
  try {
    return {
      module: await scanTerraformModule(sources, varFiles, totalFiles, inputs),
      errors
    }
  } catch (error) {
    // A module that breaks the reader is reported, never passed.
    errors.push({
      file: path.posix.dirname(group[0]?.display ?? '.'),
      line: null,
      message: `Terraform module could not be scanned: ${describeError(error)}`
    })
    return { module: null, errors }
  }
}

/** Puts module outcomes together; a var file problem shows in every module but is listed once. */
export function collectModules(outcomes: readonly ModuleOutcome[]): {
  modules: ModuleScan[]
  errors: ScanError[]
} {
  const modules: ModuleScan[] = []
  const errors: ScanError[] = []
  const firstSeen = firstReports()
  for (const outcome of outcomes) {
    errors.push(...outcome.errors)
    if (!outcome.module) continue
    outcome.module.errors = outcome.module.errors.filter(firstSeen)
    modules.push(outcome.module)
  }
  return { modules, errors }
}

/** Calls nest at most this deep; deeper ones are not followed. */
const MAX_CALL_DEPTH = 8
/** Child modules read for calls in one scan, at most. */
const MAX_CALL_SCANS = 2_000

/**
 * How the scan finds the Terraform files of a directory it was not given,
 * with what could not be read there (a link out of the workspace).
 */
export type FindModuleFiles = (
  directory: string
) => Promise<{ files: FoundFile[]; problems: ScanError[] }>

/**
 * Follows local module calls from the root modules of the scan: each called
 * directory is read again with the caller's values, under the call's
 * address, and so on down. A called module's own reading, with its
 * variables' defaults, is then dropped: it is not what Terraform applies. A
 * directory the scan was not given is read too, so a pull request that
 * changes only a caller is still judged.
 */
export async function followModuleCalls(
  modules: readonly ModuleScan[],
  groups: ReadonlyMap<string, readonly FoundFile[]>,
  findFiles: FindModuleFiles,
  maxFileSize: number,
  totalFiles: number
): Promise<{ modules: ModuleScan[]; errors: ScanError[] }> {
  // Problems of a file are reported once, however often it is called.
  const firstSeen = firstReports(modules.flatMap(module => module.errors))
  const problems: ScanError[] = []

  const followed = await followCalls<ModuleScan, ModuleCall>({
    units: modules,
    keyOf: module => module.directory,
    callsOf: module => module.calls,
    targetOf: call => call.source,
    maxDepth: MAX_CALL_DEPTH,
    maxReads: MAX_CALL_SCANS,
    read: async (call, again) => {
      let files = groups.get(call.source)
      if (!files) {
        const found = await findFiles(call.source)
        problems.push(...found.problems.filter(firstSeen))
        files = found.files
      }
      if (files.length === 0) return null
      const outcome = await scanTerraformGroup(
        files,
        [],
        maxFileSize,
        totalFiles,
        call.inputs
      )
      const child = outcome.module
      if (!child) return null
      child.errors = [...outcome.errors, ...child.errors].filter(firstSeen)
      // A directory's files count once, however often it is called.
      if (again || groups.has(call.source)) child.files = 0
      return child
    }
  })

  const [first] = followed.leftOver
  if (first) {
    problems.push({
      file: first.inputs.origin.replace(/:\d+$/, ''),
      line: null,
      message: `${followed.leftOver.length} more module calls were not followed: a scan follows at most ${MAX_CALL_SCANS}; scan fewer directories at once`
    })
  }
  const own = modules.map(module =>
    followed.evaluated.has(module.directory)
      ? { ...module, stages: [] }
      : module
  )
  return { modules: [...own, ...followed.readings], errors: problems }
}
