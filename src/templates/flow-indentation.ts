/**
 * CloudFormation's YAML reader, like PyYAML and SnakeYAML, accepts flow
 * collections (`[...]`, `{...}`) whose continuation lines are indented less
 * than the YAML specification requires; js-yaml rejects them with "deficient
 * indentation". Real templates that deploy fine are written this way, so
 * after such an error the reader indents those continuation lines and tries
 * again. Only leading spaces are added: line numbers do not move.
 */

/** Indents continuation lines of flow collections past their opener's line. */
export function indentFlowContinuations(text: string): string {
  const lines = text.split('\n')
  let depth = 0
  let openerIndent = 0
  let changed = false

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string
    if (depth > 0) {
      const indent = leadingSpaces(line)
      if (line.trim() !== '' && indent <= openerIndent) {
        lines[index] = ' '.repeat(openerIndent + 1 - indent) + line
        changed = true
      }
    } else {
      openerIndent = leadingSpaces(line)
    }
    depth = Math.max(0, depth + flowBalance(line, depth > 0))
  }
  return changed ? lines.join('\n') : text
}

function leadingSpaces(line: string): number {
  let count = 0
  while (line.charCodeAt(count) === 32) count++
  return count
}

/**
 * Net change in flow depth over one line. In block context a bracket opens
 * a flow collection only where a value starts (after `: `, `- `, or a tag);
 * quoted text and comments are ignored.
 */
function flowBalance(line: string, inFlow: boolean): number {
  let balance = 0
  let quote: string | null = null
  let valueStart = true

  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string
    if (quote) {
      if (char === '\\' && quote === '"') i++
      else if (char === quote) quote = null
      continue
    }
    const flow = inFlow || balance > 0
    if (
      char === '#' &&
      (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')
    )
      break
    if (char === '"' || char === "'") {
      if (flow || valueStart) quote = char
      valueStart = false
      continue
    }
    if (char === '[' || char === '{') {
      if (flow || valueStart) balance++
      continue
    }
    if (char === ']' || char === '}') {
      if (flow) balance--
      continue
    }
    if (char === ' ' || char === '\t') continue
    if (!flow) {
      // A new value starts after "key: ", "- " or a tag such as "!Sub ".
      const next = line[i + 1]
      valueStart =
        (char === ':' || char === '-') && (next === ' ' || next === undefined)
      if (char === '!') {
        while (i + 1 < line.length && line[i + 1] !== ' ') i++
        valueStart = true
      }
    }
  }
  return balance
}
