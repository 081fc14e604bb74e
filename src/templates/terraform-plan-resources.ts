/**
 * The resources of a Terraform plan JSON (`terraform show -json`): from
 * `resource_changes` (values after the change, with `after_unknown`), or from
 * `planned_values` when a plan has no changes list, child modules included.
 */
import {
  field,
  isMap,
  type Path,
  type Value,
  type ValueMap
} from './document.js'

export interface PlanResource {
  /** Full address, module path included: `module.api.aws_x.y[0]`. */
  address: string
  /** Module names from the root: `module.a.module.b` gives ["a", "b"]. */
  modules: string[]
  type: string
  name: string
  index: number | string | null
  values: ValueMap
  /** `after_unknown`: true where a value is known only after apply. */
  unknowns: Value | null
  /** Where `values` is in the plan document. */
  valuesPath: Path
  /** Where the resource's entry is. */
  entryPath: Path
}

/** True for the JSON that `terraform show -json` prints for a plan. */
export function isTerraformPlan(value: Value): value is ValueMap {
  if (!isMap(value)) return false
  if (typeof field(value, 'format_version') !== 'string') return false
  return (
    Array.isArray(field(value, 'resource_changes')) ||
    isMap(field(value, 'planned_values'))
  )
}

/** A cheap check before parsing: most JSON files are no plan. */
export function mayBeTerraformPlan(text: string): boolean {
  return (
    text.includes('"format_version"') &&
    (text.includes('"resource_changes"') || text.includes('"planned_values"'))
  )
}

export function planResources(plan: ValueMap): PlanResource[] {
  const changes = field(plan, 'resource_changes')
  if (Array.isArray(changes)) return fromChanges(changes)
  const planned = field(plan, 'planned_values')
  const root = isMap(planned) ? field(planned, 'root_module') : undefined
  return isMap(root) ? fromModule(root, ['planned_values', 'root_module']) : []
}

function fromChanges(changes: Value[]): PlanResource[] {
  const resources: PlanResource[] = []
  changes.forEach((change, i) => {
    if (!isMap(change) || field(change, 'mode') !== 'managed') return
    const detail = field(change, 'change')
    if (!isMap(detail)) return
    const after = field(detail, 'after')
    // A resource the plan deletes has no values after the change.
    if (!isMap(after)) return
    const resource = identify(change, after, ['resource_changes', i])
    if (!resource) return
    resource.unknowns = field(detail, 'after_unknown') ?? null
    resource.valuesPath = ['resource_changes', i, 'change', 'after']
    resources.push(resource)
  })
  return resources
}

function fromModule(module: ValueMap, path: Path): PlanResource[] {
  const resources: PlanResource[] = []
  const list = field(module, 'resources')
  if (Array.isArray(list)) {
    list.forEach((entry, i) => {
      if (!isMap(entry) || field(entry, 'mode') !== 'managed') return
      const values = field(entry, 'values')
      if (!isMap(values)) return
      const resource = identify(entry, values, [...path, 'resources', i])
      if (resource) resources.push(resource)
    })
  }
  const children = field(module, 'child_modules')
  if (Array.isArray(children)) {
    children.forEach((child, i) => {
      if (isMap(child)) {
        resources.push(...fromModule(child, [...path, 'child_modules', i]))
      }
    })
  }
  return resources
}

function identify(
  entry: ValueMap,
  values: ValueMap,
  entryPath: Path
): PlanResource | null {
  const address = field(entry, 'address')
  const type = field(entry, 'type')
  const name = field(entry, 'name')
  if (typeof address !== 'string' || typeof type !== 'string') return null
  if (typeof name !== 'string') return null
  const index = field(entry, 'index')
  return {
    address,
    modules: modulePath(address),
    type,
    name,
    index:
      typeof index === 'number' || typeof index === 'string' ? index : null,
    values,
    unknowns: null,
    valuesPath: [...entryPath, 'values'],
    entryPath
  }
}

/** `module.a["x"].module.b.aws_x.y` gives ["a", "b"]. */
function modulePath(address: string): string[] {
  const names: string[] = []
  const pattern = /module\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\./gy
  let match: RegExpExecArray | null
  while ((match = pattern.exec(address)) !== null) {
    names.push(match[1] as string)
  }
  return names
}

/** The `configuration` entry of a resource, to read its references. */
export function configurationOf(
  plan: ValueMap,
  resource: PlanResource
): ValueMap | null {
  const configuration = field(plan, 'configuration')
  let module = isMap(configuration)
    ? field(configuration, 'root_module')
    : undefined
  for (const name of resource.modules) {
    const calls = isMap(module) ? field(module, 'module_calls') : undefined
    const call = isMap(calls) ? field(calls, name) : undefined
    module = isMap(call) ? field(call, 'module') : undefined
  }
  const list = isMap(module) ? field(module, 'resources') : undefined
  if (!Array.isArray(list)) return null
  const wanted = `${resource.type}.${resource.name}`
  const found = list.find(
    item => isMap(item) && field(item, 'address') === wanted
  )
  return isMap(found) ? found : null
}

/** The local `source` of each module call along a path, or null past a registry module. */
export function moduleSources(
  plan: ValueMap,
  modules: readonly string[]
): string[] | null {
  const configuration = field(plan, 'configuration')
  let module = isMap(configuration)
    ? field(configuration, 'root_module')
    : undefined
  const sources: string[] = []
  for (const name of modules) {
    const calls = isMap(module) ? field(module, 'module_calls') : undefined
    const call = isMap(calls) ? field(calls, name) : undefined
    const source = isMap(call) ? field(call, 'source') : undefined
    if (typeof source !== 'string' || !/^\.\.?\//.test(source)) return null
    sources.push(source)
    module = isMap(call) ? field(call, 'module') : undefined
  }
  return sources
}
