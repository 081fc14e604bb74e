/**
 * Evaluation of CloudFormation values: `Ref` to parameters, `Fn::If` with
 * `Conditions`, `Fn::FindInMap`, `Fn::Sub`/`Fn::Join`/`Fn::Select` over known
 * strings, and `AWS::NoValue`. Everything else (imports, attributes of other
 * resources, dynamic references, SSM parameters) is unknown, with a reason a
 * person can act on.
 */
import {
  field,
  isMap,
  type Path,
  type Value,
  type ValueMap
} from './document.js'
import type { Flag, SourceLocation } from '../model.js'

export type Resolved =
  /**
   * A value, where it is written in the document when it is, and how it was
   * reached when that was not literal ("parameter X (default)").
   */
  | { kind: 'value'; value: Value; path: Path | null; via?: string }
  /** `AWS::NoValue`: the property is absent. */
  | { kind: 'absent' }
  | { kind: 'unknown'; reason: string }

type Truth = boolean | { unknown: string }

/** Guards against conditions and values that refer to each other in circles. */
const MAX_DEPTH = 32

const UNRESOLVABLE: Record<string, string> = {
  'Fn::ImportValue': 'it is imported from another stack (Fn::ImportValue)',
  'Fn::GetAtt': 'it is an attribute of another resource (Fn::GetAtt)',
  'Fn::Base64': 'it is computed by Fn::Base64',
  'Fn::GetAZs': 'it is computed by Fn::GetAZs',
  'Fn::Cidr': 'it is computed by Fn::Cidr',
  'Fn::Split': 'it is computed by Fn::Split',
  'Fn::Transform': 'it is produced by a macro (Fn::Transform)',
  'Fn::ToJsonString': 'it is computed by Fn::ToJsonString',
  'Fn::Length': 'it is computed by Fn::Length',
  'Fn::ForEach': 'it is produced by Fn::ForEach'
}

/** Resolves values of one template, with optional parameter overrides. */
export class TemplateValues {
  private readonly parameters: ValueMap
  private readonly conditions: ValueMap
  private readonly mappings: ValueMap
  private readonly resources: ValueMap

  constructor(
    template: ValueMap,
    private readonly overrides: ReadonlyMap<string, string> = new Map()
  ) {
    this.parameters = mapOrEmpty(field(template, 'Parameters'))
    this.conditions = mapOrEmpty(field(template, 'Conditions'))
    this.mappings = mapOrEmpty(field(template, 'Mappings'))
    this.resources = mapOrEmpty(field(template, 'Resources'))
  }

  /** Resolves `value`, found at `path`, until it is a literal or unknown. */
  resolve(value: Value | undefined, path: Path | null, depth = 0): Resolved {
    if (value === undefined) return { kind: 'absent' }
    if (depth > MAX_DEPTH) {
      return { kind: 'unknown', reason: 'its definition refers to itself' }
    }
    if (
      typeof value === 'string' &&
      value.trimStart().startsWith('{{resolve:')
    ) {
      return {
        kind: 'unknown',
        reason: `it is a dynamic reference (${truncate(value)})`
      }
    }
    if (!isMap(value)) return { kind: 'value', value, path }

    const keys = Object.keys(value)
    const name = keys[0]
    if (keys.length !== 1 || name === undefined) {
      return { kind: 'value', value, path }
    }
    const argument = value[name] ?? null
    const argumentPath = path ? [...path, name] : null

    switch (name) {
      case 'Ref':
        return this.ref(argument, depth)
      case 'Fn::If':
        return this.ifValue(argument, argumentPath, depth)
      case 'Fn::FindInMap':
        return this.findInMap(argument, depth)
      case 'Fn::Sub':
        return this.sub(argument)
      case 'Fn::Join':
        return this.join(argument, argumentPath, depth)
      case 'Fn::Select':
        return this.select(argument, argumentPath, depth)
      default:
        if (name.startsWith('Fn::')) {
          return {
            kind: 'unknown',
            reason:
              UNRESOLVABLE[name] ?? `it uses ${name}, which is not evaluated`
          }
        }
        return { kind: 'value', value, path }
    }
  }

  /** Evaluates a named condition from `Conditions`. */
  condition(name: string, depth = 0): Truth {
    if (depth > MAX_DEPTH)
      return { unknown: `condition ${name} refers to itself` }
    const definition = field(this.conditions, name)
    if (definition === undefined) {
      return { unknown: `condition ${name} is not defined` }
    }
    return this.truth(definition, depth + 1)
  }

