/**
 * Terraform configuration as the evaluator sees it. The native HCL reader
 * (hcl-tree.ts) and the JSON-syntax reader (terraform-json.ts) both produce
 * these shapes, so everything after parsing is written once.
 */
import type { SourceLocation } from '../model.js'

export interface HclBody {
  attributes: HclAttribute[]
  blocks: HclBlock[]
}

/** `name = value`; the location is the name, the line a person edits. */
export interface HclAttribute {
  name: string
  value: HclExpression
  location: SourceLocation
}

/** `type "label" ... { body }`; the location is the block's first line. */
export interface HclBlock {
  type: string
  labels: string[]
  body: HclBody
  location: SourceLocation
}

export type Primitive = null | boolean | number | string

export type HclExpression =
  | { kind: 'literal'; value: Primitive }
  /** A string with interpolations: literal parts and expressions. */
  | { kind: 'template'; parts: (string | HclExpression)[] }
  | { kind: 'tuple'; items: HclExpression[] }
  | { kind: 'object'; entries: { key: HclExpression; value: HclExpression }[] }
  /** A bare name such as `var`, `local` or a resource type. */
  | { kind: 'name'; name: string }
  /** `target.name` or `target[index]`. */
  | { kind: 'attribute'; target: HclExpression; name: string }
  | { kind: 'index'; target: HclExpression; key: HclExpression }
  | { kind: 'call'; name: string; args: HclExpression[]; expand: boolean }
  | {
      kind: 'conditional'
      condition: HclExpression
      whenTrue: HclExpression
      whenFalse: HclExpression
    }
  | {
      kind: 'binary'
      operator: string
      left: HclExpression
      right: HclExpression
    }
  | { kind: 'unary'; operator: string; operand: HclExpression }
  /** Valid syntax this evaluator does not follow (`for`, splats, directives). */
  | { kind: 'unsupported'; what: string }
  /** Text the parser could not read; `line` is where the problem is. */
  | { kind: 'invalid'; line: number }

/** One reference step: an attribute name, or the expression of an index. */
export type ReferenceStep = string | HclExpression

/**
 * The steps of a plain reference such as `aws_api_gateway_stage.prod.stage_name`
 * or `aws_api_gateway_stage.s[count.index].id`, or null for any other
 * expression.
 */
export function referenceSteps(
  expression: HclExpression
): ReferenceStep[] | null {
  switch (expression.kind) {
    case 'template': {
      // `"${aws_api_gateway_stage.prod.stage_name}"`, as JSON syntax writes it.
      const [only] = expression.parts
      const alone = expression.parts.length === 1 && typeof only !== 'string'
      return alone && only ? referenceSteps(only) : null
    }
    case 'name':
      return [expression.name]
    case 'attribute': {
      const target = referenceSteps(expression.target)
      return target ? [...target, expression.name] : null
    }
    case 'index': {
      const target = referenceSteps(expression.target)
      return target ? [...target, expression.key] : null
    }
    default:
      return null
  }
}

export function findAttribute(
  body: HclBody,
  name: string
): HclAttribute | undefined {
  return body.attributes.find(attribute => attribute.name === name)
}

export function findBlocks(body: HclBody, type: string): HclBlock[] {
  return body.blocks.filter(block => block.type === type)
}
