/**
 * The Terraform functions that decide booleans in real configurations:
 * `try`, `can`, `coalesce`, `lookup`, `tobool`, and a few conversions and
 * collection helpers. Any other function makes the value unknown, naming it.
 */
import {
  asBoolean,
  asNumber,
  asText,
  failure,
  firstProblem,
  primitive,
  sameValue,
  unknown,
  type TfValue
} from './terraform-values.js'
import type { HclExpression } from './hcl-syntax.js'

type Evaluate = (expression: HclExpression) => TfValue
/** Lists that double through locals could otherwise fill the memory. */
const MAX_ITEMS = 10_000
type Simple = (args: TfValue[]) => TfValue

export function callFunction(
  name: string,
  args: HclExpression[],
  next: Evaluate
): TfValue {
  // These two look at errors, so they evaluate their arguments themselves.
  if (name === 'try') return tryFunction(args, next)
  if (name === 'can') return canFunction(args, next)

  const simple = Object.hasOwn(SIMPLE, name) ? SIMPLE[name] : undefined
  if (!simple) return unknown(`it calls ${name}(), which is not evaluated`)
  const values = args.map(next)
  // coalesce and lookup look past unknown arguments they do not need.
  if (name !== 'coalesce' && name !== 'lookup') {
    const problem = values.find(
      value => value.kind === 'unknown' || value.kind === 'error'
    )
    if (problem) return problem
  }
  return simple(values)
}

/** The first argument that evaluates without an error; an unknown one stops the search. */
function tryFunction(args: HclExpression[], next: Evaluate): TfValue {
  for (const arg of args) {
    const value = next(arg)
    if (value.kind !== 'error') return value
  }
  return failure('no argument of try() could be evaluated')
}

function canFunction(args: HclExpression[], next: Evaluate): TfValue {
  const [arg] = args
  if (!arg) return failure('can() needs one argument')
  const value = next(arg)
  if (value.kind === 'unknown') return value
  return primitive(value.kind !== 'error')
}

const SIMPLE: Record<string, Simple> = {
  coalesce(args) {
    for (const value of args) {
      if (value.kind === 'unknown' || value.kind === 'error') return value
      if (value.kind === 'primitive') {
        if (value.value === null || value.value === '') continue
      }
      return value
    }
    return failure('no argument of coalesce() is set')
  },
  lookup([map, key, fallback]) {
    if (!map || !key) return failure('lookup() needs a map and a key')
    if (map.kind === 'unknown' || map.kind === 'error') return map
    if (key.kind === 'unknown' || key.kind === 'error') return key
    const text = asText(key)
    if (map.kind !== 'object' || text === null) {
      return failure('lookup() needs a map and a text key')
    }
    const found = map.entries.get(text)
    if (found) return found
    return fallback ?? failure(`the map has no key "${text}"`)
  },
  tobool([value]) {
    if (value?.kind === 'primitive' && value.value === null) return value
    const truth = value ? asBoolean(value) : null
    if (truth === null || (value?.kind === 'primitive' && isOddCase(value))) {
      return failure('tobool() needs true or false')
    }
    return primitive(truth)
  },
  tostring([value]) {
    const text = value ? asText(value) : null
    return text === null ? failure('tostring() needs text') : primitive(text)
  },
  tonumber([value]) {
    const number = value ? asNumber(value) : null
    return number === null
      ? failure('tonumber() needs a number')
      : primitive(number)
  },
  lower: textFunction(text => text.toLowerCase()),
  upper: textFunction(text => text.toUpperCase()),
  trimspace: textFunction(text => text.trim()),
  length([value]) {
    if (value?.kind === 'tuple') return primitive(value.items.length)
    if (value?.kind === 'object') return primitive(value.entries.size)
    const text = value ? asText(value) : null
    return text === null
      ? failure('length() needs a collection')
      : primitive([...text].length)
  },
  contains([list, item]) {
    if (list?.kind !== 'tuple' || !item)
      return failure('contains() needs a list')
    const matches = list.items.map(entry => sameValue(entry, item))
    if (matches.includes(true)) return primitive(true)
    const problem = firstProblem(list) ?? firstProblem(item)
    return problem ?? primitive(false)
  },
  merge(args) {
    const entries = new Map<string, TfValue>()
    for (const value of args) {
      if (value.kind === 'primitive' && value.value === null) continue
      if (value.kind !== 'object') return failure('merge() needs maps')
      for (const [key, item] of value.entries) entries.set(key, item)
    }
    return { kind: 'object', entries }
  },
  toset([value]) {
    if (value?.kind !== 'tuple') return failure('toset() needs a list')
    const items: TfValue[] = []
    const seen = new Set<string>()
    for (const item of value.items) {
      // Sets in for_each hold strings; other items are kept as they are.
      const key =
        item.kind === 'primitive'
          ? `${typeof item.value} ${String(item.value)}`
          : null
      if (key !== null && seen.has(key)) continue
      if (key !== null) seen.add(key)
      items.push(item)
    }
    return { kind: 'tuple', items }
  },
  tolist: ([value]) =>
    value?.kind === 'tuple' ? value : failure('tolist() needs a list'),
  tomap: ([value]) =>
    value?.kind === 'object' ? value : failure('tomap() needs a map'),
  concat(args) {
    const items: TfValue[] = []
    for (const value of args) {
      if (value.kind !== 'tuple') return failure('concat() needs lists')
      if (items.length + value.items.length > MAX_ITEMS) {
        return unknown('concat() makes a list longer than this tool reads')
      }
      items.push(...value.items)
    }
    return { kind: 'tuple', items }
  }
}

/** tobool accepts only the exact words, unlike the settings themselves. */
function isOddCase(value: Extract<TfValue, { kind: 'primitive' }>): boolean {
  return (
    typeof value.value === 'string' &&
    value.value !== 'true' &&
    value.value !== 'false'
  )
}

function textFunction(change: (text: string) => string): Simple {
  return ([value]) => {
    const text = value ? asText(value) : null
    return text === null
      ? failure('the function needs text')
      : primitive(change(text))
  }
}
