/**
 * The repository's suppression file, `.github/apigw-cache-check.yml` by
 * default. It is the one form that reaches live stages:
 *
 *     ignore:
 *       - reason: legacy API, retired in Q3 (OPS-123)
 *         until: 2027-03-31
 *         arn: arn:aws:apigateway:eu-west-1::/restapis/a1b2c3/stages/prod
 *       - reason: public price list
 *         file: infra/catalog/*.yaml
 *         method: GET /prices
 *
 * Each entry needs a reason and at least one selector; every selector given
 * must match. `*` matches within a path segment, `**` across segments.
 */
import { checkSuppression, type Suppression } from './entry.js'
import { field, isMap, type Value } from '../templates/document.js'
import { readYaml } from '../templates/yaml-document.js'
import type { Finding, ScanError } from '../model.js'

export const DEFAULT_CONFIG_FILE = '.github/apigw-cache-check.yml'

const SELECTORS = ['file', 'resource', 'stage', 'method', 'arn'] as const
type Selector = (typeof SELECTORS)[number]
const ENTRY_FIELDS = new Set<string>(['reason', 'until', 'rule', ...SELECTORS])

/** A suppression with the findings it selects. */
export interface ConfigSuppression extends Suppression {
  selectors: Partial<Record<Selector, RegExp>>
}

export interface SuppressionConfig {
  suppressions: ConfigSuppression[]
  errors: ScanError[]
}

/** Parses the file's text; problems are errors at their line, never thrown. */
export function parseSuppressionConfig(
  text: string,
  file: string
): SuppressionConfig {
  const config: SuppressionConfig = { suppressions: [], errors: [] }
  const fail = (line: number | null, message: string) =>
    config.errors.push({ file, line, message: `suppression file: ${message}` })

  let document
  try {
    document = readYaml(text, file)[0]
  } catch (error) {
    fail(
      null,
      `cannot be read as YAML: ${error instanceof Error ? error.message : String(error)}`
    )
    return config
  }
  if (!document || document.value === null) return config
  const root = document.value
  if (!isMap(root)) {
    fail(1, 'expected a mapping with an "ignore" list')
    return config
  }
  for (const key of Object.keys(root)) {
    if (key !== 'ignore')
      fail(
        document.locate([key])?.line ?? null,
        `unknown key "${key}"; the file holds an "ignore" list`
      )
  }
  const ignore = field(root, 'ignore')
  if (ignore === undefined || ignore === null) return config
  if (!Array.isArray(ignore)) {
    fail(
      document.locate(['ignore'])?.line ?? null,
      '"ignore" must be a list of entries'
    )
    return config
  }

  ignore.forEach((entry: Value, index) => {
    const line = document.locate(['ignore', index])?.line ?? null
    if (!isMap(entry)) {
      fail(
        line,
        'each entry must be a mapping with a reason and a selector; it was not applied'
      )
      return
    }
    const unknown = Object.keys(entry).find(key => !ENTRY_FIELDS.has(key))
    if (unknown !== undefined) {
      fail(
        line,
        `unknown field "${unknown}"; the fields are reason, until, rule, ${SELECTORS.join(', ')}; the entry was not applied`
      )
      return
    }
    const selectors: ConfigSuppression['selectors'] = {}
    for (const name of SELECTORS) {
      const value = field(entry, name)
      if (value === undefined || value === null) continue
      if (typeof value !== 'string' || value.trim() === '') {
        fail(
          line,
          `${name} must be a non-empty text; the entry was not applied`
        )
        return
      }
      selectors[name] = globPattern(value.trim())
    }
    if (Object.keys(selectors).length === 0) {
      fail(
        line,
        `an entry needs at least one of ${SELECTORS.join(', ')}, so that it cannot silence everything by accident; it was not applied`
      )
      return
    }
    const checked = checkSuppression(entry, file, line, 'suppression file')
    config.errors.push(...checked.errors)
    if (checked.suppression)
      config.suppressions.push({ ...checked.suppression, selectors })
  })
  return config
}

/** True when every selector of the entry matches the finding. */
export function selects(entry: ConfigSuppression, finding: Finding): boolean {
  const values: Record<Selector, string | null> = {
    file: finding.file,
    resource: finding.resource,
    stage: finding.stage,
    method: `${finding.httpMethod} ${finding.resourcePath}`,
    arn: liveStageArn(finding)
  }
  return SELECTORS.every(name => {
    const pattern = entry.selectors[name]
    if (!pattern) return true
    const value = values[name]
    return value !== null && pattern.test(value)
  })
}

/** The ARN of a live finding's stage, as IAM policies write it. */
export function liveStageArn(finding: Finding): string | null {
  if (finding.origin !== 'live' || !finding.region || !finding.restApiId)
    return null
  return `arn:aws:apigateway:${finding.region}::/restapis/${finding.restApiId}/stages/${finding.stage ?? ''}`
}

/** `**` spans segments, `*` stays inside one, `?` is one character. */
export function globPattern(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i)
    if (char === '*' && glob.charAt(i + 1) === '*') {
      source += '.*'
      i++
    } else if (char === '*') {
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
  }
  return new RegExp(`^${source}$`)
}
