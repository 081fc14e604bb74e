/**
 * One scan from settings to report, shared by the action and the command
 * line. Reads the parameter files it is given; everything else is in scan.ts.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createReport } from './report/report.js'
import { scanPaths } from './scan.js'
import { describeError } from './templates/files.js'
import {
  parseParameterFile,
  ParameterFileError
} from './templates/parameters.js'
import { VERSION } from './version.js'
import type { FailOn, Report } from './model.js'

export interface ScanSettings {
  workspace: string
  paths: string[]
  failOn: FailOn
  maxFileSize: number
  parameterFiles: string[]
}

/** Scans and reports. Throws for unusable settings (missing paths, bad parameter files). */
export async function produceReport(settings: ScanSettings): Promise<Report> {
  const parameters = await readParameterFiles(
    settings.workspace,
    settings.parameterFiles
  )
  const result = await scanPaths({
    workspace: settings.workspace,
    paths: settings.paths,
    maxFileSize: settings.maxFileSize,
    parameters
  })
  return createReport({
    findings: result.findings,
    errors: result.errors,
    files: result.files,
    stages: result.stages,
    failOn: settings.failOn,
    version: VERSION
  })
}

/** Later files win over earlier ones for the same parameter. */
async function readParameterFiles(
  workspace: string,
  files: readonly string[]
): Promise<Map<string, string>> {
  const parameters = new Map<string, string>()
  for (const file of files) {
    let text: string
    try {
      text = await readFile(path.resolve(workspace, file), 'utf8')
    } catch (error) {
      throw new ParameterFileError(
        file,
        `cannot be read: ${describeError(error)}`
      )
    }
    for (const [key, value] of parseParameterFile(text, file)) {
      parameters.set(key, value)
    }
  }
  return parameters
}
