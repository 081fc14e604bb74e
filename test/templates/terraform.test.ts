import { describe, expect, it } from '@jest/globals'
import { DEFAULT_MAX_FILE_SIZE, scanPaths } from '../../src/scan.js'
import type { Finding, FindingStatus, SourceFormat } from '../../src/model.js'

/**
 * Each case is a directory: one Terraform module, or plan files.
 * plan-with-config/tfplan.json is what `terraform show -json` printed for a
 * plan of that directory (Terraform 1.11.4, AWS provider 5.100.0), without
 * its timestamp; plan/release-plan.json is the same file on its own.
 */
const WORKSPACE = '__fixtures__/terraform'

/** What a test pins for each finding. */
interface Expected {
  status: FindingStatus
  file: string
  line: number
  resource: string
  resourcePath: string
  httpMethod: string
}

interface Case {
  name: string
  directory: string
  varFiles?: string[]
  expected: Expected[]
  /** Syntax errors: file, line and a part of the message. */
  errors?: { file: string; line: number; message: RegExp }[]
  /** Files counted as read without errors. */
  files?: number
}

async function scan(directory: string, varFiles: string[] = []) {
  return scanPaths({
    workspace: WORKSPACE,
    paths: [directory],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    parameters: new Map(),
    varFiles
  })
}

function summarise(findings: Finding[]): Expected[] {
  return findings
    .map(finding => ({
      status: finding.status,
      file: finding.file ?? '',
      line: finding.line ?? 0,
      resource: finding.resource,
      resourcePath: finding.resourcePath,
      httpMethod: finding.httpMethod
    }))
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.resource.localeCompare(b.resource)
    )
}

/** A finding on a method-settings resource, by its name in the case's file. */
function entry(
  status: FindingStatus,
  file: string,
  line: number,
  name: string,
  resourcePath: string,
  httpMethod: string
): Expected {
  const resource = name.includes('.')
    ? name
    : `aws_api_gateway_method_settings.${name}`
  return { status, file, line, resource, resourcePath, httpMethod }
}

function warning(file: string, line: number, stage: string): Expected {
  return entry(
    'warning',
    file,
    line,
    `aws_api_gateway_stage.${stage}`,
    '*',
    '*'
  )
}

/** What module-calls/live/main.tf makes of the child module it calls. */
const MODULE_CALL_FINDINGS: Expected[] = [
  entry(
    'fail',
    'module-calls/modules/api/main.tf',
    18,
    'module.api.aws_api_gateway_method_settings.all',
    '*',
    '*'
  ),
  entry(
    'unknown',
    'module-calls/modules/api/main.tf',
    18,
    'module.imported.aws_api_gateway_method_settings.all',
    '*',
    '*'
  ),
  entry(
    'pass',
    'module-calls/modules/api/main.tf',
    18,
    'module.regional["eu"].aws_api_gateway_method_settings.all',
    '*',
    '*'
  ),
  entry(
    'pass',
    'module-calls/modules/api/main.tf',
    18,
    'module.regional["us"].aws_api_gateway_method_settings.all',
    '*',
    '*'
  )
]

