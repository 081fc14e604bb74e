/**
 * Parsing of setting values shared by the action inputs and the command
 * line, with errors that name the setting and the expected form.
 */
import type { FailOn } from './model.js'

export class SettingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SettingError'
  }
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never']

export function parseFailOn(raw: string, name: string): FailOn {
  const value = raw.trim().toLowerCase()
  if ((FAIL_ON as readonly string[]).includes(value)) return value as FailOn
  throw new SettingError(
    `${name} must be one of ${FAIL_ON.join(', ')}; got "${raw}"`
  )
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1000,
  kib: 1024,
  m: 1024 * 1024,
  mb: 1000 * 1000,
  mib: 1024 * 1024,
  g: 1024 * 1024 * 1024,
  gb: 1000 * 1000 * 1000,
  gib: 1024 * 1024 * 1024
}

/** Reads a size such as `5MiB`, `500k` or `1048576`. */
export function parseSize(raw: string, name: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(raw)
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()]
  if (!match || unit === undefined) {
    throw new SettingError(
      `${name} must be a size such as 5MiB, 500KiB or 1048576; got "${raw}"`
    )
  }
  const bytes = Math.floor(Number(match[1]) * unit)
  if (bytes <= 0) throw new SettingError(`${name} must be larger than zero`)
  return bytes
}

/** Splits a list written with commas or new lines; drops empty items. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(item => item !== '')
}

/** Reads one of a fixed set of words, case-insensitively. */
export function parseChoice<T extends string>(
  raw: string,
  choices: readonly T[],
  name: string
): T {
  const value = raw.trim().toLowerCase()
  const choice = choices.find(candidate => candidate === value)
  if (choice !== undefined) return choice
  throw new SettingError(
    `${name} must be one of ${choices.join(', ')}; got "${raw}"`
  )
}

/** Reads `true` or `false`, as YAML writes them. */
export function parseBoolean(raw: string, name: string): boolean {
  const value = raw.trim().toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new SettingError(`${name} must be true or false; got "${raw}"`)
}
