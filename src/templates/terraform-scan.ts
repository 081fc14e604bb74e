/**
 * Terraform in a scan: the `.tf` and `.tf.json` files of one directory are
 * one module, read together with the directory's `terraform.tfvars` and
 * `*.auto.tfvars` files and the var files the user names. Syntax errors are
 * reported with their lines, and the rest of the module is still read.
 */
import path from 'node:path'
import { readJson } from './json-document.js'
import { DocumentError } from './document.js'
import { loadHclParser, type HclParser } from './hcl-parser.js'
import { jsonConfigBody, jsonValuesBody } from './terraform-json.js'
import {
  terraformStages,
  type ModuleCall,
  type TerraformConfigFile
} from './terraform-module.js'
import {
  automaticValueFileOrder,
  type ModuleInputs,
  type ValueFile
} from './terraform-variables.js'
import type { HclBlock, HclBody } from './hcl-syntax.js'
import type { ScanError, Stage } from '../model.js'

/** A Terraform file's text and the path reports show. */
export interface TerraformSource {
  display: string
  text: string
}

export interface ModuleScan {
  /** The module's directory as reports show it (`.` for the workspace). */
  directory: string
  stages: Stage[]
  errors: ScanError[]
  /** Configuration files read without errors. */
  files: number
  /** Resource blocks by `type.name`, for plans that point back into them. */
  resources: Map<string, HclBlock>
  /** Local module calls, their `source` resolved to a directory as reports show it. */
  calls: ModuleCall[]
}

/** The resource types whose bodies decide a verdict. */
const READ_RESOURCES = new Set([
  'aws_api_gateway_stage',
  'aws_api_gateway_method_settings'
])

export type TerraformFileKind = 'config' | 'values'

/**
 * `.tf`/`.tf.json` hold configuration, and so do OpenTofu's `.tofu` and
 * `.tofu.json`; `.tfvars`/`.tfvars.json` hold values.
 */
export function terraformFileKind(name: string): TerraformFileKind | null {
  const lower = name.toLowerCase()
  if (/\.(?:tf|tofu)(?:\.json)?$/.test(lower)) return 'config'
  if (lower.endsWith('.tfvars') || lower.endsWith('.tfvars.json'))
    return 'values'
  return null
}

/**
 * OpenTofu reads `x.tofu` instead of `x.tf` (and `x.tofu.json` instead of
 * `x.tf.json`) when both are in a directory, and Terraform ignores `.tofu`
 * files: a directory that has both is run with OpenTofu, so the scan reads
 * what OpenTofu applies.
 */
function withoutShadowedFiles(
  configs: readonly TerraformSource[]
): TerraformSource[] {
  const names = new Set(configs.map(config => config.display.toLowerCase()))
  return configs.filter(config => {
    const lower = config.display.toLowerCase()
    const tofu = lower.replace(/\.tf(\.json)?$/, '.tofu$1')
    return tofu === lower || !names.has(tofu)
  })
}

/**
 * Scans the files of one module. `varFiles` are applied after the
 * directory's automatic value files, later ones winning. `scanFiles`, the
 * number of Terraform files in the whole scan, sizes the parser.
 */
export async function scanTerraformModule(
  files: readonly TerraformSource[],
  varFiles: readonly TerraformSource[] = [],
  scanFiles = files.length,
  inputs?: ModuleInputs
): Promise<ModuleScan> {
  const configs = withoutShadowedFiles(
    files.filter(file => terraformFileKind(file.display) === 'config')
  )
  const directory = path.posix.dirname(
    configs[0]?.display ?? files[0]?.display ?? '.'
  )
  const scan: ModuleScan = {
    directory,
    stages: [],
    errors: [],
    files: 0,
    resources: new Map(),
    calls: []
  }
  if (configs.length === 0) return scan

  const byName = new Map(
    files.map(file => [path.posix.basename(file.display), file])
  )
  // A child module takes its caller's values, never value files.
  const valueSources = inputs
    ? []
    : [
        ...automaticValueFileOrder([...byName.keys()]).map(name => ({
          source: byName.get(name) as TerraformSource,
          origin: name
        })),
        ...varFiles.map(source => ({
          source,
          origin: `var file ${source.display}`
        }))
      ]

  let parser: HclParser | null = null
  if (
    [...configs, ...valueSources.map(item => item.source)].some(needsParser)
  ) {
    try {
      parser = await loadHclParser(scanFiles)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      scan.errors.push({
        file: configs[0]?.display ?? directory,
        line: null,
        message
      })
      return scan
    }
  }

  const parsedConfigs: TerraformConfigFile[] = []
  for (const config of configs) {
    const body = readBody(config, 'config', parser, scan.errors)
    if (!body) continue
    parsedConfigs.push({ file: config.display, body })
    if (!scan.errors.some(error => error.file === config.display)) scan.files++
  }
  const valueFiles: ValueFile[] = []
  for (const { source, origin } of valueSources) {
    const body = readBody(source, 'values', parser, scan.errors)
    if (body) valueFiles.push({ body, origin })
  }

  for (const config of parsedConfigs) {
    for (const block of config.body.blocks) {
      if (block.type !== 'resource' || block.labels.length < 2) continue
      scan.resources.set(`${block.labels[0]}.${block.labels[1]}`, block)
    }
  }
  try {
    const module = terraformStages({
      configs: parsedConfigs,
      valueFiles,
      ...(inputs ? { inputs } : {})
    })
    scan.stages = module.stages
    scan.calls = module.calls.map(call => ({
      ...call,
      source: path.posix.normalize(path.posix.join(directory, call.source))
    }))
  } catch (error) {
    // A module this evaluator cannot handle is reported, never passed.
    const message = error instanceof Error ? error.message : String(error)
    scan.errors.push({
      file: directory,
      line: null,
      message: `module could not be evaluated: ${message}`
    })
  }
  return scan
}

/** Top-level blocks whose bodies the evaluator reads. */
function isReadBlock(type: string, labels: readonly string[]): boolean {
  if (type === 'variable' || type === 'locals' || type === 'module') {
    return true
  }
  return type === 'resource' && READ_RESOURCES.has(labels[0] ?? '')
}

function needsParser(source: TerraformSource): boolean {
  if (!source.display.toLowerCase().endsWith('.json')) return true
  return source.text.includes('${') || source.text.includes('%{')
}

function readBody(
  source: TerraformSource,
  kind: TerraformFileKind,
  parser: HclParser | null,
  errors: ScanError[]
): HclBody | null {
  const file = source.display
  if (file.toLowerCase().endsWith('.json')) {
    try {
      const document = readJson(source.text, file)
      const json = {
        value: document.value,
        file,
        locate: document.locate,
        template: (text: string, line: number) =>
          parser?.template(text) ?? { kind: 'invalid' as const, line }
      }
      return kind === 'config' ? jsonConfigBody(json) : jsonValuesBody(json)
    } catch (error) {
      const line = error instanceof DocumentError ? error.line : null
      const message = error instanceof Error ? error.message : String(error)
      errors.push({ file, line, message })
      return null
    }
  }
  if (!parser) return null
  const parsed = parser.parse(
    source.text,
    file,
    kind === 'config' ? isReadBlock : undefined
  )
  for (const error of parsed.errors) errors.push({ file, ...error })
  return parsed.body
}
