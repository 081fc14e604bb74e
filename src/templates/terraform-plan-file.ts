/**
 * A file that may be a Terraform plan JSON, recognised by its content
 * whatever it is called: a JSON object with `format_version` and
 * `resource_changes` or `planned_values`. Its resources point back into the
 * `.tf` blocks of the modules the same scan read.
 */
import path from 'node:path'
import { DocumentError } from './document.js'
import { readJson } from './json-document.js'
import {
  isTerraformPlan,
  mayBeTerraformPlan
} from './terraform-plan-resources.js'
import { terraformPlanStages, type PlanBlockFinder } from './terraform-plan.js'
import type { HclBlock } from './hcl-syntax.js'
import type { ModuleScan } from './terraform-scan.js'
import type { ScanError, Stage } from '../model.js'

export interface PlanScan {
  stages: Stage[]
  errors: ScanError[]
}

export { mayBeTerraformPlan }

/**
 * Reads a plan; null when the text is no plan. JSON that cannot be parsed is
 * an error only when it is a `.json` file that looks like a plan.
 */
export function scanTerraformPlan(
  text: string,
  display: string,
  findBlock: PlanBlockFinder | null
): PlanScan | null {
  if (!mayBeTerraformPlan(text)) return null
  let document
  try {
    document = readJson(text, display)
  } catch (error) {
    if (!display.toLowerCase().endsWith('.json')) return null
    const line = error instanceof DocumentError ? error.line : null
    const message = error instanceof Error ? error.message : String(error)
    return { stages: [], errors: [{ file: display, line, message }] }
  }
  if (!isTerraformPlan(document.value)) return null

  try {
    return {
      stages: terraformPlanStages(document, display, findBlock),
      errors: []
    }
  } catch (error) {
    // A plan this evaluator cannot handle is reported, never passed.
    const message = error instanceof Error ? error.message : String(error)
    return {
      stages: [],
      errors: [
        {
          file: display,
          line: null,
          message: `plan could not be evaluated: ${message}`
        }
      ]
    }
  }
}

/**
 * Finds the `.tf` block of a plan resource: in the module directory that the
 * plan's module sources lead to from the plan's own directory, else the one
 * block of that name among all scanned modules.
 */
export function planBlockFinder(
  modules: readonly ModuleScan[],
  planDisplay: string
): PlanBlockFinder {
  const byDirectory = new Map(modules.map(module => [module.directory, module]))
  return (resource, sources) => {
    const key = `${resource.type}.${resource.name}`
    if (sources) {
      let directory = path.posix.dirname(planDisplay)
      for (const source of sources) {
        directory = path.posix
          .normalize(path.posix.join(directory, source))
          .replace(/\/$/, '')
      }
      const block = byDirectory.get(directory)?.resources.get(key)
      if (block) return block
    }
    const matches = modules.flatMap(module => module.resources.get(key) ?? [])
    return matches.length === 1 ? (matches[0] as HclBlock) : null
  }
}
