/**
 * Evaluation of Terraform expressions before any plan: literals, templates
 * with known parts, `var.`/`local.` references, `count.index` and `each.*`,
 * conditionals, comparisons and logic, and the functions of
 * terraform-functions.ts. Anything that is only known after apply or outside
 * the module (resources, data sources, module outputs) is unknown with why.
 */
import { callFunction } from './terraform-functions.js'
import { applyOperator } from './terraform-operators.js'
import {
  asBoolean,
  asText,
  failure,
  primitive,
  sameValue,
  unknown,
  type TfValue
} from './terraform-values.js'
import { referenceSteps, type HclExpression } from './hcl-syntax.js'

/** What names mean where an expression is evaluated. */
export interface Scope {
  variable(name: string): TfValue
  local(name: string): TfValue
  /** `count.index`, `each.key` or `each.value` of the current instance. */
  instance(name: 'count.index' | 'each.key' | 'each.value'): TfValue
}

/** Guards against expressions nested beyond any real configuration. */
const MAX_DEPTH = 128
/** Locals that double a text each time could otherwise fill the memory. */
const MAX_TEXT_LENGTH = 1_000_000

export type Evaluate = (expression: HclExpression) => TfValue

export function evaluate(
  expression: HclExpression,
  scope: Scope,
  depth = 0
): TfValue {
  if (depth > MAX_DEPTH) return unknown('the expression nests too deeply')
  const next: Evaluate = inner => evaluate(inner, scope, depth + 1)

  switch (expression.kind) {
    case 'literal':
      return primitive(expression.value)
    case 'template':
      return evaluateTemplate(expression.parts, next)
    case 'tuple':
      return { kind: 'tuple', items: expression.items.map(next) }
    case 'object':
      return evaluateObject(expression.entries, next)
    case 'name':
    case 'attribute':
    case 'index':
      return evaluateReference(expression, scope, next)
    case 'call':
      if (expression.expand) {
        return unknown(`it expands arguments into ${expression.name}()`)
      }
      return callFunction(expression.name, expression.args, next)
    case 'conditional':
      return evaluateConditional(expression, next)
    case 'binary':
      return applyOperator(expression.operator, expression, next)
    case 'unary':
      return evaluateUnary(expression.operator, next(expression.operand))
    case 'unsupported':
      return unknown(`it uses ${expression.what}, which is not evaluated`)
    case 'invalid':
      return unknown(`it could not be parsed (syntax error on line ${expression.line})`)
  }
}

/** `"${x}"` alone keeps x's type; anything else becomes text. */
function evaluateTemplate(
  parts: (string | HclExpression)[],
  next: Evaluate
): TfValue {
  const only = parts[0]
  if (parts.length === 1 && only !== undefined && typeof only !== 'string') {
    return next(only)
  }
  let text = ''
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part
      continue
    }
    const value = next(part)
    if (value.kind === 'unknown' || value.kind === 'error') return value
    const piece = asText(value)
    if (piece === null) {
      return failure('a template interpolates a value that is not text')
    }
    text += piece
    if (text.length > MAX_TEXT_LENGTH) {
      return unknown('a template makes a text longer than this tool reads')
    }
  }
  return primitive(text)
}

function evaluateObject(
  entries: { key: HclExpression; value: HclExpression }[],
  next: Evaluate
): TfValue {
  const result = new Map<string, TfValue>()
  for (const entry of entries) {
    const key = next(entry.key)
    if (key.kind === 'unknown' || key.kind === 'error') return key
    const text = asText(key)
    if (text === null) return failure('an object key is not text')
    result.set(text, next(entry.value))
  }
  return { kind: 'object', entries: result }
}

function evaluateConditional(
  expression: Extract<HclExpression, { kind: 'conditional' }>,
  next: Evaluate
): TfValue {
  const condition = next(expression.condition)
  if (condition.kind === 'error') return condition
  const truth = asBoolean(condition)
  if (truth !== null) {
    return next(truth ? expression.whenTrue : expression.whenFalse)
  }
  if (condition.kind !== 'unknown') {
    return failure('the condition of a conditional is not a boolean')
  }
  // Both branches alike: the answer does not depend on the condition.
  const whenTrue = next(expression.whenTrue)
  const whenFalse = next(expression.whenFalse)
  if (sameValue(whenTrue, whenFalse) === true) return whenTrue
  return unknown(`it depends on a condition that cannot be evaluated: ${condition.reason}`)
}

function evaluateUnary(operator: string, operand: TfValue): TfValue {
  if (operand.kind === 'unknown' || operand.kind === 'error') return operand
  if (operator === '!') {
    const truth = asBoolean(operand)
    return truth === null ? failure('`!` needs a boolean') : primitive(!truth)
  }
  if (operand.kind === 'primitive' && typeof operand.value === 'number') {
    return primitive(-operand.value)
  }
  return failure('`-` needs a number')
}

/** `var.x`, `local.y`, `each.value.z`, resource and data references, `a[0]`. */
function evaluateReference(
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
      if (name === null) return `it refers to \`${root}\`, which is not evaluated`
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
