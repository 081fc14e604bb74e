/**
 * Terraform's binary operators over values that may be unknown. `&&` and
 * `||` give the answer one known side decides (`false && x` is false), since
 * the final value does not depend on the unknown side.
 */
import {
  asBoolean,
  asNumber,
  failure,
  primitive,
  sameValue,
  unknown,
  type TfValue
} from './terraform-values.js'
import type { HclExpression } from './hcl-syntax.js'

type Evaluate = (expression: HclExpression) => TfValue

export function applyOperator(
  operator: string,
  expression: { left: HclExpression; right: HclExpression },
  next: Evaluate
): TfValue {
  const left = next(expression.left)
  const right = next(expression.right)
  if (operator === '&&' || operator === '||') {
    return logic(operator, left, right)
  }
  if (left.kind === 'error') return left
  if (right.kind === 'error') return right
  if (operator === '==' || operator === '!=') {
    const same = sameValue(left, right)
    if (same === null) return unknownOf(left, right)
    return primitive(operator === '==' ? same : !same)
  }
  if (left.kind === 'unknown' || right.kind === 'unknown') {
    return unknownOf(left, right)
  }
  const a = asNumber(left)
  const b = asNumber(right)
  if (a === null || b === null) return failure(`\`${operator}\` needs numbers`)
  return arithmetic(operator, a, b)
}

function logic(operator: string, left: TfValue, right: TfValue): TfValue {
  const decisive = operator === '&&' ? false : true
  const a = asBoolean(left)
  const b = asBoolean(right)
  if (a === decisive || b === decisive) return primitive(decisive)
  if (a !== null && b !== null) return primitive(!decisive)
  for (const side of [left, right]) {
    if (side.kind === 'error' || side.kind === 'unknown') return side
  }
  return failure(`\`${operator}\` needs booleans`)
}

function arithmetic(operator: string, a: number, b: number): TfValue {
  switch (operator) {
    case '+':
      return primitive(a + b)
    case '-':
      return primitive(a - b)
    case '*':
      return primitive(a * b)
    case '/':
      return b === 0 ? failure('division by zero') : primitive(a / b)
    case '%':
      return b === 0 ? failure('division by zero') : primitive(a % b)
    case '<':
      return primitive(a < b)
    case '<=':
      return primitive(a <= b)
    case '>':
      return primitive(a > b)
    case '>=':
      return primitive(a >= b)
    default:
      return failure(`unknown operator ${operator}`)
  }
}

function unknownOf(left: TfValue, right: TfValue): TfValue {
  for (const side of [left, right]) {
    if (side.kind === 'unknown') return side
  }
  return unknown('a compared value cannot be evaluated')
}
