/**
 * Reads the `patch` of a pull-request file (a unified diff without file
 * headers) to learn which lines of the head version the diff shows: GitHub
 * accepts review comments only on those lines.
 */

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

/** Head-side lines of a patch: added lines and the context around them. */
export interface DiffLines {
  /** Every head line shown in the diff; review comments may go on these. */
  visible: Set<number>
  /** Head lines the pull request added or changed. */
  added: Set<number>
}

/** Parses a patch; lines outside any hunk header are ignored. */
export function parsePatch(patch: string): DiffLines {
  const lines: DiffLines = { visible: new Set(), added: new Set() }
  let next: number | null = null
  let remaining = 0

  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line)
    if (header) {
      next = Number(header[1])
      remaining = header[2] === undefined ? 1 : Number(header[2])
      continue
    }
    // A line after the hunk ran out, or before the first header, is not
    // diff content (for example a trailing empty string after the last \n).
    if (next === null || remaining <= 0) continue

    const kind = line.charAt(0)
    if (kind === '+') {
      lines.visible.add(next)
      lines.added.add(next)
    } else if (kind === ' ' || line === '') {
      lines.visible.add(next)
    } else {
      // `-` lines exist only on the base side; `\ No newline` is a note.
      continue
    }
    next++
    remaining--
  }
  return lines
}
