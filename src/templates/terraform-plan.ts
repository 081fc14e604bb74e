/**
 * Stages from a Terraform plan JSON: the same two resource types as in
 * `.tf` files, with the values Terraform resolved. A value marked in
 * `after_unknown` is unknown. Method settings link to stages through the
 * plan's own `configuration` references, else by stage name. Findings point
 * at the resource's block in a `.tf` file when the scan holds it, otherwise
 * into the plan file.
 */
import {
  field,
  isMap,
  type ParsedDocument,
  type Path,
  type ValueMap
} from './document.js'
import { parseMethodPath } from './terraform-method-settings.js'
import { planFlag, tfLocation } from './terraform-plan-values.js'
import {
  configurationOf,
  moduleSources,
  planResources,
  type PlanResource
} from './terraform-plan-resources.js'
import type { HclBlock } from './hcl-syntax.js'
import type { MethodSetting, SourceLocation, Stage } from '../model.js'

/** Finds the `.tf` block a plan resource comes from, when the scan read it. */
export type PlanBlockFinder = (
  resource: PlanResource,
  moduleSources: string[] | null
) => HclBlock | null

interface Located {
  resource: PlanResource
  block: HclBlock | null
  stage?: Stage
}

export function terraformPlanStages(
  document: ParsedDocument,
  file: string,
  findBlock: PlanBlockFinder | null
): Stage[] {
  const plan = document.value as ValueMap
  const located: Located[] = planResources(plan).map(resource => ({
    resource,
    block: findBlock?.(resource, moduleSources(plan, resource.modules)) ?? null
  }))
  const at = (item: Located, keys: Path): SourceLocation => {
    if (item.block) return tfLocation(item.block, keys)
    const written =
      keys.length > 0
        ? document.locate([...item.resource.valuesPath, ...keys])
        : null
    return (
      written ??
      document.locate(item.resource.entryPath) ?? { file, line: 1, column: 1 }
    )
  }

  const stages = located.filter(
    item => item.resource.type === 'aws_api_gateway_stage'
  )
  for (const item of stages) {
    const { resource } = item
    const stageName = field(resource.values, 'stage_name')
    item.stage = {
      origin: 'template',
      format: 'terraform-plan',
      file: at(item, []).file,
      resource: resource.address,
      stageName: typeof stageName === 'string' ? stageName : null,
      location: at(item, []),
      cacheClusterEnabled: planFlag(
        resource,
        ['cache_cluster_enabled'],
        at(item, ['cache_cluster_enabled'])
      ),
      methodSettings: []
    }
  }

  const orphans = new Map<string, Stage>()
  for (const item of located) {
    if (item.resource.type !== 'aws_api_gateway_method_settings') continue
    const entry = methodSetting(item, at)
    const stage = linkedStage(plan, item.resource, stages)
    if (stage?.stage) {
      stage.stage.methodSettings.push(entry)
      continue
    }
    const name = field(item.resource.values, 'stage_name')
    const key = `${item.resource.modules.join('.')} ${typeof name === 'string' ? name : item.resource.address}`
    const orphan = orphans.get(key) ?? {
      origin: 'template',
      format: 'terraform-plan',
      file: at(item, []).file,
      resource: 'a stage that is not in the plan',
      stageName: typeof name === 'string' ? name : null,
      location: at(item, []),
      cacheClusterEnabled: {
        state: 'unknown',
        reason: 'its aws_api_gateway_stage is not in the plan',
        location: null
      },
      methodSettings: []
    }
    orphan.methodSettings.push(entry)
    orphans.set(key, orphan)
  }
  return [
    ...stages.flatMap(item => (item.stage ? [item.stage] : [])),
    ...orphans.values()
  ]
}

function methodSetting(
  item: Located,
  at: (item: Located, keys: Path) => SourceLocation
): MethodSetting {
  const { resource } = item
  const methodPath = field(resource.values, 'method_path')
  const path =
    typeof methodPath === 'string'
      ? parseMethodPath(methodPath)
      : { resourcePath: '?', httpMethod: '?' }
  const caching = ['settings', 0, 'caching_enabled']
  const encryption = ['settings', 0, 'cache_data_encrypted']
  return {
    ...path,
    cachingEnabled: planFlag(resource, caching, at(item, caching)),
    cacheDataEncrypted: planFlag(resource, encryption, at(item, encryption)),
    location: at(item, []),
    resource: resource.address
  }
}

/** The stage named by the configuration's reference, else by stage name. */
function linkedStage(
  plan: ValueMap,
  resource: PlanResource,
  stages: readonly Located[]
): Located | undefined {
  const sameModule = stages.filter(
    item => item.resource.modules.join('.') === resource.modules.join('.')
  )
  const expressions = field(
    configurationOf(plan, resource) ?? {},
    'expressions'
  )
  const stageName = isMap(expressions)
    ? field(expressions, 'stage_name')
    : undefined
  const references = isMap(stageName)
    ? field(stageName, 'references')
    : undefined
  for (const reference of Array.isArray(references) ? references : []) {
    const match =
      typeof reference === 'string'
        ? /^aws_api_gateway_stage\.([^.[]+)/.exec(reference)
        : null
    if (!match) continue
    const named = sameModule.filter(item => item.resource.name === match[1])
    return (
      named.find(item => item.resource.index === resource.index) ?? named[0]
    )
  }

  const name = field(resource.values, 'stage_name')
  const api = field(resource.values, 'rest_api_id')
  return sameModule.find(item => {
    if (
      typeof name !== 'string' ||
      field(item.resource.values, 'stage_name') !== name
    ) {
      return false
    }
    const other = field(item.resource.values, 'rest_api_id')
    return typeof api !== 'string' || typeof other !== 'string' || api === other
  })
}
