// The live-audit section of `npm run bench`: the CLI from dist/ audits 1,000
// REST APIs in 4 regions held by moto_server, through the test suite's fault
// proxy (which pages GetRestApis as AWS does). First without a rate limit, for
// APIs audited per second and calls per API; then with the proxy enforcing
// API Gateway's control-plane limit of 10 requests a second per region (burst
// 40, 429 beyond), for how close the wall time comes to the floor that limit
// sets. Only loopback addresses are used.

import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { clearTimeout, setTimeout } from 'node:timers'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..'
)
const cliPath = path.join(repoRoot, 'dist', 'cli', 'index.js')
const supportBuild = path.join(repoRoot, '.bench', 'live-support')

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'sa-east-1']
const APIS_PER_REGION = 250
/** One REST API in this many has a caching stage; the others have none. */
const STAGE_EVERY = 10
const RATE = { perSecond: 10, burst: 40 }
const TARGET_RATIO = 1.2
/** A CLI run longer than this is stopped and reported. */
const RUN_TIMEOUT_MS = 10 * 60 * 1000

/** Runs the section; returns table rows and notes as bench.mjs expects. */
export async function liveAudit() {
  if (spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status !== 0) {
    return { rows: [], notes: ['skipped: moto_server is not installed'] }
  }
  if (!existsSync(cliPath)) {
    throw new Error(`${cliPath} is missing; run npm run build first`)
  }

  // The seeding client runs in this process; its notice about future Node.js
  // versions says nothing about the figures.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  const support = await loadSupport()
  const moto = await support.moto.startMoto()
  try {
    await seed(support.seed, moto.url)
    const rows = []

    const open = await measure(support, moto.url, null)
    rows.push(row('no rate limit', open))

    const limited = await measure(support, moto.url, RATE)
    rows.push(
      row(`${RATE.perSecond}/s per region, burst ${RATE.burst}`, limited)
    )

    const perRegion = limited.calls / REGIONS.length
    const floor = (perRegion - RATE.burst) / RATE.perSecond
    const ratio = limited.seconds / floor
    return {
      rows,
      notes: [
        `${APIS_PER_REGION * REGIONS.length} REST APIs in ${REGIONS.length} regions, one in ${STAGE_EVERY} with a stage; calls = pages + APIs = ${open.calls}`,
        `floor at ${RATE.perSecond} requests/s, burst ${RATE.burst}: (${perRegion} calls - ${RATE.burst}) / ${RATE.perSecond} = ${floor.toFixed(1)} s per region, regions in parallel`,
        `wall time / floor: ${ratio.toFixed(2)}x; target within ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'met' : 'not met'}`
      ]
    }
  } finally {
    await moto.stop()
  }
}

/** Seeds the REST APIs of every region through the SDK, straight into moto. */
async function seed({ seedApi, seedClient }, endpoint) {
  await Promise.all(
    REGIONS.map(async region => {
      const client = seedClient(endpoint, region)
      try {
        for (let start = 0; start < APIS_PER_REGION; start += 25) {
          const batch = []
          for (let i = start; i < Math.min(start + 25, APIS_PER_REGION); i++) {
            const stages =
              i % STAGE_EVERY === 0
                ? [
                    {
                      name: 'prod',
                      cacheClusterEnabled: true,
                      settings: {
                        '*/*': { caching: true, dataEncrypted: i % 20 === 0 }
                      }
                    }
                  ]
                : []
            batch.push(seedApi(client, { name: `bench-${i}`, stages }))
          }
          await Promise.all(batch)
        }
      } finally {
        client.destroy()
      }
    })
  )
}

/** One CLI run through a fresh proxy; returns wall seconds, calls and 429s. */
async function measure(support, target, rateLimit) {
  const proxy = new support.proxy.FaultProxy({
    target,
    regions: REGIONS.map(name => ({ name, status: 'ENABLED_BY_DEFAULT' })),
    ...(rateLimit ? { rateLimit } : {})
  })
  await proxy.start()
  try {
    const started = process.hrtime.bigint()
    await runCli(proxy.url)
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    let calls = 0
    let throttled = 0
    for (const region of REGIONS) {
      for (const operation of ['GetRestApis', 'GetStages']) {
        calls +=
          proxy.calls(region, operation) - proxy.faults(region, operation)
        throttled += proxy.faults(region, operation)
      }
    }
    return { seconds, calls, throttled }
  } finally {
    await proxy.close()
  }
}

function runCli(endpoint) {
  const args = [
    cliPath,
    '--live',
    '--regions',
    REGIONS.join(','),
    '--format',
    'json',
    '--fail-on',
    'never'
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: supportBuild,
        AWS_ENDPOINT_URL: endpoint,
        AWS_ACCESS_KEY_ID: 'AKIABENCHBENCHBENCH0',
        AWS_SECRET_ACCESS_KEY: 'bench-secret',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
      }
    })
    let stderr = ''
    child.stderr.on('data', chunk => (stderr = (stderr + chunk).slice(-8000)))
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`the CLI exited with ${code}:\n${stderr}`))
    })
  })
}

function row(label, { seconds, calls, throttled }) {
  const apis = APIS_PER_REGION * REGIONS.length
  return {
    'live audit': label,
    'REST APIs': String(apis),
    calls: String(calls),
    'calls/API': (calls / apis).toFixed(3),
    '429s': String(throttled),
    'wall s': seconds.toFixed(1),
    'APIs/s': (apis / seconds).toFixed(0)
  }
}

/**
 * The test suite's moto launcher, fault proxy and seeding helpers are
 * TypeScript; TypeScript's own transpiler turns them into JavaScript under
 * .bench/ (inside the repository, so that node_modules resolves).
 */
async function loadSupport() {
  const { default: ts } = await import('typescript')
  mkdirSync(supportBuild, { recursive: true })
  writeFileSync(path.join(supportBuild, 'package.json'), '{"type":"module"}\n')
  const files = [
    'moto',
    'fault-proxy',
    'fault-replies',
    'proxy-http',
    'token-bucket',
    'seed'
  ]
  for (const name of files) {
    const source = readFileSync(
      path.join(repoRoot, 'test', 'support', `${name}.ts`),
      'utf8'
    )
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022
      }
    })
    writeFileSync(path.join(supportBuild, `${name}.js`), outputText)
  }
  const load = name =>
    import(pathToFileURL(path.join(supportBuild, `${name}.js`)).href)
  return {
    moto: await load('moto'),
    proxy: await load('fault-proxy'),
    seed: await load('seed')
  }
}
