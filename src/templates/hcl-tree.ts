/**
 * Turns a tree-sitter HCL tree into the shapes of hcl-syntax.ts, and its
 * ERROR and MISSING nodes into syntax errors with lines. Parts the parser
 * could not read become `invalid` expressions, so they can never pass, while
 * the blocks around them, where the parser recovered, are still read.
 */
import {
  firstErrorLine,
  hoistTopLevelBlocks,
  syntaxErrors,
  type HclSyntaxError
} from './hcl-recovery.js'
import { convertExpression, usefulChildren } from './hcl-tree-expressions.js'
import { literalText } from './hcl-templates.js'
import type { Node } from 'web-tree-sitter'
import type {
  HclAttribute,
  HclBlock,
  HclBody,
  HclExpression
} from './hcl-syntax.js'

export interface HclFile {
  body: HclBody
  errors: HclSyntaxError[]
}

/**
 * Says whether a top-level block's body is needed. Converting only what the
 * evaluator reads keeps large configurations fast; the other blocks keep
 * their type, labels and location.
 */
export type BlockFilter = (type: string, labels: readonly string[]) => boolean

/** Converts a `config_file` root node. */
export function convertConfig(
  root: Node,
  text: string,
  file: string,
  wanted: BlockFilter = () => true
): HclFile {
  const body: HclBody = { attributes: [], blocks: [] }
  for (const child of root.namedChildren) {
    if (child?.type === 'body') {
      const converted = convertBody(child, text, file, wanted)
      body.attributes.push(...converted.attributes)
      body.blocks.push(...converted.blocks)
    } else if (child?.type === 'object') {
      // A .tfvars file written as one object: its entries are the values.
      body.attributes.push(...objectAttributes(child, text, file))
    }
  }
  if (!root.hasError) return { body, errors: [] }
  body.blocks = body.blocks.flatMap(hoistTopLevelBlocks)
  return { body, errors: syntaxErrors(root, text) }
}

function convertBody(
  node: Node,
  text: string,
  file: string,
  wanted: BlockFilter
): HclBody {
  const body: HclBody = { attributes: [], blocks: [] }
  for (const child of node.namedChildren) {
    if (child?.type === 'attribute') {
      const attribute = convertAttribute(child, text, file)
      if (attribute) body.attributes.push(attribute)
    } else if (child?.type === 'block') {
      const block = convertBlock(child, text, file, wanted)
      if (block) body.blocks.push(block)
    }
  }
  return body
}

function convertAttribute(
  node: Node,
  text: string,
  file: string
): HclAttribute | null {
  const name = node.namedChildren.find(child => child?.type === 'identifier')
  const expression = node.namedChildren.find(
    child => child?.type === 'expression'
  )
  if (!name) return null
  const value: HclExpression =
    node.hasError || !expression
      ? { kind: 'invalid', line: firstErrorLine(node, text) }
      : convertExpression(expression, text)
  return { name: name.text, value, location: locationOf(name, file) }
}

function convertBlock(
  node: Node,
  text: string,
  file: string,
  wanted: BlockFilter
): HclBlock | null {
  const children = usefulChildren(node)
  const type = children[0]
  if (type?.type !== 'identifier') return null
  const labels: string[] = []
  for (const child of children.slice(1)) {
    if (child.type === 'identifier') labels.push(child.text)
    else if (child.type === 'string_lit') labels.push(literalText(child, text))
    else break
  }
  // A block with an error is read whole: it may hold blocks that follow it.
  const inner =
    node.hasError || wanted(type.text, labels)
      ? children.find(child => child.type === 'body')
      : undefined
  return {
    type: type.text,
    labels,
    // Nested blocks are always wanted once their parent is.
    body: inner
      ? convertBody(inner, text, file, () => true)
      : { attributes: [], blocks: [] },
    location: locationOf(node, file)
  }
}

function objectAttributes(
  node: Node,
  text: string,
  file: string
): HclAttribute[] {
  const attributes: HclAttribute[] = []
  for (const element of node.namedChildren) {
    if (element?.type !== 'object_elem') continue
    const key = element.childForFieldName('key')
    const value = element.childForFieldName('val')
    if (!key || !value) continue
    const name = convertExpression(key, text)
    const nameText =
      name.kind === 'name'
        ? name.name
        : name.kind === 'literal' && typeof name.value === 'string'
          ? name.value
          : null
    if (nameText === null) continue
    attributes.push({
      name: nameText,
      value: element.hasError
        ? { kind: 'invalid', line: firstErrorLine(element, text) }
        : convertExpression(value, text),
      location: locationOf(key, file)
    })
  }
  return attributes
}

function locationOf(node: Node, file: string) {
  return {
    file,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1
  }
}
