/**
 * Parameter files: values that replace template parameter defaults. The
 * shapes people already keep are accepted: the CloudFormation CLI list
 * (`[{"ParameterKey": ..., "ParameterValue": ...}]`), a CodePipeline template
 * configuration (`{"Parameters": {...}}`), a flat JSON object, and
 * `Key=Value` pairs as `sam deploy --parameter-overrides` takes them.
 */
import { field, isMap, type Value } from './document.js'

export class ParameterFileError extends Error {
  constructor(
    readonly file: string,
    message: string
  ) {
    super(`${file}: ${message}`)
    this.name = 'ParameterFileError'
  }
}

/** Parses one parameter file's text into name/value pairs. */
export function parseParameterFile(
  text: string,
  file: string
): Map<string, string> {
  const trimmed = text.trim()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let parsed: Value
    try {
      parsed = JSON.parse(trimmed) as Value
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new ParameterFileError(file, `invalid JSON: ${reason}`)
    }
    return fromJson(parsed, file)
  }
  return fromPairs(trimmed, file)
}

function fromJson(parsed: Value, file: string): Map<string, string> {
  const values = new Map<string, string>()
  if (Array.isArray(parsed)) {
    parsed.forEach((item, index) => {
      const key = isMap(item) ? field(item, 'ParameterKey') : undefined
      const value = isMap(item) ? field(item, 'ParameterValue') : undefined
      if (typeof key !== 'string' || value === undefined || isMap(value)) {
        throw new ParameterFileError(
          file,
          `item ${index + 1} needs ParameterKey and ParameterValue`
        )
      }
      values.set(key, scalarText(value))
    })
    return values
  }
  if (!isMap(parsed)) {
    throw new ParameterFileError(file, 'expected a JSON object or list')
  }
  const nested = field(parsed, 'Parameters')
  const source = isMap(nested) ? nested : parsed
  for (const key of Object.keys(source)) {
    const value = source[key]
    if (value === undefined || isMap(value)) {
      throw new ParameterFileError(file, `parameter ${key} must be a string`)
    }
    values.set(key, scalarText(value))
  }
  return values
}

function fromPairs(text: string, file: string): Map<string, string> {
  const values = new Map<string, string>()
  const pattern = /([A-Za-z0-9]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g
  let rest = text
  for (const match of text.matchAll(pattern)) {
    const [whole, key, raw] = match as unknown as [string, string, string]
    const unquoted = /^["']/.test(raw) ? raw.slice(1, -1) : raw
    values.set(key, unquoted)
    rest = rest.replace(whole, '')
  }
  if (rest.trim() !== '') {
    throw new ParameterFileError(
      file,
      'expected JSON or Key=Value pairs separated by spaces or new lines'
    )
  }
  return values
}

function scalarText(value: Value): string {
  if (Array.isArray(value)) return value.map(item => String(item)).join(',')
  return value === null ? '' : String(value)
}
