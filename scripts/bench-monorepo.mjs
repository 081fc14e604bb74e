// The scale section of `npm run bench`: a generated monorepo of 10,000
// templates (about 100 MB of CloudFormation YAML and JSON, SAM and Terraform)
// scanned by the CLI from dist/ at 1,000, 5,000 and 10,000 files; the same
// files parsed bare in this process (js-yaml's parser, JSON.parse, the HCL
// parser alone) for the engine's overhead; and the cold start of the action
// bundle on a one-file scan.

import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
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
    const teams = Math.round((files / FILES) * TEAMS)
    const paths = Array.from({ length: teams }, (_, i) => `team-${i}`)
    const run = timeChild(process.execPath, [
      cliPath,
      ...paths,
      '--format',
      'json',
      '--fail-on',
      'never'
    ])
    if (run.failed)
      return {
        rows,
        notes: [...notes, `scan crashed: ${run.failed}`],
        failed: true
      }
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

  const bare = await bareParse()
  const overhead = (full.cpuSeconds / bare.seconds).toFixed(2)
  const coldStart = medianColdStart()
  notes.push(
    `bare parsing of the same files in one thread (js-yaml parser, JSON.parse, HCL parser): ${bare.seconds.toFixed(2)} s CPU`,
    `engine CPU time over bare parsing: ${overhead}x (target within ${TARGETS.overhead}x: ${overhead <= TARGETS.overhead ? 'met' : 'not met'})`,
    `10,000 files: ${full.seconds.toFixed(1)} s wall (target under ${TARGETS.seconds} s: ${full.seconds < TARGETS.seconds ? 'met' : 'not met'}), ${full.cpuPercent}% CPU on ${os.availableParallelism()} cores, peak RSS ${full.rssMiB.toFixed(0)} MiB (target under ${TARGETS.rssMiB}: ${full.rssMiB < TARGETS.rssMiB ? 'met' : 'not met'})`,
    `cold start of dist/index.js on a one-file scan: ${coldStart} ms median of 11 (target under ${TARGETS.coldStartMs} ms: ${coldStart < TARGETS.coldStartMs ? 'met' : 'not met'})`
  )
  return { rows, notes, failed: false }
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

/** Parses every file with the bare parsers, in this process, and times it. */
async function bareParse() {
  const yaml = await import(
    pathToFileURL(
      path.join(repoRoot, 'node_modules', 'js-yaml', 'dist', 'js-yaml.mjs')
    ).href
  )
  const { Parser, Language } = await import(
    pathToFileURL(
      path.join(
        repoRoot,
        'node_modules',
        'web-tree-sitter',
        'web-tree-sitter.js'
      )
    ).href
  )
  await Parser.init()
  const grammar = path.join(
    repoRoot,
    'node_modules',
    '@tree-sitter-grammars',
    'tree-sitter-hcl',
    'tree-sitter-terraform.wasm'
  )
  const parser = new Parser()
  parser.setLanguage(await Language.load(grammar))

  const files = listFiles(monorepo)
  const started = process.cpuUsage()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    if (file.endsWith('.json')) JSON.parse(text)
    else if (file.endsWith('.tf')) parser.parse(text).delete()
    else yaml.parseEvents(text, {})
  }
  const used = process.cpuUsage(started)
  return { seconds: (used.user + used.system) / 1e6 }
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

function listFiles(directory) {
  const files = []
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) files.push(...listFiles(full))
    else if (!entry.name.startsWith('.')) files.push(full)
  }
  return files
}
