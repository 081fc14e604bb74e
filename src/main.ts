/**
 * One run of the action: inputs, scan, report, outcome. This is the one
 * place that fails the step.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readSettings, type ActionSettings } from './inputs.js'
import { produceReport } from './pipeline.js'
import { planAnnotations } from './report/annotations.js'
import { renderJson } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import { renderSarif } from './report/sarif.js'
import { verdictLine } from './report/text.js'
import { describeError } from './templates/files.js'
import type { Report } from './model.js'

/** The job summary may hold 1 MiB; keep well inside it. */
const SUMMARY_LIMIT = 900_000

export async function run(): Promise<void> {
  try {
    const settings = readSettings(name => core.getInput(name), process.env)
    for (const [key, value] of Object.entries(settings)) {
      core.debug(`setting ${key} = ${JSON.stringify(value)}`)
    }

    core.startGroup('Scanning templates')
    const report = await produceReport(settings)
    core.info(
      `Scanned ${report.coverage.files} templates with ${report.coverage.stages} stages.`
    )
    core.endGroup()

    await writeReports(settings, report)
    const omitted = annotate(report)
    await writeSummary(report, omitted)
    setOutputs(settings, report)

    core.info(verdictLine(report))
    if (report.result === 'fail') {
      core.setFailed(
        `apigw-cache-check found ${describeFailure(report)} (fail-on: ${settings.failOn}).`
      )
    }
  } catch (error) {
    core.setFailed(`apigw-cache-check could not run: ${describeError(error)}`)
  }
}

async function writeReports(
  settings: ActionSettings,
  report: Report
): Promise<void> {
  await mkdir(path.dirname(settings.reportFile), { recursive: true })
  await writeFile(settings.reportFile, renderJson(report))
  core.info(`JSON report: ${settings.reportFile}`)
  if (settings.sarifFile) {
    await mkdir(path.dirname(settings.sarifFile), { recursive: true })
    await writeFile(settings.sarifFile, renderSarif(report))
    core.info(`SARIF report: ${settings.sarifFile}`)
  }
}

/** Emits annotations within GitHub's per-step caps; returns how many were left out. */
function annotate(report: Report): number {
  const plan = planAnnotations(report)
  for (const annotation of plan.annotations) {
    const properties: core.AnnotationProperties = {
      title: annotation.title,
      file: annotation.file
    }
    if (annotation.startLine !== undefined)
      properties.startLine = annotation.startLine
    if (annotation.startColumn !== undefined) {
      properties.startColumn = annotation.startColumn
    }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else core.warning(annotation.message, properties)
  }
  return plan.omitted.error + plan.omitted.warning
}

async function writeSummary(
  report: Report,
  omittedAnnotations: number
): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written')
    return
  }
  let body = renderMarkdown(report, {
    maxLength: SUMMARY_LIMIT,
    summaryPointer: 'the JSON report (the report-file output) lists them all.'
  })
  if (omittedAnnotations > 0) {
    body += `\n${omittedAnnotations} more findings have no annotation: GitHub shows at most 10 error and 10 warning annotations per step. All of them are listed above.\n`
  }
  await core.summary.addRaw(body).write()
}

/** The action's outputs; names match action.yml (a test checks that). */
export const OUTPUT_NAMES = [
  'result',
  'failed',
  'warnings',
  'unknown',
  'errors',
  'report-file',
  'sarif-file'
] as const

function setOutputs(settings: ActionSettings, report: Report): void {
  const outputs: Record<(typeof OUTPUT_NAMES)[number], string | number> = {
    result: report.result,
    failed: report.counts.fail,
    warnings: report.counts.warning,
    unknown: report.counts.unknown,
    errors: report.errors.length,
    'report-file': settings.reportFile,
    'sarif-file': settings.sarifFile ?? ''
  }
  for (const name of OUTPUT_NAMES) core.setOutput(name, outputs[name])
}

function describeFailure(report: Report): string {
  const parts = [
    `${report.counts.fail} failing`,
    `${report.counts.warning} warning`,
    `${report.counts.unknown} unknown`
  ]
  if (report.errors.length > 0) {
    parts.push(`${report.errors.length} unreadable`)
  }
  return parts.join(', ')
}
