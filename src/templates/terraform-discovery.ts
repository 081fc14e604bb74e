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

/** Reads and scans every module among the found files, one directory at a time. */
export async function scanTerraformFiles(
  files: readonly FoundFile[],
  varFiles: readonly TerraformSource[],
  maxFileSize: number
): Promise<{ modules: ModuleScan[]; errors: ScanError[] }> {
  const directories = new Map<string, FoundFile[]>()
  for (const file of files) {
    const directory = path.posix.dirname(file.display)
    directories.set(directory, [...(directories.get(directory) ?? []), file])
  }

  const modules: ModuleScan[] = []
  const errors: ScanError[] = []
  const seen = new Set<string>()
  for (const group of directories.values()) {
    const sources: TerraformSource[] = []
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
      const module = await scanTerraformModule(sources, varFiles, files.length)
      // A problem in a var file shows in every module; it is listed once.
      module.errors = module.errors.filter(error => {
        const key = `${error.file}:${error.line}:${error.message}`
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
      modules.push(module)
    } catch (error) {
      // A module that breaks the reader is reported, never passed.
      errors.push({
        file: path.posix.dirname(group[0]?.display ?? '.'),
        line: null,
        message: `Terraform module could not be scanned: ${describeError(error)}`
      })
    }
  }
  return { modules, errors }
}
