/**
 * Runs the committed `dist/` bundles as child processes, the way users run
 * them, and collects what they print.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

export const ACTION_BUNDLE = path.resolve('dist', 'index.js')
export const CLI_BUNDLE = path.resolve('dist', 'cli', 'index.js')

export interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Starts `node bundle args` with only the given environment plus PATH. */
export function runNode(
  bundle: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> }
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env['PATH'] ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}