const table: Case[] = [
  {
    name: 'links method settings to their stage by reference, across files of the module',
    directory: 'reference-link',
    files: 2,
    expected: [
      entry('fail', 'reference-link/main.tf', 21, 'all', '*', '*'),
      entry('pass', 'reference-link/main.tf', 33, 'pets', '/pets', 'GET'),
      entry('fail', 'reference-link/other.tf', 9, 'reports', '/reports', 'GET')
    ]
  },
  {
    name: 'links by literal stage name and rest_api_id, warning on the same-named stage of another API',
    directory: 'literal-link',
    expected: [
      warning('literal-link/main.tf', 14, 'public_prod'),
      entry('pass', 'literal-link/main.tf', 31, 'internal_all', '*', '*'),
      entry('fail', 'literal-link/main.tf', 49, 'legacy_all', '*', '*')
    ]
  },
  {
    name: 'still judges method settings whose stage is not in the module',
    directory: 'missing-stage',
    expected: [
      entry('fail', 'missing-stage/main.tf', 9, 'by_reference', '*', '*'),
      entry('fail', 'missing-stage/main.tf', 19, 'by_name', '/items', 'GET'),
      entry(
        'pass',
        'missing-stage/main.tf',
        30,
        'by_variable',
        '/items',
        'POST'
      )
    ]
  },
  {
    name: 'warns at cache_cluster_enabled when nothing caches and the stage-wide entry is not encrypted',
    directory: 'stage-warning',
    expected: [
      warning('stage-warning/main.tf', 5, 'warned'),
      warning('stage-warning/main.tf', 43, 'bare')
    ]
  },
  {
    name: 'takes variables from defaults, terraform.tfvars(.json) and *.auto.tfvars in order',
    directory: 'variables',
    files: 2,
    expected: [
      entry('fail', 'variables/main.tf', 14, 'from_default', '/default', 'GET'),
      entry('pass', 'variables/main.tf', 24, 'from_tfvars', '/tfvars', 'GET'),
      entry(
        'fail',
        'variables/main.tf',
        34,
        'from_tfvars_json',
        '/tfvars-json',
        'GET'
      ),
      entry('pass', 'variables/main.tf', 44, 'from_auto', '/auto', 'GET'),
      entry(
        'pass',
        'variables/main.tf',
        54,
        'from_var_file',
        '/var-file',
        'GET'
      ),
      entry(
        'unknown',
        'variables/main.tf',
        64,
        'without_value',
        '/missing',
        'GET'
      )
    ]
  },
  {
    name: 'lets a var file the user names win over the automatic value files',
    directory: 'variables',
    varFiles: ['variables/env/prod.tfvars'],
    expected: [
      entry('fail', 'variables/main.tf', 14, 'from_default', '/default', 'GET'),
      entry('pass', 'variables/main.tf', 24, 'from_tfvars', '/tfvars', 'GET'),
      entry(
        'fail',
        'variables/main.tf',
        34,
        'from_tfvars_json',
        '/tfvars-json',
        'GET'
      ),
      entry('pass', 'variables/main.tf', 44, 'from_auto', '/auto', 'GET'),
      entry(
        'fail',
        'variables/main.tf',
        54,
        'from_var_file',
        '/var-file',
        'GET'
      ),
      entry(
        'unknown',
        'variables/main.tf',
        64,
        'without_value',
        '/missing',
        'GET'
      )
    ]
  },
  {
    name: 'applies the var files the user names in order, the last one winning',
    directory: 'variables',
    varFiles: [
      'variables/env/prod.tfvars',
      'variables/env/override.tfvars.json'
    ],
    expected: [
      entry('fail', 'variables/main.tf', 14, 'from_default', '/default', 'GET'),
      entry('pass', 'variables/main.tf', 24, 'from_tfvars', '/tfvars', 'GET'),
      entry(
        'fail',
        'variables/main.tf',
        34,
        'from_tfvars_json',
        '/tfvars-json',
        'GET'
      ),
      entry('pass', 'variables/main.tf', 44, 'from_auto', '/auto', 'GET'),
      entry(
        'pass',
        'variables/main.tf',
        54,
        'from_var_file',
        '/var-file',
        'GET'
      ),
      entry(
        'unknown',
        'variables/main.tf',
        64,
        'without_value',
        '/missing',
        'GET'
      )
    ]
  },
  {
    name: 'evaluates locals, conditionals, comparisons, try, coalesce, lookup and tobool',
    directory: 'locals-and-expressions',
    expected: [
      entry(
        'pass',
        'locals-and-expressions/main.tf',
        37,
        'conditional',
        '/v1',
        'GET'
      ),
      entry(
        'fail',
        'locals-and-expressions/main.tf',
        47,
        'comparison',
        '/compare',
        'GET'
      ),
      entry(
        'fail',
        'locals-and-expressions/main.tf',
        57,
        'try_fallback',
        '/try',
        'GET'
      ),
      entry(
        'pass',
        'locals-and-expressions/main.tf',
        67,
        'try_tobool',
        '/tobool',
        'GET'
      ),
      entry(
        'pass',
        'locals-and-expressions/main.tf',
        77,
        'coalesce',
        '/coalesce',
        'GET'
      ),
      entry(
        'fail',
        'locals-and-expressions/main.tf',
        87,
        'lookup',
        '/lookup',
        'GET'
      ),
      entry(
        'fail',
        'locals-and-expressions/main.tf',
        96,
        'null_is_unset',
        '/null',
        'GET'
      )
    ]
  },
  {
    name: 'reports what cannot be evaluated as unknown, never as pass unless encryption is certain',
    directory: 'unknown-reasons',
    expected: [
      entry(
        'unknown',
        'unknown-reasons/main.tf',
        35,
        'data_source',
        '/data',
        'GET'
      ),
      entry(
        'unknown',
        'unknown-reasons/main.tf',
        45,
        'module_output',
        '/module',
        'GET'
      ),
      entry(
        'unknown',
        'unknown-reasons/main.tf',
        55,
        'resource_attribute',
        '/resource',
        'GET'
      ),
      entry(
        'unknown',
        'unknown-reasons/main.tf',
        65,
        'unknown_function',
        '/function',
        'GET'
      ),
      entry(
        'unknown',
        'unknown-reasons/main.tf',
        75,
        'variable_without_value',
        '/variable',
        'GET'
      ),
      entry(
        'unknown',
        'unknown-reasons/main.tf',
        84,
        'caching_unknown',
        '/caching',
        'GET'
      ),
      entry(
        'pass',
        'unknown-reasons/main.tf',
        95,
        'caching_unknown_encrypted',
        '/encrypted',
        'GET'
      )
    ]
  },
  {
    name: 'drops resources whose count or for_each makes no instances and expands the others',
    directory: 'count-for-each',
    expected: [
      entry(
        'pass',
        'count-for-each/main.tf',
        70,
        'counted[0]',
        '/counted0',
        'GET'
      ),
      entry(
        'fail',
        'count-for-each/main.tf',
        70,
        'counted[1]',
        '/counted1',
        'GET'
      ),
      entry(
        'fail',
        'count-for-each/main.tf',
        81,
        'each_route["orders"]',
        '/orders',
        'GET'
      ),
      entry(
        'pass',
        'count-for-each/main.tf',
        81,
        'each_route["pets"]',
        '/pets',
        'GET'
      ),
      entry(
        'fail',
        'count-for-each/main.tf',
        91,
        'unknown_count',
        '/replicas',
        'GET'
      )
    ]
  },
  {
    name: 'reads booleans written as strings in any case, and an odd word as unknown',
    directory: 'string-booleans',
    expected: [
      entry(
        'fail',
        'string-booleans/main.tf',
        14,
        'lower_case',
        '/lower',
        'GET'
      ),
      entry(
        'pass',
        'string-booleans/main.tf',
        24,
        'mixed_case',
        '/mixed',
        'GET'
      ),
      entry('unknown', 'string-booleans/main.tf', 33, 'odd_word', '/odd', 'GET')
    ]
  },
  {
    name: 'normalises every method_path spelling',
    directory: 'method-paths',
    expected: [
      entry('fail', 'method-paths/main.tf', 10, 'all', '*', '*'),
      entry('fail', 'method-paths/main.tf', 19, 'plain', '/path1', 'GET'),
      entry('fail', 'method-paths/main.tf', 28, 'root', '/', 'GET'),
      entry('fail', 'method-paths/main.tf', 37, 'proxy', '/{proxy+}', 'GET'),
      entry('fail', 'method-paths/main.tf', 46, 'encoded', '/pets/{id}', 'GET'),
      entry(
        'fail',
        'method-paths/main.tf',
        55,
        'nested',
        '/pets/{id}/toys',
        'POST'
      ),
      entry('fail', 'method-paths/main.tf', 64, 'unknown', '?', '?')
    ]
  },
  {
    name: 'reports a syntax error with its line and still reads the rest of the module',
    directory: 'syntax-error',
    files: 1,
    errors: [
      { file: 'syntax-error/broken.tf', line: 14, message: /HCL syntax error/ },
      { file: 'syntax-error/broken.tf', line: 25, message: /HCL syntax error/ }
    ],
    expected: [
      entry('unknown', 'syntax-error/broken.tf', 14, 'broken', '*', '*'),
      entry(
        'fail',
        'syntax-error/broken.tf',
        23,
        'after_the_error',
        '/pets',
        'GET'
      ),
      entry(
        'pass',
        'syntax-error/fine.tf',
        7,
        'in_a_good_file',
        '/orders',
        'GET'
      )
    ]
  },
  {
    name: 'reads the JSON syntax with its interpolations and terraform.tfvars.json',
    directory: 'json-syntax',
    expected: [
      entry('fail', 'json-syntax/main.tf.json', 24, 'all', '*', '*'),
      entry('pass', 'json-syntax/main.tf.json', 34, 'pets', '/pets', 'GET')
    ]
  },
  {
    name: 'reads a plan JSON by its content, with after_unknown and child modules, pointing into the plan',
    directory: 'plan',
    expected: [
      entry('fail', 'plan/release-plan.json', 209, 'all', '*', '*'),
      entry(
        'unknown',
        'plan/release-plan.json',
        239,
        'later[0]',
        '/pets',
        'GET'
      ),
      entry(
        'pass',
        'plan/release-plan.json',
        387,
        'module.api.aws_api_gateway_method_settings.this',
        '/{proxy+}',
        'GET'
      )
    ]
  },
  {
    name: 'reads planned_values when a plan has no resource_changes, skips deletions, and takes a whole unknown settings block as unknown',
    directory: 'plan-shapes',
    expected: [
      entry('unknown', 'plan-shapes/changes.json', 5, 'computed', '*', '*'),
      entry(
        'fail',
        'plan-shapes/planned.json',
        35,
        'module.edge.module.cache.aws_api_gateway_method_settings.this["orders"]',
        '/orders',
        'GET'
      )
    ]
  },
  {
    name: 'reads a child module with the values each call passes, following calls the scan was not given',
    directory: 'module-calls/live',
    files: 2,
    expected: MODULE_CALL_FINDINGS
  },
  {
    name: 'drops the reading of a called module with its defaults when its caller is scanned',
    directory: 'module-calls',
    files: 2,
    expected: MODULE_CALL_FINDINGS
  },
  {
    name: 'reads OpenTofu .tofu files, each in place of the .tf file of the same name',
    directory: 'opentofu',
    files: 2,
    expected: [
      entry('fail', 'opentofu/main.tofu', 8, 'all', '*', '*'),
      entry('pass', 'opentofu/reports.tofu', 8, 'reports', '/reports', 'GET')
    ]
  }
]

