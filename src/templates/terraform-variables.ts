/**
 * Input variables of one module, with Terraform's precedence: the default,
 * then `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` in
 * name order, then the var files the user names, in order. Environment
 * variables (`TF_VAR_*`) and `-var` are not read: a scan evaluates what the
 * repository says.
 */
import { evaluate, type Scope } from './terraform-expressions.js'
import { unknown, withVia, type TfValue } from './terraform-values.js'
import { findAttribute, type HclBlock, type HclBody } from './hcl-syntax.js'

/** A file of variable values, and how messages name it. */
export interface ValueFile {
  body: HclBody
  /** For example `terraform.tfvars` or `var file env/prod.tfvars`. */
  origin: string
}

/** Defaults and value files hold literals: references are not allowed there. */
const CONSTANT_SCOPE: Scope = {
  variable: name =>
    unknown(
      `a value refers to var.${name}, which Terraform does not allow here`
    ),
  local: name =>
    unknown(
      `a value refers to local.${name}, which Terraform does not allow here`
    ),
  instance: name =>
    unknown(`a value refers to ${name}, which Terraform does not allow here`)
}

/** Orders value files found beside a module the way Terraform loads them. */
export function automaticValueFileOrder(names: readonly string[]): string[] {
  const rank = (name: string): number => {
    const lower = name.toLowerCase()
    if (lower === 'terraform.tfvars') return 0
    if (lower === 'terraform.tfvars.json') return 1
    if (/\.auto\.tfvars(\.json)?$/.test(lower)) return 2
    return -1
  }
  return names
    .filter(name => rank(name) >= 0)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * What a calling module passes to a child module: the child's variables take
 * these values, and its own value files do not apply (Terraform loads them
 * for the root module only).
 */
export interface ModuleInputs {
  /** The call's address, `module.api` or `module.api[0]`; nested calls chain. */
  address: string
  /** Arguments by variable name, evaluated in the caller's scope. */
  values: ReadonlyMap<string, TfValue>
  /** Where the call is written, for messages: `infra/main.tf:12`. */
  origin: string
}

/** Resolves each declared variable to its final value, or unknown with why. */
export function resolveVariables(
  declarations: readonly HclBlock[],
  valueFiles: readonly ValueFile[],
  inputs?: ModuleInputs
): Map<string, TfValue> {
  const values = new Map<string, TfValue>()
  for (const declaration of declarations) {
    const name = declaration.labels[0]
    if (name === undefined) continue
    const fallback = findAttribute(declaration.body, 'default')
    let value: TfValue = fallback
      ? withVia(
          evaluate(fallback.value, CONSTANT_SCOPE),
          `default of variable \`${name}\``
        )
      : unknown(`variable \`${name}\` has no value; pass a var file`)

    if (inputs) {
      const passed = inputs.values.get(name)
      if (passed) {
        value = withVia(
          passed,
          `variable \`${name}\` from ${inputs.address} at ${inputs.origin}`
        )
      } else if (!fallback) {
        value = unknown(
          `variable \`${name}\` has no default and ${inputs.address} at ${inputs.origin} passes no value`
        )
      }
      values.set(name, value)
      continue
    }
    for (const file of valueFiles) {
      const assigned = findAttribute(file.body, name)
      if (!assigned) continue
      value = withVia(
        evaluate(assigned.value, CONSTANT_SCOPE),
        `variable \`${name}\` from ${file.origin}`
      )
    }
    values.set(name, value)
  }
  return values
}
