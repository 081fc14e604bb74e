/**
 * Stages from CloudFormation, SAM and CDK-synthesized templates:
 * `AWS::ApiGateway::Stage`, the stage an `AWS::ApiGateway::Deployment`
 * creates from its `StageDescription`, and the SAM resources in sam.ts.
 */
import { field, isMap, type ParsedDocument, type ValueMap } from './document.js'
import { TemplateValues, type StackInputs } from './intrinsics.js'
import { nestedStackCalls, type NestedStackCall } from './nested-stacks.js'
import { readMethodSettings } from './method-settings.js'
import { samStages } from './sam.js'
import {
  resourceExists,
  stageFromProperties,
  templateStage,
  unknownStage,
  type KnownProperties,
  type TemplateContext,
  type TemplateResource
} from './template-context.js'
import { isForEachKey, templateResources } from './template-resources.js'
import type { MethodSetting, SourceFormat, Stage } from '../model.js'

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31'
const STAGE_TYPE = 'AWS::ApiGateway::Stage'
const DEPLOYMENT_TYPE = 'AWS::ApiGateway::Deployment'

/**
 * True for a mapping with a `Resources` mapping holding at least one
 * `Type: AWS::...` entry; everything else is some other kind of file.
 */
export function isCloudFormationTemplate(value: unknown): value is ValueMap {
  if (!isMap(value as ValueMap)) return false
  const resources = field(value as ValueMap, 'Resources')
  if (!isMap(resources)) return false
  return Object.keys(resources).some(name => {
    if (isForEachKey(name)) return true
    const resource = resources[name]
    if (!isMap(resource)) return false
    const type = field(resource, 'Type')
    return typeof type === 'string' && type.startsWith('AWS::')
  })
}

/** Which member of the CloudFormation family a template is. */
export function templateFormat(template: ValueMap): SourceFormat {
  const transform = field(template, 'Transform')
  const transforms = Array.isArray(transform) ? transform : [transform]
  if (transforms.includes(SAM_TRANSFORM)) return 'sam'

  // SAM's own test inputs, and some real templates, omit the Transform line.
  const resources = field(template, 'Resources')
  if (!isMap(resources)) return 'cloudformation'
  const types = Object.keys(resources).map(name => {
    const resource = resources[name]
    return isMap(resource) ? field(resource, 'Type') : undefined
  })
  if (
    types.some(
      type => typeof type === 'string' && type.startsWith('AWS::Serverless::')
    )
  ) {
    return 'sam'
  }
  for (const name of Object.keys(resources)) {
    const resource = resources[name]
    const metadata = isMap(resource) ? field(resource, 'Metadata') : undefined
    if (
      isMap(metadata) &&
      typeof field(metadata, 'aws:cdk:path') === 'string'
    ) {
      return 'cdk'
    }
  }
  return 'cloudformation'
}

/**
 * Builds every stage a template defines, and lists its nested stacks that
 * are local templates. `stack` is set when the template is read as the
 * nested stack of a parent.
 */
export function cloudFormationStages(
  document: ParsedDocument,
  file: string,
  parameters: ReadonlyMap<string, string>,
  stack?: StackInputs
): { stages: Stage[]; nested: NestedStackCall[] } {
  const template = document.value as ValueMap
  const context: TemplateContext = {
    template,
    file,
    format: templateFormat(template),
    values: new TemplateValues(template, parameters, new Map(), stack),
    locate: path => document.locate(path),
    prefix: stack?.prefix ?? ''
  }
  const entries = templateResources(context)
  const stages: Stage[] = []

  for (const entry of entries) {
    const type = field(entry.resource, 'Type')
    if (type !== STAGE_TYPE && type !== DEPLOYMENT_TYPE) continue
    if (!resourceExists(entry)) continue

    const stage = stageFromProperties(entry, known =>
      type === STAGE_TYPE
        ? stageResource(entry, known)
        : deploymentStage(entry, known)
    )
    if (stage) stages.push(stage)
  }

  if (context.format === 'sam') stages.push(...samStages(context, entries))
  return { stages, nested: nestedStackCalls(entries, file) }
}

function stageResource(
  entry: TemplateResource,
  { properties, path: propertiesPath }: KnownProperties
): Stage {
  const { values, locate } = entry.context
  return templateStage(
    entry,
    values.text(field(properties, 'StageName'), [
      ...propertiesPath,
      'StageName'
    ]),
    values.flag(properties, propertiesPath, 'CacheClusterEnabled', locate),
    readMethodSettings(
      values,
      field(properties, 'MethodSettings'),
      [...propertiesPath, 'MethodSettings'],
      locate
    )
  )
}

/**
 * A Deployment with a `StageDescription` creates a stage: its top-level
 * `CachingEnabled`/`CacheDataEncrypted` are the stage-wide entry, and its
 * `MethodSettings` are overrides.
 */
function deploymentStage(
  entry: TemplateResource,
  { properties, path: propertiesPath }: KnownProperties
): Stage | null {
  const { values, locate } = entry.context
  const descriptionPath = [...propertiesPath, 'StageDescription']
  const resolved = values.resolve(
    field(properties, 'StageDescription'),
    descriptionPath
  )
  if (resolved.kind === 'absent') return null

  const stageName = values.text(field(properties, 'StageName'), [
    ...propertiesPath,
    'StageName'
  ])
  if (resolved.kind === 'unknown' || !isMap(resolved.value)) {
    const reason =
      resolved.kind === 'unknown'
        ? `StageDescription cannot be evaluated: ${resolved.reason}`
        : 'StageDescription is not a mapping'
    return unknownStage(entry, stageName, reason, descriptionPath)
  }

  const description = resolved.value
  const at = resolved.path ?? descriptionPath
  const stageWide: MethodSetting = {
    resourcePath: '*',
    httpMethod: '*',
    cachingEnabled: values.flag(description, at, 'CachingEnabled', locate),
    cacheDataEncrypted: values.flag(
      description,
      at,
      'CacheDataEncrypted',
      locate
    ),
    location: locate(descriptionPath)
  }
  const overrides = readMethodSettings(
    values,
    field(description, 'MethodSettings'),
    [...at, 'MethodSettings'],
    locate
  )
  return templateStage(
    entry,
    stageName,
    values.flag(description, at, 'CacheClusterEnabled', locate),
    [stageWide, ...overrides]
  )
}
