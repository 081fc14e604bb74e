/**
 * Command-line entry: `apigw-cache-check [PATH ...] [options]`.
 * Exit status: 0 pass, 1 fail, 2 the tool could not run.
 */
import { realpathSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { produceReport } from './pipeline.js'
import { renderJson } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import { renderSarif } from './report/sarif.js'
import { renderText, verdictLine } from './report/text.js'
import { DEFAULT_MAX_FILE_SIZE } from './scan.js'
import { parseFailOn, parseList, parseSize, SettingError } from './settings.js'
import { describeError, InputPathError } from './templates/files.js'
import { ParameterFileError } from './templates/parameters.js'
import { VERSION } from './version.js'
import type { Report } from './model.js'

export const EXIT_PASS = 0
export const EXIT_FAIL = 1
export const EXIT_CANNOT_RUN = 2

const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const
type Format = (typeof FORMATS)[number]

/** What the command line writes to and reads from; tests pass their own. */
export interface CliIo {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether standard output is a terminal that shows colours. */
  color: boolean
  env: NodeJS.ProcessEnv
}

const USAGE = `Usage: apigw-cache-check [PATH ...] [options]

Finds API Gateway REST API stages whose response cache is not encrypted at
rest, in CloudFormation, SAM and CDK templates. PATH defaults to the paths in
APIGW_CACHE_CHECK_PATHS, else the current directory.

Options:
  -f, --format FORMAT      text (default), markdown, json or sarif
  -o, --output FILE        write the report to FILE instead of standard output
      --fail-on LEVEL      error (default): fail on failing findings;
                           warning: also on warnings and unknowns; never
  -p, --parameters FILE    parameter values for templates (JSON or Key=Value);
                           may be given more than once
      --max-file-size SIZE skip and report larger files (default 5MiB)
      --no-color           plain text even on a terminal
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 pass, 1 fail, 2 the tool could not run.
`

/** Runs the command line and returns its exit status. */
export async function runCli(
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
        parameters: { type: 'string', short: 'p', multiple: true },
        'max-file-size': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (error) {
    io.stderr(`apigw-cache-check: ${describeError(error)}\n\n${USAGE}`)
    return EXIT_CANNOT_RUN
  }

  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(USAGE)
    return EXIT_PASS
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return EXIT_PASS
  }

  try {
    const format = parseFormat(values.format ?? 'text')
    const report = await produceReport({
      workspace: io.cwd,
      paths: positionals.length > 0 ? positionals : defaultPaths(io.env),
      failOn: parseFailOn(values['fail-on'] ?? 'error', '--fail-on'),
      maxFileSize:
        values['max-file-size'] === undefined
          ? DEFAULT_MAX_FILE_SIZE
          : parseSize(values['max-file-size'], '--max-file-size'),
      parameterFiles: values.parameters ?? []
    })
    const color = io.color && !values['no-color'] && values.output === undefined
    const body = render(report, format, color)

    if (values.output === undefined) {
      io.stdout(body)
    } else {
      await writeFile(path.resolve(io.cwd, values.output), body)
      io.stdout(
        `Wrote the ${format} report to ${values.output}.\n${verdictLine(report)}\n`
      )
    }
    return report.result === 'pass' ? EXIT_PASS : EXIT_FAIL
  } catch (error) {
    if (
      error instanceof SettingError ||
      error instanceof InputPathError ||
      error instanceof ParameterFileError
    ) {
      io.stderr(`apigw-cache-check: ${error.message}\nResult: could not run\n`)
      return EXIT_CANNOT_RUN
    }
    io.stderr(
      `apigw-cache-check: could not run: ${describeError(error)}\nResult: could not run\n`
    )
    return EXIT_CANNOT_RUN
  }
}

/** Paths scanned when none are given: APIGW_CACHE_CHECK_PATHS, else the current directory. */
function defaultPaths(env: NodeJS.ProcessEnv): string[] {
  const configured = parseList(env['APIGW_CACHE_CHECK_PATHS'] ?? '')
  return configured.length > 0 ? configured : ['.']
}

function parseFormat(raw: string): Format {
  const value = raw.trim().toLowerCase()
  if ((FORMATS as readonly string[]).includes(value)) return value as Format
  throw new SettingError(
    `--format must be one of ${FORMATS.join(', ')}; got "${raw}"`
  )
}

function render(report: Report, format: Format, color: boolean): string {
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

function isMainModule(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isMainModule()) {
  const color =
    process.stdout.isTTY === true &&
    process.env['NO_COLOR'] === undefined &&
    process.env['TERM'] !== 'dumb'
  process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    color,
    env: process.env
  })
}
