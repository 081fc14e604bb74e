/**
 * New versus existing: a finding of the pull request's head is existing when
 * the same scan of the base commit has a finding with the same fingerprint
 * (rule, file, resource, stage, path and method, never the line, so moved
 * lines stay existing) and the same status. A different status is news: an
 * unknown that became a fail is something the pull request did.
 */
import { findingFingerprint } from './report/sarif.js'
import type { Finding } from './model.js'

/** Returns the head findings with `new` set; `renames` maps base paths to head paths. */
export function markNewFindings(
  head: readonly Finding[],
  base: readonly Finding[],
  renames: ReadonlyMap<string, string> = new Map()
): Finding[] {
  // A count per key, so that a second identical finding on the head is new.
  const remaining = new Map<string, number>()
  for (const finding of base) {
    const file =
      finding.file === null ? null : (renames.get(finding.file) ?? finding.file)
    const key = comparisonKey({ ...finding, file })
    remaining.set(key, (remaining.get(key) ?? 0) + 1)
  }

  return head.map(finding => {
    // Live stages have no base commit to compare with.
    if (finding.origin === 'live') return finding
    const key = comparisonKey(finding)
    const left = remaining.get(key) ?? 0
    if (left > 0) remaining.set(key, left - 1)
    return { ...finding, new: left === 0 }
  })
}

function comparisonKey(finding: Finding): string {
  return `${finding.status} ${findingFingerprint(finding)}`
}
