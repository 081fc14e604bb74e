/**
 * Plans GitHub annotations for template findings: most severe first, within
 * the per-step caps, with what did not fit counted so the summary can say so.
 */
import type { Finding, Report } from '../model.js'
import { stripControl } from './escape.js'

/** One annotation on a line of a repository file. */
export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
  file: string
  startLine?: number
  startColumn?: number
}

export interface AnnotationCaps {
  error: number
  warning: number
}

export interface AnnotationPlan {
  annotations: Annotation[]
  /** Annotations per level that the caps left out. */
  omitted: AnnotationCaps
}

/** GitHub shows at most 10 error and 10 warning annotations per step. */
export const GITHUB_ANNOTATION_CAPS: AnnotationCaps = { error: 10, warning: 10 }

const TITLES: Record<'fail' | 'warning' | 'unknown', string> = {
  fail: 'API Gateway cache not encrypted',
  warning: 'API Gateway cache cluster without encryption',
  unknown: 'API Gateway cache encryption could not be evaluated'
}

/**
 * Chooses the annotations to emit for a report, in report order, within caps.
 * Findings in `firstFiles` (a pull request's changed files) go first, so the
 * caps are spent where the author is looking.
 */
export function planAnnotations(
  report: Report,
  caps: AnnotationCaps = GITHUB_ANNOTATION_CAPS,
  firstFiles: ReadonlySet<string> = new Set()
): AnnotationPlan {
  const annotations: Annotation[] = []
  const emitted: AnnotationCaps = { error: 0, warning: 0 }
  const omitted: AnnotationCaps = { error: 0, warning: 0 }
  const first = (finding: Finding) =>
    finding.file !== null && firstFiles.has(finding.file) ? 0 : 1
  // Array sort is stable, so report order holds within each group.
  const ordered = [...report.findings].sort((a, b) => first(a) - first(b))

  for (const finding of ordered) {
    const annotation = annotationFor(finding)
    if (!annotation) continue
    if (emitted[annotation.level] < caps[annotation.level]) {
      emitted[annotation.level] += 1
      annotations.push(annotation)
    } else {
      omitted[annotation.level] += 1
    }
  }
  return { annotations, omitted }
}

function annotationFor(finding: Finding): Annotation | null {
  const { status, file } = finding
  // Passes need no attention, accepted findings were looked at already, and
  // live findings have no line to point at.
  if (status === 'pass' || status === 'suppressed') return null
  if (finding.origin === 'live' || file === null) return null

  const annotation: Annotation = {
    level: status === 'fail' ? 'error' : 'warning',
    title: stripControl(`${TITLES[status]}: ${finding.resource}`),
    message: `${stripControl(finding.message)}\nFix: ${stripControl(finding.fix)}`,
    file
  }
  if (finding.line !== null) annotation.startLine = finding.line
  if (finding.column !== null) annotation.startColumn = finding.column
  return annotation
}
