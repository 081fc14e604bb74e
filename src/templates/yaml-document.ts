/**
 * YAML reader built on js-yaml's event parser. It builds plain values with
 * CloudFormation short-form tags turned into their long form (`!Ref X` into
 * `{ Ref: X }`), and records where every mapping key and collection starts.
 *
 * Aliases are shared by reference, never copied, so an alias bomb costs the
 * size of the source; merge keys are counted against a budget. A duplicated
 * key keeps its last value, as CloudFormation does when it deploys.
 */
import {
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type Event,
  type ScalarEvent
} from 'js-yaml'
import {
  DocumentError,
  LineIndex,
  isMap,
  type ParsedDocument,
  type Path,
  type Value,
  type ValueMap
} from './document.js'
import { indentFlowContinuations } from './flow-indentation.js'
import type { SourceLocation } from '../model.js'

export interface YamlLimits {
  /** Deepest nesting of collections accepted. */
  maxDepth: number
  /** Most alias nodes accepted in one document. */
  maxAliases: number
  /** Most keys merged through `<<` in one document. */
  maxMergeKeys: number
}

export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxDepth: 200,
  maxAliases: 10_000,
  maxMergeKeys: 10_000
}

/** Where a collection starts, and where each of its keys or items is. */
interface Positions {
  start: number
  children: Map<string | number, number>
}

/** Tags whose long form is `Fn::<name>`; Ref and Condition have no prefix. */
const INTRINSIC_TAGS = new Set([
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'ForEach',
  'GetAtt',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform'
])

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL'])
const TRUES = new Set(['true', 'True', 'TRUE'])
const FALSES = new Set(['false', 'False', 'FALSE'])

/** Parses every document of a YAML source. Throws DocumentError. */
export function readYaml(
  text: string,
  file: string,
  limits: YamlLimits = DEFAULT_YAML_LIMITS
): ParsedDocument[] {
  let events: Event[]
  let source = text
  try {
    events = parseEvents(source, { maxDepth: limits.maxDepth })
  } catch (error) {
    const retry = isDeficientIndentation(error)
      ? indentFlowContinuations(text)
      : text
    if (retry === text) throw toDocumentError(error)
    try {
      source = retry
      events = parseEvents(source, { maxDepth: limits.maxDepth })
    } catch {
      throw toDocumentError(error)
    }
  }
  return new EventReader(source, file, events, limits).documents()
}

function isDeficientIndentation(error: unknown): boolean {
  return error instanceof Error && /deficient indentation/.test(error.message)
}

function toDocumentError(error: unknown): DocumentError {
  if (error instanceof Error) {
    const mark = (error as { mark?: { line?: number } }).mark
    const reason = (error as { reason?: string }).reason ?? error.message
    const line = typeof mark?.line === 'number' ? mark.line + 1 : null
    return new DocumentError(`invalid YAML: ${reason}`, line)
  }
  return new DocumentError(`invalid YAML: ${String(error)}`, null)
}

