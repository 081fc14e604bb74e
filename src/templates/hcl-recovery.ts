/**
 * Recovery from syntax errors: every ERROR and MISSING node of a tree becomes
 * a message with the line a person edits, and blocks that an unclosed block
 * swallowed are lifted back to the top level.
 */
import type { Node } from 'web-tree-sitter'
import type { HclBlock, HclBody } from './hcl-syntax.js'

export interface HclSyntaxError {
  line: number
  message: string
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
export function hoistTopLevelBlocks(block: HclBlock): HclBlock[] {
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

/**
 * Every ERROR and MISSING node, one message a line, without descending into
 * errors. Something missing is reported on the line where the text before it
 * ends, which is where a person left it out.
 */
export function syntaxErrors(
  root: Node,
  text: string | null
): HclSyntaxError[] {
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
  const unclosed = unclosedString(root)
  if (unclosed !== null) {
    errors.set(
      unclosed,
      'HCL syntax error: this quoted string is not closed on its line (a quoted string cannot span lines; the errors after it follow from it)'
    )
  }
  return [...errors]
    .map(([line, message]) => ({ line, message }))
    .sort((a, b) => a.line - b.line)
}

/**
 * The line of the first quoted string that runs past its line. HCL forbids
 * that, but the grammar reads on to the next quote, so the real mistake (a
 * missing closing quote) would otherwise surface lines later as noise.
 */
function unclosedString(root: Node): number | null {
  for (const literal of root.descendantsOfType('template_literal')) {
    const parent = literal?.parent
    if (!parent || parent.type === 'heredoc_template') continue
    if (literal.startPosition.row !== literal.endPosition.row) {
      return parent.startPosition.row + 1
    }
  }
  return null
}

/** The line of the last character that is not white space before `offset`. */
function lineBefore(text: string, offset: number): number {
  let at = Math.min(offset, text.length) - 1
  while (at >= 0 && /\s/.test(text[at] ?? '')) at--
  let line = 1
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

export function firstErrorLine(node: Node, text: string): number {
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
  const shown =
    firstLine.length > 40 ? `${firstLine.slice(0, 40)}...` : firstLine
  return `"${shown}"`
}
