/**
 * Suppressions written as comments in YAML and HCL, on the finding's line or
 * in the comment lines directly above it:
 *
 *     # apigw-cache-check:ignore reason="public price list" until=2027-03-31
 *
 * `reason` is required; `until` (a date) and `rule` are optional. HCL may
 * use `//` instead of `#`.
 */
import { checkSuppression, type Suppression } from './entry.js'
import type { ScanError } from '../model.js'

const DIRECTIVE = /(?:^|\s)(?:#|\/\/)\s*apigw-cache-check:ignore\b(.*)$/
const COMMENT_LINE = /^\s*(?:#|\/\/)/
const FIELD = /^([A-Za-z_-]+)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']\S*)/
const KNOWN_FIELDS = new Set(['reason', 'until', 'rule'])

export interface InlineResult {
  /** Nearest first: the finding's own line, then upwards. */
  suppressions: Suppression[]
  errors: ScanError[]
}

/** Reads the directives that apply to 1-based `line` of a file. */
export function inlineSuppressions(
  lines: readonly string[],
  line: number,
  file: string
): InlineResult {
  const result: InlineResult = { suppressions: [], errors: [] }
  const read = (index: number) => {
    const match = DIRECTIVE.exec(lines[index] ?? '')
    if (!match) return
    const checked = readDirective(match[1] ?? '', file, index + 1)
    result.errors.push(...checked.errors)
    if (checked.suppression) result.suppressions.push(checked.suppression)
  }

  read(line - 1)
  // A blank line or code ends the comment block that belongs to the line.
  for (let index = line - 2; index >= 0; index--) {
    if (!COMMENT_LINE.test(lines[index] ?? '')) break
    read(index)
  }
  return result
}

function readDirective(
  text: string,
  file: string,
  line: number
): { suppression: Suppression | null; errors: ScanError[] } {
  const fields: Record<string, string> = {}
  let rest = text.trim()
  while (rest !== '') {
    const match = FIELD.exec(rest)
    if (!match) {
      return problem(
        file,
        line,
        `cannot read "${rest}"; write key="value" pairs such as reason="public data" until=2027-03-31`
      )
    }
    const [whole, key = '', value = ''] = match
    if (!KNOWN_FIELDS.has(key)) {
      return problem(
        file,
        line,
        `unknown field "${key}"; the fields are reason, until and rule`
      )
    }
    fields[key] = unquote(value)
    rest = rest.slice(whole.length).trim()
  }
  return checkSuppression(fields, file, line, 'inline suppression')
}

function unquote(value: string): string {
  if (value.startsWith('"')) return value.slice(1, -1).replace(/\\(.)/g, '$1')
  if (value.startsWith("'")) return value.slice(1, -1)
  return value
}

function problem(
  file: string,
  line: number,
  message: string
): { suppression: null; errors: ScanError[] } {
  return {
    suppression: null,
    errors: [
      {
        file,
        line,
        message: `inline suppression: ${message}; it was not applied`
      }
    ]
  }
}
