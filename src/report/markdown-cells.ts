/**
 * Table cells of the Markdown report: every value escaped and clipped, file
 * locations optionally linked to the commit that was scanned.
 */
import type { Finding, FindingStatus } from '../model.js'
import { escapeTableCell, pathToUri, stripControl } from './escape.js'

// One hostile value must not be able to fill the body on its own.
const MAX_CELL_LENGTH = 1000

export const ICONS: Record<FindingStatus, string> = {
  fail: '❌',
  warning: '⚠️',
  unknown: '❔',
  suppressed: '🔕',
  pass: '✅'
}

/** Joins cells that are already Markdown into a table row. */
export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** Escapes a value for a table cell and clips it to a bounded length. */
export function cell(text: string): string {
  const clipped =
    text.length > MAX_CELL_LENGTH
      ? `${text.slice(0, MAX_CELL_LENGTH).replace(/[\ud800-\udbff]$/, '')}…`
      : text
  return escapeTableCell(clipped)
}

/** A shell command as a code span in a table cell, so it is copied as written. */
export function commandCell(command: string): string {
  const text = stripControl(command).slice(0, MAX_CELL_LENGTH)
  // A code span is closed by a backtick run as long as its fence.
  const longestRun = Math.max(
    0,
    ...(text.match(/`+/g) ?? []).map(run => run.length)
  )
  const fence = '`'.repeat(longestRun + 1)
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`
}

/** The status with its icon, and whether the finding is new in the pull request. */
export function statusCell(finding: Finding): string {
  const label = `${ICONS[finding.status]} ${finding.status}`
  if (finding.new === null) return label
  return `${label} (${finding.new ? 'new' : 'existing'})`
}

/** Where a finding is: file and line for templates, region and API for live stages. */
export function locationCell(
  finding: Finding,
  linkBase: string | null
): string {
  if (finding.origin === 'live' || finding.file === null) {
    const where = [finding.region, apiLabel(finding)].filter(Boolean)
    return cell(where.join(' ') || '–')
  }
  return fileLink(finding.file, finding.line, finding.column, linkBase)
}

/** `file:line[:column]`, linked to linkBase when it is set. */
export function fileLink(
  file: string,
  line: number | null,
  column: number | null,
  linkBase: string | null
): string {
  const position = [line, column].filter(n => n !== null).join(':')
  const text = cell(position ? `${file}:${position}` : file)
  if (linkBase === null) return text
  const anchor = line !== null ? `#L${line}` : ''
  return `[${text}](${urlBase(linkBase)}${pathToUri(file)}${anchor})`
}

/** A live finding's API as `name (id)`, or its id alone. */
export function apiLabel(finding: Finding): string {
  const id = finding.restApiId ?? ''
  return finding.restApiName ? `${finding.restApiName} (${id})` : id
}

/**
 * A live finding's API linked to its console page, with the CloudFormation
 * stack and logical id that deployed the stage when its tags name them.
 */
export function liveApiCell(finding: Finding): string {
  const label = cell(apiLabel(finding) || '–')
  const linked = finding.consoleUrl
    ? `[${label}](${safeUrl(finding.consoleUrl)})`
    : label
  if (!finding.stackName) return linked
  const stack = finding.logicalId
    ? `${finding.stackName} / ${finding.logicalId}`
    : finding.stackName
  return `${linked}<br>stack ${cell(stack)}`
}

/** The method and path of a finding, or `stage-wide` for the `*` `*` entry. */
export function operation(finding: Finding): string {
  if (finding.resourcePath === '*' && finding.httpMethod === '*') {
    return 'stage-wide'
  }
  return `${finding.httpMethod} ${finding.resourcePath}`
}

// The base comes from the caller, but a space or parenthesis in it would
// still end the link destination early.
function urlBase(base: string): string {
  const safe = safeUrl(base)
  return safe.endsWith('/') ? safe : `${safe}/`
}

function safeUrl(url: string): string {
  return url.replace(
    /[\s()<>|]/g,
    char => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}
