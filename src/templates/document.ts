/**
 * A parsed JSON or YAML document: plain values for the evaluators, plus a
 * locator that answers where a value (or a mapping key) is written.
 */
import type { SourceLocation } from '../model.js'

export type Value =
  null | boolean | number | string | Value[] | { [key: string]: Value }

export type ValueMap = { [key: string]: Value }

/** Keys and list indexes from the document root to a value. */
export type Path = readonly (string | number)[]

export interface ParsedDocument {
  value: Value
  /**
   * Where the value at `path` is written. When the last step is a mapping
   * key, the answer is the key itself: that is the line a person edits.
   */
  locate(path: Path): SourceLocation | null
}

/** Thrown by the readers; carries the 1-based line of the problem. */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly line: number | null
  ) {
    super(message)
    this.name = 'DocumentError'
  }
}

export function isMap(value: Value | undefined): value is ValueMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads a key that exists as an own property, never from a prototype. */
export function field(map: ValueMap, key: string): Value | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined
}

/** Turns character offsets into 1-based lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10) {
        this.starts.push(i + 1)
      } else if (code === 13 && text.charCodeAt(i + 1) !== 10) {
        this.starts.push(i + 1)
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 }
  }
}
