/**
 * The Markdown report for pull-request comments and job summaries. Every
 * string that comes from a repository or an account is escaped, and the body
 * stays under a length cap by dropping the least severe rows visibly.
 */
import {
  countUnreadable,
  isLiveError,
  type Finding,
  type Report
} from '../model.js'
import { escapeMarkdown } from './escape.js'
import {
  cell,
  commandCell,
  fileLink,
  ICONS,
  liveApiCell,
  locationCell,
  operation,
  statusCell,
  tableRow
} from './markdown-cells.js'

export interface MarkdownOptions {
  /** The longest body to return; GitHub rejects comments over 65,536. */
  maxLength?: number
  /** Markdown that says where the rows left out can be read. */
  summaryPointer?: string
  /** Blob URL prefix such as `https://github.com/o/r/blob/<sha>/`; links file:line when set. */
  linkBase?: string | null
  /** Lines of Markdown shown under the counts, such as the scope of a pull-request run. */
  notes?: readonly string[]
}

export const DEFAULT_MAX_LENGTH = 65000

/** A table row in Markdown, with its place in the order rows are kept. */
interface Row {
  rank: number
  markdown: string
}

interface Section {
  title: string
  header: string[]
  rows: Row[]
  /** Folded sections sit in `<details>` with the title as summary. */
  folded: boolean
}

/** Each finding's and error's place in the order rows are kept. */
interface Ranks {
  finding: number[]
  error: number[]
}

interface Omitted {
  findings: number
  errors: number
}

/** Renders the report as GitHub-flavoured Markdown no longer than maxLength. */
export function renderMarkdown(
  report: Report,
  options: MarkdownOptions = {}
): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH
  const pointer = options.summaryPointer ?? 'see the job summary'
  const notes = options.notes ?? []

  // Rows are kept in this order, most important first: failures, inputs that
  // could not be read, then the other findings from most to least severe.
  // Ranks go by position because merged reports can repeat an object.
  const fails = report.findings.filter(f => f.status === 'fail').length
  const total = report.findings.length + report.errors.length
  let nextFail = 0
  let nextOther = fails + report.errors.length
  const ranks: Ranks = {
    finding: report.findings.map(finding =>
      finding.status === 'fail' ? nextFail++ : nextOther++
    ),
    error: report.errors.map((_, index) => fails + index)
  }
  const sections = buildSections(report, options.linkBase ?? null, ranks)

  const render = (keep: number): string => {
    const errors = ranks.error.filter(rank => rank >= keep).length
    const omitted = { findings: total - keep - errors, errors }
    return renderBody(report, sections, keep, omitted, pointer, notes)
  }

  const full = render(total)
  if (full.length <= maxLength) return full

  // Each kept row makes the body longer, so the longest body that fits is
  // found by bisection over the number of rows kept.
  let low = 0
  let high = total - 1
  if (render(low).length > maxLength) return cut(render(low), maxLength)
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (render(middle).length <= maxLength) low = middle
    else high = middle - 1
  }
  return render(low)
}

function buildSections(
  report: Report,
  linkBase: string | null,
  ranks: Ranks
): Section[] {
  const rows = (
    keepIf: (finding: Finding) => boolean,
    cells: (finding: Finding) => string[]
  ): Row[] => {
    const kept: Row[] = []
    report.findings.forEach((finding, index) => {
      if (!keepIf(finding)) return
      const rank = ranks.finding[index] ?? 0
      kept.push({ rank, markdown: tableRow(cells(finding)) })
    })
    return kept
  }
  const needsAttention = (finding: Finding): boolean =>
    finding.status !== 'pass' && finding.status !== 'suppressed'

  const templates = rows(
    finding => needsAttention(finding) && finding.origin !== 'live',
    finding => [
      statusCell(finding),
      locationCell(finding, linkBase),
      cell(finding.resource),
      cell(finding.stage ?? '–'),
      cell(operation(finding)),
      cell(finding.message),
      cell(finding.fix)
    ]
  )
  const live = rows(
    finding => needsAttention(finding) && finding.origin === 'live',
    finding => [
      statusCell(finding),
      cell(finding.region ?? '–'),
      cell(finding.accountId ?? '–'),
      liveApiCell(finding),
      cell(finding.stage ?? '–'),
      cell(operation(finding)),
      cell(finding.message),
      commandCell(finding.fix)
    ]
  )
  const errors = report.errors.map((error, index) => ({
    rank: ranks.error[index] ?? 0,
    markdown: tableRow([
      // Live audit errors name an ARN, which no blob URL can show.
      isLiveError(error)
        ? cell(error.file)
        : fileLink(error.file, error.line, null, linkBase),
      cell(error.message)
    ])
  }))
  const suppressed = rows(
    finding => finding.status === 'suppressed',
    finding => [
      locationCell(finding, linkBase),
      cell(finding.resource),
      cell(finding.stage ?? '–'),
      cell(operation(finding)),
      cell(finding.suppression?.reason ?? '–'),
      cell(finding.suppression?.until ?? '–')
    ]
  )
  const passes = rows(
    finding => finding.status === 'pass',
    finding => [
      locationCell(finding, linkBase),
      cell(finding.resource),
      cell(finding.stage ?? '–'),
      cell(operation(finding))
    ]
  )

  const message = ['Message', 'Fix']
  return [
    {
      title: 'Findings in templates',
      header: ['Status', 'Location', 'Resource', 'Stage', 'Method', ...message],
      rows: templates,
      folded: false
    },
    {
      title: 'Findings in live stages',
      header: [
        'Status',
        'Region',
        'Account',
        'API',
        'Stage',
        'Method',
        ...message
      ],
      rows: live,
      folded: false
    },
    {
      title: 'Could not be read',
      header: ['Location', 'Problem'],
      rows: errors,
      folded: false
    },
    {
      title: `${ICONS.suppressed} Accepted (suppressed)`,
      header: ['Location', 'Resource', 'Stage', 'Method', 'Reason', 'Until'],
      rows: suppressed,
      folded: false
    },
    {
      title: `${ICONS.pass} ${report.counts.pass} passing`,
      header: ['Location', 'Resource', 'Stage', 'Method'],
      rows: passes,
      folded: true
    }
  ]
}

