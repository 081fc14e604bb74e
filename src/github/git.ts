/**
 * The few git commands a pull-request run needs, run as `git` with an
 * argument list (never through a shell), behind a small interface.
 */
import { spawn } from 'node:child_process'
import type { ChangedFile } from '../changed-paths.js'

export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

export interface Git {
  /** Runs `git args` in the repository (or `cwd`); never throws for a non-zero exit. */
  run(args: readonly string[], cwd?: string): Promise<GitResult>
}

/** Git in `repository`; prompts are off so that a missing credential fails fast. */
export function createGit(repository: string): Git {
  return {
    run(args, cwd = repository) {
      return new Promise((resolve, reject) => {
        const child = spawn('git', [...args], {
          cwd,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
          stdio: ['ignore', 'pipe', 'pipe']
        })
        const stdout: Buffer[] = []
        const stderr: Buffer[] = []
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
        child.on('error', reject)
        child.on('close', code =>
          resolve({
            code: code ?? 1,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8').trim()
          })
        )
      })
    }
  }
}

/** Makes sure a commit is present, fetching it shallowly when it is not. */
export async function ensureCommit(git: Git, sha: string): Promise<boolean> {
  const present = async () =>
    (await git.run(['cat-file', '-e', `${sha}^{commit}`])).code === 0
  if (await present()) return true
  await git.run(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha])
  return present()
}

/** The text of a file at a commit, or null when it is not there. */
export async function showFile(
  git: Git,
  sha: string,
  file: string
): Promise<string | null> {
  const result = await git.run(['show', `${sha}:${file}`])
  return result.code === 0 ? result.stdout : null
}

/**
 * Files changed between the merge base of `base` and `head`, with renames.
 * Throws with git's message when the history is not there.
 */
export async function diffChangedFiles(
  git: Git,
  base: string,
  head: string
): Promise<ChangedFile[]> {
  const result = await git.run([
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-color',
    `${base}...${head}`
  ])
  if (result.code !== 0) {
    throw new Error(`git diff ${base}...${head} failed: ${result.stderr}`)
  }
  return parseNameStatus(result.stdout)
}

const STATUS_LETTERS: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed'
}

/** Parses `git diff --name-status -z`: status, then one path or two for renames and copies. */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0')
  const files: ChangedFile[] = []
  let index = 0
  while (index < fields.length) {
    const code = fields[index++] ?? ''
    if (code === '') continue
    const status = STATUS_LETTERS[code.charAt(0)] ?? 'modified'
    if (status === 'renamed' || status === 'copied') {
      const previousPath = fields[index++] ?? ''
      const path = fields[index++] ?? ''
      files.push({ path, status, previousPath, patch: null })
    } else {
      files.push({
        path: fields[index++] ?? '',
        status,
        previousPath: null,
        patch: null
      })
    }
  }
  return files
}
