/**
 * A checkout of the pull request's base commit in a temporary git worktree,
 * holding only the paths the head scan reads, so that the same scan can run
 * there and findings can be called new or existing.
 */
import * as core from '@actions/core'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { ensureCommit, type Git } from './git.js'
import type { BaselineTree } from '../pipeline.js'

export interface BaseCheckout extends BaselineTree {
  /** Removes the worktree and its directory. */
  dispose(): Promise<void>
}

export interface BaseCheckoutOptions {
  baseSha: string
  /** Paths the head scan reads, relative to the repository root. */
  headPaths: readonly string[]
  /** Head paths of renamed files, by base path. */
  renames: ReadonlyMap<string, string>
  /** Where temporary directories go (RUNNER_TEMP). */
  tempDirectory: string
}

// Keeps each command line well under every platform's length limit.
const PATHS_PER_CALL = 100

/** Checks the base out, or returns null (with a warning) when it cannot. */
export async function checkoutBase(
  git: Git,
  options: BaseCheckoutOptions
): Promise<BaseCheckout | null> {
  const present = await ensureCommit(git, options.baseSha).catch(
    (error: unknown) => {
      core.debug(`git could not look for the base commit: ${String(error)}`)
      return false
    }
  )
  if (!present) {
    core.warning(
      `The base commit ${options.baseSha} is not in the checkout and could not be fetched, so findings cannot be told new from existing (new is null). actions/checkout with fetch-depth: 0 avoids this.`
    )
    return null
  }

  const scratch = await mkdtemp(
    path.join(options.tempDirectory, 'apigw-cache-check-base-')
  )
  const root = path.join(scratch, 'tree')
  // The base commit's checkout runs no hook of the repository.
  const noHooks = path.join(scratch, 'no-hooks')
  await mkdir(noHooks)
  const dispose = async () => {
    await git.run(['worktree', 'remove', '--force', root])
    await rm(scratch, { recursive: true, force: true })
    await git.run(['worktree', 'prune'])
  }

  try {
    const added = await git.run([
      '-c',
      `core.hooksPath=${noHooks}`,
      'worktree',
      'add',
      '--detach',
      '--no-checkout',
      root,
      options.baseSha
    ])
    if (added.code !== 0)
      throw new Error(`git worktree add failed: ${added.stderr}`)

    const headByBase = new Map(
      [...options.renames].map(([base, head]) => [head, base])
    )
    const wanted = [
      ...new Set(options.headPaths.map(p => headByBase.get(p) ?? p))
    ]
    const paths = await existingPaths(git, options.baseSha, wanted)
    for (let i = 0; i < paths.length; i += PATHS_PER_CALL) {
      const chunk = paths.slice(i, i + PATHS_PER_CALL)
      const checkedOut = await git.run(
        [
          '-c',
          `core.hooksPath=${noHooks}`,
          'checkout',
          options.baseSha,
          '--',
          ...chunk
        ],
        root
      )
      if (checkedOut.code !== 0)
        throw new Error(`git checkout of the base failed: ${checkedOut.stderr}`)
    }
    core.debug(
      `base ${options.baseSha} checked out at ${root}: ${paths.join(', ')}`
    )
    return { root, paths, renames: options.renames, dispose }
  } catch (error) {
    await dispose()
    core.warning(
      `Could not check out the base commit (${error instanceof Error ? error.message : String(error)}); findings cannot be told new from existing.`
    )
    return null
  }
}

/** The wanted paths that the base commit has, as files or directories. */
async function existingPaths(
  git: Git,
  sha: string,
  wanted: readonly string[]
): Promise<string[]> {
  if (wanted.length === 0) return []
  const files = new Set<string>()
  for (let i = 0; i < wanted.length; i += PATHS_PER_CALL) {
    const listed = await git.run([
      'ls-tree',
      '-r',
      '--name-only',
      '-z',
      sha,
      '--',
      ...wanted.slice(i, i + PATHS_PER_CALL)
    ])
    if (listed.code !== 0)
      throw new Error(`git ls-tree failed: ${listed.stderr}`)
    for (const file of listed.stdout.split('\0'))
      if (file !== '') files.add(file)
  }
  return wanted.filter(candidate => {
    if (candidate === '.') return files.size > 0
    if (files.has(candidate)) return true
    const prefix = `${candidate}/`
    return [...files].some(file => file.startsWith(prefix))
  })
}
