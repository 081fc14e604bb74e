/**
 * Terraform files in a scan, grouped into modules (one directory each) and
 * read safely, and the var files the user names. Every module is scanned
 * once, after all its files are read.
 */
import path from 'node:path'
import {
  describeError,
  InputPathError,
  readTextFile,
  type FoundFile
} from './files.js'
import {
  scanTerraformModule,
  terraformFileKind,
  type ModuleScan,
  type TerraformSource
} from './terraform-scan.js'
import type { ScanError } from '../model.js'

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

/** Groups Terraform files into modules: one directory each. */
export function terraformModules(files: readonly FoundFile[]): FoundFile[][] {
  const directories = new Map<string, FoundFile[]>()
  for (const file of files) {
    const directory = path.posix.dirname(file.display)
    directories.set(directory, [...(directories.get(directory) ?? []), file])
  }
  return [...directories.values()]
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
  totalFiles: number
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
      module: await scanTerraformModule(sources, varFiles, totalFiles),
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
  const seen = new Set<string>()
  for (const outcome of outcomes) {
    errors.push(...outcome.errors)
    if (!outcome.module) continue
    outcome.module.errors = outcome.module.errors.filter(error => {
      const key = `${error.file}:${error.line}:${error.message}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    modules.push(outcome.module)
  }
  return { modules, errors }
}
