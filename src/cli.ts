/**
 * Command-line entry: `apigw-cache-check [PATH ...] [options]`.
 * Exit status: 0 pass, 1 fail, 2 the tool could not run.
 */
import { realpathSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { LiveAuditError } from './aws/credentials.js'
import { produceReport } from './pipeline.js'
import { isScanWorker, serveScanWorker, workerEntry } from './worker-pool.js'
import { parseFormat, renderReport } from './report/render.js'
import { verdictLine } from './report/text.js'
import { DEFAULT_MAX_FILE_SIZE, scanFileJobs } from './scan.js'
import { parseFailOn, parseList, parseSize, SettingError } from './settings.js'
import { describeError, InputPathError } from './templates/files.js'
import { ParameterFileError } from './templates/parameters.js'
import { VERSION } from './version.js'

export const EXIT_PASS = 0
export const EXIT_FAIL = 1
export const EXIT_CANNOT_RUN = 2

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
       apigw-cache-check --live [--regions LIST|all] [PATH ...] [options]
       apigw-cache-check merge REPORT.json ... [options]

Finds API Gateway REST API stages whose response cache is not encrypted at
rest, in CloudFormation, SAM and CDK templates and in Terraform
configurations and plans. PATH defaults to the paths in
APIGW_CACHE_CHECK_PATHS, else the current directory.

Options:
  -f, --format FORMAT      text (default), markdown, json or sarif
  -o, --output FILE        write the report to FILE instead of standard output
      --fail-on LEVEL      error (default): fail on failing findings;
                           warning: also on warnings and unknowns; never
  -p, --parameters FILE    parameter values for templates (JSON or Key=Value);
                           may be given more than once
      --var-file FILE      Terraform variable values (.tfvars or .tfvars.json)
                           for every module; may be given more than once,
                           later files win
      --max-file-size SIZE skip and report larger files (default 5MiB)
      --no-color           plain text even on a terminal
      --config FILE        suppression file (default .github/apigw-cache-check.yml
                           when it exists)
      --live               also audit the stages live in AWS, with the default
                           AWS credential chain; with --live and no PATH, no
                           templates are scanned
      --regions LIST       regions for --live, such as us-east-1,eu-west-1, or
                           all (enabled for the account); default AWS_REGION
  -h, --help               show this help
  -v, --version            show the version

merge combines JSON reports into one; apigw-cache-check merge --help says more.

Exit status: 0 pass, 1 fail, 2 the tool could not run.
`

/** Runs the command line and returns its exit status. */
export async function runCli(
  argv: readonly string[],
  io: CliIo
): Promise<number> {
  // A directory called merge is still scanned when written as ./merge.
  if (argv[0] === 'merge') {
    const { runMerge } = await import('./cli-merge.js')
    return runMerge(argv.slice(1), io)
  }

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
        'var-file': { type: 'string', multiple: true },
        'max-file-size': { type: 'string' },
        'no-color': { type: 'boolean' },
        config: { type: 'string' },
        live: { type: 'boolean' },
        regions: { type: 'string' },
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
    const failOn = parseFailOn(values['fail-on'] ?? 'error', '--fail-on')
    const maxFileSize =
      values['max-file-size'] === undefined
        ? DEFAULT_MAX_FILE_SIZE
        : parseSize(values['max-file-size'], '--max-file-size')
    if (values.regions !== undefined && !values.live) {
      throw new SettingError('--regions applies to --live; add --live')
    }
    // The AWS SDK loads only for --live: a template scan starts faster.
    const live = values.live
      ? await (
          await import('./cli-live.js')
        ).auditLiveFromCli(values.regions, io)
      : null
    // With --live, templates are scanned only when paths are named.
    const paths =
      positionals.length > 0 || live ? positionals : defaultPaths(io.env)
    const report = await produceReport(
      {
        workspace: io.cwd,
        paths,
        failOn,
        maxFileSize,
        parameterFiles: values.parameters ?? [],
        varFiles: values['var-file'] ?? [],
        configFile: values.config ?? null,
        workerEntry: workerEntry(import.meta.url)
      },
      live
    )
    const color = io.color && !values['no-color'] && values.output === undefined
    const body = renderReport(report, format, color)

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
      error instanceof LiveAuditError ||
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

function isMainModule(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isScanWorker()) {
  serveScanWorker(scanFileJobs)
} else if (isMainModule()) {
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
