/**
 * Keeps secrets out of everything the action prints. The runner masks values
 * registered with `::add-mask::`, but only in its own log view; a service
 * that echoes a token back in an error message would otherwise put it in our
 * output, our reports and our pull-request comment. So every value masked
 * through `core.setSecret` is also replaced here, in process output and in
 * the report, before anything is written.
 */

const MASK_COMMAND = '::add-mask::'
const REPLACEMENT = '***'

/** Values that must never be written, longest first so overlaps redact fully. */
export class SecretRegistry {
  private values: string[] = []

  add(value: string): void {
    // Very short values would redact ordinary words; the runner ignores them too.
    if (value.length < 4 || this.values.includes(value)) return
    this.values.push(value)
    this.values.sort((a, b) => b.length - a.length)
  }

  redact(text: string): string {
    let result = text
    for (const value of this.values)
      result = result.split(value).join(REPLACEMENT)
    return result
  }

  /** Redacts every string inside a JSON-shaped value. */
  redactValue<T>(value: T): T {
    if (this.values.length === 0) return value
    return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
      typeof item === 'string' ? this.redact(item) : item
    ) as T
  }
}

/** Reads the secret out of an `::add-mask::` line as @actions/core escapes it. */
function maskedValue(line: string): string | null {
  if (!line.startsWith(MASK_COMMAND)) return null
  return line
    .slice(MASK_COMMAND.length)
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%')
}

/**
 * Wraps standard output and error: `::add-mask::` lines register their value
 * and pass through (the runner needs them); every other line is redacted.
 */
export function guardProcessOutput(registry: SecretRegistry): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (
      chunk: string | Uint8Array,
      ...rest: unknown[]
    ) => boolean
    stream.write = ((
      chunk: string | Uint8Array,
      ...rest: unknown[]
    ): boolean => {
      const text =
        typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
      const lines = text.split('\n').map(line => {
        const value = maskedValue(line.replace(/\r$/, ''))
        if (value !== null) {
          registry.add(value)
          return line
        }
        return registry.redact(line)
      })
      return write(lines.join('\n'), ...rest)
    }) as typeof stream.write
  }
}
