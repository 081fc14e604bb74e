/**
 * The one-click fix for a failing method setting, as the lines that replace
 * the finding's line: the encryption value turned to `true`, or the missing
 * encryption key inserted next to the key that turns caching on. Only edits
 * that are certainly right are suggested; anything unusual gets none.
 */
import type { Finding, SourceFormat } from './model.js'

/** Replacement text for one line of a file. */
export interface Suggestion {
  /** 1-based line that the suggestion replaces. */
  line: number
  /** The lines that replace it; more than one when a key is inserted. */
  replacement: string[]
}

interface Keys {
  caching: string
  encryption: string
}

/** Hand-written sources only: generated ones (cdk.out, plans) are fixed upstream. */
const KEYS: Partial<Record<SourceFormat, Keys>> = {
  cloudformation: {
    caching: 'CachingEnabled',
    encryption: 'CacheDataEncrypted'
  },
  sam: { caching: 'CachingEnabled', encryption: 'CacheDataEncrypted' },
  serverless: { caching: 'enabled', encryption: 'dataEncrypted' },
  terraform: { caching: 'caching_enabled', encryption: 'cache_data_encrypted' }
}

const FALSE_VALUE = /^(["']?)(?:false|False|FALSE)\1$/

/** The fix for a failing finding in `text`, or null when none is certain. */
export function suggestFix(finding: Finding, text: string): Suggestion | null {
  const keys = KEYS[finding.format]
  if (!keys || finding.status !== 'fail') return null
  if (finding.rule !== 'cache-unencrypted') return null
  if (finding.line === null || finding.column === null) return null

  const lines = text.split(/\r?\n/)
  const line = lines[finding.line - 1]
  if (line === undefined) return null
  const prefix = line.slice(0, finding.column - 1)
  const key = readKey(line.slice(finding.column - 1))
  // Only a key that starts its line (after indentation or a YAML `- `)
  // can take a sibling line; flow mappings and one-line blocks cannot.
  if (!key || !/^[\t ]*(?:- )?$/.test(prefix)) return null

  if (key.name === keys.encryption) {
    if (!FALSE_VALUE.test(key.value.trim())) return null
    return {
      line: finding.line,
      replacement: [`${prefix}${key.head}true${key.tail}`]
    }
  }
  if (key.name !== keys.caching || key.value.trim() === '') return null
  if (!valueEndsOnLine(key.value, lines, finding.line, prefix.length)) {
    return null
  }

  const indent = prefix.replace(/[^\t]/g, ' ')
  if (isJsonFile(finding.file ?? '', text)) {
    if (prefix.includes('-')) return null
    // Placed before the caching member, the inserted member is never the
    // last one of its object, so its comma is always right.
    return {
      line: finding.line,
      replacement: [`${indent}"${keys.encryption}": true,`, line]
    }
  }
  return {
    line: finding.line,
    replacement: [line, `${indent}${insertedLine(finding.format, key, keys)}`]
  }
}

/** A `key: value` or `key = value` at the start of the text. */
interface KeyAt {
  name: string
  /** Everything up to the value: key, quotes and separator. */
  head: string
  /** The value without a trailing comma or comment. */
  value: string
  /** What follows the value: a comma, a comment. */
  tail: string
}

const KEY_AT = /^(["']?)([A-Za-z_][\w-]*)\1(\s*[:=]\s*)(.*)$/

function readKey(text: string): KeyAt | null {
  const match = KEY_AT.exec(text)
  if (!match) return null
  const [, quote = '', name = '', separator = '', rest = ''] = match
  // The value ends at a comma (JSON) or a comment (YAML, HCL).
  const end = /\s*(?:,|\s#|\s\/\/|$)/.exec(rest)
  const valueEnd = end ? end.index : rest.length
  return {
    name,
    head: `${quote}${name}${quote}${separator}`,
    value: rest.slice(0, valueEnd),
    tail: rest.slice(valueEnd)
  }
}

/** The same test the scanner uses to read a file as JSON rather than YAML. */
function isJsonFile(file: string, text: string): boolean {
  const lower = file.toLowerCase()
  if (lower.endsWith('.json')) return true
  return /^\s*\{/.test(text) && !/\.(?:ya?ml|tf)$/.test(lower)
}

function insertedLine(
  format: SourceFormat,
  caching: KeyAt,
  keys: Keys
): string {
  if (format !== 'terraform') return `${keys.encryption}: true`
  // Keep the `=` aligned when the caching line aligns it further right.
  const width = caching.head.indexOf('=')
  const pad = Math.max(1, width - keys.encryption.length)
  return `${keys.encryption}${' '.repeat(pad)}= true`
}

/**
 * True when the caching value does not continue on the next lines: a block
 * value, an open bracket or a more indented next line would be split by an
 * inserted line.
 */
function valueEndsOnLine(
  value: string,
  lines: readonly string[],
  lineNumber: number,
  keyIndent: number
): boolean {
  const trimmed = value.trim()
  if (/^[|>]/.test(trimmed)) return false
  if (/[[{(]$/.test(trimmed)) return false
  for (const next of lines.slice(lineNumber)) {
    if (next.trim() === '' || /^\s*(?:#|\/\/)/.test(next)) continue
    const indent = /^[\t ]*/.exec(next)?.[0].length ?? 0
    return indent <= keyIndent
  }
  return true
}

/** The Markdown fence that no backtick run in the lines can close early. */
export function suggestionFence(lines: readonly string[]): string {
  const longest = Math.max(
    0,
    ...lines.map(line =>
      Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length))
    )
  )
  return '`'.repeat(Math.max(3, longest + 1))
}
