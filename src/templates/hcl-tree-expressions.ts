/**
 * HCL expressions from tree-sitter nodes. The grammar flattens a term and
 * its suffixes (`a.b[0]`) and both operands of an operation into one list of
 * children, so terms are read from node lists, not from single nodes.
 */
import {
  heredocTemplate,
  literalText,
  quotedTemplate
} from './hcl-templates.js'
import type { Node } from 'web-tree-sitter'
import type { HclExpression } from './hcl-syntax.js'

const BINARY_OPERATORS = new Set('* / % + - > >= < <= == != && ||'.split(' '))

/** Children without comments, which may sit anywhere. */
export function usefulChildren(node: Node): Node[] {
  return node.children.filter(
    (child): child is Node => child !== null && child.type !== 'comment'
  )
}

/** Converts an `expression` node, or any single node that stands for a term. */
export function convertExpression(node: Node, text: string): HclExpression {
  if (node.isError || node.isMissing) {
    return { kind: 'invalid', line: node.startPosition.row + 1 }
  }
  if (node.type === 'expression') return convertTerm(usefulChildren(node), text)
  return convertTerm([node], text)
}

/** A primary term followed by `.name`, `[key]` and splat suffixes. */
function convertTerm(nodes: Node[], text: string): HclExpression {
  const first = nodes[0]
  if (!first) return { kind: 'unsupported', what: 'an empty expression' }

  let rest: Node[]
  let expression: HclExpression
  if (first.type === '(') {
    const inner = nodes[1]
    expression = inner
      ? convertExpression(inner, text)
      : { kind: 'invalid', line: first.startPosition.row + 1 }
    rest = nodes.slice(3)
  } else {
    expression = convertPrimary(first, text)
    rest = nodes.slice(1)
  }

  for (const suffix of rest) {
    expression = applySuffix(expression, suffix, text)
  }
  return expression
}

function applySuffix(
  target: HclExpression,
  suffix: Node,
  text: string
): HclExpression {
  if (suffix.type === 'get_attr') {
    const name = suffix.namedChildren.find(c => c?.type === 'identifier')
    return { kind: 'attribute', target, name: name?.text ?? '' }
  }
  if (suffix.type === 'index') {
    const index = suffix.namedChildren[0]
    if (index?.type === 'legacy_index') {
      const digits = Number(index.text.replace(/^\./, ''))
      return { kind: 'index', target, key: { kind: 'literal', value: digits } }
    }
    const key = index?.namedChildren.find(c => c?.type === 'expression')
    if (!key) return { kind: 'invalid', line: suffix.startPosition.row + 1 }
    return { kind: 'index', target, key: convertExpression(key, text) }
  }
  if (suffix.type === 'splat') return { kind: 'unsupported', what: 'a splat' }
  return { kind: 'invalid', line: suffix.startPosition.row + 1 }
}

function convertPrimary(node: Node, text: string): HclExpression {
  const inner = node.namedChildren[0] ?? null
  switch (node.type) {
    case 'expression':
      return convertExpression(node, text)
    case 'literal_value':
      return inner ? convertLiteral(inner, text) : invalid(node)
    case 'template_expr':
      if (inner?.type === 'quoted_template') {
        return quotedTemplate(inner, text, convertExpression)
      }
      if (inner?.type === 'heredoc_template') {
        return heredocTemplate(inner, text, convertExpression)
      }
      return invalid(node)
    case 'collection_value':
      return inner ? convertCollection(inner, text) : invalid(node)
    case 'variable_expr':
      return { kind: 'name', name: node.text }
    case 'function_call':
      return convertCall(node, text)
    case 'for_expr':
      return { kind: 'unsupported', what: 'a for expression' }
    case 'operation':
      return inner ? convertOperation(inner, text) : invalid(node)
    case 'conditional': {
      const [condition, whenTrue, whenFalse] = node.namedChildren
      if (!condition || !whenTrue || !whenFalse) return invalid(node)
      return {
        kind: 'conditional',
        condition: convertExpression(condition, text),
        whenTrue: convertExpression(whenTrue, text),
        whenFalse: convertExpression(whenFalse, text)
      }
    }
    default:
      return invalid(node)
  }
}

function convertLiteral(node: Node, text: string): HclExpression {
  switch (node.type) {
    case 'numeric_lit':
      return { kind: 'literal', value: Number(node.text) }
    case 'bool_lit':
      return { kind: 'literal', value: node.text === 'true' }
    case 'null_lit':
      return { kind: 'literal', value: null }
    case 'string_lit':
      return { kind: 'literal', value: literalText(node, text) }
    default:
      return invalid(node)
  }
}

function convertCollection(node: Node, text: string): HclExpression {
  if (node.type === 'tuple') {
    const items = node.namedChildren
      .filter((child): child is Node => child?.type === 'expression')
      .map(child => convertExpression(child, text))
    return { kind: 'tuple', items }
  }
  if (node.type === 'object') {
    const entries: { key: HclExpression; value: HclExpression }[] = []
    for (const element of node.namedChildren) {
      if (element?.type !== 'object_elem') continue
      const key = element.childForFieldName('key')
      const value = element.childForFieldName('val')
      if (!key || !value) continue
      const converted = convertExpression(key, text)
      // A bare name as a key is the key's text, not a reference.
      entries.push({
        key:
          converted.kind === 'name'
            ? { kind: 'literal', value: converted.name }
            : converted,
        value: convertExpression(value, text)
      })
    }
    return { kind: 'object', entries }
  }
  return { kind: 'unsupported', what: 'a for expression' }
}

function convertCall(node: Node, text: string): HclExpression {
  const name = node.namedChildren.find(c => c?.type === 'identifier')
  const argumentsNode = node.namedChildren.find(
    c => c?.type === 'function_arguments'
  )
  const args = (argumentsNode?.namedChildren ?? [])
    .filter((child): child is Node => child?.type === 'expression')
    .map(child => convertExpression(child, text))
  const expand =
    argumentsNode?.namedChildren.some(c => c?.type === 'ellipsis') ?? false
  return { kind: 'call', name: name?.text ?? '', args, expand }
}

function convertOperation(node: Node, text: string): HclExpression {
  const children = usefulChildren(node)
  if (node.type === 'unary_operation') {
    const [operator, ...operand] = children
    return {
      kind: 'unary',
      operator: operator?.type ?? '',
      operand: convertTerm(operand, text)
    }
  }
  const at = children.findIndex(
    child => !child.isNamed && BINARY_OPERATORS.has(child.type)
  )
  if (at <= 0) return invalid(node)
  return {
    kind: 'binary',
    operator: children[at]?.type ?? '',
    left: convertTerm(children.slice(0, at), text),
    right: convertTerm(children.slice(at + 1), text)
  }
}

function invalid(node: Node): HclExpression {
  return { kind: 'invalid', line: node.startPosition.row + 1 }
}
