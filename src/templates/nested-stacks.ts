/**
 * Nested stacks whose template is a local file: an `AWS::CloudFormation::Stack`
 * whose `TemplateURL` is a path (as `aws cloudformation package` and SAM
 * read it before uploading), or an `AWS::Serverless::Application` whose
 * `Location` is one. The scan reads that template again with the parameters
 * the parent passes, evaluated here in the parent.
 */
import path from 'node:path'
import { field, isMap } from './document.js'
import { resourceExists, type TemplateResource } from './template-context.js'
import type { Resolved, StackInputs } from './intrinsics.js'

/** A nested stack of a template, to be read with the parent's parameters. */
export interface NestedStackCall {
  /** The nested template as reports show it, relative to the workspace. */
  template: string
  inputs: StackInputs
}

/** Where each nesting resource type names its template. */
const TEMPLATE_PROPERTY: Record<string, string> = {
  'AWS::CloudFormation::Stack': 'TemplateURL',
  'AWS::Serverless::Application': 'Location'
}

/** The local nested stacks among `entries`, resources of the template `file`. */
export function nestedStackCalls(
  entries: readonly TemplateResource[],
  file: string
): NestedStackCall[] {
  const calls: NestedStackCall[] = []
  for (const entry of entries) {
    const type = field(entry.resource, 'Type')
    const key = typeof type === 'string' ? TEMPLATE_PROPERTY[type] : undefined
    if (key === undefined || !resourceExists(entry)) continue

    const { values, locate } = entry.context
    const properties = values.resolve(field(entry.resource, 'Properties'), null)
    if (properties.kind !== 'value' || !isMap(properties.value)) continue
    const location = values.text(field(properties.value, key), null)
    if (location === null || !isLocalPath(location)) continue

    const passed = field(properties.value, 'Parameters')
    const parameters = values.resolve(passed, null)
    const inputs = new Map<string, Resolved>()
    if (parameters.kind === 'value' && isMap(parameters.value)) {
      for (const [name, value] of Object.entries(parameters.value)) {
        const resolved = values.resolve(value, null)
        // AWS::NoValue passes nothing: the child's default applies.
        if (resolved.kind !== 'absent') inputs.set(name, withoutPath(resolved))
      }
    }
    const line = locate(entry.path)?.line ?? 1
    calls.push({
      template: path.posix.normalize(
        path.posix.join(path.posix.dirname(file), location)
      ),
      inputs: {
        prefix: `${entry.name}/`,
        values: inputs,
        origin: `${entry.name} in ${file}:${line}`
      }
    })
  }
  return calls
}

/** A path in the repository, not an S3 or HTTPS URL or a SAR application. */
function isLocalPath(location: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(location) && location.trim() !== ''
}

/** A parent's value means nothing at the child's paths. */
function withoutPath(resolved: Resolved): Resolved {
  return resolved.kind === 'value' ? { ...resolved, path: null } : resolved
}
