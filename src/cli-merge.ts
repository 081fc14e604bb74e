/**
 * `apigw-cache-check merge REPORT.json ...`: combines the JSON reports of
 * several jobs (a matrix over accounts and regions) into one report, judged
 * again under `--fail-on`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { readReportJson, ReportFileError } from './report/read-json.js'
import { mergeReports } from './report/report.js'
import { parseFormat, renderReport } from './report/render.js'
import { verdictLine } from './report/text.js'
import { parseFailOn, SettingError } from './settings.js'
import { describeError } from './templates/files.js'
import type { CliIo } from './cli.js'
import type { Report } from './model.js'

const EXIT_PASS = 0
const EXIT_FAIL = 1
const EXIT_CANNOT_RUN = 2

export const MERGE_USAGE = `Usage: apigw-cache-check merge REPORT.json ... [options]

Combines JSON reports (--format json, or the action's report-file) into one,
for example those of a matrix of jobs over accounts and regions. The merged
report is judged again under --fail-on.

Options:
  -f, --format FORMAT      text (default), markdown, json or sarif
  -o, --output FILE        write the report to FILE instead of standard output
      --fail-on LEVEL      error (default), warning or never
      --no-color           plain text even on a terminal
  -h, --help               show this help

Exit status: 0 pass, 1 fail, 2 a report could not be read.
`

/** Runs `merge` with the arguments after the word `merge`. */
export async function runMerge(
  argv: readonly string[],
  io: CliIo
): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    io.stderr(
      `apigw-cache-check merge: ${describeError(error)}\n\n${MERGE_USAGE}`
    )
    return EXIT_CANNOT_RUN
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(MERGE_USAGE)
    return EXIT_PASS
  }

  try {
    if (positionals.length === 0) {
      throw new SettingError('merge needs at least one JSON report')
    }
    const format = parseFormat(values.format ?? 'text')
    const failOn = parseFailOn(values['fail-on'] ?? 'error', '--fail-on')
    const reports = await Promise.all(
      positionals.map(file => readReport(io.cwd, file))
    )
    const merged = mergeReports(reports, failOn)

    const color = io.color && !values['no-color'] && values.output === undefined
    const body = renderReport(merged, format, color)
    if (values.output === undefined) {
      io.stdout(body)
    } else {
      await writeFile(path.resolve(io.cwd, values.output), body)
      io.stdout(
        `Merged ${reports.length} reports into ${values.output} (${format}).\n${verdictLine(merged)}\n`
      )
    }
    return merged.result === 'pass' ? EXIT_PASS : EXIT_FAIL
  } catch (error) {
    const known =
      error instanceof SettingError || error instanceof ReportFileError
    io.stderr(
      `apigw-cache-check merge: ${known ? '' : 'could not run: '}${describeError(error)}\nResult: could not run\n`
    )
    return EXIT_CANNOT_RUN
  }
}

async function readReport(cwd: string, file: string): Promise<Report> {
  let text: string
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new ReportFileError(file, `cannot be read: ${describeError(error)}`)
  }
  return readReportJson(text, file)
}
