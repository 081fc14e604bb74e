/**
 * The instances a resource block stands for. `count` and `for_each` that
 * evaluate to nothing make the resource absent; known ones give addresses
 * such as `x.y[0]` and `x.y["key"]`; unknown ones keep one instance at the
 * base address, read as if it exists, because a configuration that would
 * cache unencrypted is worth knowing about before it is switched on.
 */
import { evaluate } from './terraform-expressions.js'
import {
  asNumber,
  asText,
  primitive,
  unknown,
  type TfValue
} from './terraform-values.js'
import { findAttribute, type HclBody } from './hcl-syntax.js'
import type { Scope } from './terraform-expressions.js'
import type { InstanceKeys, ModuleScope } from './terraform-scope.js'

/** More instances than this are read once, at the base address. */
const MAX_INSTANCES = 64

export interface ResourceInstance {
  address: string
  /** The count index or for_each key; null for a single instance. */
  key: number | string | null
  scope: Scope
}

export function expandInstances(
  address: string,
  body: HclBody,
  scope: ModuleScope
): ResourceInstance[] {
  const count = findAttribute(body, 'count')
  const forEach = findAttribute(body, 'for_each')

  if (count) {
    const value = evaluate(count.value, scope)
    const number = asNumber(value)
    if (number !== null && Number.isInteger(number) && number >= 0) {
      if (number <= MAX_INSTANCES) {
        return Array.from({ length: number }, (_, index) => ({
          address: `${address}[${index}]`,
          key: index,
          scope: scope.forInstance({ countIndex: primitive(index) })
        }))
      }
    }
    const reason = `count cannot be evaluated: ${describeProblem(value, number)}`
    return [single(address, scope, { countIndex: unknown(reason) })]
  }

  if (forEach) {
    const value = evaluate(forEach.value, scope)
    const entries = eachEntries(value)
    if (entries && entries.length <= MAX_INSTANCES) {
      return entries.map(([key, item]) => ({
        address: `${address}[${JSON.stringify(key)}]`,
        key,
        scope: scope.forInstance({ eachKey: primitive(key), eachValue: item })
      }))
    }
    const reason = `for_each cannot be evaluated: ${describeProblem(value, entries?.length ?? null)}`
    return [
      single(address, scope, {
        eachKey: unknown(reason),
        eachValue: unknown(reason)
      })
    ]
  }

  return [single(address, scope, {})]
}

function single(
  address: string,
  scope: ModuleScope,
  keys: InstanceKeys
): ResourceInstance {
  return { address, key: null, scope: scope.forInstance(keys) }
}

/** A map gives its entries; a set of strings gives each string as key and value. */
function eachEntries(value: TfValue): [string, TfValue][] | null {
  if (value.kind === 'object') return [...value.entries]
  if (value.kind !== 'tuple') return null
  const entries: [string, TfValue][] = []
  for (const item of value.items) {
    const key = asText(item)
    if (key === null || item.kind !== 'primitive') return null
    entries.push([key, item])
  }
  return entries
}

function describeProblem(value: TfValue, size: number | null): string {
  if (value.kind === 'unknown') return value.reason
  if (value.kind === 'error') return value.message
  if (size !== null && size > MAX_INSTANCES) {
    return `it makes ${size} instances; only up to ${MAX_INSTANCES} are read one by one`
  }
  return 'it is not a whole number, a map or a set of strings'
}
