/**
 * The report formats the command line offers, by name, and the renderer of
 * each.
 */
import { SettingError } from '../settings.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderSarif } from './sarif.js'
import { renderText } from './text.js'
import type { Report } from '../model.js'

export const REPORT_FORMATS = ['text', 'markdown', 'json', 'sarif'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Reads a format name; the error names the option and the choices. */
export function parseFormat(raw: string, name = '--format'): ReportFormat {
  const value = raw.trim().toLowerCase()
  if ((REPORT_FORMATS as readonly string[]).includes(value)) {
    return value as ReportFormat
  }
  throw new SettingError(
    `${name} must be one of ${REPORT_FORMATS.join(', ')}; got "${raw}"`
  )
}

/** Renders a report in a format; colour applies to text only. */
export function renderReport(
  report: Report,
  format: ReportFormat,
  color: boolean
): string {
  switch (format) {
    case 'json':
      return renderJson(report)
    case 'sarif':
      return renderSarif(report)
    case 'markdown':
      return renderMarkdown(report)
    case 'text':
      return renderText(report, { color })
  }
}
