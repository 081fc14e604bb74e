/**
 * What every CloudFormation-family source needs while it builds stages from
 * one template, and the pieces of a stage they share.
 */
import { field, isMap, type Path, type ValueMap } from './document.js'
import type { TemplateValues } from './intrinsics.js'
import type { Locate } from './method-settings.js'
import type { MethodSetting, SourceFormat, Stage } from '../model.js'

/** Everything a source needs to build stages from one template. */
export interface TemplateContext {
  template: ValueMap
  file: string
  format: SourceFormat
  values: TemplateValues
  locate: Locate
  /** Put before logical ids: `OrdersStack/` in a nested stack, else empty. */
  prefix: string
}

/** One resource of a template, as the stages are built from it. */
export interface TemplateResource {
  /** The logical id; from a `Fn::ForEach`, with the loop's value in place. */
  name: string
  resource: ValueMap
  /** Where the resource is written: `Resources.Name`, or inside its loop. */
  path: Path
  /** The template's context, whose values know the loop identifiers. */
  context: TemplateContext
}

/** A resource whose `Condition` is known to be false is not created. */
export function resourceExists({
  context,
  resource
}: TemplateResource): boolean {
  const condition = field(resource, 'Condition')
  if (typeof condition !== 'string') return true
  return context.values.condition(condition) !== false
}

/** A resource's `Properties` once intrinsics are evaluated. */
export interface KnownProperties {
  properties: ValueMap
  /** Where the evaluated mapping is written (in the taken `Fn::If` branch). */
  path: Path
}

/**
 * Builds the stage of a resource from its evaluated `Properties`.
 * Properties that cannot be evaluated (an undecided `Fn::If`, an import)
 * give a stage whose caching is unknown, so it is never passed.
 */
export function stageFromProperties(
  entry: TemplateResource,
  build: (known: KnownProperties) => Stage | null
): Stage | null {
  const path = [...entry.path, 'Properties']
  const resolved = entry.context.values.resolve(
    field(entry.resource, 'Properties'),
    path
  )
  if (resolved.kind === 'absent') return build({ properties: {}, path })
  if (resolved.kind === 'value' && isMap(resolved.value)) {
    return build({ properties: resolved.value, path: resolved.path ?? path })
  }
  const reason =
    resolved.kind === 'unknown'
      ? `Properties cannot be evaluated: ${resolved.reason}`
      : 'Properties is not a mapping'
  return unknownStage(entry, null, reason, path)
}

/**
 * A stage whose definition cannot be evaluated: one stage-wide entry whose
 * caching and encryption are unknown for `reason`, located at `at`.
 */
export function unknownStage(
  entry: TemplateResource,
  stageName: string | null,
  reason: string,
  at: Path
): Stage {
  const location = entry.context.locate(at)
  const unknown = { state: 'unknown' as const, reason, location }
  return templateStage(entry, stageName, unknown, [
    {
      resourcePath: '*',
      httpMethod: '*',
      cachingEnabled: unknown,
      cacheDataEncrypted: unknown,
      location
    }
  ])
}

/** Common fields of a stage found in a template. */
export function templateStage(
  { context, name, resource, path }: TemplateResource,
  stageName: string | null,
  cacheClusterEnabled: Stage['cacheClusterEnabled'],
  methodSettings: MethodSetting[]
): Stage {
  const stage: Stage = {
    origin: 'template',
    format: context.format,
    file: context.file,
    resource: name,
    stageName,
    location: context.locate(path),
    cacheClusterEnabled,
    methodSettings
  }
  const metadata = field(resource, 'Metadata')
  const constructPath = isMap(metadata)
    ? field(metadata, 'aws:cdk:path')
    : undefined
  if (typeof constructPath === 'string') stage.constructPath = constructPath
  return stage
}
