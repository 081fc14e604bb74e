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
import {
  DocumentError,
  field,
  isMap,
  type ParsedDocument,
  type ValueMap
} from './templates/document.js'
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
  const json = looksLikeJson(text, display)
  const mentionsPlugin =
    !json && text.includes('serverless-api-gateway-caching')
  // Cheap content check first: most YAML and JSON in a repository is no template.
  if (
    !mentionsPlugin &&
    (!text.includes('AWS::') || !text.includes('Resources'))
  ) {
    return { recognised: false, stages: [], errors: [] }
  }

  let documents: ParsedDocument[]
  try {
    documents = json ? [readJson(text, display)] : readYaml(text, display)
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
    if (isCloudFormationTemplate(document.value)) {
      scanTemplate(scan, document, display, parameters, stack)
    } else if (!json && isServerlessService(document.value)) {
      if (mentionsPlugin) {
        scan.recognised = true
        scan.stages.push(...serverlessStages(document, display))
      }
      const resources = serverlessResources(document)
      if (resources) scanTemplate(scan, resources, display, parameters, stack)
    }
  }
  return scan
}

/** Adds the stages of one CloudFormation template to `scan`. */
function scanTemplate(
  scan: FileScan,
  document: ParsedDocument,
  display: string,
  parameters: ReadonlyMap<string, string>,
  stack: StackInputs | undefined
): void {
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

/**
 * The CloudFormation a Serverless service writes under `resources` (its
 * `Resources`, `Conditions`, `Outputs`), as a template of its own whose
 * locations are those of the service file; null when there is none.
 */
function serverlessResources(service: ParsedDocument): ParsedDocument | null {
  const resources = isMap(service.value)
    ? field(service.value, 'resources')
    : undefined
  if (!isCloudFormationTemplate(resources ?? null)) return null
  return {
    value: resources as ValueMap,
    locate: path => service.locate(['resources', ...path])
  }
}

function looksLikeJson(text: string, display: string): boolean {
  if (display.toLowerCase().endsWith('.json')) return true
  return /^\s*\{/.test(text) && !display.toLowerCase().match(/\.ya?ml$/)
}
