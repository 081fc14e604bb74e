/**
 * Real git repositories for tests: a base commit and a head commit in a
 * temporary directory, and the pull-request file list (with patches) that
 * GitHub would show for them.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PullFile } from './github-server.js'

/** File contents by path; null deletes the file. */
export type Tree = Record<string, string | null>

export class TestRepository {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'apigw-pr-repo-'))

  constructor() {
    this.git('init', '--quiet', '--initial-branch=main')
    this.git('config', 'user.email', 'test@example.com')
    this.git('config', 'user.name', 'Test')
    this.git('config', 'commit.gpgsign', 'false')
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' })
  }

  /** Writes the files, commits them and returns the commit's sha. */
  commit(tree: Tree, message: string): string {
    for (const [file, text] of Object.entries(tree)) {
      const absolute = path.join(this.dir, file)
      if (text === null) {
        rmSync(absolute, { force: true })
      } else {
        mkdirSync(path.dirname(absolute), { recursive: true })
        writeFileSync(absolute, text)
      }
    }
    this.git('add', '--all')
    this.git('commit', '--quiet', '--allow-empty', '-m', message)
    return this.git('rev-parse', 'HEAD').trim()
  }

  /** Renames a file and commits, as `git mv` would. */
  rename(from: string, to: string, message: string): string {
    mkdirSync(path.dirname(path.join(this.dir, to)), { recursive: true })
    this.git('mv', from, to)
    this.git('commit', '--quiet', '-m', message)
    return this.git('rev-parse', 'HEAD').trim()
  }

  /** The pull request's files between two commits, as the REST API lists them. */
  pullFiles(base: string, head: string): PullFile[] {
    const status = this.git('diff', '--name-status', '-M', base, head)
    const files: PullFile[] = []
    for (const line of status.trim().split('\n').filter(Boolean)) {
      const [code = '', first = '', second] = line.split('\t')
      const filename = second ?? first
      const file: PullFile = {
        filename,
        status: STATUS[code.charAt(0)] ?? 'modified'
      }
      if (second !== undefined) file.previous_filename = first
      const diff = this.git(
        'diff',
        '-M',
        base,
        head,
        '--',
        ...(second ? [first, second] : [first])
      )
      const start = diff.indexOf('\n@@')
      if (start >= 0) file.patch = diff.slice(start + 1).replace(/\n$/, '')
      files.push(file)
    }
    return files
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

const STATUS: Record<string, string> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied'
}
