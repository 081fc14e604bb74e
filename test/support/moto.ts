/**
 * Starts `moto_server`, a real API Gateway, STS and IAM emulator, on a free
 * loopback port for a test file, and stops it afterwards. Tests that need it
 * skip with a notice when it is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

export interface MotoServer {
  /** `http://127.0.0.1:PORT` */
  url: string
  /** Forgets every resource, so that the next test starts empty. */
  reset(): Promise<void>
  stop(): Promise<void>
}

/** Polls for at most this long while moto starts. */
const START_TIMEOUT_MS = 30_000

/** Whether moto_server can be started on this machine. */
export function motoAvailable(): boolean {
  const probe = spawnSync('moto_server', ['--help'], { stdio: 'ignore' })
  return probe.error === undefined && probe.status === 0
}

/** A free TCP port on 127.0.0.1, found by binding port 0 and letting it go. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export async function startMoto(): Promise<MotoServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  // Its own process group, so that stopping it also stops anything the
  // pyenv shim in front of it may have started.
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true
  })
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000)
  })

  const deadline = Date.now() + START_TIMEOUT_MS
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopProcess(child)
      throw new Error(`moto_server did not start on ${url}:\n${log}`)
    }
    await sleep(100)
  }

  return {
    url,
    async reset() {
      const status = await call(`${url}/moto-api/reset`, 'POST')
      if (status !== 200) throw new Error(`moto reset: HTTP ${status}`)
    },
    stop: () => stopProcess(child)
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await call(`${url}/moto-api/data.json`, 'GET')) === 200
  } catch {
    // Not listening yet: the caller polls again.
    return false
  }
}

/** One request on a connection of its own, so no socket outlives the tests. */
function call(url: string, method: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent: false }, response => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise<void>(resolve =>
    child.once('close', () => resolve())
  )
  process.kill(-child.pid, 'SIGTERM')
  // An unreferenced timer: it must not keep the test runner alive.
  const timer = sleep(5_000, 'timeout' as const, { ref: false })
  if ((await Promise.race([exited, timer])) === 'timeout') {
    process.kill(-child.pid, 'SIGKILL')
    await exited
  }
}
