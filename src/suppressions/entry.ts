/**
 * What every form of suppression shares: a required reason, an optional
 * expiry date, an optional rule, and where it was written.
 */
import type { RuleId, ScanError } from '../model.js'

/** One accepted risk, read from a comment, template metadata or the config file. */
export interface Suppression {
  reason: string
  /** Last day the suppression applies, `YYYY-MM-DD`; null for no expiry. */
  until: string | null
  /** Limits the suppression to one rule; null for both. */
  rule: RuleId | null
  /** Where it is written, for messages: `infra/api.yaml:12`. */
  origin: string
}

const RULES: readonly RuleId[] = [
  'cache-unencrypted',
  'cache-cluster-unencrypted'
]

/** Raw fields as written, before they are checked. */
export interface RawSuppression {
  reason?: unknown
  until?: unknown
  rule?: unknown
}

/**
 * Checks the shared fields; problems become errors at `file:line`, because
 * an unusable suppression must not pass silently.
 */
export function checkSuppression(
  raw: RawSuppression,
  file: string,
  line: number | null,
  form: string
): { suppression: Suppression | null; errors: ScanError[] } {
  const errors: ScanError[] = []
  const fail = (message: string) =>
    errors.push({ file, line, message: `${form}: ${message}` })

  const reason = typeof raw.reason === 'string' ? raw.reason.trim() : ''
  if (reason === '') {
    fail(
      'a suppression needs a reason, for example reason="public data"; it was not applied'
    )
  }
  let until: string | null = null
  if (raw.until !== undefined && raw.until !== null) {
    until = typeof raw.until === 'string' ? validDate(raw.until) : null
    if (until === null) {
      fail(
        `until must be a date written YYYY-MM-DD; got "${String(raw.until)}"; the suppression was not applied`
      )
    }
  }
  let rule: RuleId | null = null
  if (raw.rule !== undefined && raw.rule !== null) {
    rule = RULES.find(id => id === raw.rule) ?? null
    if (rule === null) {
      fail(
        `rule must be one of ${RULES.join(', ')}; got "${String(raw.rule)}"; the suppression was not applied`
      )
    }
  }

  if (errors.length > 0) return { suppression: null, errors }
  const origin = line === null ? file : `${file}:${line}`
  return { suppression: { reason, until, rule, origin }, errors }
}

/** True once the day after `until` has begun. */
export function isExpired(suppression: Suppression, today: string): boolean {
  return suppression.until !== null && suppression.until < today
}

/** Accepts a real calendar date written `YYYY-MM-DD`. */
function validDate(raw: string): string | null {
  const text = raw.trim()
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null
  const date = new Date(`${text}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return null
  return date.toISOString().slice(0, 10) === text ? text : null
}
