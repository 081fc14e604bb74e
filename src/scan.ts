/**
 * The scanning pipeline without any GitHub or AWS: find files, read them
 * safely, recognise templates by content, build stages, apply the rule.
 */
import path from 'node:path'
import { evaluateStage } from './rule.js'
import {
  discoverFiles,
  discoverIfPresent,
  problemError,
  type FoundFile
} from './templates/files.js'
import { readTextFile } from './templates/read-text.js'
import {
  collectModules,
  followModuleCalls,
  isTerraformFile,
  readVarFiles,
  scanTerraformGroup,
  terraformModules,
  type ModuleOutcome
} from './templates/terraform-discovery.js'
import {
  mayBeTerraformPlan,
  planBlockFinder,
  scanTerraformPlan
} from './templates/terraform-plan-file.js'
import type { ModuleScan, TerraformSource } from './templates/terraform-scan.js'
import { followNestedStacks } from './nested-stack-scan.js'
import { scanText, type FileScan } from './scan-text.js'
import { runInWorkers, workerCount } from './worker-pool.js'
import type { Finding, ScanError } from './model.js'

export { scanText, type FileScan } from './scan-text.js'

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024

export interface ScanOptions {
  /** Findings name files relative to this directory. */
  workspace: string
  /** Files or directories to scan, relative to the workspace. */
  paths: readonly string[]
  /** Larger files are reported as errors, not read. */
  maxFileSize: number
  /** Parameter values that replace template defaults, by name. */
  parameters: ReadonlyMap<string, string>
  /**
   * Terraform var files, relative to the workspace, applied to every module
   * after its own `terraform.tfvars` and `*.auto.tfvars`; later files win.
   */
  varFiles?: readonly string[]
  /**
   * The bundle that worker threads start from, so large scans use every
   * core; null or absent scans in this thread.
   */
  workerEntry?: string | null
}

export interface ScanResult {
  findings: Finding[]
  errors: ScanError[]
  /** Templates recognised and evaluated. */
  files: number
  stages: number
}

const READ_CONCURRENCY = 16

/** Scans the given paths; throws InputPathError when a path does not exist. */
export async function scanPaths(options: ScanOptions): Promise<ScanResult> {
  const discovery = await discoverFiles(options.workspace, options.paths)
  const result: ScanResult = {
    findings: [],
    errors: discovery.problems.map(problemError),
    files: 0,
    stages: 0
  }

  const varFiles = await readVarFiles(
    options.workspace,
    options.varFiles ?? [],
    options.maxFileSize
  )
  const terraformFiles = discovery.files.filter(file =>
    isTerraformFile(file.display)
  )
  const moduleGroups = terraformModules(terraformFiles)
  // Modules first: they are the heaviest jobs, so the workers end together.
  const jobs: ScanJob[] = [
    ...[...moduleGroups.values()].map(module => ({ module })),
    ...discovery.files
      .filter(file => !isTerraformFile(file.display))
      .map(file => ({ file }))
  ]
  const outcomes = await scanJobs(jobs, options, {
    maxFileSize: options.maxFileSize,
    parameters: [...options.parameters],
    varFiles,
    terraformFiles: terraformFiles.length
  })

  const plans: PlanCandidate[] = []
  const moduleOutcomes: ModuleOutcome[] = []
  const fileScans: FileScan[] = []
  for (const outcome of outcomes) {
    if ('plan' in outcome) plans.push(outcome.plan)
    else if ('moduleOutcome' in outcome)
      moduleOutcomes.push(outcome.moduleOutcome)
    else fileScans.push(outcome)
  }
  const templates = await followNestedStacks(
    fileScans,
    options.workspace,
    options.maxFileSize,
    (text, display, stack) => scanText(text, display, new Map(), stack)
  )
  result.errors.push(...templates.errors)
  for (const scan of templates.scans) addFileScan(result, scan)
  const terraform = collectModules(moduleOutcomes)
  const { modules, errors: callErrors } = await followModuleCalls(
    terraform.modules,
    moduleGroups,
    directory => moduleFiles(options.workspace, directory),
    options.maxFileSize,
    terraformFiles.length
  )

  // Terraform modules, then the plans that may point into them
  result.errors.push(...terraform.errors, ...callErrors)
  for (const module of modules) {
    addFileScan(result, {
      recognised: module.files > 0 || module.stages.length > 0,
      stages: module.stages,
      errors: module.errors,
      files: module.files
    })
  }
  for (const plan of plans) {
    addFileScan(result, scanPlan(plan, modules, options.parameters))
  }
  result.errors.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)
  )
  return result
}

