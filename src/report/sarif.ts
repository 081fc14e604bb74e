/**
 * SARIF 2.1.0 for code scanning: one run, the two rules of this tool, one
 * result per finding that needs attention, and unreadable inputs as tool
 * execution notifications.
 */
import { createHash } from 'node:crypto'
import {
  isLiveError,
  type Finding,
  type Report,
  type RuleId,
  type ScanError
} from '../model.js'
import { pathToUri, stripControl } from './escape.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const FINGERPRINT_KEY = 'apigwCacheCheck/v1'

export interface SarifOptions {
  /** Where people read about the tool; omitted from the log when not set. */
  informationUri?: string
  /**
   * `logical` gives live findings a logical location only; `omit` leaves them
   * out, because GitHub code scanning rejects a whole upload when any result
   * lacks a physical location.
   */
  liveResults?: 'logical' | 'omit'
}

type SarifLevel = 'error' | 'warning'

interface RuleText {
  name: string
  short: string
  full: string
  help: string
  helpMarkdown: string
  level: SarifLevel
  securitySeverity: string
}

const RULES: Record<RuleId, RuleText> = {
  'cache-unencrypted': {
    name: 'ApiGatewayCacheUnencrypted',
    short: 'API Gateway response cache is not encrypted at rest',
    full: 'A REST API stage caches method responses while the method setting that turns caching on leaves cache data encryption off, so responses (which can carry personal data or tokens) sit in clear text on the cache cluster.',
    help: 'Turn encryption on in every method setting that caches: CacheDataEncrypted: true in CloudFormation, SAM and CDK output, cache_data_encrypted = true in Terraform, dataEncrypted: true for the Serverless Framework caching plugin, or aws apigateway update-stage for a live stage. A per-method override does not inherit the stage-wide value, so each override needs its own.',
    helpMarkdown:
      'Turn encryption on in every method setting that caches:\n\n- CloudFormation, SAM, CDK output: `CacheDataEncrypted: true`\n- Terraform: `cache_data_encrypted = true` in the `settings` block\n- Serverless Framework caching plugin: `dataEncrypted: true`\n- Live stage: `aws apigateway update-stage` with `op=replace,path=/<path>/<method>/caching/dataEncrypted,value=true`\n\nA per-method override does not inherit the stage-wide value, so each override needs its own.',
    level: 'error',
    securitySeverity: '7.5'
  },
  'cache-cluster-unencrypted': {
    name: 'ApiGatewayCacheClusterUnencrypted',
    short: 'API Gateway cache cluster provisioned with encryption off',
    full: 'A REST API stage provisions a cache cluster, no method caches yet, and the stage-wide method setting does not encrypt cache data: the first method that turns caching on will store its responses in clear text.',
    help: 'Add a stage-wide method setting (resource path /*, method *) that encrypts cache data, or switch the cache cluster off if the stage does not need a cache.',
    helpMarkdown:
      'Add a stage-wide method setting (resource path `/*`, method `*`) that encrypts cache data, or switch the cache cluster off if the stage does not need a cache.',
    level: 'warning',
    securitySeverity: '4.0'
  }
}

const RULE_IDS = Object.keys(RULES) as RuleId[]

