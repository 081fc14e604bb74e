/**
 * Values of a plan resource: a boolean setting as a three-valued flag, where
 * `after_unknown` makes it unknown, and where a setting is written in the
 * resource's `.tf` block when the scan holds it.
 */
import {
  field,
  isMap,
  type Path,
  type Value,
  type ValueMap
} from './document.js'
import { findAttribute, findBlocks, type HclBlock } from './hcl-syntax.js'
import type { PlanResource } from './terraform-plan-resources.js'
import type { Flag, SourceLocation } from '../model.js'

export function planFlag(
  resource: PlanResource,
  keys: Path,
  location: SourceLocation
): Flag {
  const name = String(keys[keys.length - 1])
  if (isUnknownAt(resource.unknowns, keys)) {
    return {
      state: 'unknown',
      reason: `${name} is known only after apply (after_unknown in the plan)`,
      location
    }
  }
  const value = valueAt(resource.values, keys)
  if (value === undefined || value === null) return { state: 'unset' }
  if (typeof value === 'boolean') return { state: 'set', value, location }
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
    return {
      state: 'set',
      value: value.trim().toLowerCase() === 'true',
      location
    }
  }
  return {
    state: 'unknown',
    reason: `${name} is not a boolean in the plan`,
    location
  }
}

function isUnknownAt(unknowns: Value | null, keys: Path): boolean {
  let current: Value | undefined = unknowns ?? undefined
  for (const key of keys) {
    if (current === true) return true
    current = step(current, key)
  }
  return current === true
}

function valueAt(values: ValueMap, keys: Path): Value | undefined {
  let current: Value | undefined = values
  for (const key of keys) current = step(current, key)
  return current
}

function step(
  value: Value | undefined,
  key: string | number
): Value | undefined {
  if (Array.isArray(value) && typeof key === 'number') return value[key]
  if (isMap(value) && typeof key === 'string') return field(value, key)
  return undefined
}

/** The attribute's line in the `.tf` block when it is written there, else the block. */
export function tfLocation(block: HclBlock, keys: Path): SourceLocation {
  const names = keys.filter((key): key is string => typeof key === 'string')
  let body = block.body
  for (const name of names.slice(0, -1)) {
    const nested = findBlocks(body, name)[0]
    if (!nested) return block.location
    body = nested.body
  }
  const last = names[names.length - 1]
  const attribute = last === undefined ? undefined : findAttribute(body, last)
  return attribute?.location ?? block.location
}
