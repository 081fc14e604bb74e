/**
 * Reads what the suppression pass needs from disk: the suppression file and
 * the texts of the templates that have failing or warning findings.
 */
import { access, readFile } from 'node:fs/promises'
import path from 'node:path'
import { DEFAULT_CONFIG_FILE, parseSuppressionConfig } from './config.js'
import { SettingError } from '../settings.js'
import { describeError, displayPath } from '../templates/files.js'
import { readTextFile } from '../templates/read-text.js'
import type { Finding } from '../model.js'
import type { SuppressionSources } from '../suppressions.js'

export interface SourceOptions {
  workspace: string
  /** A suppression file that must exist; null reads the default one when present. */
  configFile: string | null
  maxFileSize: number
  today: string
}

/** Loads the suppression file and template texts. Throws SettingError for a named file that is missing. */
export async function loadSuppressionSources(
  findings: readonly Finding[],
  options: SourceOptions
): Promise<SuppressionSources> {
  const texts = new Map<string, string>()
  const files = new Set(
    findings
      .filter(f => f.status === 'fail' || f.status === 'warning')
      .flatMap(f =>
        f.origin === 'template' && f.file !== null ? [f.file] : []
      )
  )
  for (const file of files) {
    const read = await readTextFile(
      path.resolve(options.workspace, file),
      options.maxFileSize
    )
    // Unreadable files were reported by the scan; they simply carry no comments.
    if (read.ok) texts.set(file, read.text)
  }
  return { texts, config: await readConfig(options), today: options.today }
}

async function readConfig(
  options: SourceOptions
): Promise<SuppressionSources['config']> {
  const named = options.configFile !== null
  const absolute = path.resolve(
    options.workspace,
    options.configFile ?? DEFAULT_CONFIG_FILE
  )
  if (!named && !(await exists(absolute))) return null

  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    throw new SettingError(
      `suppression file "${options.configFile ?? DEFAULT_CONFIG_FILE}" cannot be read: ${describeError(error)}`
    )
  }
  return parseSuppressionConfig(text, displayPath(options.workspace, absolute))
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}
