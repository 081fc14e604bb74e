/**
 * One scan from settings to report, shared by the action and the command
 * line. Reads the parameter files it is given; everything else is in scan.ts.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { markNewFindings } from './baseline.js'
import { createReport } from './report/report.js'
import { scanPaths } from './scan.js'
import { applySuppressions } from './suppressions.js'
import { loadSuppressionSources } from './suppressions/sources.js'
import { describeError } from './templates/files.js'
import {
  parseParameterFile,
  ParameterFileError
} from './templates/parameters.js'
import { VERSION } from './version.js'
import type { LiveResult } from './aws/live-run.js'
import type { FailOn, Report } from './model.js'

export interface ScanSettings {
  workspace: string
  paths: string[]
  failOn: FailOn
  maxFileSize: number
  parameterFiles: string[]
  /** Terraform var files, applied to every module in order; later ones win. */
  varFiles?: string[]
  /** Suppression file that must exist; null or absent reads `.github/apigw-cache-check.yml` when present. */
  configFile?: string | null
  /** The base commit's files: findings also found there are marked existing. */
  baseline?: BaselineTree | null
  /** Existing findings (on the base too) are reported without failing the check. */
  onlyNew?: boolean
  /** `YYYY-MM-DD` for suppression expiry; defaults to today in UTC. */
  today?: string
  /** The bundle scan workers start from; null or absent scans in one thread. */
  workerEntry?: string | null
}

/** A checkout of the pull request's base commit, prepared by the caller. */
export interface BaselineTree {
  /** Directory holding the base commit's files. */
  root: string
  /** Paths to scan there, relative to root; all of them exist. */
  paths: string[]
  /** Head paths of renamed files, by their base path. */
  renames: ReadonlyMap<string, string>
}

/**
 * Scans and reports, adding the findings of a live audit when there is one.
 * Throws for unusable settings (missing paths, bad parameter files).
 */
export async function produceReport(
  settings: ScanSettings,
  live: LiveResult | null = null
): Promise<Report> {
  const parameters = await readParameterFiles(
    settings.workspace,
    settings.parameterFiles
  )
  const varFiles = settings.varFiles ?? []
  const result = await scanPaths({
    workspace: settings.workspace,
    paths: settings.paths,
    maxFileSize: settings.maxFileSize,
    parameters,
    varFiles,
    workerEntry: settings.workerEntry ?? null
  })
  let findings = result.findings

  // New versus existing
  if (settings.baseline) {
    const base = await scanPaths({
      workspace: settings.baseline.root,
      paths: settings.baseline.paths,
      maxFileSize: settings.maxFileSize,
      parameters,
      // The head's var files, so both sides see the same values.
      varFiles: varFiles.map(file => path.resolve(settings.workspace, file)),
      workerEntry: settings.workerEntry ?? null
    })
    findings = markNewFindings(
      findings,
      base.findings,
      settings.baseline.renames
    )
  }

  // Live stages are never on the base branch, so they join after it.
  if (live) findings = [...findings, ...live.findings]

  // Suppressions
  const sources = await loadSuppressionSources(findings, {
    workspace: settings.workspace,
    configFile: settings.configFile ?? null,
    maxFileSize: settings.maxFileSize,
    today: settings.today ?? new Date().toISOString().slice(0, 10)
  })
  const suppressed = applySuppressions(findings, sources)

  return createReport({
    findings: suppressed.findings,
    errors: [...result.errors, ...(live?.errors ?? []), ...suppressed.errors],
    files: result.files,
    stages: result.stages + (live?.stages ?? 0),
    regions: live?.regions ?? [],
    regionsNotAudited: live?.regionsNotAudited ?? [],
    regionsSkipped: live?.regionsSkipped ?? [],
    failOn: settings.failOn,
    version: VERSION,
    onlyNew: settings.onlyNew ?? false
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
