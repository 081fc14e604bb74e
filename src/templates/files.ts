/**
 * Finding and reading the files to scan, safely: symbolic links that lead
 * outside the scanned roots are not followed, loops are cut, and a file is
 * read only when it is small enough and valid UTF-8. Nothing is executed.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync
} from 'node:fs'
import path from 'node:path'

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
  problems: { display: string; message: string }[]
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

export type ReadResult =
  | { ok: true; text: string }
  | {
      ok: false
      message: string
      line: number | null
      /** False when the bytes cannot hold a template, so the file is no finding's business. */
      maybeTemplate?: boolean
    }

/** Bytes asked of the kernel per read once a file outgrows its reported size. */
const READ_CHUNK = 64 * 1024

/**
 * Reads a file as UTF-8 text, refusing files over `maxBytes`, files with NUL
 * bytes or another encoding. A UTF-8 byte order mark is dropped.
 *
 * The reads are synchronous: a scan reads thousands of small files between
 * CPU-bound parses, and a round trip through the thread pool per open, stat,
 * read and close cost more than the parsing of most templates. The open does
 * not block, so a FIFO named like a template cannot hang the scan.
 */
export async function readTextFile(
  absolute: string,
  maxBytes: number
): Promise<ReadResult> {
  return readTextFileSync(absolute, maxBytes)
}

function readTextFileSync(absolute: string, maxBytes: number): ReadResult {
  let descriptor: number | null = null
  try {
    descriptor = openSync(
      absolute,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)
    )
    const info = fstatSync(descriptor)
    if (!info.isFile())
      return { ok: false, message: 'not a regular file', line: null }
    if (info.size > maxBytes) return tooLarge(maxBytes, info.size)
    const bytes = readAll(descriptor, info.size, maxBytes)
    if (bytes === null) return tooLarge(maxBytes)
    return decodeText(bytes)
  } catch (error) {
    return {
      ok: false,
      message: `file cannot be read: ${describeError(error)}`,
      line: null
    }
  } finally {
    if (descriptor !== null) closeSync(descriptor)
  }
}

/**
 * Reads to the end of the file. The size from stat is only a first guess (a
 * file may grow while it is read, and some report no size at all); null when
 * the bytes pass `maxBytes`.
 */
function readAll(
  descriptor: number,
  expected: number,
  maxBytes: number
): Uint8Array | null {
  let buffer = Buffer.allocUnsafe(expected + 1)
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(buffer.length + READ_CHUNK)
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
    const read = readSync(
      descriptor,
      buffer,
      length,
      buffer.length - length,
      null
    )
    if (read === 0) return buffer.subarray(0, length)
    length += read
    if (length > maxBytes) return null
  }
}

/** The error for a file over the limit; without `size`, it grew while read. */
function tooLarge(maxBytes: number, size?: number): ReadResult {
  const limit = `the ${formatBytes(maxBytes)} limit (max-file-size)`
  return {
    ok: false,
    message:
      size === undefined
        ? `file grew past ${limit} while it was read; it was not scanned`
        : `file is ${formatBytes(size)}, larger than ${limit}; it was not scanned`,
    line: null
  }
}

/** Decodes UTF-8 strictly; names the first line with a problem. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  ) {
    return {
      ok: false,
      message:
        'file is UTF-16 (it starts with a UTF-16 byte order mark); templates must be UTF-8',
      line: 1
    }
  }
  const maybeTemplate = containsAscii(bytes, 'AWS::')
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    return {
      ok: false,
      message: 'file contains NUL bytes; it is binary, not a template',
      line: lineAt(bytes, nul),
      maybeTemplate
    }
  }
  const start =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  try {
    const text = new TextDecoder('utf-8', {
      fatal: true,
      ignoreBOM: true
    }).decode(bytes.subarray(start))
    return { ok: true, text }
  } catch {
    return {
      ok: false,
      message: 'file is not valid UTF-8',
      line: lineAt(bytes, firstInvalidUtf8(bytes)),
      maybeTemplate
    }
  }
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    text
  )
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++)
    if (bytes[i] === 10) line++
  return line
}

/** Offset of the first byte that breaks UTF-8, for the error's line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i] as number
    const length =
      byte < 0x80
        ? 1
        : byte >> 5 === 6
          ? 2
          : byte >> 4 === 14
            ? 3
            : byte >> 3 === 30
              ? 4
              : 0
    if (length === 0) return i
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    }
    i += length
  }
  return 0
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} bytes`
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