function renderBody(
  report: Report,
  sections: Section[],
  keep: number,
  omitted: Omitted,
  pointer: string,
  notes: readonly string[]
): string {
  const lines = [heading(report), '', countsLine(report), coverageLine(report)]
  for (const note of notes) lines.push('', note)
  if (omitted.findings + omitted.errors > 0) {
    lines.push('', `**${omittedText(omitted)} not shown**; ${pointer}`)
  }

  for (const section of sections) {
    const rows = section.rows.filter(row => row.rank < keep)
    if (rows.length === 0) continue
    const table = [
      tableRow(section.header),
      tableRow(section.header.map(() => '---')),
      ...rows.map(row => row.markdown)
    ]
    if (section.folded) {
      lines.push('', '<details>', `<summary>${section.title}</summary>`, '')
      lines.push(...table, '', '</details>')
    } else {
      lines.push('', `#### ${section.title}`, '', ...table)
    }
  }

  const tool = `${report.tool.name} ${report.tool.version}`
  lines.push('', `<sub>${escapeMarkdown(tool)}</sub>`)
  return `${lines.join('\n')}\n`
}

function heading(report: Report): string {
  const concerns =
    report.counts.fail +
    report.counts.warning +
    report.counts.unknown +
    report.errors.length +
    report.coverage.regionsNotAudited.length
  const title = 'API Gateway cache encryption check'
  if (report.result === 'fail') return `### ${ICONS.fail} ${title} failed`
  const icon = concerns > 0 ? ICONS.warning : ICONS.pass
  return `### ${icon} ${title} passed`
}

function countsLine(report: Report): string {
  const { counts } = report
  const parts = [
    `**${counts.fail}** failing`,
    `**${counts.warning}** ${plural(counts.warning, 'warning', 'warnings')}`,
    `**${counts.unknown}** unknown`,
    `**${counts.pass}** passing`,
    `**${counts.suppressed}** suppressed`
  ]
  const { files, resources: live } = countUnreadable(report.errors)
  if (files > 0) {
    parts.push(
      `**${files}** ${plural(files, 'file', 'files')} could not be read`
    )
  }
  if (live > 0) {
    const resources = plural(live, 'AWS resource', 'AWS resources')
    parts.push(`**${live}** ${resources} could not be read`)
  }
  return parts.join(' · ')
}

function coverageLine(report: Report): string {
  const { files, stages, regions, regionsNotAudited } = report.coverage
  let line = `Checked ${count(stages, 'stage', 'stages')} from ${count(files, 'template file', 'template files')}`
  if (regions.length > 0) {
    line += ` and ${count(regions.length, 'region', 'regions')} (${regions.map(escapeMarkdown).join(', ')})`
  }
  line += '.'
  if (regionsNotAudited.length > 0) {
    line += ` ${ICONS.warning} **Not audited:** ${regionsNotAudited.map(escapeMarkdown).join(', ')}.`
  }
  const skipped = report.coverage.regionsSkipped ?? []
  if (skipped.length > 0) {
    line += ` Skipped, not enabled for the account: ${skipped.map(escapeMarkdown).join(', ')}.`
  }
  return line
}

function omittedText(omitted: Omitted): string {
  const parts: string[] = []
  if (omitted.findings > 0) {
    parts.push(count(omitted.findings, 'more finding', 'more findings'))
  }
  if (omitted.errors > 0) {
    parts.push(count(omitted.errors, 'more read error', 'more read errors'))
  }
  return parts.join(' and ')
}

// Only reached when the fixed parts alone exceed the cap: cut at a line end.
function cut(body: string, maxLength: number): string {
  const note = '\n\n**Report truncated**\n'
  const room = Math.max(0, maxLength - note.length)
  const end = body.lastIndexOf('\n', room)
  return `${body.slice(0, end > 0 ? end : room)}${note}`.slice(0, maxLength)
}

function count(n: number, one: string, many: string): string {
  return `${n} ${plural(n, one, many)}`
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many
}
