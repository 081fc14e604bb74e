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
}

/** A resource whose `Condition` is known to be false is not created. */
export function resourceExists(
  context: TemplateContext,
  resource: ValueMap
): boolean {
  const condition = field(resource, 'Condition')
  if (typeof condition !== 'string') return true
  return context.values.condition(condition) !== false
}

/** Common fields of a stage found in a template. */
export function templateStage(
  context: TemplateContext,
  name: string,
  resource: ValueMap,
  path: Path,
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
