/**
 * Suppressions in CloudFormation resource metadata, on the resource that
 * defines the stage (`AWS::ApiGateway::Stage`, the `Deployment` that creates
 * it, or `AWS::Serverless::Api`):
 *
 *     Metadata:
 *       apigw-cache-check:
 *         ignore:
 *           - reason: public price list
 *             until: 2027-03-31
 *             rule: cache-unencrypted
 *
 * `ignore` may also be a single mapping instead of a list.
 */
import { checkSuppression, type Suppression } from './entry.js'
import {
  field,
  isMap,
  type ParsedDocument,
  type Value
} from '../templates/document.js'
import { readJson } from '../templates/json-document.js'
import { readYaml } from '../templates/yaml-document.js'
import type { ScanError } from '../model.js'

export const METADATA_KEY = 'apigw-cache-check'
const ENTRY_FIELDS = new Set(['reason', 'until', 'rule'])

export interface MetadataSuppressions {
  /**
   * By logical id of the resource that carries them; inside a `Fn::ForEach`
   * loop, by the id as the loop writes it (`Stage${Env}`).
   */
  byResource: Map<string, Suppression[]>
  /** Every logical id written out in full, with or without suppressions. */
  written: Set<string>
  errors: ScanError[]
}

/** The suppressions that the metadata of resource `name` carries. */
export function resourceSuppressions(
  read: MetadataSuppressions,
  resource: string
): Suppression[] {
  // In a nested stack the resource is named `OrdersStack/ProdStage`.
  const name = resource.slice(resource.lastIndexOf('/') + 1)
  const own = read.byResource.get(name)
  if (own) return own
  if (read.written.has(name)) return []
  // A resource a loop makes: its id is the loop's, identifiers filled in.
  for (const [written, suppressions] of read.byResource) {
    const parts = loopIdParts(written)
    if (parts && matchesLoopId(parts, name)) return suppressions
  }
  return []
}

/**
 * The literal parts of a loop's logical id around its identifiers
 * (`Stage${Env}` is `Stage` and ``), or null for an id written out in full.
 */
function loopIdParts(written: string): string[] | null {
  const parts = written.split(/[$&]\{[^}]*\}/)
  return parts.length === 1 ? null : parts
}

/**
 * Whether `name` is the id `parts` make with the identifiers filled in. A
 * glob match with leftmost literals, linear in the name, so a hostile
 * template cannot make it backtrack.
 */
function matchesLoopId(parts: readonly string[], name: string): boolean {
  const first = parts[0] ?? ''
  const last = parts[parts.length - 1] ?? ''
  if (!name.startsWith(first)) return false
  let at = first.length
  for (const middle of parts.slice(1, -1)) {
    const found = name.indexOf(middle, at)
    if (found < 0) return false
    at = found + middle.length
  }
  return name.length - last.length >= at && name.endsWith(last)
}

/** Reads every resource's suppressions from a template's text. */
export function metadataSuppressions(
  text: string,
  file: string
): MetadataSuppressions {
  const result: MetadataSuppressions = {
    byResource: new Map(),
    written: new Set(),
    errors: []
  }
  if (!text.includes(METADATA_KEY)) return result

  let documents: ParsedDocument[]
  try {
    documents = isJson(text, file)
      ? [readJson(text, file)]
      : readYaml(text, file)
  } catch {
    // The scan already reported why this file cannot be read.
    return result
  }
  for (const document of documents) readDocument(document, file, result)
  return result
}

function readDocument(
  document: ParsedDocument,
  file: string,
  result: MetadataSuppressions
): void {
  if (!isMap(document.value)) return
  const resources = field(document.value, 'Resources')
  if (isMap(resources)) {
    readResources(document, resources, ['Resources'], file, result)
  }
  // A Serverless service writes its CloudFormation under `resources`.
  const service = field(document.value, 'resources')
  const serviceResources = isMap(service)
    ? field(service, 'Resources')
    : undefined
  if (isMap(serviceResources)) {
    const at = ['resources', 'Resources']
    readResources(document, serviceResources, at, file, result)
  }
}

function readResources(
  document: ParsedDocument,
  resources: { [key: string]: Value },
  resourcesPath: readonly (string | number)[],
  file: string,
  result: MetadataSuppressions
): void {
  for (const name of Object.keys(resources)) {
    const resource = resources[name]
    if (name.startsWith('Fn::ForEach::') && Array.isArray(resource)) {
      const template = resource[2]
      if (isMap(template)) {
        const at = [...resourcesPath, name, 2]
        readResources(document, template, at, file, result)
      }
      continue
    }
    if (loopIdParts(name) === null) result.written.add(name)
    const metadata = isMap(resource) ? field(resource, 'Metadata') : undefined
    const own = isMap(metadata) ? field(metadata, METADATA_KEY) : undefined
    if (own === undefined) continue

    const path = [...resourcesPath, name, 'Metadata', METADATA_KEY]
    const at = (...more: (string | number)[]) =>
      document.locate([...path, ...more])?.line ?? null
    const ignore = isMap(own) ? field(own, 'ignore') : undefined
    if (ignore === undefined) {
      result.errors.push({
        file,
        line: at(),
        message: `${METADATA_KEY} metadata of ${name}: expected an "ignore" list of {reason, until} entries; nothing was suppressed`
      })
      continue
    }

    const entries: Value[] = Array.isArray(ignore) ? ignore : [ignore]
    const suppressions: Suppression[] = []
    entries.forEach((entry, index) => {
      const line = at('ignore', ...(Array.isArray(ignore) ? [index] : []))
      const form = `${METADATA_KEY} metadata of ${name}`
      if (!isMap(entry)) {
        result.errors.push({
          file,
          line,
          message: `${form}: each ignore entry must be a mapping with a reason; it was not applied`
        })
        return
      }
      const unknown = Object.keys(entry).filter(key => !ENTRY_FIELDS.has(key))
      if (unknown.length > 0) {
        result.errors.push({
          file,
          line,
          message: `${form}: unknown field "${unknown[0]}"; the fields are reason, until and rule; it was not applied`
        })
        return
      }
      const checked = checkSuppression(entry, file, line, form)
      result.errors.push(...checked.errors)
      if (checked.suppression) suppressions.push(checked.suppression)
    })
    result.byResource.set(name, suppressions)
  }
}

function isJson(text: string, file: string): boolean {
  const lower = file.toLowerCase()
  if (lower.endsWith('.json')) return true
  return /^\s*\{/.test(text) && !/\.ya?ml$/.test(lower)
}
