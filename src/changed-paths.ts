/**
 * What a pull-request run scans: the changed files that can hold a template,
 * the whole module directory of a changed Terraform file (a module is read
 * as one unit), and the generated paths named to be scanned on every run.
 */
import path from 'node:path'
import { isCandidateName, isSkippedDirectory } from './templates/files.js'
import { isTerraformFile } from './templates/terraform-discovery.js'

/** One file of a pull request, as the API or `git diff` reports it. */
export interface ChangedFile {
  /** Repository-relative path on the head, forward slashes. */
  path: string
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed'
  /** For renamed and copied files: the path on the base. */
  previousPath: string | null
  /** The unified diff of the file; null when too large or from git. */
  patch: string | null
}

export interface ScanScope {
  /** Configured `paths`; changes outside them are not scanned. */
  roots: readonly string[]
  /** Paths scanned whether or not they changed. */
  alwaysScan: readonly string[]
}

/** The paths to scan for a set of changed files, sorted, without repeats. */
export function scanPathsForChanges(
  changed: readonly ChangedFile[],
  scope: ScanScope
): string[] {
  const paths = new Set<string>()
  for (const file of changed) {
    if (isTerraformFile(file.path)) {
      // Deleting a file changes its module too.
      paths.add(path.posix.dirname(file.path))
    } else if (file.status !== 'removed' && isCandidateName(file.path)) {
      paths.add(file.path)
    }
  }

  const kept = [...paths].filter(
    candidate =>
      !inSkippedDirectory(candidate) && insideAny(candidate, scope.roots)
  )
  return [...new Set([...kept, ...scope.alwaysScan.map(normalise)])].sort()
}

/** Base paths of renamed files by their head path. */
export function renamedPaths(
  changed: readonly ChangedFile[]
): Map<string, string> {
  const renames = new Map<string, string>()
  for (const file of changed) {
    if (file.status === 'renamed' && file.previousPath !== null) {
      renames.set(file.previousPath, file.path)
    }
  }
  return renames
}

function insideAny(candidate: string, roots: readonly string[]): boolean {
  return roots.some(root => {
    const base = normalise(root)
    return (
      base === '.' ||
      candidate === base ||
      candidate.startsWith(`${base}/`) ||
      // A module directory that holds a configured file.
      base.startsWith(`${candidate}/`)
    )
  })
}

function inSkippedDirectory(candidate: string): boolean {
  return candidate.split('/').some(isSkippedDirectory)
}

function normalise(file: string): string {
  const clean = path.posix
    .normalize(file.replace(/\\/g, '/'))
    .replace(/\/+$/, '')
  return clean === '' ? '.' : clean
}
