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
  /** By logical id of the resource that carries them. */
  byResource: Map<string, Suppression[]>
  errors: ScanError[]
}

/** Reads every resource's suppressions from a template's text. */
export function metadataSuppressions(
  text: string,
  file: string
): MetadataSuppressions {
  const result: MetadataSuppressions = { byResource: new Map(), errors: [] }
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
  const resources = isMap(document.value)
    ? field(document.value, 'Resources')
    : undefined
  if (!isMap(resources)) return

  for (const name of Object.keys(resources)) {
    const resource = resources[name]
    const metadata = isMap(resource) ? field(resource, 'Metadata') : undefined
    const own = isMap(metadata) ? field(metadata, METADATA_KEY) : undefined
    if (own === undefined) continue

    const path = ['Resources', name, 'Metadata', METADATA_KEY]
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