class EventReader {
  private index = 0
  private readonly lines: LineIndex
  private readonly positions = new WeakMap<object, Positions>()
  private anchors = new Map<string, { value: Value; offset: number }>()
  private aliasCount = 0
  private mergeCount = 0

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly events: Event[],
    private readonly limits: YamlLimits
  ) {
    this.lines = new LineIndex(text)
  }

  documents(): ParsedDocument[] {
    const documents: ParsedDocument[] = []
    while (this.index < this.events.length) {
      const event = this.events[this.index++]
      if (event?.type !== EVENT_ID.DOCUMENT) continue
      this.anchors = new Map()
      this.aliasCount = 0
      this.mergeCount = 0
      let value: Value = null
      if (this.peek()?.type !== EVENT_ID.POP) value = this.node().value
      this.expectPop()
      documents.push(this.document(value))
    }
    return documents
  }

  private document(value: Value): ParsedDocument {
    return {
      value,
      locate: (path: Path) => this.locate(value, path)
    }
  }

  private locate(root: Value, path: Path): SourceLocation | null {
    let current: Value = root
    let offset: number | null = null
    for (const step of path) {
      if (typeof current !== 'object' || current === null) return null
      const positions = this.positions.get(current)
      const next: Value | undefined = Array.isArray(current)
        ? typeof step === 'number'
          ? current[step]
          : undefined
        : isMap(current) && typeof step === 'string'
          ? Object.prototype.hasOwnProperty.call(current, step)
            ? current[step]
            : undefined
          : undefined
      if (next === undefined) return null
      offset = positions?.children.get(step) ?? positions?.start ?? offset
      current = next
    }
    if (path.length === 0 && typeof root === 'object' && root !== null) {
      offset = this.positions.get(root)?.start ?? null
    }
    if (offset === null) return null
    return { file: this.file, ...this.lines.position(offset) }
  }

  private peek(): Event | undefined {
    return this.events[this.index]
  }

  private expectPop(): void {
    const event = this.events[this.index++]
    if (event?.type !== EVENT_ID.POP) {
      throw new DocumentError('invalid YAML: unbalanced structure', null)
    }
  }

  /** Reads one node; returns its value and where it starts. */
  private node(): { value: Value; offset: number } {
    const event = this.events[this.index++]
    if (!event) throw new DocumentError('invalid YAML: unexpected end', null)

    switch (event.type) {
      case EVENT_ID.SCALAR:
        return this.anchored(event, this.scalar(event), this.scalarStart(event))
      case EVENT_ID.MAPPING:
        return this.anchored(event, this.mapping(event.start), event.start)
      case EVENT_ID.SEQUENCE:
        return this.anchored(event, this.sequence(event.start), event.start)
      case EVENT_ID.ALIAS:
        return this.alias(event.anchorStart, event.anchorEnd)
      default:
        throw new DocumentError('invalid YAML: unexpected structure', null)
    }
  }

  private anchored(
    event: {
      anchorStart: number
      anchorEnd: number
      tagStart: number
      tagEnd: number
    },
    raw: Value,
    start: number
  ): { value: Value; offset: number } {
    const tag =
      event.tagStart >= 0 ? this.text.slice(event.tagStart, event.tagEnd) : null
    const offset = Math.min(
      start,
      ...[event.tagStart, event.anchorStart].filter(n => n >= 0)
    )
    const value = tag === null ? raw : this.applyTag(tag, raw, offset)
    if (event.anchorStart >= 0) {
      const name = this.text.slice(event.anchorStart, event.anchorEnd)
      this.anchors.set(name, { value, offset })
    }
    return { value, offset }
  }

  private alias(start: number, end: number): { value: Value; offset: number } {
    const name = this.text.slice(start, end)
    if (++this.aliasCount > this.limits.maxAliases) {
      throw new DocumentError(
        `YAML uses more than ${this.limits.maxAliases} aliases`,
        this.lines.position(start).line
      )
    }
    const target = this.anchors.get(name)
    if (!target) {
      throw new DocumentError(
        `YAML alias *${name} names no anchor`,
        this.lines.position(start).line
      )
    }
    return { value: target.value, offset: start - 1 }
  }

  private scalarStart(event: ScalarEvent): number {
    // Quoted scalars start at the quote, one before the value.
    const quoted =
      event.style === SCALAR_STYLE.SINGLE_QUOTED ||
      event.style === SCALAR_STYLE.DOUBLE_QUOTED
    return quoted ? event.valueStart - 1 : event.valueStart
  }

  private scalar(event: ScalarEvent): Value {
    const text = getScalarValue(this.text, event)
    if (event.style !== SCALAR_STYLE.PLAIN || event.tagStart >= 0) return text
    if (NULLS.has(text)) return null
    if (TRUES.has(text)) return true
    if (FALSES.has(text)) return false
    return text
  }

  private mapping(start: number): ValueMap {
    const map: ValueMap = Object.create(null) as ValueMap
    const positions: Positions = { start, children: new Map() }
    const merges: Value[] = []

    while (this.peek()?.type !== EVENT_ID.POP) {
      const keyNode = this.node()
      const valueNode = this.node()
      const key = keyText(keyNode.value)
      if (key === '<<' && typeof keyNode.value === 'string') {
        merges.push(valueNode.value)
        continue
      }
      // CloudFormation keeps the last of duplicated keys; so does this reader.
      map[key] = valueNode.value
      positions.children.set(key, keyNode.offset)
    }
    this.expectPop()

    for (const source of merges) this.merge(map, positions, source, start)
    this.positions.set(map, positions)
    return map
  }

  /** Applies a `<<` merge: keys written in the mapping win. */
  private merge(
    map: ValueMap,
    positions: Positions,
    source: Value,
    start: number
  ): void {
    const sources = Array.isArray(source) ? source : [source]
    for (const item of sources) {
      if (!isMap(item)) {
        throw new DocumentError(
          'a YAML merge key (<<) must name a mapping',
          this.lines.position(start).line
        )
      }
      const itemPositions = this.positions.get(item)
      for (const key of Object.keys(item)) {
        if (++this.mergeCount > this.limits.maxMergeKeys) {
          throw new DocumentError(
            `YAML merges more than ${this.limits.maxMergeKeys} keys`,
            this.lines.position(start).line
          )
        }
        if (positions.children.has(key)) continue
        map[key] = item[key] ?? null
        positions.children.set(key, itemPositions?.children.get(key) ?? start)
      }
    }
  }

  private sequence(start: number): Value[] {
    const list: Value[] = []
    const positions: Positions = { start, children: new Map() }
    while (this.peek()?.type !== EVENT_ID.POP) {
      const item = this.node()
      positions.children.set(list.length, item.offset)
      list.push(item.value)
    }
    this.expectPop()
    this.positions.set(list, positions)
    return list
  }

  /** Turns CloudFormation short forms into long forms; other tags keep the value. */
  private applyTag(tag: string, value: Value, offset: number): Value {
    if (tag.startsWith('!!')) return coreTag(tag.slice(2), value)
    const name = tag.slice(1)
    let key: string
    let argument: Value = value
    if (name === 'Ref' || name === 'Condition') {
      key = name
    } else if (INTRINSIC_TAGS.has(name)) {
      key = `Fn::${name}`
      if (name === 'GetAtt' && typeof value === 'string') {
        const dot = value.indexOf('.')
        argument =
          dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)]
        this.positions.set(argument, { start: offset, children: new Map() })
      }
    } else {
      // An unknown local tag stays visible to the evaluator as an intrinsic it cannot resolve.
      key = `Fn::${name}`
    }
    const wrapper: ValueMap = Object.create(null) as ValueMap
    wrapper[key] = argument
    this.positions.set(wrapper, {
      start: offset,
      children: new Map([[key, offset]])
    })
    return wrapper
  }
}

function keyText(value: Value): string {
  if (typeof value === 'string') return value
  if (value === null) return 'null'
  if (typeof value === 'boolean' || typeof value === 'number') {
    return String(value)
  }
  return '[complex key]'
}

function coreTag(name: string, value: Value): Value {
  if (typeof value !== 'string' && value !== null) return value
  switch (name) {
    case 'str':
      return value ?? ''
    case 'bool':
      if (value !== null && TRUES.has(value)) return true
      if (value !== null && FALSES.has(value)) return false
      return value
    case 'null':
      return null
    default:
      return value
  }
}