describe('Terraform fixtures', () => {
  it.each(table.map(c => [c.name, c] as const))('%s', async (_, testCase) => {
    const result = await scan(testCase.directory, testCase.varFiles)

    expect(summarise(result.findings)).toEqual(testCase.expected)
    const errors = testCase.errors ?? []
    expect(result.errors).toHaveLength(errors.length)
    errors.forEach((error, i) => {
      expect(result.errors[i]).toMatchObject({
        file: error.file,
        line: error.line
      })
      expect(result.errors[i]?.message).toMatch(error.message)
    })
    if (testCase.files !== undefined) expect(result.files).toBe(testCase.files)
  })
})

describe('Terraform details', () => {
  it('names the source of each unknown so a person can act on it', async () => {
    const result = await scan('unknown-reasons')
    const reasons = Object.fromEntries(
      result.findings.map(finding => [
        finding.resource.split('.')[1],
        finding.message
      ])
    )
    expect(reasons['data_source']).toMatch(
      /data source data\.aws_ssm_parameter\.encrypt/
    )
    expect(reasons['module_output']).toMatch(/output of module settings/)
    expect(reasons['resource_attribute']).toMatch(
      /aws_kms_key\.cache, known only after apply/
    )
    expect(reasons['unknown_function']).toMatch(/jsondecode\(\)/)
    expect(reasons['variable_without_value']).toMatch(
      /variable `encrypt` has no value; pass a var file/
    )
  })

  it('says where a value came from when it fails', async () => {
    const result = await scan('variables', ['variables/env/prod.tfvars'])
    const messages = result.findings.map(finding => finding.message)
    expect(messages).toContainEqual(
      expect.stringMatching(/default of variable `enc_default`/)
    )
    expect(messages).toContainEqual(
      expect.stringMatching(
        /variable `enc_tfvars_json` from terraform\.tfvars\.json/
      )
    )
    expect(messages).toContainEqual(
      expect.stringMatching(
        /variable `enc_var_file` from var file variables\/env\/prod\.tfvars/
      )
    )
  })

  it('points plan findings at the .tf block when the scan holds it, as terraform-plan', async () => {
    const result = await scan('plan-with-config')
    const plan = result.findings.filter(
      finding => finding.format === 'terraform-plan'
    )
    expect(summarise(plan)).toEqual([
      entry('fail', 'plan-with-config/main.tf', 32, 'all', '*', '*'),
      entry(
        'unknown',
        'plan-with-config/main.tf',
        45,
        'later[0]',
        '/pets',
        'GET'
      ),
      entry(
        'pass',
        'plan-with-config/modules/api/main.tf',
        19,
        'module.api.aws_api_gateway_method_settings.this',
        '/{proxy+}',
        'GET'
      )
    ])
    // The .tf files are a module of their own, read alongside the plan.
    const formats = new Set<SourceFormat>(result.findings.map(f => f.format))
    expect(formats).toEqual(new Set(['terraform', 'terraform-plan']))
    expect(result.files).toBe(3)
  })

  it('names the call that passed the value a child module fails on', async () => {
    const result = await scan('module-calls/live')
    const byResource = (resource: string) =>
      result.findings.find(f => f.resource === resource)?.message
    expect(
      byResource('module.api.aws_api_gateway_method_settings.all')
    ).toContain(
      'variable `encrypt` from module.api at module-calls/live/main.tf:7'
    )
    expect(
      byResource('module.imported.aws_api_gateway_method_settings.all')
    ).toMatch(/data\.aws_ssm_parameter|data source/)
  })

  it('gives the Terraform fix for the resource that writes the setting', async () => {
    const result = await scan('reference-link')
    const failing = result.findings.find(finding => finding.status === 'fail')
    expect(failing?.fix).toBe(
      'Set cache_data_encrypted = true in the settings block of aws_api_gateway_method_settings.all.'
    )
    expect(failing?.format).toBe('terraform')
    expect(failing?.stage).toBe('prod')
  })

  it('lists a syntax error in a var file once, however many modules use it', async () => {
    const result = await scanPaths({
      workspace: WORKSPACE,
      paths: ['reference-link', 'literal-link'],
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      parameters: new Map(),
      varFiles: ['broken-var-file/broken.tfvars']
    })
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({
      file: 'broken-var-file/broken.tfvars',
      line: 2
    })
    expect(result.findings.length).toBeGreaterThan(0)
  })

  it('stops with an error naming a var file that cannot be read', async () => {
    await expect(
      scan('variables', ['variables/env/absent.tfvars'])
    ).rejects.toThrow(
      /var file "variables\/env\/absent\.tfvars" cannot be read/
    )
    await expect(scan('variables', ['variables/main.tf'])).rejects.toThrow(
      /must end in \.tfvars or \.tfvars\.json/
    )
  })
})
