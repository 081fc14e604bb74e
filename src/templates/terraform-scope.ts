/**
 * What names mean inside one module: its resolved variables, its locals
 * (evaluated on first use, guarded against circles), and per resource
 * instance `count.index` or `each.key`/`each.value`.
 */
import { evaluate, type Scope } from './terraform-expressions.js'
import { unknown, withVia, type TfValue } from './terraform-values.js'
import type { HclExpression } from './hcl-syntax.js'

/** The instance a resource block stands for, as count or for_each made it. */
export interface InstanceKeys {
  countIndex?: TfValue
  eachKey?: TfValue
  eachValue?: TfValue
}

export class ModuleScope implements Scope {
  private readonly localValues = new Map<string, TfValue>()
  private readonly evaluating = new Set<string>()

  constructor(
    private readonly variables: ReadonlyMap<string, TfValue>,
    private readonly locals: ReadonlyMap<string, HclExpression>
  ) {}

  variable(name: string): TfValue {
    return (
      this.variables.get(name) ??
      unknown(`variable \`${name}\` is not declared in this module`)
    )
  }

  local(name: string): TfValue {
    const cached = this.localValues.get(name)
    if (cached) return cached
    const expression = this.locals.get(name)
    if (!expression) {
      return unknown(`local \`${name}\` is not defined in this module`)
    }
    if (this.evaluating.has(name)) {
      return unknown(`local \`${name}\` refers to itself`)
    }
    this.evaluating.add(name)
    const value = withVia(evaluate(expression, this), `local \`${name}\``)
    this.evaluating.delete(name)
    this.localValues.set(name, value)
    return value
  }

  instance(name: 'count.index' | 'each.key' | 'each.value'): TfValue {
    return unknown(`${name} is only set in a resource with count or for_each`)
  }

  /** The scope inside one instance of a resource. */
  forInstance(keys: InstanceKeys): Scope {
    return {
      variable: name => this.variable(name),
      local: name => this.local(name),
      instance: name => {
        const value =
          name === 'count.index'
            ? keys.countIndex
            : name === 'each.key'
              ? keys.eachKey
              : keys.eachValue
        return value ?? this.instance(name)
      }
    }
  }
}
