/**
 * Checked access to the fields of a JSON document read from a file: each
 * check returns the value with its type, or throws an error that names the
 * file, the field, what was expected and what was found.
 */

export class ReportFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`)
    this.name = 'ReportFileError'
  }
}

type Json = Record<string, unknown>

/** One field of one file, with checks whose errors name both. */
export class Field {
  constructor(
    private readonly file: string,
    private readonly name: string
  ) {}

  child(name: string): Field {
    return new Field(this.file, `${this.name}.${name}`)
  }

  private fail(expected: string, value: unknown): never {
    const got = value === undefined ? 'nothing' : JSON.stringify(value)
    throw new ReportFileError(
      this.file,
      `${this.name} must be ${expected}; got ${(got ?? String(value)).slice(0, 80)}`
    )
  }

  object(value: unknown): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail('an object', value)
    }
    return value as Json
  }

  list(value: unknown): unknown[] {
    return Array.isArray(value) ? value : this.fail('a list', value)
  }

  text(value: unknown): string {
    return typeof value === 'string' ? value : this.fail('a string', value)
  }

  textOrNull(value: unknown): string | null {
    return value === null ? null : this.text(value)
  }

  texts(value: unknown): string[] {
    return this.list(value).map(item => this.text(item))
  }

  count(value: unknown): number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0
      ? value
      : this.fail('a whole number', value)
  }

  countOrNull(value: unknown): number | null {
    return value === null ? null : this.count(value)
  }

  booleanOrNull(value: unknown): boolean | null {
    return value === null || typeof value === 'boolean'
      ? value
      : this.fail('true, false or null', value)
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
    return typeof value === 'string' &&
      (allowed as readonly string[]).includes(value)
      ? (value as T)
      : this.fail(`one of ${allowed.join(', ')}`, value)
  }
}