  /** Turns a property into a three-valued flag located at its key. */
  flag(
    container: ValueMap,
    containerPath: Path | null,
    key: string,
    locate: (path: Path) => SourceLocation | null
  ): Flag {
    const raw = field(container, key)
    if (raw === undefined) return { state: 'unset' }
    const location = containerPath ? locate([...containerPath, key]) : null
    const resolved = this.resolve(
      raw,
      containerPath ? [...containerPath, key] : null
    )
    switch (resolved.kind) {
      case 'absent':
        return { state: 'unset' }
      case 'unknown':
        return { state: 'unknown', reason: resolved.reason, location }
      case 'value': {
        const flag = toFlag(resolved.value, location)
        if (flag.state === 'set' && resolved.via !== undefined) {
          flag.via = resolved.via
        }
        return flag
      }
    }
  }

  /** Resolves to a string, or null when it is absent or unknown. */
  text(value: Value | undefined, path: Path | null): string | null {
    const resolved = this.resolve(value, path)
    if (resolved.kind !== 'value') return null
    const literal = resolved.value
    if (typeof literal === 'string') return literal
    if (typeof literal === 'number' || typeof literal === 'boolean') {
      return String(literal)
    }
    return null
  }

  private ref(argument: Value, depth: number): Resolved {
    if (typeof argument !== 'string') {
      return {
        kind: 'unknown',
        reason: 'Ref must name a parameter or resource'
      }
    }
    if (argument === 'AWS::NoValue') return { kind: 'absent' }
    if (argument.startsWith('AWS::')) {
      return {
        kind: 'unknown',
        reason: `it depends on the pseudo parameter ${argument}`
      }
    }
    const parameter = field(this.parameters, argument)
    if (isMap(parameter)) return this.parameter(argument, parameter, depth)
    if (field(this.resources, argument) !== undefined) {
      return {
        kind: 'unknown',
        reason: `it refers to resource ${argument}`
      }
    }
    return {
      kind: 'unknown',
      reason: `Ref names ${argument}, which is neither a parameter nor a resource`
    }
  }

  private parameter(
    name: string,
    parameter: ValueMap,
    depth: number
  ): Resolved {
    const override = this.overrides.get(name)
    if (override !== undefined) {
      return {
        kind: 'value',
        value: override,
        path: null,
        via: `parameter ${name} from the parameter file`
      }
    }
    const type = field(parameter, 'Type')
    if (
      typeof type === 'string' &&
      type.startsWith('AWS::SSM::Parameter::Value')
    ) {
      return {
        kind: 'unknown',
        reason: `parameter ${name} is read from SSM Parameter Store`
      }
    }
    const fallback = field(parameter, 'Default')
    if (fallback === undefined) {
      return {
        kind: 'unknown',
        reason: `parameter ${name} has no default; pass a parameter file to evaluate it`
      }
    }
    const resolved = this.resolve(
      fallback,
      ['Parameters', name, 'Default'],
      depth + 1
    )
    return resolved.kind === 'value'
      ? { ...resolved, via: `the default of parameter ${name}` }
      : resolved
  }

  private ifValue(argument: Value, path: Path | null, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length !== 3) {
      return { kind: 'unknown', reason: 'Fn::If needs [condition, then, else]' }
    }
    const [condition] = argument
    const truth =
      typeof condition === 'string'
        ? this.condition(condition, depth + 1)
        : { unknown: 'Fn::If must name a condition' }
    const branch = (index: 1 | 2): Resolved =>
      this.resolve(argument[index], path ? [...path, index] : null, depth + 1)

    const name = typeof condition === 'string' ? condition : ''
    if (truth === true) return withVia(branch(1), `condition ${name} is true`)
    if (truth === false) return withVia(branch(2), `condition ${name} is false`)

