/**
 * Builds the one Report value that every renderer reads, and merges the
 * reports of several jobs (a matrix over accounts and regions) into one.
 */
import {
  compareFindings,
  decideResult,
  emptyCounts,
  type Counts,
  type FailOn,
  type Finding,
  type Report,
  type ScanError
} from '../model.js'

export const TOOL_NAME = 'apigw-cache-check'

/** What a scan produced, before it is sorted, counted and judged. */
export interface ReportInput {
  findings: Finding[]
  errors: ScanError[]
  /** Templates that were recognised and evaluated. */
  files: number
  stages: number
  regions?: string[]
  regionsNotAudited?: string[]
  /** Listed regions that the account has not enabled. */
  regionsSkipped?: string[]
  failOn: FailOn
  version: string
  /**
   * When true, findings that already exist on the base branch (`new` is
   * false) are reported but do not fail the check.
   */
  onlyNew?: boolean
}

/** Sorts, counts and judges the results of a scan under `fail-on`. */
export function createReport(input: ReportInput): Report {
  const findings = [...input.findings].sort(compareFindings)
  const errors = [...input.errors].sort(compareErrors)
  const counts = countFindings(findings)
  const judged = input.onlyNew
    ? countFindings(findings.filter(finding => finding.new !== false))
    : counts
  const regionsSkipped = sortedUnion([input.regionsSkipped ?? []])

  const report: Report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: input.version },
    result: decideResult(judged, errors.length, input.failOn),
    counts,
    findings,
    errors,
    coverage: {
      files: input.files,
      stages: input.stages,
      regions: sortedUnion([input.regions ?? []]),
      regionsNotAudited: sortedUnion([input.regionsNotAudited ?? []])
    }
  }
  if (regionsSkipped.length > 0) report.coverage.regionsSkipped = regionsSkipped
  return report
}

/**
 * Combines reports into one and judges it again under `fail-on`; the version
 * is the first report's.
 */
export function mergeReports(
  reports: Report[],
  failOn: FailOn,
  onlyNew = false
): Report {
  // A region can be audited for one account and not for another, so a region
  // that some job could not read stays listed as not audited.
  return createReport({
    findings: reports.flatMap(report => report.findings),
    errors: reports.flatMap(report => report.errors),
    files: sum(reports.map(report => report.coverage.files)),
    stages: sum(reports.map(report => report.coverage.stages)),
    regions: sortedUnion(reports.map(report => report.coverage.regions)),
    regionsNotAudited: sortedUnion(
      reports.map(report => report.coverage.regionsNotAudited)
    ),
    regionsSkipped: sortedUnion(
      reports.map(report => report.coverage.regionsSkipped ?? [])
    ),
    failOn,
    version: reports[0]?.tool.version ?? 'unknown',
    onlyNew
  })
}

function countFindings(findings: Finding[]): Counts {
  const counts = emptyCounts()
  for (const finding of findings) counts[finding.status] += 1
  return counts
}

function compareErrors(a: ScanError, b: ScanError): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)
}

function sortedUnion(lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort()
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
