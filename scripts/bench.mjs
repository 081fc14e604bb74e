// Prints throughput figures for apigw-cache-check, next to other tools where
// that helps. It measures and asserts nothing: the exit status is 1 only when
// a tool crashes or times out, and 2 when the options are wrong.
//
//   npm run bench             both tools get every CloudFormation and SAM
//                             file of the corpus (cfn-lint takes minutes)
//   npm run bench -- --quick  cfn-lint gets a sample of about 150 files
//   npm run bench -- --only monorepo
//                             one section (cfn-lint, terraform, live,
//                             monorepo); --only may be repeated

import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { clearTimeout, setTimeout } from 'node:timers'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { liveAudit } from './bench-live.mjs'
import { monorepoScale } from './bench-monorepo.mjs'

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..'
)
const corpusRoot = path.resolve(repoRoot, '..', 'shared', 'corpus')
const cliPath = path.join(repoRoot, 'dist', 'cli', 'index.js')

/** About how many files cfn-lint lints with --quick. */
const SAMPLE_SIZE = 150
/**
 * Files per cfn-lint process: few enough that finding a file it crashes on
 * and running its batch again costs seconds, many enough that its start-up
 * (about a second) stays a small share of its time.
 */
const CFN_LINT_BATCH = 200
/** Runs of our CLI per measurement; the median is reported. */
const OUR_RUNS = 3
/** Runs of cfn-lint per measurement: it takes seconds, so one is enough. */
const CFN_LINT_RUNS = 1
/**
 * Characters of file arguments one child gets before a new batch starts:
 * Windows caps a command line near 32K; Linux and macOS allow far more.
 */
const MAX_ARGUMENT_CHARS = process.platform === 'win32' ? 30_000 : 250_000
/**
 * Characters of a child's stderr kept for crash messages: enough for GNU
 * time's report, whose first line repeats the whole command line.
 */
const STDERR_KEPT = 1024 * 1024
/** A child running longer than this is killed and counted as a crash. */
const CHILD_TIMEOUT_MS = 30 * 60 * 1000

/** Runs of a one-file scan: each is short, so more runs steady the median. */
const ONE_FILE_RUNS = 15
/** What the HCL parser's start-up may add to a one-file scan. */
const PARSER_STARTUP_TARGET_MS = 100
/** One small .tf file and one small template, both with a REST API stage. */
const ONE_TF_FILE = 'serverless-patterns/apigw-sqs-terraform/main.tf'
const ONE_TEMPLATE = 'serverless-patterns/apigw-method-cache/template.yaml'

/**
 * cfn-lint output is thrown away. With `--non-zero-exit-code none` it exits 0
 * whatever it finds, so any other status means it could not finish.
 */
const CFN_LINT_FLAGS = ['--format', 'parseable', '--non-zero-exit-code', 'none']

/** Table columns that only a finished measurement can fill. */
const FIGURE_COLUMNS = ['runs', 'wall s', 'files/s', 'MB/s', 'peak RSS MiB']

const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template'])
const SAM_APP_TEMPLATES = new Set(['template.yaml', 'template.yml'])

/**
 * Benchmark sections in print order; each returns { rows, notes, failed }.
 * `id` is what `--only` takes.
 */
const sections = [
  {
    id: 'cfn-lint',
    name: 'CloudFormation and SAM vs cfn-lint',
    run: cloudFormationVsCfnLint
  },
  { id: 'terraform', name: 'Terraform', run: terraform },
  { id: 'live', name: 'Live audit against moto_server', run: liveAudit },
  { id: 'monorepo', name: 'Monorepo scale', run: monorepoScale }
]

await main()

/** Prints the header, then each section; a crash sets exit status 1. */
async function main() {
  const options = readOptions()
  const gnuTime = hasGnuTime()
  printHeader(options, gnuTime)

  const chosen = options.only
    ? sections.filter(section => options.only.includes(section.id))
    : sections
  for (const section of chosen) {
    console.log(`\n## ${section.name}\n`)
    try {
      const result = await section.run({ ...options, gnuTime })
      if (result.rows.length > 0) console.log(formatTable(result.rows) + '\n')
      for (const note of result.notes) console.log(note)
      if (result.failed) process.exitCode = 1
    } catch (error) {
      console.log(
        `could not run: ${error instanceof Error ? error.message : error}`
      )
      process.exitCode = 1
    }
  }
}

