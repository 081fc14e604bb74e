/**
 * Turns a tree-sitter HCL tree into the shapes of hcl-syntax.ts, and its
 * ERROR and MISSING nodes into syntax errors with lines. Parts the parser
 * could not read become `invalid` expressions, so they can never pass, while
 * the blocks around them, where the parser recovered, are still read.
 */
import { convertExpression, usefulChildren } from './hcl-tree-expressions.js'
import { literalText } from './hcl-templates.js'
import type { Node } from 'web-tree-sitter'
import type {
  HclAttribute,
  HclBlock,
  HclBody,
  HclExpression
} from './hcl-syntax.js'

export interface HclSyntaxError {
  line: number
  message: string
}

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

/** Blocks that only exist at the top level of a file. */
const TOP_LEVEL_TYPES = new Set([
  'resource',
  'data',
  'variable',
  'locals',
  'module',
  'output'
])

/**
 * After an unclosed block the parser reads the blocks that follow as nested
 * ones. Top-level kinds are lifted back out, so a syntax error in one
 * resource does not hide the resources after it.
 */
function hoistTopLevelBlocks(block: HclBlock): HclBlock[] {
  const lifted: HclBlock[] = []
  const visit = (body: HclBody): void => {
    body.blocks = body.blocks.filter(nested => {
      visit(nested.body)
      if (!TOP_LEVEL_TYPES.has(nested.type)) return true
      lifted.push(nested)
      return false
    })
  }
  visit(block.body)
  return [block, ...lifted]
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

/**
 * Every ERROR and MISSING node, one message a line, without descending into
 * errors. Something missing is reported on the line where the text before it
 * ends, which is where a person left it out.
 */
function syntaxErrors(root: Node, text: string | null): HclSyntaxError[] {
  const errors = new Map<number, string>()
  const pending: Node[] = [root]
  while (pending.length > 0) {
    const node = pending.pop() as Node
    let line = node.startPosition.row + 1
    if (node.isMissing) {
      if (text !== null) line = lineBefore(text, node.startIndex)
      if (!errors.has(line)) {
        errors.set(
          line,
          `HCL syntax error: incomplete here; the parser expected ${quoteToken(node.type)}`
        )
      }
      continue
    }
    if (node.isError) {
      if (!errors.has(line)) {
        errors.set(
          line,
          `HCL syntax error: unexpected ${describeText(node.text)}`
        )
      }
      continue
    }
    for (const child of node.children) {
      if (child && (child.hasError || child.isMissing)) pending.push(child)
    }
  }
  return [...errors]
    .map(([line, message]) => ({ line, message }))
    .sort((a, b) => a.line - b.line)
}

/** The line of the last character that is not white space before `offset`. */
function lineBefore(text: string, offset: number): number {
  let at = Math.min(offset, text.length) - 1
  while (at >= 0 && /\s/.test(text[at] ?? '')) at--
  let line = 1
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

function firstErrorLine(node: Node, text: string): number {
  const errors = syntaxErrors(node, text)
  return errors[0]?.line ?? node.startPosition.row + 1
}

function quoteToken(type: string): string {
  const tokens: Record<string, string> = {
    block_end: '"}"',
    object_end: '"}"',
    tuple_end: '"]"',
    quoted_template_end: 'closing quote'
  }
  return tokens[type] ?? `"${type}"`
}

function describeText(text: string): string {
  const firstLine = text.trim().split(/\r?\n/)[0] ?? ''
  if (firstLine === '') return 'end of input'
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}...` : firstLine
  return `"${shown}"`
}
