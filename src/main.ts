/**
 * One run of the action: inputs, scan, report, outcome. This is the one
 * place that fails the step.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isPullRequestEvent, readPullRequestEvent } from './github/event.js'
import type { PullRequestScan } from './github/pull-request.js'
import { readSettings, type ActionSettings } from './inputs.js'
import { guardProcessOutput, SecretRegistry } from './output-redaction.js'
import { workerEntry } from './worker-pool.js'
import { produceReport } from './pipeline.js'
import { planAnnotations } from './report/annotations.js'
import { renderJson } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import { renderSarif } from './report/sarif.js'
import { verdictLine } from './report/text.js'
import { describeError } from './templates/files.js'
import { countUnreadable, type Report } from './model.js'

/** The job summary may hold 1 MiB; keep well inside it. */
const SUMMARY_LIMIT = 900_000

export async function run(): Promise<void> {
  const secrets = new SecretRegistry()
  guardProcessOutput(secrets)
  try {
    const settings = readSettings(name => core.getInput(name), process.env)
    if (settings.pullRequest.token) core.setSecret(settings.pullRequest.token)
    for (const [key, value] of Object.entries(settings)) {
      core.debug(`setting ${key} = ${JSON.stringify(value)}`)
    }

    // The AWS SDK and octokit load only when a run needs them: a template
    // scan starts faster without them.
    const live = settings.live
      ? await (await import('./action-live.js')).auditLive(settings.live)
      : null
    const pullRequest = await preparePullRequest(settings)

    core.startGroup('Scanning templates')
    let report: Report
    try {
      report = await produceReport(
        {
          ...settings,
          paths: pullRequest?.paths ?? settings.paths,
          baseline: pullRequest?.baseline ?? null,
          workerEntry: workerEntry(import.meta.url)
        },
        live
      )
    } finally {
      await pullRequest?.baseline?.dispose()
    }
    // A service may have echoed a secret into an error message.
    report = secrets.redactValue(report)
    const templateStages = report.coverage.stages - (live?.stages ?? 0)
    core.info(
      `Scanned ${report.coverage.files} templates with ${templateStages} stages.`
    )
    core.endGroup()

    await writeReports(settings, report)
    const omitted = annotate(report, changedPaths(pullRequest))
    await writeSummary(report, omitted)
    setOutputs(settings, report)

    if (pullRequest) {
      core.startGroup('Commenting on the pull request')
      const { publishPullRequestFeedback } =
        await import('./github/pull-request.js')
      await publishPullRequestFeedback(
        pullRequest,
        report,
        {
          ...settings.pullRequest,
          onlyNew: settings.onlyNew,
          workspace: settings.workspace
        },
        process.env
      )
      core.endGroup()
    }

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

/** On a pull request: the paths to scan and the base checkout; null otherwise. */
async function preparePullRequest(
  settings: ActionSettings
): Promise<PullRequestScan | null> {
  if (!isPullRequestEvent(process.env)) return null
  core.startGroup('Reading the pull request')
  try {
    const event = readPullRequestEvent(process.env)
    if (!event) return null
    const { preparePullRequestScan } = await import('./github/pull-request.js')
    return await preparePullRequestScan(
      event,
      settings.pullRequest,
      settings.workspace,
      settings.paths
    )
  } catch (error) {
    // The scan itself does not need the pull request; only the comment does.
    core.warning(
      `Could not read the pull request, so every path is scanned and nothing is written on it: ${describeError(error)}`
    )
    return null
  } finally {
    core.endGroup()
  }
}

/** Files the pull request touches, whose annotations go first. */
function changedPaths(pullRequest: PullRequestScan | null): Set<string> {
  return new Set(pullRequest?.changed?.map(file => file.path) ?? [])
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
    // Code scanning rejects a whole upload when a result has no file, and
    // live stages have none; the JSON report and job summary list them.
    await writeFile(
      settings.sarifFile,
      renderSarif(report, { liveResults: 'omit' })
    )
    core.info(`SARIF report: ${settings.sarifFile}`)
  }
}

/** Emits annotations within GitHub's per-step caps; returns how many were left out. */
function annotate(report: Report, firstFiles: ReadonlySet<string>): number {
  const plan = planAnnotations(report, undefined, firstFiles)
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
    errors: countUnreadable(report.errors).files,
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
  const unreadable = countUnreadable(report.errors)
  if (unreadable.files > 0) parts.push(`${unreadable.files} unreadable files`)
  if (unreadable.resources > 0) {
    parts.push(`${unreadable.resources} unreadable AWS resources`)
  }
  return parts.join(', ')
}
