/**
 * JSON reader. Values come from `JSON.parse`, which is fast; positions come
 * from a second, position-recording pass that runs only when a finding asks
 * where something is, which most files never do.
 */
import {
  DocumentError,
  LineIndex,
  type ParsedDocument,
  type Path,
  type Value
} from './document.js'
import type { SourceLocation } from '../model.js'

/** Where a collection starts, and where each of its keys or items starts. */
interface JsonPositions {
  start: number
  children: Map<string | number, JsonPositions | number>
  keys: Map<string, number>
}

export function readJson(
  text: string,
  file: string,
  maxDepth = 200
): ParsedDocument {
  let value: Value
  try {
    value = JSON.parse(text) as Value
  } catch (error) {
    throw new DocumentError(
      `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
      lineOfJsonError(text, error)
    )
  }
  checkDepth(value, maxDepth)

  let positions: JsonPositions | number | null = null
  let lines: LineIndex | null = null
  return {
    value,
    locate(path: Path): SourceLocation | null {
      positions ??= new PositionScanner(text).value()
      lines ??= new LineIndex(text)
      let current: JsonPositions | number = positions
      let offset = typeof current === 'number' ? current : current.start
      for (const step of path) {
        if (typeof current === 'number') return null
        const child: JsonPositions | number | undefined =
          current.children.get(step)
        if (child === undefined) return null
        const keyOffset =
          typeof step === 'string' ? current.keys.get(step) : undefined
        offset =
          typeof keyOffset === 'number'
            ? keyOffset
            : typeof child === 'number'
              ? child
              : child.start
        current = child
      }
      return { file, ...lines.position(offset) }
    }
  }
}

/** Rejects documents nested deeper than the limit without recursing. */
function checkDepth(root: Value, maxDepth: number): void {
  const stack: { value: Value; depth: number }[] = [{ value: root, depth: 0 }]
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: Value; depth: number }
    if (typeof value !== 'object' || value === null) continue
    if (depth >= maxDepth) {
      throw new DocumentError(`JSON nests deeper than ${maxDepth} levels`, null)
    }
    const children = Array.isArray(value) ? value : Object.values(value)
    for (const child of children) stack.push({ value: child, depth: depth + 1 })
  }
}

function lineOfJsonError(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : ''
  const lineMatch = /line (\d+)/.exec(message)
  if (lineMatch?.[1]) return Number(lineMatch[1])
  const positionMatch = /position (\d+)/.exec(message)
  if (positionMatch?.[1]) {
    return new LineIndex(text).position(Number(positionMatch[1])).line
  }
  return null
}

/**
 * Walks JSON text that `JSON.parse` already accepted and records where each
 * key and value starts. Iterative, so deep nesting cannot overflow the stack.
 */
class PositionScanner {
  private at = 0

  constructor(private readonly text: string) {}

  value(): JsonPositions | number {
    const root: { node: JsonPositions | number | null } = { node: null }
    type Frame = { positions: JsonPositions; isArray: boolean; count: number }
    const stack: Frame[] = []
    let pendingKey: string | null = null

    const attach = (node: JsonPositions | number): void => {
      const frame = stack[stack.length - 1]
      if (!frame) {
        root.node = node
      } else if (frame.isArray) {
        frame.positions.children.set(frame.count++, node)
      } else if (pendingKey !== null) {
        frame.positions.children.set(pendingKey, node)
        pendingKey = null
      }
    }

    for (;;) {
      this.skipSpace()
      if (this.at >= this.text.length) break
      const char = this.text[this.at]
      if (char === '{' || char === '[') {
        const positions: JsonPositions = {
          start: this.at,
          children: new Map(),
          keys: new Map()
        }
        attach(positions)
        stack.push({ positions, isArray: char === '[', count: 0 })
        this.at++
      } else if (char === '}' || char === ']') {
        stack.pop()
        this.at++
      } else if (char === ',' || char === ':') {
        this.at++
      } else if (char === '"') {
        const start = this.at
        const text = this.readString()
        const frame = stack[stack.length - 1]
        this.skipSpace()
        if (
          frame &&
          !frame.isArray &&
          pendingKey === null &&
          this.text[this.at] === ':'
        ) {
          pendingKey = text
          frame.positions.keys.set(text, start)
        } else {
          attach(start)
        }
      } else {
        attach(this.at)
        while (
          this.at < this.text.length &&
          !/[\s,\]}]/.test(this.text[this.at] ?? '')
        ) {
          this.at++
        }
      }
    }
    return root.node ?? 0
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? '')) {
      this.at++
    }
  }

  private readString(): string {
    const start = this.at
    this.at++
    while (this.at < this.text.length) {
      const char = this.text[this.at]
      if (char === '\\') this.at += 2
      else if (char === '"') break
      else this.at++
    }
    this.at++
    return JSON.parse(this.text.slice(start, this.at)) as string
  }
}