/** The Terraform files directly in `directory`, which the scan was not given. */
async function moduleFiles(
  workspace: string,
  directory: string
): Promise<{ files: FoundFile[]; problems: ScanError[] }> {
  const discovery = await discoverIfPresent(workspace, directory)
  return {
    files: discovery.files.filter(
      file =>
        isTerraformFile(file.display) &&
        path.posix.dirname(file.display) === directory
    ),
    problems: discovery.problems
      .filter(
        problem =>
          problem.display === directory ||
          path.posix.dirname(problem.display) === directory
      )
      .map(problemError)
  }
}

/** A JSON file that looks like a Terraform plan, read once all modules are. */
interface PlanCandidate {
  display: string
  text: string
}

/** One unit of work: a template file, or a Terraform module directory. */
export type ScanJob = { file: FoundFile } | { module: FoundFile[] }

/** What a job gave: a file's scan, a plan to read after the modules, or a module. */
export type FileOutcome =
  FileScan | { plan: PlanCandidate } | { moduleOutcome: ModuleOutcome }

/** What a worker needs besides its jobs; plain data, as workers receive it. */
export interface ScanJobContext {
  maxFileSize: number
  parameters: [string, string][]
  varFiles: TerraformSource[]
  /** Terraform files in the whole scan. */
  terraformFiles: number
}

/** Runs jobs in worker threads when there are many, else in this thread. */
async function scanJobs(
  jobs: readonly ScanJob[],
  options: ScanOptions,
  context: ScanJobContext
): Promise<FileOutcome[]> {
  const entry = options.workerEntry ?? null
  const count = workerCount(jobs.length, entry)
  if (entry !== null && count > 0) {
    return runInWorkers<ScanJob, FileOutcome>(entry, count, jobs, context, 16)
  }
  return scanFileJobs(jobs, context)
}

/** Runs a batch of jobs; what a scan worker serves. */
export async function scanFileJobs(
  jobs: readonly ScanJob[],
  context: unknown
): Promise<FileOutcome[]> {
  const { maxFileSize, parameters, varFiles, terraformFiles } =
    context as ScanJobContext
  const options = { maxFileSize, parameters: new Map(parameters) }
  const outcomes = new Array<FileOutcome>(jobs.length)
  await forEachLimited(jobs, READ_CONCURRENCY, async (job, at) => {
    outcomes[at] =
      'module' in job
        ? {
            moduleOutcome: await scanTerraformGroup(
              job.module,
              varFiles,
              maxFileSize,
              terraformFiles
            )
          }
        : await scanFile(job.file, options)
  })
  return outcomes
}

async function scanFile(
  file: FoundFile,
  options: Pick<ScanOptions, 'maxFileSize' | 'parameters'>
): Promise<FileOutcome> {
  const read = await readTextFile(file.absolute, options.maxFileSize)
  if (!read.ok) {
    // Binary or foreign-encoded files that do not even mention AWS:: are not templates.
    if (read.maybeTemplate === false) {
      return { recognised: false, stages: [], errors: [] }
    }
    return {
      recognised: false,
      stages: [],
      errors: [{ file: file.display, line: read.line, message: read.message }]
    }
  }
  if (mayBeTerraformPlan(read.text)) {
    return { plan: { display: file.display, text: read.text } }
  }
  return scanText(read.text, file.display, options.parameters)
}

function scanPlan(
  plan: PlanCandidate,
  modules: readonly ModuleScan[],
  parameters: ReadonlyMap<string, string>
): FileScan {
  const finder = planBlockFinder(modules, plan.display)
  const scanned = scanTerraformPlan(plan.text, plan.display, finder)
  if (!scanned) return scanText(plan.text, plan.display, parameters)
  return { recognised: scanned.errors.length === 0, ...scanned }
}

export function addFileScan(result: ScanResult, scanned: FileScan): void {
  result.errors.push(...scanned.errors)
  if (!scanned.recognised) return
  result.files += scanned.files ?? 1
  result.stages += scanned.stages.length
  for (const stage of scanned.stages)
    result.findings.push(...evaluateStage(stage))
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>
): Promise<void> {
  let next = 0
  const workers = Array.from(
    { length: Math.min(limit, items.length) },
    async () => {
      while (next < items.length) {
        const index = next++
        await work(items[index] as T, index)
      }
    }
  )
  await Promise.all(workers)
}
