/**
 * Values of Terraform expressions as far as they can be known before a plan:
 * primitives and collections whose parts may each be unknown, an unknown
 * with the reason a person can act on, or an evaluation error (which `try`
 * and `can` catch, like Terraform).
 */
import type { HclAttribute, Primitive } from './hcl-syntax.js'
import type { Flag } from '../model.js'

export type TfValue =
  | { kind: 'primitive'; value: Primitive; via?: string }
  | { kind: 'tuple'; items: TfValue[]; via?: string }
  | { kind: 'object'; entries: Map<string, TfValue>; via?: string }
  | { kind: 'unknown'; reason: string }
  | { kind: 'error'; message: string }

export function primitive(value: Primitive): TfValue {
  return { kind: 'primitive', value }
}

export function unknown(reason: string): TfValue {
  return { kind: 'unknown', reason }
}

export function failure(message: string): TfValue {
  return { kind: 'error', message }
}

/** Notes how a value was reached, keeping the innermost note. */
export function withVia(value: TfValue, via: string): TfValue {
  if (value.kind === 'unknown' || value.kind === 'error' || value.via) {
    return value
  }
  return { ...value, via }
}

/** Booleans as Terraform converts them: `true`, `"true"`, `"False"`. */
export function asBoolean(value: TfValue): boolean | null {
  if (value.kind !== 'primitive') return null
  if (typeof value.value === 'boolean') return value.value
  if (typeof value.value === 'string') {
    const lower = value.value.trim().toLowerCase()
    if (lower === 'true') return true
    if (lower === 'false') return false
  }
  return null
}

export function asNumber(value: TfValue): number | null {
  if (value.kind !== 'primitive') return null
  if (typeof value.value === 'number') return value.value
  if (typeof value.value === 'string' && value.value.trim() !== '') {
    const number = Number(value.value)
    return Number.isFinite(number) ? number : null
  }
  return null
}

/** Strings, numbers and booleans convert to text; other values do not. */
export function asText(value: TfValue): string | null {
  if (value.kind !== 'primitive' || value.value === null) return null
  return String(value.value)
}

/** Values shared between locals can make a comparison exponential: it stops here. */
const MAX_COMPARED_PARTS = 100_000

/**
 * Equality as `==` sees it: no type conversion; null when a part is unknown
 * or the values are too large to compare.
 */
export function sameValue(
  a: TfValue,
  b: TfValue,
  budget = { parts: MAX_COMPARED_PARTS }
): boolean | null {
  if (--budget.parts < 0) return null
  if (a.kind === 'unknown' || b.kind === 'unknown') return null
  if (a.kind === 'error' || b.kind === 'error') return null
  if (a.kind === 'primitive' && b.kind === 'primitive') {
    return a.value === b.value
  }
  if (a.kind === 'tuple' && b.kind === 'tuple') {
    if (a.items.length !== b.items.length) return false
    return allSame(
      a.items.map((item, i) => [item, b.items[i] as TfValue]),
      budget
    )
  }
  if (a.kind === 'object' && b.kind === 'object') {
    if (a.entries.size !== b.entries.size) return false
    const pairs: [TfValue, TfValue][] = []
    for (const [key, item] of a.entries) {
      const other = b.entries.get(key)
      if (!other) return false
      pairs.push([item, other])
    }
    return allSame(pairs, budget)
  }
  return false
}

function allSame(
  pairs: [TfValue, TfValue][],
  budget: { parts: number }
): boolean | null {
  let result: boolean | null = true
  for (const [a, b] of pairs) {
    const same = sameValue(a, b, budget)
    if (same === false) return false
    if (same === null) result = null
  }
  return result
}

/** The first unknown or error inside a value, which makes it unusable whole. */
export function firstProblem(value: TfValue): TfValue | null {
  if (value.kind === 'unknown' || value.kind === 'error') return value
  const parts =
    value.kind === 'tuple'
      ? value.items
      : value.kind === 'object'
        ? [...value.entries.values()]
        : []
  for (const part of parts) {
    const problem = firstProblem(part)
    if (problem) return problem
  }
  return null
}

/** A short rendering for messages. */
export function describeValue(value: TfValue): string {
  switch (value.kind) {
    case 'primitive':
      return JSON.stringify(value.value)
    case 'tuple':
      return 'a list'
    case 'object':
      return 'an object'
    case 'unknown':
      return 'unknown'
    case 'error':
      return 'an error'
  }
}

/**
 * A boolean setting: absent or null is unset (the default applies), `true`
 * and `"true"` in any case are set, anything else is unknown with why.
 */
export function flagOf(
  attribute: HclAttribute | undefined,
  value: TfValue
): Flag {
  if (!attribute) return { state: 'unset' }
  const location = attribute.location
  if (value.kind === 'unknown') {
    return { state: 'unknown', reason: value.reason, location }
  }
  if (value.kind === 'error') {
    return {
      state: 'unknown',
      reason: `it cannot be evaluated: ${value.message}`,
      location
    }
  }
  if (value.kind === 'primitive' && value.value === null) {
    return { state: 'unset' }
  }
  const boolean = asBoolean(value)
  if (boolean === null) {
    return {
      state: 'unknown',
      reason: `${attribute.name} is ${describeValue(value)}, not a boolean`,
      location
    }
  }
  const flag: Flag = { state: 'set', value: boolean, location }
  if (value.via) flag.via = value.via
  return flag
}
