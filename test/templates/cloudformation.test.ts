import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { evaluateStage } from '../../src/rule.js'
import { scanText } from '../../src/scan.js'
import type { Finding, FindingStatus } from '../../src/model.js'

const FIXTURES = '__fixtures__/templates'

/** What a test pins for each finding: status, line, column when given, and method. */
interface Expected {
  status: FindingStatus
  line: number
  column?: number
  resource?: string
  stage?: string | null
  resourcePath: string
  httpMethod: string
}

function findingsOf(
  name: string,
  parameters: ReadonlyMap<string, string> = new Map()
): Finding[] {
  const file = `${FIXTURES}/${name}`
  const scan = scanText(readFileSync(file, 'utf8'), file, parameters)
  expect(scan.errors).toEqual([])
  expect(scan.recognised).toBe(true)
  return scan.stages.flatMap(stage => evaluateStage(stage))
}

function summarise(findings: Finding[]): Expected[] {
  return findings
    .map(finding => ({
      status: finding.status,
      line: finding.line ?? 0,
      resourcePath: finding.resourcePath,
      httpMethod: finding.httpMethod
    }))
    .sort((a, b) => a.line - b.line)
}

const table: { name: string; file: string; expected: Expected[] }[] = [
  {
    name: 'decides each row of the rule table on its own stage',
    file: 'stage-rule-table.yaml',
    expected: [
      { status: 'pass', line: 19, resourcePath: '*', httpMethod: '*' },
      { status: 'fail', line: 30, resourcePath: '*', httpMethod: '*' },
      { status: 'fail', line: 40, resourcePath: '*', httpMethod: '*' },
      { status: 'unknown', line: 51, resourcePath: '*', httpMethod: '*' },
      { status: 'unknown', line: 61, resourcePath: '*', httpMethod: '*' }
    ]
  },
  {
    name: 'warns on a cache cluster with encryption off and fails caching on a stage whose cluster is off',
    file: 'cluster-warning.yaml',
    expected: [
      { status: 'warning', line: 7, resourcePath: '*', httpMethod: '*' },
      { status: 'fail', line: 28, resourcePath: '*', httpMethod: '*' }
    ]
  },
  {
    name: 'reads booleans written as strings in any case, and an odd string as unknown',
    file: 'string-booleans.yaml',
    expected: [
      { status: 'fail', line: 12, resourcePath: '*', httpMethod: '*' },
      { status: 'pass', line: 16, resourcePath: '/health', httpMethod: 'GET' },
      { status: 'unknown', line: 19, resourcePath: '/odd', httpMethod: 'GET' }
    ]
  },
  {
    name: 'judges per-method overrides on their own values and normalises path spellings',
    file: 'overrides-and-paths.yaml',
    expected: [
      { status: 'pass', line: 12, resourcePath: '*', httpMethod: '*' },
      {
        status: 'fail',
        line: 15,
        resourcePath: '/pets/{id}',
        httpMethod: 'GET'
      },
      {
        status: 'fail',
        line: 19,
        resourcePath: '/pets/{id}/toys',
        httpMethod: 'POST'
      },
      { status: 'pass', line: 23, resourcePath: '/', httpMethod: 'GET' },
      { status: 'fail', line: 32, resourcePath: '*', httpMethod: '*' }
    ]
  },
  {
    name: 'reads the stage a Deployment creates from its StageDescription',
    file: 'deployment.yaml',
    expected: [
      { status: 'fail', line: 12, resourcePath: '*', httpMethod: '*' },
      { status: 'pass', line: 17, resourcePath: '/orders', httpMethod: 'GET' },
      { status: 'pass', line: 25, resourcePath: '*', httpMethod: '*' },
      { status: 'warning', line: 32, resourcePath: '*', httpMethod: '*' }
    ]
  },
  {
    name: 'merges SAM Globals.Api into explicit and implicit APIs, pointing into Globals',
    file: 'sam-globals.yaml',
    expected: [
      { status: 'fail', line: 8, resourcePath: '*', httpMethod: '*' },
      { status: 'fail', line: 8, resourcePath: '*', httpMethod: '*' },
      { status: 'pass', line: 18, resourcePath: '/items', httpMethod: 'GET' }
    ]
  },
  {
    name: "gives a state machine's Api event the implicit API with Globals.Api",
    file: 'sam-state-machine.yaml',
    expected: [{ status: 'fail', line: 10, resourcePath: '*', httpMethod: '*' }]
  },
  {
    name: 'warns on a SAM Api that provisions a cluster with no method settings',
    file: 'sam-no-globals.yaml',
    expected: [
      { status: 'warning', line: 7, resourcePath: '*', httpMethod: '*' }
    ]
  },
  {
    name: 'resolves parameters, conditions and mappings and names what it cannot',
    file: 'intrinsics.yaml',
    expected: [
      { status: 'pass', line: 33, resourcePath: '/if-true', httpMethod: 'GET' },
      {
        status: 'fail',
        line: 37,
        resourcePath: '/if-false',
        httpMethod: 'GET'
      },
      {
        status: 'pass',
        line: 41,
        resourcePath: '/find-in-map',
        httpMethod: 'GET'
      },
      {
        status: 'fail',
        line: 45,
        resourcePath: '/param-default',
        httpMethod: 'GET'
      },
      {
        status: 'unknown',
        line: 49,
        resourcePath: '/import',
        httpMethod: 'GET'
      },
      {
        status: 'unknown',
        line: 53,
        resourcePath: '/getatt',
        httpMethod: 'GET'
      },
      { status: 'unknown', line: 57, resourcePath: '/ssm', httpMethod: 'GET' },
      {
        status: 'unknown',
        line: 61,
        resourcePath: '/dynamic',
        httpMethod: 'GET'
      },
      {
        status: 'unknown',
        line: 65,
        resourcePath: '/unknown-condition',
        httpMethod: 'GET'
      },
      {
        status: 'pass',
        line: 69,
        resourcePath: '/same-branches',
        httpMethod: 'GET'
      },
      { status: 'fail', line: 72, resourcePath: '/no-value', httpMethod: 'GET' }
    ]
  },
  {
    name: 'evaluates Properties written as Fn::If, and leaves undecided ones unknown',
    file: 'conditional-properties.yaml',
    expected: [
      { status: 'fail', line: 22, resourcePath: '*', httpMethod: '*' },
      { status: 'unknown', line: 26, resourcePath: '*', httpMethod: '*' },
      { status: 'unknown', line: 38, resourcePath: '*', httpMethod: '*' },
      { status: 'unknown', line: 41, resourcePath: '*', httpMethod: '*' },
      { status: 'pass', line: 56, resourcePath: '/items', httpMethod: 'GET' }
    ]
  },
  {
    name: 'expands Fn::ForEach loops of AWS::LanguageExtensions, nested and over parameters',
    file: 'language-extensions.yaml',
    expected: [
      { status: 'fail', line: 35, resourcePath: '*', httpMethod: '*' },
      { status: 'pass', line: 35, resourcePath: '*', httpMethod: '*' },
      { status: 'fail', line: 50, resourcePath: '/quotes', httpMethod: 'GET' },
      { status: 'fail', line: 50, resourcePath: '/quotes', httpMethod: 'GET' },
      { status: 'unknown', line: 64, resourcePath: '*', httpMethod: '*' }
    ]
  },
  {
    name: 'locates keys in JSON templates',
    file: 'long-form.json',
    expected: [
      { status: 'pass', line: 17, resourcePath: '*', httpMethod: '*' },
      { status: 'fail', line: 23, resourcePath: '/reports', httpMethod: 'GET' }
    ]
  }
]

