/**
 * The terminal report for people: one block per finding, the inputs that
 * could not be read, the counts, and a last line with the verdict. Control
 * characters in scanned values are shown as escapes, never sent raw.
 */
import {
  countUnreadable,
  type Finding,
  type FindingStatus,
  type Report
} from '../model.js'
import { showControl } from './escape.js'

export interface TextOptions {
  /** Colours the status words and the verdict with ANSI escapes. */
  color?: boolean
}

const LABELS: Record<FindingStatus, string> = {
  fail: 'FAIL',
  warning: 'WARNING',
  unknown: 'UNKNOWN',
  suppressed: 'SUPPRESSED',
  pass: 'PASS'
}

const COLORS: Record<FindingStatus, string> = {
  fail: '\x1b[1;31m',
  warning: '\x1b[33m',
  unknown: '\x1b[35m',
  suppressed: '\x1b[2m',
  pass: '\x1b[32m'
}

const RESET = '\x1b[0m'
const LABEL_WIDTH = 'SUPPRESSED'.length
const INDENT = '    '

/** Renders the report for a terminal; the last line is the verdict. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (code: string, text: string): string =>
    options.color ? `${code}${text}${RESET}` : text
  const lines: string[] = []

  for (const finding of report.findings) {
    const label = paint(
      COLORS[finding.status],
      LABELS[finding.status].padEnd(LABEL_WIDTH)
    )
    lines.push(`${label}  ${location(finding)}  ${subject(finding)}`)
    if (finding.status === 'pass') continue

    lines.push(`${INDENT}${showControl(finding.message)}`)
    if (finding.suppression) {
      const until = finding.suppression.until
        ? ` (until ${showControl(finding.suppression.until)})`
        : ''
      lines.push(
        `${INDENT}accepted: ${showControl(finding.suppression.reason)}${until}`
      )
    } else {
      lines.push(`${INDENT}fix: ${showControl(finding.fix)}`)
    }
    lines.push(...liveLines(finding))
    lines.push('')
  }
  if (report.findings.length === 0) {
    lines.push('No caching method settings or cache clusters found.')
  }

  if (report.errors.length > 0) {
    if (lines.at(-1) !== '') lines.push('')
    lines.push('Could not be read:')
    for (const error of report.errors) {
      const where =
        error.line === null ? error.file : `${error.file}:${error.line}`
      lines.push(`  ${showControl(where)}  ${showControl(error.message)}`)
    }
  }

  if (lines.at(-1) !== '') lines.push('')
  lines.push(countsLine(report))
  const verdict = verdictLine(report)
  const verdictColor = report.result === 'fail' ? COLORS.fail : '\x1b[1;32m'
  lines.push(paint(verdictColor, verdict))
  return `${lines.join('\n')}\n`
}

/** The verdict in words, e.g. `Result: FAIL (2 failing, 1 warning, 0 unknown; 1 file could not be read)`. */
export function verdictLine(report: Report): string {
  const { counts, errors, coverage } = report
  const parts = [
    `${counts.fail} failing`,
    count(counts.warning, 'warning', 'warnings'),
    `${counts.unknown} unknown`
  ].join(', ')
  const problems: string[] = []
  const unreadable = countUnreadable(errors)
  if (unreadable.files > 0) {
    const files = count(unreadable.files, 'file', 'files')
    problems.push(`${files} could not be read`)
  }
  if (unreadable.resources > 0) {
    const resources = count(
      unreadable.resources,
      'AWS resource',
      'AWS resources'
    )
    problems.push(`${resources} could not be read`)
  }
  if (coverage.regionsNotAudited.length > 0) {
    const regions = coverage.regionsNotAudited.length
    problems.push(`${count(regions, 'region', 'regions')} not audited`)
  }
  const detail = [parts, ...problems].join('; ')
  return `Result: ${report.result.toUpperCase()} (${detail})`
}

function countsLine(report: Report): string {
  const { counts, coverage } = report
  const tally = [
    `${counts.fail} failing`,
    count(counts.warning, 'warning', 'warnings'),
    `${counts.unknown} unknown`,
    `${counts.pass} passing`,
    `${counts.suppressed} suppressed`
  ].join(', ')
  const stages = count(coverage.stages, 'stage', 'stages')
  const files = count(coverage.files, 'template file', 'template files')
  let line = `${tally}; checked ${stages} from ${files}`
  if (coverage.regions.length > 0) {
    line += ` and regions ${coverage.regions.map(showControl).join(', ')}`
  }
  if (coverage.regionsNotAudited.length > 0) {
    line += `; not audited: ${coverage.regionsNotAudited.map(showControl).join(', ')}`
  }
  if (coverage.regionsSkipped?.length) {
    line += `; skipped, not enabled: ${coverage.regionsSkipped.map(showControl).join(', ')}`
  }
  return line
}

/** Where a live finding can be looked at: account, console and stack. */
function liveLines(finding: Finding): string[] {
  if (finding.origin !== 'live') return []
  const lines: string[] = []
  if (finding.accountId) lines.push(`account: ${finding.accountId}`)
  if (finding.stackName) {
    const logicalId = finding.logicalId ? `, ${finding.logicalId}` : ''
    lines.push(`stack: ${finding.stackName}${logicalId}`)
  }
  if (finding.consoleUrl) lines.push(`console: ${finding.consoleUrl}`)
  return lines.map(line => `${INDENT}${showControl(line)}`)
}

function location(finding: Finding): string {
  if (finding.origin === 'live' || finding.file === null) {
    const api = finding.restApiName
      ? `"${finding.restApiName}" (${finding.restApiId ?? ''})`
      : (finding.restApiId ?? '')
    return showControl(`${finding.region ?? 'live'} API ${api}`)
  }
  const position = [finding.line, finding.column].filter(n => n !== null)
  return showControl([finding.file, ...position].join(':'))
}

function subject(finding: Finding): string {
  const stage = finding.stage === null ? '' : ` stage "${finding.stage}"`
  const operation =
    finding.resourcePath === '*' && finding.httpMethod === '*'
      ? 'stage-wide'
      : `${finding.httpMethod} ${finding.resourcePath}`
  return showControl(`${finding.resource}${stage} ${operation}`)
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
