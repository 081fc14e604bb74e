/**
 * The `Conditions` of a template: `Fn::Equals`, `Fn::Not`, `Fn::And`,
 * `Fn::Or` and `Condition`, over values that intrinsics.ts resolves. A
 * condition that cannot be decided says why, so nothing that depends on it
 * is passed.
 */
import { field, isMap, type Value, type ValueMap } from './document.js'
import type { Resolved } from './intrinsics.js'

/** True, false, or why it cannot be told. */
export type Truth = boolean | { unknown: string }

/** Guards against conditions and values that refer to each other in circles. */
export const MAX_REFERENCE_DEPTH = 32

export class Conditions {
  constructor(
    private readonly definitions: ValueMap,
    /** Resolves a value a condition compares, `depth` calls deep. */
    private readonly resolveValue: (
      value: Value | undefined,
      depth: number
    ) => Resolved
  ) {}

  /** Evaluates the condition called `name`. */
  evaluate(name: string, depth = 0): Truth {
    if (depth > MAX_REFERENCE_DEPTH) {
      return { unknown: `condition ${name} refers to itself` }
    }
    const definition = field(this.definitions, name)
    if (definition === undefined) {
      return { unknown: `condition ${name} is not defined` }
    }
    return this.truth(definition, depth + 1)
  }

  private truth(value: Value, depth: number): Truth {
    if (depth > MAX_REFERENCE_DEPTH)
      return { unknown: 'a condition refers to itself' }
    if (typeof value === 'boolean') return value
    if (!isMap(value))
      return { unknown: 'a condition is not a condition function' }
    const [name] = Object.keys(value)
    const argument = name === undefined ? null : (value[name] ?? null)
    const list = Array.isArray(argument) ? argument : []

    switch (name) {
      case 'Condition':
        return typeof argument === 'string'
          ? this.evaluate(argument, depth + 1)
          : { unknown: 'Condition must name a condition' }
      case 'Fn::Equals': {
        if (list.length !== 2) return { unknown: 'Fn::Equals needs two values' }
        const left = this.comparable(list[0], depth)
        const right = this.comparable(list[1], depth)
        if (typeof left !== 'string') return left
        if (typeof right !== 'string') return right
        return left === right
      }
      case 'Fn::Not': {
        const inner = this.truth(list[0] ?? null, depth + 1)
        return typeof inner === 'boolean' ? !inner : inner
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const wanted = name === 'Fn::Or'
        let unknown: Truth | null = null
        for (const item of list) {
          const truth = this.truth(item, depth + 1)
          if (truth === wanted) return wanted
          if (typeof truth !== 'boolean') unknown = truth
        }
        return unknown ?? !wanted
      }
      default:
        return {
          unknown: `a condition uses ${name ?? 'nothing'}, which is not evaluated`
        }
    }
  }

  private comparable(
    value: Value | undefined,
    depth: number
  ): string | { unknown: string } {
    const resolved = this.resolveValue(value, depth + 1)
    if (resolved.kind === 'unknown') return { unknown: resolved.reason }
    if (resolved.kind === 'absent') return ''
    const literal = resolved.value
    if (typeof literal === 'string') return literal
    if (typeof literal === 'number' || typeof literal === 'boolean') {
      return String(literal)
    }
    return JSON.stringify(literal)
  }
}
