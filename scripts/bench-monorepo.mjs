// The scale section of `npm run bench`: a generated monorepo of 10,000
// templates (about 100 MB of CloudFormation YAML and JSON, SAM and Terraform)
// scanned by the CLI from dist/ at 1,000, 5,000 and 10,000 files; for the
// engine's overhead, the scan in one thread against the same files parsed
// bare (js-yaml's parser, JSON.parse, the HCL parser alone), each in a
// process of its own, taking turns; and the cold start of the action bundle
// on a one-file scan.

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateMonorepo } from './monorepo.mjs'

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..'
)
const cliPath = path.join(repoRoot, 'dist', 'cli', 'index.js')
const actionPath = path.join(repoRoot, 'dist', 'index.js')
const monorepo = path.join(repoRoot, '.bench', 'monorepo')
const FILES = 10_000
/** The generator spreads services over 50 team folders of 200 files each. */
const TEAMS = 50
const TARGETS = { seconds: 30, rssMiB: 2048, overhead: 1.5, coldStartMs: 300 }
/**
 * Runs of the one-thread scan and of bare parsing; the medians are compared.
 * One run of either can be a third off on a shared machine.
 */
const OVERHEAD_RUNS = 3

/** Runs the section; returns table rows and notes as bench.mjs expects. */
export async function monorepoScale() {
  if (!existsSync(cliPath) || !existsSync(actionPath)) {
    throw new Error('dist/ is missing; run npm run build first')
  }
  const bytes = prepare()
  const rows = []
  const notes = [
    `monorepo: ${FILES} files, ${(bytes / 1e6).toFixed(1)} MB in ${path.relative(repoRoot, monorepo)}`
  ]

  let full = null
  for (const files of [1_000, 5_000, FILES]) {
    const run = scan(files)
    if (run.failed) return crash(rows, notes, 'scan', run)
    rows.push({
      files,
      'wall s': run.seconds.toFixed(2),
      'files/s': Math.round(files / run.seconds),
      'CPU %': run.cpuPercent,
      'peak RSS MiB': run.rssMiB.toFixed(0),
      's per 1k files': ((run.seconds / files) * 1000).toFixed(2)
    })
    if (files === FILES) full = run
  }

  // The engine's work over parsing, both in one thread of a process of
  // their own, taking turns so that both see the machine as loaded as it is.
  const engineRuns = []
  const bareRuns = []
  for (let i = 0; i < OVERHEAD_RUNS; i++) {
    engineRuns.push(scan(FILES, { APIGW_CACHE_CHECK_WORKERS: '0' }))
    bareRuns.push(bareParse())
  }
  const broken =
    engineRuns.find(one => one.failed) ?? bareRuns.find(one => one.failed)
  if (broken) return crash(rows, notes, 'overhead run', broken)
  const engine = median(engineRuns, one => one.cpuSeconds)
  const bare = median(bareRuns, one => one.cpuSeconds)
  const overhead = (engine.cpuSeconds / bare.cpuSeconds).toFixed(2)
  const parallel = (full.cpuSeconds / bare.cpuSeconds).toFixed(2)

  const coldStart = medianColdStart()
  notes.push(
    `bare parsing of the same files (js-yaml parser, JSON.parse, HCL parser; scripts/bare-parse.mjs): ${bare.cpuSeconds.toFixed(2)} s CPU; the engine in one thread: ${engine.cpuSeconds.toFixed(2)} s CPU (medians of ${OVERHEAD_RUNS}, taking turns)`,
    `engine CPU time over bare parsing: ${overhead}x (target within ${TARGETS.overhead}x: ${overhead <= TARGETS.overhead ? 'met' : 'not met'}); the scan above, in worker threads, used ${full.cpuSeconds.toFixed(2)} s CPU (${parallel}x), what spreading the work over threads adds`,
    `10,000 files: ${full.seconds.toFixed(1)} s wall (target under ${TARGETS.seconds} s: ${full.seconds < TARGETS.seconds ? 'met' : 'not met'}), ${full.cpuPercent}% CPU on ${os.availableParallelism()} cores, peak RSS ${full.rssMiB.toFixed(0)} MiB (target under ${TARGETS.rssMiB}: ${full.rssMiB < TARGETS.rssMiB ? 'met' : 'not met'})`,
    `cold start of dist/index.js on a one-file scan: ${coldStart} ms median of 11 (target under ${TARGETS.coldStartMs} ms: ${coldStart < TARGETS.coldStartMs ? 'met' : 'not met'})`
  )
  return { rows, notes, failed: false }
}

/** The CLI from dist/ on the first `files` files of the monorepo. */
function scan(files, env = {}) {
  const teams = Math.round((files / FILES) * TEAMS)
  const paths = Array.from({ length: teams }, (_, i) => `team-${i}`)
  return timeChild(
    process.execPath,
    [cliPath, ...paths, '--format', 'json', '--fail-on', 'never'],
    env
  )
}

function crash(rows, notes, what, run) {
  return {
    rows,
    notes: [...notes, `${what} crashed: ${run.failed}`],
    failed: true
  }
}

/** Generates the monorepo once; a marker file keeps it between runs. */
function prepare() {
  const marker = path.join(monorepo, '.generated')
  if (existsSync(marker)) return Number(readFileSync(marker, 'utf8'))
  const bytes = generateMonorepo(monorepo, FILES)
  writeFileSync(marker, String(bytes))
  return bytes
}

/** Runs a child under GNU time; wall and CPU seconds, CPU share and peak RSS. */
function timeChild(command, args, env = {}) {
  const started = process.hrtime.bigint()
  const child = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd: monorepo,
    env: { ...process.env, ...env },
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8'
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const stderr = child.stderr ?? ''
  const field = name =>
    Number(new RegExp(`${name}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN)
  const failed =
    child.status === 0 || child.status === 1
      ? null
      : `exit ${child.status}: ${stderr.slice(-400)}`
  return {
    seconds,
    cpuSeconds:
      field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    cpuPercent: field('Percent of CPU this job got'),
    rssMiB: field('Maximum resident set size \\(kbytes\\)') / 1024,
    failed
  }
}

/** The run whose `key` is the median of `runs`. */
function median(runs, key) {
  const sorted = [...runs].sort((a, b) => key(a) - key(b))
  return sorted[Math.floor(sorted.length / 2)]
}

/** One process that parses every file with the bare parsers (bare-parse.mjs). */
function bareParse() {
  return timeChild(process.execPath, [
    path.join(repoRoot, 'scripts', 'bare-parse.mjs'),
    monorepo
  ])
}

/** Median wall time of the action bundle scanning one template. */
function medianColdStart() {
  const one = path.join(repoRoot, 'examples', 'sam-app')
  const times = []
  for (let i = 0; i < 11; i++) {
    const started = process.hrtime.bigint()
    spawnSync(process.execPath, [actionPath], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: one,
        INPUT_PATHS: '.',
        RUNNER_TEMP: os.tmpdir()
      },
      stdio: 'ignore'
    })
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[5])
}