    // Both branches agree: the condition does not matter.
    const first = branch(1)
    const second = branch(2)
    if (sameLiteral(first, second)) return first
    return { kind: 'unknown', reason: truth.unknown }
  }

  private findInMap(argument: Value, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length < 3) {
      return { kind: 'unknown', reason: 'Fn::FindInMap needs [map, key, key]' }
    }
    const keys: string[] = []
    for (let i = 0; i < 3; i++) {
      const key = this.text(argument[i], null)
      if (key === null) {
        const reason = this.resolve(argument[i], null, depth + 1)
        return {
          kind: 'unknown',
          reason:
            reason.kind === 'unknown'
              ? `a Fn::FindInMap key cannot be evaluated: ${reason.reason}`
              : 'a Fn::FindInMap key is not a string'
        }
      }
      keys.push(key)
    }
    const [mapName, first, second] = keys as [string, string, string]
    const table = field(this.mappings, mapName)
    const row = isMap(table) ? field(table, first) : undefined
    const cell = isMap(row) ? field(row, second) : undefined
    if (cell !== undefined) {
      return withVia(
        this.resolve(cell, ['Mappings', mapName, first, second], depth + 1),
        `mapping ${mapName}.${first}.${second}`
      )
    }
    const options = argument[3]
    const fallback = isMap(options) ? field(options, 'DefaultValue') : undefined
    if (fallback !== undefined) return this.resolve(fallback, null, depth + 1)
    return {
      kind: 'unknown',
      reason: `mapping ${mapName} has no entry ${first}/${second}`
    }
  }

  private sub(argument: Value): Resolved {
    const [template, variables] = Array.isArray(argument)
      ? [argument[0], argument[1]]
      : [argument, undefined]
    if (typeof template !== 'string') {
      return { kind: 'unknown', reason: 'Fn::Sub needs a string' }
    }
    let unknown: string | null = null
    const result = template.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
      if (name.startsWith('!')) return whole.replace('${!', '${')
      const local = isMap(variables) ? field(variables, name) : undefined
      const value =
        local !== undefined
          ? this.text(local, null)
          : this.text({ Ref: name } as ValueMap, null)
      if (value === null) {
        unknown ??= `Fn::Sub uses \${${name}}, which cannot be evaluated`
        return ''
      }
      return value
    })
    if (unknown !== null) return { kind: 'unknown', reason: unknown }
    return { kind: 'value', value: result, path: null }
  }

  private join(argument: Value, path: Path | null, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length !== 2) {
      return { kind: 'unknown', reason: 'Fn::Join needs [delimiter, list]' }
    }
    const delimiter = this.text(argument[0], null)
    const list = this.resolve(
      argument[1],
      path ? [...path, 1] : null,
      depth + 1
    )
    if (
      delimiter === null ||
      list.kind !== 'value' ||
      !Array.isArray(list.value)
    ) {
      return {
        kind: 'unknown',
        reason: 'Fn::Join over values that cannot be evaluated'
      }
    }
    const parts: string[] = []
    for (const item of list.value) {
      const part = this.text(item, null)
      if (part === null) {
        return {
          kind: 'unknown',
          reason: 'Fn::Join over values that cannot be evaluated'
        }
      }
      parts.push(part)
    }
    return { kind: 'value', value: parts.join(delimiter), path: null }
  }

  private select(argument: Value, path: Path | null, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length !== 2) {
      return { kind: 'unknown', reason: 'Fn::Select needs [index, list]' }
    }
    const index = Number(this.text(argument[0], null))
    const list = this.resolve(
      argument[1],
      path ? [...path, 1] : null,
      depth + 1
    )
    if (
      !Number.isInteger(index) ||
      list.kind !== 'value' ||
      !Array.isArray(list.value)
    ) {
      return {
        kind: 'unknown',
        reason: 'Fn::Select over values that cannot be evaluated'
      }
    }
    const listPath = list.path
    return this.resolve(
      list.value[index],
      listPath ? [...listPath, index] : null,
      depth + 1
    )
  }

  private truth(value: Value, depth: number): Truth {
    if (depth > MAX_DEPTH) return { unknown: 'a condition refers to itself' }
    if (typeof value === 'boolean') return value
    if (!isMap(value))
      return { unknown: 'a condition is not a condition function' }
    const [name] = Object.keys(value)
    const argument = name === undefined ? null : (value[name] ?? null)
    const list = Array.isArray(argument) ? argument : []

    switch (name) {
      case 'Condition':
        return typeof argument === 'string'
          ? this.condition(argument, depth + 1)
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
    const resolved = this.resolve(value, null, depth + 1)
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

/** Reads a literal as a boolean; CloudFormation accepts "true"/"false" strings. */
export function toFlag(value: Value, location: SourceLocation | null): Flag {
  if (value === null) return { state: 'unset' }
  if (typeof value === 'boolean') return { state: 'set', value, location }
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase()
    if (lower === 'true') return { state: 'set', value: true, location }
    if (lower === 'false') return { state: 'set', value: false, location }
  }
  return {
    state: 'unknown',
    reason: `${truncate(JSON.stringify(value) ?? String(value))} is not a boolean`,
    location
  }
}

/** Records how a value was reached, keeping the innermost explanation. */
function withVia(resolved: Resolved, via: string): Resolved {
  if (resolved.kind !== 'value') return resolved
  return { ...resolved, via: resolved.via ? `${via}; ${resolved.via}` : via }
}

function sameLiteral(a: Resolved, b: Resolved): boolean {
  if (a.kind === 'absent' && b.kind === 'absent') return true
  if (a.kind !== 'value' || b.kind !== 'value') return false
  const left = a.value
  const right = b.value
  if (typeof left === 'object' || typeof right === 'object') return false
  return String(left).toLowerCase() === String(right).toLowerCase()
}

function mapOrEmpty(value: Value | undefined): ValueMap {
  return isMap(value) ? value : {}
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