/** Reads the command line; unknown options end the run with status 2. */
function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        only: { type: 'string', multiple: true }
      }
    })
    const ids = sections.map(section => section.id)
    const unknown = (values.only ?? []).filter(id => !ids.includes(id))
    if (unknown.length > 0) {
      throw new Error(
        `--only takes ${ids.join(', ')}; not ${unknown.join(', ')}`
      )
    }
    return { full: !values.quick, only: values.only ?? null }
  } catch (error) {
    console.error(
      `bench: ${error.message}\nusage: npm run bench [-- --quick] [--only SECTION]...`
    )
    process.exit(2)
  }
}

/** Prints the machine, the runtime and the date the figures belong to. */
function printHeader(options, gnuTime) {
  const cpus = os.cpus()
  const memoryGiB = os.totalmem() / 1024 ** 3
  const loadAverage = os.loadavg().map(load => load.toFixed(2))
  const { version } = JSON.parse(
    readFileSync(path.join(repoRoot, 'package.json'), 'utf8')
  )

  console.log(`# apigw-cache-check ${version} benchmark`)
  console.log(`date:    ${new Date().toISOString()}`)
  console.log(`machine: ${os.type()} ${os.release()} ${os.arch()}`)
  console.log(`cpu:     ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown'}`)
  console.log(`memory:  ${memoryGiB.toFixed(1)} GiB`)
  console.log(`load:    ${loadAverage.join(' ')} (1, 5, 15 min)`)
  console.log(`node:    ${process.version}`)
  console.log(
    `mode:    ${options.full ? 'every file' : 'quick (cfn-lint on a sample)'}`
  )
  if (!gnuTime) console.log('peak RSS: not measured (no GNU /usr/bin/time)')
}

/**
 * Times our CLI and cfn-lint on the same CloudFormation and SAM files. A tool
 * that crashes gets a row without figures, a note and a failed section.
 */
async function cloudFormationVsCfnLint({ full, gnuTime }) {
  if (!existsSync(corpusRoot)) {
    return { rows: [], notes: [`skipped: no corpus at ${corpusRoot}`] }
  }
  if (!existsSync(cliPath)) {
    throw new Error(`${cliPath} is missing; run npm run build first`)
  }

  const files = listCloudFormationFiles()
  const sample = full ? files : everyKth(files, SAMPLE_SIZE)
  const lintVersion = cfnLintVersion()
  const result = { rows: [], notes: [], failed: false }
  const report = (label, list, measurement) => {
    result.rows.push(row(label, list, measurement))
    if (measurement.error === undefined) return
    result.notes.push(`${label} crashed: ${measurement.error}\n`)
    result.failed = true
  }

  // Our CLI on every file
  const ours = list =>
    attempt(
      measure(
        process.execPath,
        batch => [cliPath, ...batch, '--format', 'json', '--fail-on', 'never'],
        list,
        { runs: OUR_RUNS, gnuTime }
      )
    )
  const oursFull = await ours(files)
  report('apigw-cache-check, all files', files, oursFull)

  if (lintVersion === undefined) {
    result.notes.push('cfn-lint not found (cfn-lint --version failed)')
    return result
  }

  // Both tools on the same files. A file that crashes cfn-lint would stop
  // it early and flatter us: such files are found, named, and left out of
  // both tools' lists.
  const lint = await attempt(cfnLint(sample, gnuTime))
  const crashers = lint.crashers ?? []
  const compared = sample.filter(file => !crashers.includes(file.path))
  const oursCompared =
    compared.length === files.length ? oursFull : await ours(compared)
  if (compared.length !== files.length) {
    const label = full ? 'same files as cfn-lint' : 'sample'
    report(`apigw-cache-check, ${label}`, compared, oursCompared)
  }
  const processes =
    lint.processes === undefined
      ? ''
      : `, ${lint.processes} process${lint.processes === 1 ? '' : 'es'}`
  report(`cfn-lint ${lintVersion}${processes}`, compared, lint)
  for (const file of crashers) {
    result.notes.push(`left out of both: ${file} (cfn-lint crashes on it)`)
  }
  if (!full) {
    const k = Math.ceil(files.length / SAMPLE_SIZE)
    result.notes.push(
      `sample: one file in ${k} of ${files.length}, ${sample.length} in all; ` +
        'on so few files our process start dominates, so leave out --quick to compare all'
    )
  }

  // Ratio and target
  if (lint.error !== undefined || oursCompared.error !== undefined) {
    result.notes.push('speed ratio: not measured, a tool crashed')
    return result
  }
  const ratio = lint.seconds / oursCompared.seconds
  result.notes.push(
    `speed ratio (files per second, ours / cfn-lint, same ${compared.length} files): ${ratio.toFixed(1)}x`,
    full
      ? `target: at least 100x faster: ${ratio >= 100 ? 'met' : 'not met'}`
      : 'target (at least 100x faster): judged on all files, without --quick',
    'cfn-lint runs its whole rule set and we run one rule, so this is the ' +
      'time to a verdict, not the same work done faster.'
  )
  return result
}

