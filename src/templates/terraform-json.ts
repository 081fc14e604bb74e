/**
 * Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) read into the same
 * shapes as native HCL. JSON cannot say whether an object is a nested block
 * or an object value, so the block names the evaluator reads are listed
 * here; strings that hold `${...}` are templates, parsed as HCL.
 */
import { isMap, type Path, type Value } from './document.js'
import type {
  HclAttribute,
  HclBlock,
  HclBody,
  HclExpression
} from './hcl-syntax.js'
import type { SourceLocation } from '../model.js'

/** How many labels each top-level block type has. */
const LABELS = new Map([
  ['resource', 2],
  ['data', 2],
  ['variable', 1],
  ['module', 1],
  ['output', 1],
  ['locals', 0]
])

/** Nested blocks inside resources that the evaluator reads, with their labels. */
const NESTED_LABELS = new Map([
  ['settings', 0],
  ['lifecycle', 0],
  ['dynamic', 1]
])

export interface JsonSource {
  value: Value
  file: string
  locate(path: Path): SourceLocation | null
  /** Parses the text of a JSON string that holds interpolations. */
  template(text: string, line: number): HclExpression
}

/** A `.tf.json` file: blocks by type, then by labels. */
export function jsonConfigBody(source: JsonSource): HclBody {
  const body: HclBody = { attributes: [], blocks: [] }
  if (!isMap(source.value)) return body
  for (const [type, content] of Object.entries(source.value)) {
    const labels = LABELS.get(type)
    if (labels === undefined) continue
    collectBlocks(source, type, labels, content, [type], [], body.blocks)
  }
  return body
}

/** A `.tfvars.json` file: one object of literal values. */
export function jsonValuesBody(source: JsonSource): HclBody {
  const body: HclBody = { attributes: [], blocks: [] }
  if (!isMap(source.value)) return body
  for (const [name, value] of Object.entries(source.value)) {
    body.attributes.push({
      name,
      value: literalExpression(value),
      location: at(source, [name])
    })
  }
  return body
}

function collectBlocks(
  source: JsonSource,
  type: string,
  labelsLeft: number,
  content: Value,
  path: Path,
  labels: string[],
  into: HclBlock[]
): void {
  // Every level of the JSON syntax may also be a list of objects.
  if (Array.isArray(content)) {
    content.forEach((item, index) =>
      collectBlocks(
        source,
        type,
        labelsLeft,
        item,
        [...path, index],
        labels,
        into
      )
    )
    return
  }
  if (!isMap(content)) return
  if (labelsLeft === 0) {
    into.push({
      type,
      labels,
      body: jsonBody(source, content, path, type === 'variable'),
      location: at(source, path)
    })
    return
  }
  for (const [label, inner] of Object.entries(content)) {
    collectBlocks(
      source,
      type,
      labelsLeft - 1,
      inner,
      [...path, label],
      [...labels, label],
      into
    )
  }
}

function jsonBody(
  source: JsonSource,
  content: { [key: string]: Value },
  path: Path,
  literalOnly: boolean
): HclBody {
  const body: HclBody = { attributes: [], blocks: [] }
  for (const [name, value] of Object.entries(content)) {
    if (name === '//') continue
    const valuePath = [...path, name]
    const labels = NESTED_LABELS.get(name)
    if (labels !== undefined && (isMap(value) || Array.isArray(value))) {
      collectBlocks(source, name, labels, value, valuePath, [], body.blocks)
      continue
    }
    const attribute: HclAttribute = {
      name,
      value: literalOnly
        ? literalExpression(value)
        : expressionOf(source, value, valuePath),
      location: at(source, valuePath)
    }
    body.attributes.push(attribute)
  }
  return body
}

function expressionOf(
  source: JsonSource,
  value: Value,
  path: Path
): HclExpression {
  if (typeof value === 'string') {
    if (!value.includes('${') && !value.includes('%{')) {
      return { kind: 'literal', value }
    }
    return source.template(value, at(source, path).line)
  }
  if (Array.isArray(value)) {
    return {
      kind: 'tuple',
      items: value.map((item, index) =>
        expressionOf(source, item, [...path, index])
      )
    }
  }
  if (isMap(value)) {
    return {
      kind: 'object',
      entries: Object.entries(value).map(([key, item]) => ({
        key: { kind: 'literal', value: key },
        value: expressionOf(source, item, [...path, key])
      }))
    }
  }
  return { kind: 'literal', value }
}

/** Values that are data, never templates: variable defaults and tfvars. */
function literalExpression(value: Value): HclExpression {
  if (Array.isArray(value)) {
    return { kind: 'tuple', items: value.map(literalExpression) }
  }
  if (isMap(value)) {
    return {
      kind: 'object',
      entries: Object.entries(value).map(([key, item]) => ({
        key: { kind: 'literal', value: key },
        value: literalExpression(item)
      }))
    }
  }
  return { kind: 'literal', value }
}

function at(source: JsonSource, path: Path): SourceLocation {
  return source.locate(path) ?? { file: source.file, line: 1, column: 1 }
}