/** Renders the report as a SARIF 2.1.0 log with a trailing newline. */
export function renderSarif(
  report: Report,
  options: SarifOptions = {}
): string {
  const driver: Record<string, unknown> = {
    name: report.tool.name,
    version: report.tool.version
  }
  if (options.informationUri !== undefined) {
    driver.informationUri = options.informationUri
  }
  driver.rules = RULE_IDS.map(ruleJson)

  const liveResults = options.liveResults ?? 'logical'
  // Passing entries are left out: code scanning shows every result as an
  // alert whatever its kind, and the JSON report already lists them.
  const results = report.findings
    .filter(finding => finding.status !== 'pass')
    .filter(finding => finding.origin !== 'live' || liveResults === 'logical')
    .map(resultJson)

  const notifications = [
    ...report.errors.map(errorNotification),
    ...report.coverage.regionsNotAudited.map(region => ({
      level: 'error',
      message: { text: `Region ${stripControl(region)} was not audited.` }
    }))
  ]
  // Some inputs were not evaluated, so the run cannot vouch for them.
  const invocation: Record<string, unknown> = {
    executionSuccessful: notifications.length === 0
  }
  if (notifications.length > 0) {
    invocation.toolExecutionNotifications = notifications
  }

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        invocations: [invocation],
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results,
        properties: { result: report.result, counts: { ...report.counts } }
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** A hash of what identifies a finding, without its line, so moved lines keep their alert. */
export function findingFingerprint(finding: Finding): string {
  const identity = [
    finding.rule,
    finding.file ?? '',
    finding.resource,
    finding.stage ?? '',
    finding.resourcePath,
    finding.httpMethod,
    finding.region ?? '',
    finding.accountId ?? ''
  ]
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex')
}

function ruleJson(id: RuleId): Record<string, unknown> {
  const rule = RULES[id]
  return {
    id,
    name: rule.name,
    shortDescription: { text: rule.short },
    fullDescription: { text: rule.full },
    help: { text: rule.help, markdown: rule.helpMarkdown },
    defaultConfiguration: { level: rule.level },
    properties: {
      tags: ['security'],
      'security-severity': rule.securitySeverity
    }
  }
}

function resultJson(finding: Finding): Record<string, unknown> {
  const prefix = finding.status === 'unknown' ? 'Could not be evaluated: ' : ''
  const result: Record<string, unknown> = {
    ruleId: finding.rule,
    ruleIndex: RULE_IDS.indexOf(finding.rule),
    level: resultLevel(finding),
    message: {
      text: stripControl(`${prefix}${finding.message} Fix: ${finding.fix}`)
    },
    locations: [findingLocation(finding)],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(finding) },
    properties: {
      status: finding.status,
      format: finding.format,
      resource: finding.resource,
      stage: finding.stage,
      resourcePath: finding.resourcePath,
      httpMethod: finding.httpMethod,
      new: finding.new
    }
  }
  // On a pull request, code scanning can tell new alerts from old ones.
  if (finding.new !== null) {
    result.baselineState = finding.new ? 'new' : 'unchanged'
  }
  if (finding.suppression) {
    const suppression: Record<string, unknown> = {
      kind: 'external',
      status: 'accepted',
      justification: stripControl(finding.suppression.reason)
    }
    if (finding.suppression.until !== null) {
      suppression.properties = { until: finding.suppression.until }
    }
    result.suppressions = [suppression]
  }
  return result
}

function resultLevel(finding: Finding): SarifLevel {
  if (finding.status === 'fail') return 'error'
  // The model does not keep the status a suppression replaced, so the rule's
  // level stands in for it.
  if (finding.status === 'suppressed') return RULES[finding.rule].level
  return 'warning'
}

function findingLocation(finding: Finding): Record<string, unknown> {
  if (finding.file === null) {
    const operation = `${finding.httpMethod} ${finding.resourcePath}`
    const scope =
      finding.origin === 'live'
        ? [finding.region ?? '', finding.restApiId ?? '', finding.stage ?? '']
        : [finding.resource, finding.stage ?? '']
    return {
      logicalLocations: [
        {
          name: operation,
          fullyQualifiedName: [...scope, operation].join('/')
        }
      ]
    }
  }
  return {
    physicalLocation: physicalLocation(
      finding.file,
      finding.line,
      finding.column
    )
  }
}

function physicalLocation(
  file: string,
  line: number | null,
  column: number | null
): Record<string, unknown> {
  const location: Record<string, unknown> = {
    artifactLocation: { uri: pathToUri(file) }
  }
  if (line !== null && line >= 1) {
    const region: Record<string, number> = { startLine: line }
    if (column !== null && column >= 1) region.startColumn = column
    location.region = region
  }
  return location
}

function errorNotification(error: ScanError): Record<string, unknown> {
  const notification: Record<string, unknown> = {
    level: 'error',
    message: { text: stripControl(error.message) }
  }
  // Live audit errors name an ARN, not a file in the repository.
  notification.locations = isLiveError(error)
    ? [{ logicalLocations: [{ fullyQualifiedName: error.file }] }]
    : [{ physicalLocation: physicalLocation(error.file, error.line, null) }]
  return notification
}