/**
 * Our CLI on every .tf file of the corpus, then what the HCL parser's
 * start-up (loading the WebAssembly runtime and grammar) adds to a one-file
 * scan: a one-file Terraform scan against a one-file CloudFormation scan.
 */
async function terraform({ gnuTime }) {
  if (!existsSync(corpusRoot)) {
    return { rows: [], notes: [`skipped: no corpus at ${corpusRoot}`] }
  }
  if (!existsSync(cliPath)) {
    throw new Error(`${cliPath} is missing; run npm run build first`)
  }

  const result = { rows: [], notes: [], failed: false }
  const report = (label, list, measurement) => {
    result.rows.push(row(label, list, measurement))
    if (measurement.error === undefined) return
    result.notes.push(`${label} crashed: ${measurement.error}\n`)
    result.failed = true
  }
  const ours = (list, runs) =>
    attempt(
      measure(
        process.execPath,
        batch => [cliPath, ...batch, '--format', 'json', '--fail-on', 'never'],
        list,
        { runs, gnuTime }
      )
    )

  // Every .tf file, grouped into modules by directory as a scan does
  const files = walk(path.join(corpusRoot, 'serverless-patterns'))
    .filter(file => file.endsWith('.tf'))
    .filter(file => !file.split(path.sep).includes('.terraform'))
    .map(file => ({
      path: path.relative(corpusRoot, file),
      bytes: readFileSync(file).length
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  report('apigw-cache-check, all .tf files', files, await ours(files, OUR_RUNS))

  // Start-up of the parser on a one-file scan
  const oneFile = relative => [
    {
      path: relative,
      bytes: readFileSync(path.join(corpusRoot, relative)).length
    }
  ]
  const tf = await ours(oneFile(ONE_TF_FILE), ONE_FILE_RUNS)
  const template = await ours(oneFile(ONE_TEMPLATE), ONE_FILE_RUNS)
  report('one .tf file', oneFile(ONE_TF_FILE), tf)
  report('one CloudFormation template', oneFile(ONE_TEMPLATE), template)
  if (tf.error !== undefined || template.error !== undefined) {
    result.notes.push('parser start-up: not measured, a run crashed')
    return result
  }
  const startupMs = (tf.seconds - template.seconds) * 1000
  result.notes.push(
    `HCL parser start-up on a one-file scan: ${startupMs.toFixed(0)} ms ` +
      `(median of ${ONE_FILE_RUNS} runs each; ${ONE_TF_FILE} against ${ONE_TEMPLATE})`,
    `target: under ${PARSER_STARTUP_TARGET_MS} ms: ` +
      `${startupMs < PARSER_STARTUP_TARGET_MS ? 'met' : 'not met'}`
  )
  return result
}

/**
 * cfn-lint over the files, timed, in batches of CFN_LINT_BATCH files. A process that crashes is not timed: the file it cannot handle is
 * found by bisection (untimed), and its batch runs again without it.
 */
async function cfnLint(files, gnuTime) {
  const run = args =>
    attempt(runChild('cfn-lint', [...CFN_LINT_FLAGS, ...args], gnuTime))
  const crashers = []
  let seconds = 0
  let rssKiB = 0
  let processes = 0

  for (let batch of intoBatches(
    files.map(file => file.path),
    CFN_LINT_BATCH
  )) {
    while (batch.length > 0) {
      const timed = await run(batch)
      if (timed.error === undefined) {
        seconds += timed.seconds
        rssKiB = Math.max(rssKiB, timed.rssKiB ?? 0)
        processes++
        break
      }
      const crasher = await findCrasher(batch, run)
      // A crash that no single file causes cannot be worked around.
      if (crasher === null) return { error: timed.error }
      crashers.push(crasher)
      batch = batch.filter(file => file !== crasher)
    }
  }
  return {
    seconds,
    rssKiB: rssKiB || undefined,
    runs: CFN_LINT_RUNS,
    processes,
    crashers
  }
}

/** One file of a crashing batch that crashes cfn-lint on its own half. */
async function findCrasher(batch, run) {
  if (batch.length === 1) return batch[0]
  const middle = Math.ceil(batch.length / 2)
  for (const half of [batch.slice(0, middle), batch.slice(middle)]) {
    if ((await run(half)).error !== undefined) return findCrasher(half, run)
  }
  return null
}

/** Awaits a measurement; a crash comes back as { error } instead of thrown. */
async function attempt(measurement) {
  try {
    return await measurement
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

/** CloudFormation and SAM templates of the corpus, relative to it, sorted. */
function listCloudFormationFiles() {
  const trees = ['cfn-templates', 'sam-translator/tests/translator/input']
  const fromTrees = trees
    .flatMap(tree => walk(path.join(corpusRoot, tree)))
    .filter(file => TEMPLATE_EXTENSIONS.has(path.extname(file)))
  const samApps = walk(path.join(corpusRoot, 'serverless-patterns')).filter(
    file => SAM_APP_TEMPLATES.has(path.basename(file))
  )

  // Event payloads and config files share the extensions; a template names
  // at least one AWS:: resource type.
  return [...fromTrees, ...samApps]
    .map(file => ({ file, content: readFileSync(file) }))
    .filter(({ content }) => content.includes('AWS::'))
    .map(({ file, content }) => ({
      path: path.relative(corpusRoot, file),
      bytes: content.length
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Every regular file under a directory; an absent directory has none. */
function walk(directory) {
  if (!existsSync(directory)) return []
  return readdirSync(directory, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) return walk(full)
    return entry.isFile() ? [full] : []
  })
}

/** Every k-th item, k chosen so that about `size` items remain. */
function everyKth(items, size) {
  const k = Math.max(1, Math.ceil(items.length / size))
  return items.filter((_, index) => index % k === 0)
}

/** The installed cfn-lint version, or undefined when it cannot run. */
function cfnLintVersion() {
  const result = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' })
  if (result.error || result.status !== 0) return undefined
  return result.stdout.trim().replace(/^cfn-lint\s+/, '')
}

/** Whether /usr/bin/time is GNU time, which can report peak RSS with -v. */
function hasGnuTime() {
  if (!existsSync('/usr/bin/time')) return false
  const probe = spawnSync('/usr/bin/time', ['-v', 'true'], { stdio: 'ignore' })
  return probe.status === 0
}

/**
 * Runs a tool `runs` times over all files, in as many batches as the argument
 * length needs; reports the median wall time and the highest peak RSS.
 */
async function measure(command, argsFor, files, { runs, gnuTime, batchSize }) {
  const batches = intoBatches(
    files.map(file => file.path),
    batchSize
  )
  const times = []
  let rssKiB = 0
  for (let run = 0; run < runs; run++) {
    let seconds = 0
    for (const batch of batches) {
      const result = await runChild(command, argsFor(batch), gnuTime)
      seconds += result.seconds
      rssKiB = Math.max(rssKiB, result.rssKiB ?? 0)
    }
    times.push(seconds)
  }

  times.sort((a, b) => a - b)
  return {
    seconds: times[Math.floor(times.length / 2)],
    rssKiB: rssKiB > 0 ? rssKiB : undefined,
    runs
  }
}

/** Splits file arguments so that no child gets an overlong command line. */
function intoBatches(paths, batchSize = Infinity) {
  const batches = [[]]
  let chars = 0
  for (const file of paths) {
    const current = batches[batches.length - 1]
    const full =
      chars + file.length + 1 > MAX_ARGUMENT_CHARS ||
      current.length >= batchSize
    if (current.length > 0 && full) {
      batches.push([file])
      chars = file.length + 1
    } else {
      current.push(file)
      chars += file.length + 1
    }
  }
  return batches
}

/**
 * Runs one child in the corpus directory and times it. Rejects when the
 * child exits non-zero, dies from a signal or outlives the timeout.
 */
function runChild(command, args, gnuTime) {
  const [file, argv] = gnuTime
    ? ['/usr/bin/time', ['-v', command, ...args]]
    : [command, args]
  const name = path.basename(command === process.execPath ? cliPath : command)

  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(file, argv, {
      cwd: corpusRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true
    })
    let stderr = ''
    let timedOut = false
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', chunk => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT)
    })

    // Kill the whole group: with GNU time the tool is a grandchild.
    const timer = setTimeout(() => {
      timedOut = true
      process.kill(-child.pid, 'SIGKILL')
    }, CHILD_TIMEOUT_MS)

    child.on('error', error => {
      clearTimeout(timer)
      reject(new Error(`${name} could not start: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      const killedBy =
        signal ?? stderr.match(/Command terminated by signal (\d+)/)?.[1]
      const rss = stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)

      if (timedOut) {
        reject(new Error(`${name} ran past ${CHILD_TIMEOUT_MS / 1000} s`))
      } else if (killedBy !== undefined || code !== 0) {
        const how = killedBy ? `signal ${killedBy}` : `exit status ${code}`
        reject(new Error(`${name} stopped with ${how}:\n${tail(stderr)}`))
      } else {
        resolve({ seconds, rssKiB: rss ? Number(rss[1]) : undefined })
      }
    })
  })
}

/** The last lines a tool wrote to stderr, without GNU time's report. */
function tail(stderr) {
  const report = stderr.search(/^(Command \w+ |\tCommand being timed)/m)
  const own = report === -1 ? stderr : stderr.slice(0, report)
  return own.trimEnd().split('\n').slice(-6).join('\n')
}

/** One table row: what ran, on how much, how fast; no figures for a crash. */
function row(label, files, { seconds, rssKiB, runs, error }) {
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0)
  if (error !== undefined) {
    return {
      tool: `${label} (crashed)`,
      files: String(files.length),
      MB: figure(bytes / 1e6),
      ...Object.fromEntries(FIGURE_COLUMNS.map(column => [column, '-']))
    }
  }
  return {
    tool: label,
    files: String(files.length),
    MB: figure(bytes / 1e6),
    runs: String(runs),
    'wall s': figure(seconds),
    'files/s': figure(files.length / seconds),
    'MB/s': figure(bytes / 1e6 / seconds),
    'peak RSS MiB': rssKiB === undefined ? '-' : figure(rssKiB / 1024)
  }
}

/** A number with about three significant digits. */
function figure(value) {
  if (value >= 100) return value.toFixed(0)
  return value.toFixed(value >= 10 ? 1 : 2)
}

/** Rows as a text table: first column left-aligned, the rest right-aligned. */
function formatTable(rows) {
  const columns = Object.keys(rows[0])
  const text = rows.map(row =>
    Object.fromEntries(columns.map(column => [column, String(row[column])]))
  )
  const widths = columns.map(column =>
    Math.max(column.length, ...text.map(r => r[column].length))
  )
  const line = cells =>
    cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])
      )
      .join('  ')
      .trimEnd()

  return [
    line(columns),
    line(widths.map(width => '-'.repeat(width))),
    ...text.map(r => line(columns.map(column => r[column])))
  ].join('\n')
}
