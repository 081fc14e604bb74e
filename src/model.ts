/**
 * The normalised model every source produces and the rule reads: stages,
 * their method settings, three-valued flags with source locations, findings
 * and the report. Nothing here knows about GitHub, AWS or a file format.
 */

/** A place in a scanned file, 1-based, with a repository-relative path. */
export interface SourceLocation {
  file: string
  line: number
  column: number
}

/**
 * A boolean setting as a template or an account states it.
 * `unset` means the key is absent (the API default, false, applies);
 * `unknown` means it is written but cannot be evaluated here.
 */
export type Flag =
  | {
      state: 'set'
      value: boolean
      location: SourceLocation | null
      /** How the value was reached when not written literally, e.g. a parameter default. */
      via?: string
    }
  | { state: 'unset' }
  | { state: 'unknown'; reason: string; location: SourceLocation | null }

export const UNSET: Flag = { state: 'unset' }

/** The source formats a stage can come from. */
export type SourceFormat =
  | 'cloudformation'
  | 'sam'
  | 'cdk'
  | 'terraform'
  | 'terraform-plan'
  | 'serverless'
  | 'live'

/**
 * One method-setting entry of a stage: the stage-wide one (`*` and `*`) or a
 * per-method override. An override replaces the stage-wide entry for its
 * method, so each entry is judged on its own values.
 */
export interface MethodSetting {
  /** `*` for every path, otherwise a decoded path such as `/pets/{id}`. */
  resourcePath: string
  /** `*` or an upper-case HTTP method. */
  httpMethod: string
  cachingEnabled: Flag
  cacheDataEncrypted: Flag
  /** Where the entry is written (the list item, mapping or block). */
  location: SourceLocation | null
  /** Set when the entry is inherited, for example from SAM `Globals.Api`. */
  inheritedFrom?: string
  /**
   * The resource that writes this entry when it is not the stage itself: a
   * Terraform `aws_api_gateway_method_settings` address. Findings on the
   * entry name it.
   */
  resource?: string
}

/** Facts a live stage carries so that findings can name and fix it. */
export interface LiveStageInfo {
  region: string
  accountId: string | null
  restApiId: string
  restApiName: string | null
  /** CloudFormation stack and logical id from the stage's tags, if any. */
  stackName: string | null
  logicalId: string | null
  consoleUrl: string
}

/** One API Gateway REST API stage, from a template or from an account. */
export interface Stage {
  origin: 'template' | 'live'
  format: SourceFormat
  /** Repository-relative file, or null for live stages. */
  file: string | null
  /** Logical id, Terraform address, or `restApiId/stage` for live stages. */
  resource: string
  /** The stage name when known. */
  stageName: string | null
  /** CDK construct path from `aws:cdk:path` metadata. */
  constructPath?: string
  /** Where the resource that defines the stage starts. */
  location: SourceLocation | null
  cacheClusterEnabled: Flag
  methodSettings: MethodSetting[]
  live?: LiveStageInfo
}

export type FindingStatus =
  'fail' | 'warning' | 'unknown' | 'pass' | 'suppressed'

/** Rules this tool reports; stable ids for SARIF and suppressions. */
export type RuleId = 'cache-unencrypted' | 'cache-cluster-unencrypted'

export interface Finding {
  status: FindingStatus
  rule: RuleId
  origin: 'template' | 'live'
  format: SourceFormat
  file: string | null
  line: number | null
  column: number | null
  resource: string
  stage: string | null
  resourcePath: string
  httpMethod: string
  message: string
  fix: string
  /** Whether the finding is new in a pull request; null when not compared. */
  new: boolean | null
  constructPath?: string
  region?: string
  accountId?: string | null
  restApiId?: string
  restApiName?: string | null
  /** Live only: whether the stage's cache cluster is provisioned. */
  cacheClusterEnabled?: boolean
  /** Live only: the stage in the AWS console. */
  consoleUrl?: string
  /** Live only: the CloudFormation stack and logical id from the stage's tags. */
  stackName?: string | null
  logicalId?: string | null
  /** For a suppressed finding: why it was accepted. */
  suppression?: { reason: string; until: string | null }
}

/** A file or source that could not be read; never counted as passed. */
export interface ScanError {
  file: string
  line: number | null
  message: string
}

/** Whether an error is about an AWS resource of the live audit: its `file` is an ARN. */
export function isLiveError(error: ScanError): boolean {
  return error.file.startsWith('arn:')
}

/**
 * A filter that lets each error through once, by file, line and message;
 * errors in `already` count as seen. A file read for several modules or
 * stacks reports its problems once.
 */
export function firstReports(
  already: readonly ScanError[] = []
): (error: ScanError) => boolean {
  const key = (error: ScanError) =>
    `${error.file}:${error.line}:${error.message}`
  const seen = new Set(already.map(key))
  return error => {
    if (seen.has(key(error))) return false
    seen.add(key(error))
    return true
  }
}

/**
 * How many files and how many live AWS resources could not be read; one
 * file may have several errors (an HCL file with three syntax errors).
 */
export function countUnreadable(errors: readonly ScanError[]): {
  files: number
  resources: number
} {
  const files = new Set<string>()
  const resources = new Set<string>()
  for (const error of errors) {
    ;(isLiveError(error) ? resources : files).add(error.file)
  }
  return { files: files.size, resources: resources.size }
}

export type Counts = Record<FindingStatus, number>

export type FailOn = 'error' | 'warning' | 'never'

export interface Coverage {
  /** Templates that were recognised and evaluated. */
  files: number
  stages: number
  regions: string[]
  regionsNotAudited: string[]
  /** Listed regions that the account has not enabled; absent when none. */
  regionsSkipped?: string[]
}

export interface Report {
  schemaVersion: 1
  tool: { name: string; version: string }
  result: 'pass' | 'fail'
  counts: Counts
  findings: Finding[]
  errors: ScanError[]
  coverage: Coverage
}

export const STATUS_ORDER: readonly FindingStatus[] = [
  'fail',
  'warning',
  'unknown',
  'suppressed',
  'pass'
]

/** Sorts most severe first, then by file, line and method. */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity =
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)
  if (bySeverity !== 0) return bySeverity
  const byFile = (a.file ?? a.region ?? '').localeCompare(
    b.file ?? b.region ?? ''
  )
  if (byFile !== 0) return byFile
  const byLine = (a.line ?? 0) - (b.line ?? 0)
  if (byLine !== 0) return byLine
  return `${a.resourcePath} ${a.httpMethod}`.localeCompare(
    `${b.resourcePath} ${b.httpMethod}`
  )
}

export function emptyCounts(): Counts {
  return { fail: 0, warning: 0, unknown: 0, pass: 0, suppressed: 0 }
}

/** The verdict under `fail-on`; unreadable inputs block like unknowns. */
export function decideResult(
  counts: Counts,
  errors: number,
  failOn: FailOn
): 'pass' | 'fail' {
  switch (failOn) {
    case 'never':
      return 'pass'
    case 'error':
      return counts.fail > 0 || errors > 0 ? 'fail' : 'pass'
    case 'warning':
      return counts.fail + counts.warning + counts.unknown + errors > 0
        ? 'fail'
        : 'pass'
  }
}
