/**
 * HCL string templates: quoted strings with escapes and heredocs. Literal
 * parts are cut from the source text between interpolations, because the
 * grammar's literal chunks do not keep every space.
 */
import type { Node } from 'web-tree-sitter'
import type { HclExpression } from './hcl-syntax.js'

type Convert = (node: Node, text: string) => HclExpression

/** The text of a `string_lit` (a quoted string without interpolations). */
export function literalText(node: Node, text: string): string {
  const [start, end] = contentRange(node)
  return decodeQuoted(text.slice(start, end))
}

export function quotedTemplate(
  node: Node,
  text: string,
  convert: Convert
): HclExpression {
  const [start, end] = contentRange(node)
  return templateParts(node, text, start, end, decodeQuoted, convert)
}

export function heredocTemplate(
  node: Node,
  text: string,
  convert: Convert
): HclExpression {
  const identifiers = node.children.filter(
    (child): child is Node => child?.type === 'heredoc_identifier'
  )
  const [opening, closing] = identifiers
  if (!opening || !closing) {
    return { kind: 'invalid', line: node.startPosition.row + 1 }
  }
  const newline = text.indexOf('\n', opening.endIndex)
  const start = newline < 0 ? opening.endIndex : newline + 1
  const end = text.lastIndexOf('\n', closing.startIndex) + 1
  const template = templateParts(
    node,
    text,
    start,
    Math.max(start, end),
    decodeTemplateMarkers,
    convert
  )
  const indented = node.namedChildren[0]?.text === '<<-'
  return indented ? stripIndentation(template) : template
}

function templateParts(
  node: Node,
  text: string,
  start: number,
  end: number,
  decode: (raw: string) => string,
  convert: Convert
): HclExpression {
  const parts: (string | HclExpression)[] = []
  let cursor = start
  for (const child of node.namedChildren) {
    if (!child) continue
    if (
      child.type !== 'template_interpolation' &&
      child.type !== 'template_directive'
    ) {
      continue
    }
    if (child.startIndex > cursor) {
      parts.push(decode(text.slice(cursor, child.startIndex)))
    }
    if (child.type === 'template_directive') {
      parts.push({ kind: 'unsupported', what: 'a template directive' })
    } else {
      const inner = child.namedChildren.find(c => c?.type === 'expression')
      parts.push(
        inner
          ? convert(inner, text)
          : { kind: 'invalid', line: child.startPosition.row + 1 }
      )
    }
    cursor = child.endIndex
  }
  if (end > cursor) parts.push(decode(text.slice(cursor, end)))

  if (parts.every(part => typeof part === 'string')) {
    return { kind: 'literal', value: parts.join('') }
  }
  return { kind: 'template', parts }
}

/** Between the opening and the closing quote. */
function contentRange(node: Node): [number, number] {
  const open = node.children.find(c => c?.type === 'quoted_template_start')
  const close = node.children.find(c => c?.type === 'quoted_template_end')
  const start = open ? open.endIndex : node.startIndex
  const end = close ? close.startIndex : node.endIndex
  return [start, Math.max(start, end)]
}

const QUOTED_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  '\\': '\\'
}

function decodeQuoted(raw: string): string {
  return raw.replace(
    /\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g,
    (match, escape: string | undefined) => {
      if (escape === undefined) return match.slice(1)
      if (escape.length > 1) {
        return String.fromCodePoint(parseInt(escape.slice(1), 16))
      }
      return QUOTED_ESCAPES[escape] ?? match
    }
  )
}

function decodeTemplateMarkers(raw: string): string {
  return raw.replace(/\$\$\{|%%\{/g, match => match.slice(1))
}

/** `<<-` removes the indentation that every line of the text shares. */
function stripIndentation(template: HclExpression): HclExpression {
  if (template.kind !== 'literal' || typeof template.value !== 'string') {
    return template
  }
  const lines = template.value.split('\n')
  const indents = lines
    .filter(line => line.trim() !== '')
    .map(line => /^[ \t]*/.exec(line)?.[0].length ?? 0)
  const common = indents.length > 0 ? Math.min(...indents) : 0
  return {
    kind: 'literal',
    value: lines.map(line => line.slice(common)).join('\n')
  }
}
