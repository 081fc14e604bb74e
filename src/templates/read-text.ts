/**
 * Reading a file to scan, safely: only a regular file, only when it is small
 * enough (checked as it is read, so a file that grows is caught), and only
 * valid UTF-8, with the line of the first bad byte. Nothing is executed.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { describeError } from './files.js'

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
