/**
 * Spreads file scans over worker threads so that a large repository uses
 * every core. The workers run the same bundle as the entry point: the entry
 * sees `isScanWorker()` and serves batches instead of starting a run.
 */
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import {
  isMainThread,
  parentPort,
  Worker,
  workerData
} from 'node:worker_threads'

const ROLE = 'apigw-cache-check-scan-worker'
const MIN_JOBS_FOR_WORKERS = 500

/** A batch of work, and what it produced. */
interface Request<Job> {
  id: number
  jobs: Job[]
}
interface Response<Result> {
  id: number
  results?: Result[]
  error?: string
}

/** True inside a worker started by `runInWorkers`. */
export function isScanWorker(): boolean {
  return (
    !isMainThread && (workerData as { role?: string } | null)?.role === ROLE
  )
}

/** Serves batches until the parent closes the port; call from the entry point. */
export function serveScanWorker<Job, Result>(
  handle: (jobs: Job[], context: unknown) => Promise<Result[]>
): void {
  const port = parentPort
  if (!port) return
  const context = (workerData as { context?: unknown }).context
  port.on('message', (request: Request<Job>) => {
    handle(request.jobs, context).then(
      results =>
        port.postMessage({
          id: request.id,
          results
        } satisfies Response<Result>),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          error: error instanceof Error ? error.message : String(error)
        } satisfies Response<Result>)
    )
  })
}

/**
 * How many workers a scan of `jobs` items deserves; 0 means scan in this
 * thread. APIGW_CACHE_CHECK_WORKERS overrides the choice (0 turns them off).
 */
export function workerCount(
  jobs: number,
  entry: string | null,
  env: NodeJS.ProcessEnv = process.env
): number {
  if (entry === null) return 0
  const configured = Number.parseInt(env['APIGW_CACHE_CHECK_WORKERS'] ?? '', 10)
  if (Number.isInteger(configured) && configured >= 0)
    return Math.min(configured, 16)
  // Each worker pays its own start and compiler warm-up: below this many files
  // one warm thread finishes first.
  if (jobs < MIN_JOBS_FOR_WORKERS) return 0
  const cores = os.availableParallelism()
  return cores < 2 ? 0 : Math.min(cores, 8)
}

/**
 * The bundle file to start workers from: the running entry when it is a
 * bundled `.js` file (tests of the TypeScript sources scan in one thread).
 */
export function workerEntry(moduleUrl: string): string | null {
  const file = fileURLToPath(moduleUrl)
  return file.endsWith('.js') ? file : null
}

/**
 * Runs `jobs` in `count` workers, in batches, and returns the results in the
 * order of the jobs. A worker that fails makes the whole call reject.
 */
export async function runInWorkers<Job, Result>(
  entry: string,
  count: number,
  jobs: readonly Job[],
  context: unknown,
  batchSize = 32
): Promise<Result[]> {
  const results: Result[][] = []
  const batches: Job[][] = []
  for (let start = 0; start < jobs.length; start += batchSize) {
    batches.push(jobs.slice(start, start + batchSize))
  }
  let next = 0
  const workers = Array.from(
    { length: Math.min(count, batches.length) },
    () => new Worker(entry, { workerData: { role: ROLE, context } })
  )

  try {
    await Promise.all(
      workers.map(
        worker =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= batches.length) return resolve()
              const id = next++
              worker.postMessage({
                id,
                jobs: batches[id] ?? []
              } satisfies Request<Job>)
            }
            worker.on('message', (response: Response<Result>) => {
              if (response.error !== undefined || !response.results) {
                reject(
                  new Error(
                    `scan worker failed: ${response.error ?? 'no results'}`
                  )
                )
                return
              }
              results[response.id] = response.results
              send()
            })
            worker.on('error', reject)
            worker.on('exit', code => {
              if (next < batches.length || code !== 0) {
                reject(new Error(`scan worker stopped early (exit ${code})`))
              }
            })
            send()
          })
      )
    )
  } finally {
    await Promise.all(workers.map(worker => worker.terminate()))
  }
  return results.flat()
}
