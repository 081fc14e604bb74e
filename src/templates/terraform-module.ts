/**
 * Stages of one Terraform module (one directory): every
 * `aws_api_gateway_stage` with its `cache_cluster_enabled`, and every
 * `aws_api_gateway_method_settings` as one method-setting entry of the stage
 * it names through `rest_api_id` and `stage_name`. A method setting whose
 * stage is not in the module is still judged, on a stage of its own whose
 * cache cluster is unknown.
 *
 * A module read with the inputs of a call (`module "api" { source = "./api" }`)
 * takes the values the caller passes, and its addresses start with the
 * call's. Its local calls are listed so the scan can follow them.
 *
 * A shortcoming, until a user's configuration needs it: override files
 * (`override.tf`, `*_override.tf`) are read as ordinary files, not merged
 * into the blocks they override.
 */
import { evaluate } from './terraform-expressions.js'
import {
  expandInstances,
  type ResourceInstance
} from './terraform-instances.js'
import { linkStage, type StageInstance } from './terraform-links.js'
import { readMethodSetting } from './terraform-method-settings.js'
import { ModuleScope } from './terraform-scope.js'
import { asText, flagOf, type TfValue } from './terraform-values.js'
import {
  resolveVariables,
  type ModuleInputs,
  type ValueFile
} from './terraform-variables.js'
import {
  findAttribute,
  type HclBlock,
  type HclBody,
  type HclExpression
} from './hcl-syntax.js'
import type { Stage } from '../model.js'

export interface TerraformConfigFile {
  file: string
  body: HclBody
}

export interface TerraformModule {
  /** The module's `.tf` and `.tf.json` files. */
  configs: readonly TerraformConfigFile[]
  /** Variable values, lowest precedence first. */
  valueFiles: readonly ValueFile[]
  /** Set when the module is read as the child of a call. */
  inputs?: ModuleInputs
}

/** A `module` block whose `source` is a local directory, one per instance. */
export interface ModuleCall {
  /** The `source` as written, such as `./modules/api`. */
  source: string
  inputs: ModuleInputs
}

/** Arguments of a `module` block that are not the child's variables. */
const MODULE_META_ARGUMENTS = new Set([
  'source',
  'version',
  'count',
  'for_each',
  'providers',
  'depends_on'
])

export interface TerraformResource {
  type: string
  name: string
  block: HclBlock
}

/** Builds the stages a module defines, and lists its local module calls. */
export function terraformStages(module: TerraformModule): {
  stages: Stage[]
  calls: ModuleCall[]
} {
  const blocks = module.configs.flatMap(config => config.body.blocks)
  const locals = new Map<string, HclExpression>()
  for (const block of findBlocksIn(blocks, 'locals')) {
    for (const attribute of block.body.attributes) {
      locals.set(attribute.name, attribute.value)
    }
  }
  const variables = resolveVariables(
    findBlocksIn(blocks, 'variable'),
    module.valueFiles,
    module.inputs
  )
  const scope = new ModuleScope(variables, locals)
  const prefix = module.inputs ? `${module.inputs.address}.` : ''
  const resources = findBlocksIn(blocks, 'resource')
    .filter(block => block.labels.length >= 2)
    .map(block => ({
      type: block.labels[0] as string,
      name: block.labels[1] as string,
      block
    }))

  const stages: StageInstance[] = []
  for (const resource of ofType(resources, 'aws_api_gateway_stage')) {
    for (const instance of instancesOf(prefix, resource, scope)) {
      stages.push(stageInstance(resource, instance))
    }
  }

  const orphans = new Map<string, Stage>()
  for (const resource of ofType(resources, 'aws_api_gateway_method_settings')) {
    for (const instance of instancesOf(prefix, resource, scope)) {
      const entry = readMethodSetting(resource.block, instance)
      const link = linkStage(resource.block, instance, stages)
      if (link.kind === 'stage') {
        link.stage.stage.methodSettings.push(entry)
        continue
      }
      const orphan = orphans.get(link.key) ?? {
        origin: 'template',
        format: 'terraform',
        file: resource.block.location.file,
        resource: link.resource,
        stageName: link.stageName,
        location: resource.block.location,
        cacheClusterEnabled: {
          state: 'unknown',
          reason: link.reason,
          location: null
        },
        methodSettings: []
      }
      orphan.methodSettings.push(entry)
      orphans.set(link.key, orphan)
    }
  }
  return {
    stages: [...stages.map(linked => linked.stage), ...orphans.values()],
    calls: moduleCalls(findBlocksIn(blocks, 'module'), prefix, scope)
  }
}

/** The local calls of a module, each instance with its evaluated arguments. */
function moduleCalls(
  blocks: readonly HclBlock[],
  prefix: string,
  scope: ModuleScope
): ModuleCall[] {
  const calls: ModuleCall[] = []
  for (const block of blocks) {
    const name = block.labels[0]
    const source = findAttribute(block.body, 'source')
    const literal = source ? evaluate(source.value, scope) : null
    const directory = literal ? asText(literal) : null
    // Registry and remote modules are not in the repository to read.
    if (name === undefined || directory === null) continue
    if (!directory.startsWith('./') && !directory.startsWith('../')) continue

    const address = `${prefix}module.${name}`
    for (const instance of expandInstances(address, block.body, scope)) {
      const values = new Map<string, TfValue>()
      for (const argument of block.body.attributes) {
        if (MODULE_META_ARGUMENTS.has(argument.name)) continue
        values.set(argument.name, evaluate(argument.value, instance.scope))
      }
      const { file, line } = block.location
      calls.push({
        source: directory,
        inputs: { address: instance.address, values, origin: `${file}:${line}` }
      })
    }
  }
  return calls
}

function stageInstance(
  resource: TerraformResource,
  instance: ResourceInstance
): StageInstance {
  const body = resource.block.body
  const cluster = findAttribute(body, 'cache_cluster_enabled')
  const stageName = findAttribute(body, 'stage_name')
  return {
    name: resource.name,
    key: instance.key,
    restApi: findAttribute(body, 'rest_api_id')?.value ?? null,
    scope: instance.scope,
    stage: {
      origin: 'template',
      format: 'terraform',
      file: resource.block.location.file,
      resource: instance.address,
      stageName: stageName
        ? asText(evaluate(stageName.value, instance.scope))
        : null,
      location: resource.block.location,
      cacheClusterEnabled: cluster
        ? flagOf(cluster, evaluate(cluster.value, instance.scope))
        : { state: 'unset' },
      methodSettings: []
    }
  }
}

function instancesOf(
  prefix: string,
  resource: TerraformResource,
  scope: ModuleScope
): ResourceInstance[] {
  return expandInstances(
    `${prefix}${resource.type}.${resource.name}`,
    resource.block.body,
    scope
  )
}

function ofType(
  resources: readonly TerraformResource[],
  type: string
): TerraformResource[] {
  return resources.filter(resource => resource.type === type)
}

function findBlocksIn(blocks: readonly HclBlock[], type: string): HclBlock[] {
  return blocks.filter(block => block.type === type)
}
