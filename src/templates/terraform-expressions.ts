/**
 * Evaluation of Terraform expressions before any plan: literals, templates
 * with known parts, `var.`/`local.` references, `count.index` and `each.*`,
 * conditionals, comparisons and logic, and the functions of
 * terraform-functions.ts. Anything that is only known after apply or outside
 * the module (resources, data sources, module outputs) is unknown with why.
 */
import { callFunction } from './terraform-functions.js'
import { applyOperator } from './terraform-operators.js'
import { evaluateReference } from './terraform-references.js'
import {
  asBoolean,
  asText,
  failure,
  primitive,
  sameValue,
  unknown,
  type TfValue
} from './terraform-values.js'
import type { HclExpression } from './hcl-syntax.js'

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
      return unknown(
        `it could not be parsed (syntax error on line ${expression.line})`
      )
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
  return unknown(
    `it depends on a condition that cannot be evaluated: ${condition.reason}`
  )
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
