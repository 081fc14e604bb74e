/**
 * The JSON report of DESIGN.md section 5. Objects are rebuilt field by field
 * so that the contract and its key order do not drift with the model.
 */
import type { Finding, Report, ScanError } from '../model.js'

/** Renders the report as pretty-printed JSON with a trailing newline. */
export function renderJson(report: Report): string {
  const coverage: Record<string, unknown> = {
    files: report.coverage.files,
    stages: report.coverage.stages,
    regions: [...report.coverage.regions],
    regionsNotAudited: [...report.coverage.regionsNotAudited]
  }
  // An extension: present only when a listed region was not enabled.
  if (report.coverage.regionsSkipped?.length) {
    coverage.regionsSkipped = [...report.coverage.regionsSkipped]
  }
  const document = {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    result: report.result,
    counts: {
      fail: report.counts.fail,
      warning: report.counts.warning,
      unknown: report.counts.unknown,
      pass: report.counts.pass,
      suppressed: report.counts.suppressed
    },
    findings: report.findings.map(findingJson),
    errors: report.errors.map(errorJson),
    coverage
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

function findingJson(finding: Finding): Record<string, unknown> {
  const json: Record<string, unknown> = {
    status: finding.status,
    origin: finding.origin,
    format: finding.format,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    resource: finding.resource,
    stage: finding.stage,
    resourcePath: finding.resourcePath,
    httpMethod: finding.httpMethod
  }
  if (finding.origin === 'live') {
    json.region = finding.region ?? null
    json.accountId = finding.accountId ?? null
    json.restApiId = finding.restApiId ?? null
    json.restApiName = finding.restApiName ?? null
  }
  json.message = finding.message
  json.fix = finding.fix
  json.new = finding.new

  // Extensions beyond the contract: consumers ignore keys they do not know.
  json.rule = finding.rule
  if (finding.constructPath !== undefined) {
    json.constructPath = finding.constructPath
  }
  if (finding.origin === 'live') {
    json.cacheClusterEnabled = finding.cacheClusterEnabled ?? null
    json.consoleUrl = finding.consoleUrl ?? null
    json.stackName = finding.stackName ?? null
    json.logicalId = finding.logicalId ?? null
  }
  if (finding.suppression) {
    json.suppression = {
      reason: finding.suppression.reason,
      until: finding.suppression.until
    }
  }
  return json
}

function errorJson(error: ScanError): Record<string, unknown> {
  return { file: error.file, line: error.line, message: error.message }
}
