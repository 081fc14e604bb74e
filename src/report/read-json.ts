/**
 * Reads a JSON report (DESIGN.md section 5) back into a Report, so that the
 * reports of several jobs can be merged. Every field is checked, and a
 * problem names the file and the field.
 */
import type {
  Finding,
  FindingStatus,
  Report,
  RuleId,
  ScanError,
  SourceFormat
} from '../model.js'
import { Field, ReportFileError } from './json-field.js'

export { ReportFileError }

const STATUSES: readonly FindingStatus[] = [
  'fail',
  'warning',
  'unknown',
  'pass',
  'suppressed'
]
const FORMATS: readonly SourceFormat[] = [
  'cloudformation',
  'sam',
  'cdk',
  'terraform',
  'terraform-plan',
  'serverless',
  'live'
]
const RULES: readonly RuleId[] = [
  'cache-unencrypted',
  'cache-cluster-unencrypted'
]

/** Parses the text of a JSON report written by this tool. */
export function readReportJson(text: string, file: string): Report {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ReportFileError(file, `is not JSON: ${reason}`)
  }
  const at = (field: string) => new Field(file, field)
  const root = at('the report').object(document)
  if (root['schemaVersion'] !== 1) {
    throw new ReportFileError(
      file,
      `schemaVersion must be 1 (a report of apigw-cache-check); got ${JSON.stringify(root['schemaVersion'])}`
    )
  }
  const tool = at('tool').object(root['tool'])
  const coverage = at('coverage').object(root['coverage'])

  const report: Report = {
    schemaVersion: 1,
    tool: {
      name: at('tool.name').text(tool['name']),
      version: at('tool.version').text(tool['version'])
    },
    result: at('result').oneOf(root['result'], ['pass', 'fail'] as const),
    counts: { fail: 0, warning: 0, unknown: 0, pass: 0, suppressed: 0 },
    findings: at('findings')
      .list(root['findings'])
      .map((item, index) =>
        readFinding(new Field(file, `findings[${index}]`), item)
      ),
    errors: at('errors')
      .list(root['errors'])
      .map((item, index) =>
        readError(new Field(file, `errors[${index}]`), item)
      ),
    coverage: {
      files: at('coverage.files').count(coverage['files']),
      stages: at('coverage.stages').count(coverage['stages']),
      regions: at('coverage.regions').texts(coverage['regions']),
      regionsNotAudited: at('coverage.regionsNotAudited').texts(
        coverage['regionsNotAudited']
      )
    }
  }
  if (coverage['regionsSkipped'] !== undefined) {
    report.coverage.regionsSkipped = at('coverage.regionsSkipped').texts(
      coverage['regionsSkipped']
    )
  }
  for (const finding of report.findings) report.counts[finding.status] += 1
  return report
}

function readFinding(field: Field, value: unknown): Finding {
  const json = field.object(value)
  const part = (name: string) => field.child(name)
  const finding: Finding = {
    status: part('status').oneOf(json['status'], STATUSES),
    rule:
      json['rule'] === undefined
        ? 'cache-unencrypted'
        : part('rule').oneOf(json['rule'], RULES),
    origin: part('origin').oneOf(json['origin'], ['template', 'live'] as const),
    format: part('format').oneOf(json['format'], FORMATS),
    file: part('file').textOrNull(json['file']),
    line: part('line').countOrNull(json['line']),
    column: part('column').countOrNull(json['column']),
    resource: part('resource').text(json['resource']),
    stage: part('stage').textOrNull(json['stage']),
    resourcePath: part('resourcePath').text(json['resourcePath']),
    httpMethod: part('httpMethod').text(json['httpMethod']),
    message: part('message').text(json['message']),
    fix: part('fix').text(json['fix']),
    new: part('new').booleanOrNull(json['new'] ?? null)
  }
  const optionalText = [
    'constructPath',
    'region',
    'restApiId',
    'consoleUrl'
  ] as const
  for (const name of optionalText) {
    if (json[name] !== undefined && json[name] !== null) {
      finding[name] = part(name).text(json[name])
    }
  }
  const nullableText = [
    'accountId',
    'restApiName',
    'stackName',
    'logicalId'
  ] as const
  for (const name of nullableText) {
    if (json[name] !== undefined)
      finding[name] = part(name).textOrNull(json[name])
  }
  if (typeof json['cacheClusterEnabled'] === 'boolean') {
    finding.cacheClusterEnabled = json['cacheClusterEnabled']
  }
  if (json['suppression'] !== undefined && json['suppression'] !== null) {
    const suppression = part('suppression').object(json['suppression'])
    finding.suppression = {
      reason: part('suppression.reason').text(suppression['reason']),
      until: part('suppression.until').textOrNull(suppression['until'] ?? null)
    }
  }
  return finding
}

function readError(field: Field, value: unknown): ScanError {
  const json = field.object(value)
  return {
    file: field.child('file').text(json['file']),
    line: field.child('line').countOrNull(json['line'] ?? null),
    message: field.child('message').text(json['message'])
  }
}
