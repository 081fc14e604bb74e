/**
 * SAM: `AWS::Serverless::Api` merged with `Globals.Api`, and the implicit
 * `ServerlessRestApi` that SAM creates for the `Api` events of functions and
 * state machines that name no `RestApiId`. Globals lists add up (global
 * entries first); a property written on the resource wins over the global
 * one.
 */
import { field, isMap, type Path, type ValueMap } from './document.js'
import {
  resourceExists,
  stageFromProperties,
  templateStage,
  type KnownProperties,
  type TemplateContext,
  type TemplateResource
} from './template-context.js'
import { readMethodSettings } from './method-settings.js'
import type { Flag, Stage } from '../model.js'

const GLOBALS_PATH: Path = ['Globals', 'Api']
const IMPLICIT_API = 'ServerlessRestApi'
const IMPLICIT_STAGE = 'Prod'

/** SAM stages of a template; `entries` are its resources, loops expanded. */
export function samStages(
  context: TemplateContext,
  entries: readonly TemplateResource[]
): Stage[] {
  const globals = field(context.template, 'Globals')
  const globalApi = isMap(globals) ? field(globals, 'Api') : undefined
  const apiGlobals = isMap(globalApi) ? globalApi : null
  const stages: Stage[] = []

  for (const entry of entries) {
    if (field(entry.resource, 'Type') !== 'AWS::Serverless::Api') continue
    if (!resourceExists(entry)) continue
    const stage = stageFromProperties(entry, known =>
      serverlessApi(entry, known, apiGlobals)
    )
    if (stage) stages.push(stage)
  }

  const implicit = implicitApi(context, entries, apiGlobals)
  if (implicit) stages.push(implicit)
  return stages
}

function serverlessApi(
  entry: TemplateResource,
  { properties, path: propertiesPath }: KnownProperties,
  apiGlobals: ValueMap | null
): Stage {
  const { context } = entry
  const { values, locate } = context
  return templateStage(
    entry,
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
  entries: readonly TemplateResource[],
  apiGlobals: ValueMap | null
): Stage | null {
  const name = `${context.prefix}${IMPLICIT_API}`
  if (entries.some(entry => entry.name === name)) return null
  const event = firstImplicitEvent(entries)
  if (!event) return null

  // Findings on the implicit API point into Globals when they come from there.
  const anchor = apiGlobals ? GLOBALS_PATH : event
  return templateStage(
    { context, name, resource: {}, path: anchor },
    IMPLICIT_STAGE,
    clusterFlag(context, {}, null, apiGlobals),
    globalMethodSettings(context, apiGlobals)
  )
}

/** Types whose `Api` events without a `RestApiId` make the implicit API. */
const IMPLICIT_API_OWNERS = new Set([
  'AWS::Serverless::Function',
  'AWS::Serverless::StateMachine'
])

/** Path of the first `Api` event that names no `RestApiId`. */
function firstImplicitEvent(entries: readonly TemplateResource[]): Path | null {
  for (const entry of entries) {
    const { resource } = entry
    const type = field(resource, 'Type')
    if (typeof type !== 'string' || !IMPLICIT_API_OWNERS.has(type)) continue
    if (!resourceExists(entry)) continue
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
        return [...entry.path, 'Properties', 'Events', eventName]
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
