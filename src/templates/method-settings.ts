/**
 * Reading CloudFormation-shaped method settings (`MethodSettings` lists of
 * Stage, Deployment `StageDescription` and SAM Api) into the model, and the
 * path spellings every source shares.
 */
import {
  field,
  isMap,
  type Path,
  type Value,
  type ValueMap
} from './document.js'
import type { TemplateValues } from './intrinsics.js'
import type { MethodSetting, SourceLocation } from '../model.js'

export type Locate = (path: Path) => SourceLocation | null

/**
 * Normalises a resource path: `/*` and `*` mean every path, `~1` means `/`,
 * and the result starts with `/`. `/~1pets~1{id}`, `/pets/{id}` and
 * `~1pets~1{id}` all become `/pets/{id}`.
 */
export function normalizeResourcePath(raw: string): string {
  const trimmed = raw.trim()
  if (trimmed === '' || trimmed === '*' || trimmed === '/*') return '*'
  const body = trimmed.startsWith('/') ? trimmed.slice(1) : trimmed
  const decoded = body.replace(/~1/g, '/').replace(/~0/g, '~')
  const path = decoded.startsWith('/') ? decoded : `/${decoded}`
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path
}

export function normalizeHttpMethod(raw: string): string {
  const trimmed = raw.trim()
  return trimmed === '' ? '*' : trimmed.toUpperCase()
}

/**
 * Reads a `MethodSettings` list. A list or entry that cannot be evaluated
 * becomes an entry whose caching is unknown, so it can never pass.
 */
export function readMethodSettings(
  values: TemplateValues,
  raw: Value | undefined,
  path: Path,
  locate: Locate,
  inheritedFrom?: string
): MethodSetting[] {
  const resolved = values.resolve(raw, path)
  if (resolved.kind === 'absent') return []
  if (resolved.kind === 'value' && isMap(resolved.value)) {
    // CloudFormation rejects a single mapping here, but reading it as the one
    // entry it was meant to be keeps a wrongly shaped template from hiding a cache.
    return [
      readEntry(
        values,
        resolved.value,
        resolved.path,
        locate,
        inheritedFrom,
        path
      )
    ]
  }
  if (resolved.kind === 'unknown' || !Array.isArray(resolved.value)) {
    const reason =
      resolved.kind === 'unknown'
        ? `MethodSettings cannot be evaluated: ${resolved.reason}`
        : 'MethodSettings is not a list'
    const location = locate(path)
    return [unknownEntry(reason, location, inheritedFrom)]
  }

  const listPath = resolved.path
  const entries: MethodSetting[] = []
  resolved.value.forEach((item, index) => {
    const itemPath = listPath ? [...listPath, index] : null
    const entry = values.resolve(item, itemPath)
    if (entry.kind === 'absent') return
    if (entry.kind === 'unknown' || !isMap(entry.value)) {
      const reason =
        entry.kind === 'unknown'
          ? `a method setting cannot be evaluated: ${entry.reason}`
          : 'a method setting is not a mapping'
      const location = itemPath ? locate(itemPath) : locate(path)
      entries.push(unknownEntry(reason, location, inheritedFrom))
      return
    }
    entries.push(
      readEntry(values, entry.value, entry.path, locate, inheritedFrom, path)
    )
  })
  return entries
}

function readEntry(
  values: TemplateValues,
  entry: ValueMap,
  entryPath: Path | null,
  locate: Locate,
  inheritedFrom: string | undefined,
  listPath: Path
): MethodSetting {
  const resourcePath = values.text(
    field(entry, 'ResourcePath'),
    entryPath ? [...entryPath, 'ResourcePath'] : null
  )
  const httpMethod = values.text(
    field(entry, 'HttpMethod'),
    entryPath ? [...entryPath, 'HttpMethod'] : null
  )
  const setting: MethodSetting = {
    resourcePath:
      field(entry, 'ResourcePath') === undefined
        ? '*'
        : resourcePath === null
          ? '?'
          : normalizeResourcePath(resourcePath),
    httpMethod:
      field(entry, 'HttpMethod') === undefined
        ? '*'
        : httpMethod === null
          ? '?'
          : normalizeHttpMethod(httpMethod),
    cachingEnabled: values.flag(entry, entryPath, 'CachingEnabled', locate),
    cacheDataEncrypted: values.flag(
      entry,
      entryPath,
      'CacheDataEncrypted',
      locate
    ),
    location: entryPath ? locate(entryPath) : locate(listPath)
  }
  if (inheritedFrom !== undefined) setting.inheritedFrom = inheritedFrom
  return setting
}

function unknownEntry(
  reason: string,
  location: SourceLocation | null,
  inheritedFrom: string | undefined
): MethodSetting {
  const entry: MethodSetting = {
    resourcePath: '*',
    httpMethod: '*',
    cachingEnabled: { state: 'unknown', reason, location },
    cacheDataEncrypted: { state: 'unknown', reason, location },
    location
  }
  if (inheritedFrom !== undefined) entry.inheritedFrom = inheritedFrom
  return entry
}
