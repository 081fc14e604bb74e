/**
 * Which `aws_api_gateway_stage` an `aws_api_gateway_method_settings` belongs
 * to: by reference (`stage_name = aws_api_gateway_stage.prod.stage_name`,
 * with the instance its index names), or by literal, where the stage names
 * are equal and the `rest_api_id`s do not contradict each other.
 */
import { evaluate, type Scope } from './terraform-expressions.js'
import { asText, primitive, sameValue } from './terraform-values.js'
import {
  findAttribute,
  referenceSteps,
  type HclBlock,
  type HclExpression
} from './hcl-syntax.js'
import type { ResourceInstance } from './terraform-instances.js'
import type { Stage } from '../model.js'

/** A stage resource instance with what links need to match it. */
export interface StageInstance {
  name: string
  key: number | string | null
  restApi: HclExpression | null
  scope: Scope
  stage: Stage
}

export type StageLink =
  | { kind: 'stage'; stage: StageInstance }
  | {
      kind: 'orphan'
      /** Method settings with the same key share one stage of their own. */
      key: string
      /** The stage address when the reference names one, else how messages name the stage. */
      resource: string
      stageName: string | null
      /** Why the cache cluster of that stage is unknown. */
      reason: string
    }

/** Namespaces whose references are values, not other resources. */
const VALUE_ROOTS = new Set(['var', 'local', 'count', 'each'])

export function linkStage(
  block: HclBlock,
  instance: ResourceInstance,
  stages: readonly StageInstance[]
): StageLink {
  const stageName = findAttribute(block.body, 'stage_name')
  const steps = stageName ? referenceSteps(stageName.value) : null
  const [root, name, next] = steps ?? []

  if (root === 'aws_api_gateway_stage' && typeof name === 'string') {
    const address = `aws_api_gateway_stage.${name}`
    const candidates = stages.filter(stage => stage.name === name)
    if (candidates.length === 0) {
      return {
        kind: 'orphan',
        key: `reference ${address}`,
        resource: address,
        stageName: null,
        reason: `${address} is not defined in this module`
      }
    }
    const index =
      next !== undefined && typeof next !== 'string'
        ? evaluate(next, instance.scope)
        : null
    const chosen =
      (index &&
        candidates.find(
          stage =>
            stage.key !== null &&
            sameValue(primitive(stage.key), index) === true
        )) ||
      candidates[0]
    return { kind: 'stage', stage: chosen as StageInstance }
  }

  const value = stageName ? evaluate(stageName.value, instance.scope) : null
  const text = value ? asText(value) : null
  if (text === null) {
    const why =
      value?.kind === 'unknown'
        ? value.reason
        : 'stage_name is missing or not text'
    return {
      kind: 'orphan',
      key: `instance ${instance.address}`,
      resource: 'a stage that cannot be found',
      stageName: null,
      reason: `its stage cannot be found: ${why}`
    }
  }

  const api = apiIdentity(
    findAttribute(block.body, 'rest_api_id')?.value ?? null,
    instance.scope
  )
  const match = stages.find(stage => {
    if (stage.stage.stageName !== text) return false
    const other = apiIdentity(stage.restApi, stage.scope)
    return api === null || other === null || api === other
  })
  if (match) return { kind: 'stage', stage: match }
  return {
    kind: 'orphan',
    key: `literal ${api ?? '?'} ${text}`,
    resource: api ? `REST API ${api}` : 'a REST API outside this module',
    stageName: text,
    reason: `no aws_api_gateway_stage in this module has stage_name "${text}"`
  }
}

/**
 * What a `rest_api_id` points at: the resource it references
 * (`aws_api_gateway_rest_api.main`), its literal text, or null when unknown.
 */
function apiIdentity(
  expression: HclExpression | null,
  scope: Scope
): string | null {
  if (!expression) return null
  const steps = referenceSteps(expression)
  const [root, name, third] = steps ?? []
  if (typeof root === 'string' && !VALUE_ROOTS.has(root)) {
    const parts = [root, name, root === 'data' ? third : undefined]
    return parts.filter(part => typeof part === 'string').join('.')
  }
  const text = asText(evaluate(expression, scope))
  return text === null ? null : `"${text}"`
}