describe('CloudFormation family fixture table', () => {
  it.each(table)('$name ($file)', ({ file, expected }) => {
    expect(summarise(findingsOf(file))).toEqual(expected)
  })
})

describe('CloudFormation details', () => {
  it('points at the column of the key a person edits', () => {
    const [finding] = findingsOf('long-form.json').filter(
      f => f.status === 'fail'
    )
    expect(finding).toMatchObject({
      line: 23,
      column: 15,
      file: `${FIXTURES}/long-form.json`
    })

    const yaml = findingsOf('stage-rule-table.yaml').find(
      f => f.stage === 'explicit-false'
    )
    expect(yaml).toMatchObject({
      line: 30,
      column: 11,
      resource: 'ExplicitFalseStage'
    })
  })

  it('names the parameter whose default decides, and the one without a default', () => {
    const findings = findingsOf('intrinsics.yaml')
    const fromDefault = findings.find(f => f.resourcePath === '/param-default')
    expect(fromDefault?.message).toContain('parameter Encrypt')
    const unknown = findingsOf('stage-rule-table.yaml').find(
      f => f.stage === 'encryption-unknown'
    )
    expect(unknown?.message).toContain('EncryptNoDefault')
  })

  it('skips a resource whose condition is false and resolves the stage name', () => {
    const findings = findingsOf('intrinsics.yaml')
    expect(findings.some(f => f.resource === 'SkippedStage')).toBe(false)
    expect(new Set(findings.map(f => f.stage))).toEqual(new Set(['prod']))
  })

  it('takes parameter values from a parameter file over defaults', () => {
    const parameters = new Map([
      ['EncryptNoDefault', 'true'],
      ['CachingNoDefault', 'false']
    ])
    const findings = findingsOf('stage-rule-table.yaml', parameters)
    const byStage = (stage: string) => findings.filter(f => f.stage === stage)
    expect(byStage('encryption-unknown').map(f => f.status)).toEqual(['pass'])
    // Caching now resolves to false: nothing caches, but the cluster is on.
    expect(byStage('caching-unknown').map(f => f.status)).toEqual(['warning'])
  })

  it('names the resources a Fn::ForEach loop makes by their logical ids', () => {
    const findings = findingsOf('language-extensions.yaml')
    expect(findings.map(f => [f.resource, f.stage, f.status])).toEqual([
      ['Stagedev', 'dev', 'fail'],
      ['Stageprod', 'prod', 'pass'],
      ['TenantStage${Tenant}', null, 'unknown'],
      ['Apieuwest1gold', 'eu-west-1-gold', 'fail'],
      ['Apiuseast1gold', 'us-east-1-gold', 'fail']
    ])
    expect(findings[2]?.message).toContain('parameter Tenants has no default')

    const tenants = findingsOf(
      'language-extensions.yaml',
      new Map([['Tenants', 'acme,globex']])
    ).filter(f => f.resource.startsWith('TenantStage'))
    expect(tenants.map(f => [f.resource, f.stage, f.status])).toEqual([
      ['TenantStageacme', 'acme', 'unknown'],
      ['TenantStageglobex', 'globex', 'unknown']
    ])
  })

  it('says when the cache cluster of a failing stage is currently off', () => {
    const [finding] = findingsOf('cluster-warning.yaml').filter(
      f => f.status === 'fail'
    )
    expect(finding?.message).toMatch(/cache cluster is currently off/)
  })

  it('marks SAM findings with the sam format and the implicit API by its SAM name', () => {
    const findings = findingsOf('sam-globals.yaml')
    expect(new Set(findings.map(f => f.format))).toEqual(new Set(['sam']))
    expect(findings.map(f => f.resource).sort()).toEqual([
      'ExplicitApi',
      'ExplicitApi',
      'ServerlessRestApi'
    ])
    expect(findings.find(f => f.resource === 'ServerlessRestApi')?.stage).toBe(
      'Prod'
    )
  })

  it('names the CDK construct path of a synthesized stage', () => {
    const findings = findingsOf('cdk.out/CacheStack.template.json')
    expect(findings.map(f => [f.status, f.format, f.resourcePath])).toEqual([
      ['fail', 'cdk', '*'],
      ['pass', 'cdk', '/books']
    ])
    expect(findings[0]?.constructPath).toBe(
      'CacheStack/Api/DeploymentStage.prod/Resource'
    )
    expect(findings[0]?.message).toContain(
      'CacheStack/Api/DeploymentStage.prod'
    )
  })
})

describe('recognising templates by content', () => {
  it.each(['not-a-template-workflow.yaml', 'not-a-template-k8s.yaml'])(
    'skips %s without an error',
    name => {
      const file = `${FIXTURES}/${name}`
      const scan = scanText(readFileSync(file, 'utf8'), file)
      expect(scan).toEqual({ recognised: false, stages: [], errors: [] })
    }
  )

  it('skips package.json and other JSON', () => {
    const scan = scanText(readFileSync('package.json', 'utf8'), 'package.json')
    expect(scan.recognised).toBe(false)
    expect(scan.errors).toEqual([])
  })
})
