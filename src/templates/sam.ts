/**
 * SAM: `AWS::Serverless::Api` merged with `Globals.Api`, and the implicit
 * `ServerlessRestApi` that SAM creates for functions' `Api` events that name
 * no `RestApiId`. Globals lists add up (global entries first); a property
 * written on the resource wins over the global one.
 */
import { field, isMap, type Path, type ValueMap } from './document.js'
import {
  resourceExists,
  stageFromProperties,
  templateStage,
  type KnownProperties,
  type TemplateContext
} from './template-context.js'
import { readMethodSettings } from './method-settings.js'
import type { Flag, Stage } from '../model.js'

const GLOBALS_PATH: Path = ['Globals', 'Api']
const IMPLICIT_API = 'ServerlessRestApi'
const IMPLICIT_STAGE = 'Prod'

export function samStages(context: TemplateContext): Stage[] {
  const globals = field(context.template, 'Globals')
  const globalApi = isMap(globals) ? field(globals, 'Api') : undefined
  const apiGlobals = isMap(globalApi) ? globalApi : null
  const resources = field(context.template, 'Resources') as ValueMap
  const stages: Stage[] = []

  for (const name of Object.keys(resources)) {
    const resource = resources[name]
    if (
      !isMap(resource) ||
      field(resource, 'Type') !== 'AWS::Serverless::Api'
    ) {
      continue
    }
    if (!resourceExists(context, resource)) continue
    const stage = stageFromProperties(context, name, resource, known =>
      serverlessApi(context, name, resource, known, apiGlobals)
    )
    if (stage) stages.push(stage)
  }

  const implicit = implicitApi(context, resources, apiGlobals)
  if (implicit) stages.push(implicit)
  return stages
}

function serverlessApi(
  context: TemplateContext,
  name: string,
  resource: ValueMap,
  { properties, path: propertiesPath }: KnownProperties,
  apiGlobals: ValueMap | null
): Stage {
  const { values, locate } = context
  const path: Path = ['Resources', name]
  return templateStage(
    context,
    name,
    resource,
    path,
    values.text(field(properties, 'StageName'), [
      ...propertiesPath,
      'StageName'
    ]),
    clusterFlag(context, properties, propertiesPath, apiGlobals),
    [
      ...globalMethodSettings(context, apiGlobals),
      ...readMethodSettings(
        values,
        field(properties, 'MethodSettings'),
        [...propertiesPath, 'MethodSettings'],
        locate
      )
    ]
  )
}

/** The API SAM creates for `Api` events without a `RestApiId`. */
function implicitApi(
  context: TemplateContext,
  resources: ValueMap,
  apiGlobals: ValueMap | null
): Stage | null {
  if (field(resources, IMPLICIT_API) !== undefined) return null
  const event = firstImplicitEvent(context, resources)
  if (!event) return null

  const anchor = apiGlobals ? GLOBALS_PATH : event
  const stage = templateStage(
    context,
    IMPLICIT_API,
    {},
    anchor,
    IMPLICIT_STAGE,
    clusterFlag(context, {}, null, apiGlobals),
    globalMethodSettings(context, apiGlobals)
  )
  stage.location = context.locate(anchor)
  return stage
}

/** Path of the first function event of type `Api` with no `RestApiId`. */
function firstImplicitEvent(
  context: TemplateContext,
  resources: ValueMap
): Path | null {
  for (const name of Object.keys(resources)) {
    const resource = resources[name]
    if (
      !isMap(resource) ||
      field(resource, 'Type') !== 'AWS::Serverless::Function'
    ) {
      continue
    }
    if (!resourceExists(context, resource)) continue
    const properties = field(resource, 'Properties')
    const events = isMap(properties) ? field(properties, 'Events') : undefined
    if (!isMap(events)) continue
    for (const eventName of Object.keys(events)) {
      const event = events[eventName]
      if (!isMap(event) || field(event, 'Type') !== 'Api') continue
      const eventProperties = field(event, 'Properties')
      const restApiId = isMap(eventProperties)
        ? field(eventProperties, 'RestApiId')
        : undefined
      if (restApiId === undefined) {
        return ['Resources', name, 'Properties', 'Events', eventName]
      }
    }
  }
  return null
}

function clusterFlag(
  context: TemplateContext,
  properties: ValueMap,
  propertiesPath: Path | null,
  apiGlobals: ValueMap | null
): Flag {
  const { values, locate } = context
  if (field(properties, 'CacheClusterEnabled') !== undefined) {
    return values.flag(
      properties,
      propertiesPath,
      'CacheClusterEnabled',
      locate
    )
  }
  if (apiGlobals) {
    return values.flag(apiGlobals, GLOBALS_PATH, 'CacheClusterEnabled', locate)
  }
  return { state: 'unset' }
}

function globalMethodSettings(
  context: TemplateContext,
  apiGlobals: ValueMap | null
) {
  if (!apiGlobals) return []
  return readMethodSettings(
    context.values,
    field(apiGlobals, 'MethodSettings'),
    [...GLOBALS_PATH, 'MethodSettings'],
    context.locate,
    'Globals.Api'
  )
}
