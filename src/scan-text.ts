/**
 * One file's text, recognised by content and read into stages: a Terraform
 * plan, a Serverless Framework service, or CloudFormation, SAM and CDK
 * templates (with the nested stacks they name). Pure, so tests and scan
 * workers call it directly.
 */
import {
  cloudFormationStages,
  isCloudFormationTemplate
} from './templates/cloudformation.js'
import { DocumentError, type ParsedDocument } from './templates/document.js'
import { readJson } from './templates/json-document.js'
import {
  isServerlessService,
  serverlessStages
} from './templates/serverless.js'
import { scanTerraformPlan } from './templates/terraform-plan-file.js'
import { readYaml } from './templates/yaml-document.js'
import type { StackInputs } from './templates/intrinsics.js'
import type { NestedStackCall } from './templates/nested-stacks.js'
import type { ScanError, Stage } from './model.js'

/** What one file contributed. `recognised` is false for non-templates. */
export interface FileScan {
  recognised: boolean
  stages: Stage[]
  errors: ScanError[]
  /** Files covered when more than one (a Terraform module); 1 when absent. */
  files?: number
  /** The template, when it has nested stacks that are local templates. */
  template?: string
  nested?: NestedStackCall[]
}

/**
 * Scans one file's text; pure, so tests and workers can call it directly.
 * `stack` is set when a parent template passes it parameters.
 */
export function scanText(
  text: string,
  display: string,
  parameters: ReadonlyMap<string, string> = new Map(),
  stack?: StackInputs
): FileScan {
  const plan = scanTerraformPlan(text, display, null)
  if (plan) return { recognised: plan.errors.length === 0, ...plan }
  if (
    text.includes('serverless-api-gateway-caching') &&
    !looksLikeJson(text, display)
  ) {
    return scanServerless(text, display)
  }
  // Cheap content check first: most YAML and JSON in a repository is no template.
  if (!text.includes('AWS::') || !text.includes('Resources')) {
    return { recognised: false, stages: [], errors: [] }
  }

  let documents: ParsedDocument[]
  try {
    documents = looksLikeJson(text, display)
      ? [readJson(text, display)]
      : readYaml(text, display)
  } catch (error) {
    const line = error instanceof DocumentError ? error.line : null
    const message = error instanceof Error ? error.message : String(error)
    return {
      recognised: false,
      stages: [],
      errors: [{ file: display, line, message }]
    }
  }

  const scan: FileScan = { recognised: false, stages: [], errors: [] }
  for (const document of documents) {
    if (!isCloudFormationTemplate(document.value)) continue
    scan.recognised = true
    try {
      const built = cloudFormationStages(document, display, parameters, stack)
      scan.stages.push(...built.stages)
      if (built.nested.length > 0) {
        scan.template = display
        scan.nested = [...(scan.nested ?? []), ...built.nested]
      }
    } catch (error) {
      // A template this evaluator cannot handle is reported, never passed.
      const message = error instanceof Error ? error.message : String(error)
      scan.errors.push({
        file: display,
        line: error instanceof DocumentError ? error.line : null,
        message: `template could not be evaluated: ${message}`
      })
    }
  }
  return scan
}

/** A Serverless Framework service that lists the caching plugin. */
function scanServerless(text: string, display: string): FileScan {
  let documents: ParsedDocument[]
  try {
    documents = readYaml(text, display)
  } catch (error) {
    const line = error instanceof DocumentError ? error.line : null
    const message = error instanceof Error ? error.message : String(error)
    return {
      recognised: false,
      stages: [],
      errors: [{ file: display, line, message }]
    }
  }
  const scan: FileScan = { recognised: false, stages: [], errors: [] }
  for (const document of documents) {
    if (!isServerlessService(document.value)) continue
    scan.recognised = true
    scan.stages.push(...serverlessStages(document, display))
  }
  return scan
}

function looksLikeJson(text: string, display: string): boolean {
  if (display.toLowerCase().endsWith('.json')) return true
  return /^\s*\{/.test(text) && !display.toLowerCase().match(/\.ya?ml$/)
}
