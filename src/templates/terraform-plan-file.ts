/**
 * A file that may be a Terraform plan JSON, recognised by its content
 * whatever it is called: a JSON object with `format_version` and
 * `resource_changes` or `planned_values`.
 */
import { DocumentError } from './document.js'
import { readJson } from './json-document.js'
import {
  isTerraformPlan,
  mayBeTerraformPlan
} from './terraform-plan-resources.js'
import { terraformPlanStages, type PlanBlockFinder } from './terraform-plan.js'
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
