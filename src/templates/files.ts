/**
 * Finding the files to scan, safely: symbolic links that lead outside the
 * scanned roots are not followed and loops are cut. read-text.ts reads them.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ScanError } from '../model.js'

/**
 * Discovery is synchronous underneath: a walk makes one call per directory
 * and per link, and a round trip through the thread pool for each cost more
 * than the calls themselves.
 */
const realpath = realpathSync.native

/** Directories that hold dependencies or build copies, never sources. */
const SKIPPED_DIRECTORIES = new Set([
  '.git',
  'node_modules',
  '.aws-sam',
  '.terraform',
  '.serverless'
])

/** Endings of files that may hold a template (`.json` covers `.tf.json`). */
const TEMPLATE_ENDINGS = [
  '.yaml',
  '.yml',
  '.json',
  '.template',
  '.tf',
  '.tofu',
  '.tfvars'
]

export interface FoundFile {
  /** Absolute path. */
  absolute: string
  /** Path shown in reports: relative to the workspace, forward slashes. */
  display: string
}

export interface Discovery {
  files: FoundFile[]
  /** Paths that were not followed or could not be listed, with why. */
  problems: DiscoveryProblem[]
}

export interface DiscoveryProblem {
  display: string
  message: string
}

/** A discovery problem as an error of the scan; it names no line. */
export function problemError(problem: DiscoveryProblem): ScanError {
  return { file: problem.display, line: null, message: problem.message }
}

/**
 * `discoverFiles` for one path that a module call or a nested stack names:
 * a path that is not there finds nothing, since Terraform and CloudFormation
 * refuse it and so deploy nothing from it.
 */
export async function discoverIfPresent(
  workspace: string,
  input: string
): Promise<Discovery> {
  try {
    return await discoverFiles(workspace, [input])
  } catch (error) {
    if (error instanceof InputPathError) return { files: [], problems: [] }
    throw error
  }
}

export class InputPathError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputPathError'
  }
}

export function isCandidateName(name: string): boolean {
  const lower = name.toLowerCase()
  return TEMPLATE_ENDINGS.some(ending => lower.endsWith(ending))
}

/** True for a directory name the walk never enters (dependencies, build copies). */
export function isSkippedDirectory(name: string): boolean {
  return SKIPPED_DIRECTORIES.has(name)
}

/** How a path is shown: relative to the workspace when inside it. */
export function displayPath(workspace: string, absolute: string): string {
  const relative = path.relative(workspace, absolute)
  const shown =
    relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
      ? absolute
      : relative
  return shown.split(path.sep).join('/')
}

/**
 * Lists candidate files under the given paths. A path that does not exist is
 * an InputPathError: the run cannot do what was asked.
 */
export async function discoverFiles(
  workspace: string,
  inputs: readonly string[]
): Promise<Discovery> {
  const workspaceReal = realpath(workspace)
  const discovery: Discovery = { files: [], problems: [] }
  const seenFiles = new Set<string>()
  const seenDirectories = new Set<string>()

  for (const input of inputs) {
    const absolute = path.resolve(workspace, input)
    let info
    try {
      info = statSync(absolute)
    } catch {
      throw new InputPathError(
        `path "${input}" does not exist or cannot be read`
      )
    }
    const inputReal = realpath(absolute)
    // A path inside the workspace that a link takes out of it (a pull
    // request can add `infra/api.yaml -> /proc/self/environ`) is not read.
    if (
      isWithin(path.resolve(workspace), absolute) &&
      !isWithin(workspaceReal, inputReal)
    ) {
      discovery.problems.push({
        display: displayPath(workspace, absolute),
        message: 'symbolic link leads outside the workspace; not followed'
      })
      continue
    }
    const roots = [workspaceReal, inputReal]
    if (info.isDirectory()) {
      await walk(
        absolute,
        roots,
        workspace,
        discovery,
        seenFiles,
        seenDirectories
      )
    } else if (!seenFiles.has(inputReal)) {
      seenFiles.add(inputReal)
      discovery.files.push({
        absolute,
        display: displayPath(workspace, absolute)
      })
    }
  }
  discovery.files.sort((a, b) => a.display.localeCompare(b.display))
  return discovery
}

async function walk(
  start: string,
  roots: readonly string[],
  workspace: string,
  discovery: Discovery,
  seenFiles: Set<string>,
  seenDirectories: Set<string>
): Promise<void> {
  const pending = [start]
  while (pending.length > 0) {
    const directory = pending.pop() as string
    let directoryReal
    let entries
    try {
      directoryReal = realpath(directory)
      if (seenDirectories.has(directoryReal)) continue
      seenDirectories.add(directoryReal)
      entries = readdirSync(directory, { withFileTypes: true })
    } catch (error) {
      discovery.problems.push({
        display: displayPath(workspace, directory),
        message: `directory cannot be listed: ${describeError(error)}`
      })
      continue
    }

    for (const entry of entries) {
      const absolute = path.join(directory, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(absolute)
        continue
      }
      if (entry.isSymbolicLink()) {
        await followLink(
          absolute,
          entry.name,
          roots,
          workspace,
          discovery,
          pending,
          seenFiles
        )
        continue
      }
      if (entry.isFile() && isCandidateName(entry.name)) {
        // A plain file's real path is its directory's plus its name.
        const real = path.join(directoryReal, entry.name)
        if (seenFiles.has(real)) continue
        seenFiles.add(real)
        discovery.files.push({
          absolute,
          display: displayPath(workspace, absolute)
        })
      }
    }
  }
}

/** True when `target` is `root` or below it. */
function isWithin(root: string, target: string): boolean {
  return target === root || target.startsWith(root + path.sep)
}

/** Follows a link only when its target stays inside a scanned root. */
async function followLink(
  absolute: string,
  name: string,
  roots: readonly string[],
  workspace: string,
  discovery: Discovery,
  pending: string[],
  seenFiles: Set<string>
): Promise<void> {
  const display = displayPath(workspace, absolute)
  let target: string
  try {
    target = realpath(absolute)
  } catch {
    if (isCandidateName(name)) {
      discovery.problems.push({
        display,
        message: 'symbolic link is broken or loops; not followed'
      })
    }
    return
  }
  const inside = roots.some(root => isWithin(root, target))
  const info = lstatSync(target)
  if (!inside) {
    if (info.isDirectory() || isCandidateName(name)) {
      discovery.problems.push({
        display,
        message:
          'symbolic link leads outside the scanned directory; not followed'
      })
    }
    return
  }
  if (info.isDirectory()) {
    if (!SKIPPED_DIRECTORIES.has(name)) pending.push(absolute)
  } else if (info.isFile() && isCandidateName(name) && !seenFiles.has(target)) {
    seenFiles.add(target)
    discovery.files.push({ absolute, display })
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
