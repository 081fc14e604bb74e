/**
 * Applies the repository's accepted risks to a scan: a failing or warning
 * finding covered by a suppression that has not expired becomes
 * `suppressed`, with its reason. Inline comments are looked at first, then
 * the resource's metadata, then the suppression file. An expired
 * suppression leaves the finding as it was and its message says so.
 * Pure: file texts and today's date come from the caller.
 */
import { selects, type SuppressionConfig } from './suppressions/config.js'
import { isExpired, type Suppression } from './suppressions/entry.js'
import { inlineSuppressions } from './suppressions/inline.js'
import {
  metadataSuppressions,
  resourceSuppressions,
  type MetadataSuppressions
} from './suppressions/metadata.js'
import type { Finding, ScanError, SourceFormat } from './model.js'

export interface SuppressionSources {
  /** Texts of the scanned files that have findings, by report path. */
  texts: ReadonlyMap<string, string>
  /** The parsed suppression file, when there is one. */
  config: SuppressionConfig | null
  /** `YYYY-MM-DD`; a suppression applies through its `until` day. */
  today: string
}

export interface SuppressionResult {
  findings: Finding[]
  /** Suppressions that could not be used: no reason, a bad date. */
  errors: ScanError[]
}

const METADATA_FORMATS = new Set<SourceFormat>(['cloudformation', 'sam', 'cdk'])

/** Returns the findings with suppressions applied; the input is not changed. */
export function applySuppressions(
  findings: readonly Finding[],
  sources: SuppressionSources
): SuppressionResult {
  const errors = new Map<string, ScanError>()
  const addErrors = (list: readonly ScanError[]) => {
    for (const error of list) {
      errors.set(`${error.file}\n${error.line}\n${error.message}`, error)
    }
  }
  addErrors(sources.config?.errors ?? [])
  const metadata = new Map<string, MetadataSuppressions>()

  const candidatesFor = (finding: Finding): Suppression[] => {
    const candidates: Suppression[] = []
    const text =
      finding.file === null ? undefined : sources.texts.get(finding.file)
    if (finding.file !== null && text !== undefined) {
      if (finding.line !== null) {
        const inline = inlineSuppressions(
          text.split(/\r?\n/),
          finding.line,
          finding.file
        )
        addErrors(inline.errors)
        candidates.push(...inline.suppressions)
      }
      if (METADATA_FORMATS.has(finding.format)) {
        let read = metadata.get(finding.file)
        if (!read) {
          read = metadataSuppressions(text, finding.file)
          metadata.set(finding.file, read)
          addErrors(read.errors)
        }
        candidates.push(...resourceSuppressions(read, finding.resource))
      }
    }
    for (const entry of sources.config?.suppressions ?? []) {
      if (selects(entry, finding)) candidates.push(entry)
    }
    return candidates.filter(s => s.rule === null || s.rule === finding.rule)
  }

  const result = findings.map(finding => {
    if (finding.status !== 'fail' && finding.status !== 'warning')
      return finding
    const candidates = candidatesFor(finding)
    const active = candidates.find(s => !isExpired(s, sources.today))
    if (active) {
      return {
        ...finding,
        status: 'suppressed' as const,
        suppression: { reason: active.reason, until: active.until }
      }
    }
    const expired = candidates[0]
    if (!expired) return finding
    return {
      ...finding,
      message: `${finding.message} The suppression at ${expired.origin} ("${expired.reason}") expired on ${expired.until ?? ''} and no longer applies.`
    }
  })
  return { findings: result, errors: [...errors.values()] }
}
