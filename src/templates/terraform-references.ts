/**
 * References in Terraform expressions: `var.`, `local.`, `count.index`,
 * `each.key`/`each.value` and the attributes and elements below them have
 * values; data sources, module outputs and other resources are known only
 * after apply (or outside the module), so they are unknown with why.
 */
import {
  asText,
  failure,
  primitive,
  unknown,
  type TfValue
} from './terraform-values.js'
import { referenceSteps, type HclExpression } from './hcl-syntax.js'
import type { Evaluate, Scope } from './terraform-expressions.js'

/** `var.x`, `local.y`, `each.value.z`, resource and data references, `a[0]`. */
export function evaluateReference(
  expression: HclExpression,
  scope: Scope,
  next: Evaluate
): TfValue {
  const steps = referenceSteps(expression)
  const [root, first, second] = steps ?? []
  if (steps && typeof root === 'string') {
    const name = typeof first === 'string' ? first : null
    let value = namespaceValue(root, name, scope)
    if (!value) return unknown(outsideReason(root, name, second))
    for (const step of steps.slice(2)) value = applyStep(value, step, next)
    return value
  }
  if (expression.kind === 'attribute') {
    return applyStep(next(expression.target), expression.name, next)
  }
  if (expression.kind === 'index') {
    return applyStep(next(expression.target), expression.key, next)
  }
  return unknown('it is a name this tool does not know')
}

function namespaceValue(
  root: string,
  name: string | null,
  scope: Scope
): TfValue | null {
  if (name === null) return null
  if (root === 'var') return scope.variable(name)
  if (root === 'local') return scope.local(name)
  if (root === 'count' && name === 'index') return scope.instance('count.index')
  if (root === 'each' && name === 'key') return scope.instance('each.key')
  if (root === 'each' && name === 'value') return scope.instance('each.value')
  return null
}

function outsideReason(
  root: string,
  name: string | null,
  second: string | HclExpression | undefined
): string {
  const third = typeof second === 'string' ? `.${second}` : ''
  switch (root) {
    case 'data':
      return `it is read from data source data.${name ?? '?'}${third}`
    case 'module':
      return `it is an output of module ${name ?? '?'}`
    case 'var':
    case 'local':
    case 'count':
    case 'each':
      return `${root}.${name ?? '?'} is not a reference this tool evaluates`
    case 'path':
    case 'terraform':
    case 'self':
      return `it depends on ${root}.${name ?? '?'}`
    default:
      if (name === null)
        return `it refers to \`${root}\`, which is not evaluated`
      return `it is an attribute of ${root}.${name}, known only after apply`
  }
}

function applyStep(
  target: TfValue,
  step: string | HclExpression,
  next: Evaluate
): TfValue {
  if (target.kind === 'unknown' || target.kind === 'error') return target
  const key = typeof step === 'string' ? primitive(step) : next(step)
  if (key.kind === 'unknown' || key.kind === 'error') return key
  if (target.kind === 'object') {
    const text = asText(key)
    const found = text === null ? undefined : target.entries.get(text)
    return found ?? failure(`the object has no attribute "${text ?? '?'}"`)
  }
  if (target.kind === 'tuple') {
    const index = key.kind === 'primitive' ? Number(key.value) : NaN
    const found = Number.isInteger(index) ? target.items[index] : undefined
    return found ?? failure(`the list has no element ${asText(key) ?? '?'}`)
  }
  return failure('only objects and lists have attributes or elements')
}
