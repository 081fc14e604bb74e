import { describe, expect, it } from '@jest/globals'
import { applySuppressions } from '../src/suppressions.js'
import { parseSuppressionConfig } from '../src/suppressions/config.js'
import type { Finding } from '../src/model.js'

const TODAY = '2026-06-15'

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    status: 'fail',
    rule: 'cache-unencrypted',
    origin: 'template',
    format: 'cloudformation',
    file: 'infra/api.yaml',
    line: 9,
    column: 11,
    resource: 'ProdStage',
    stage: 'prod',
    resourcePath: '/orders',
    httpMethod: 'GET',
    message: 'caches responses unencrypted.',
    fix: 'Set CacheDataEncrypted: true.',
    new: null,
    ...overrides
  }
}

const YAML = (comment: string, trailing = '') => `Resources:
  ProdStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: prod
      MethodSettings:
        - ResourcePath: /~1orders
          HttpMethod: GET
${comment}          CachingEnabled: true${trailing}
`

function apply(
  text: string,
  f: Finding = finding({
    line: text.split('\n').findIndex(l => l.includes('CachingEnabled')) + 1
  }),
  config: string | null = null
) {
  return applySuppressions([f], {
    texts: new Map([[f.file ?? '', text]]),
    config:
      config === null
        ? null
        : parseSuppressionConfig(config, '.github/apigw-cache-check.yml'),
    today: TODAY
  })
}

describe('inline suppressions in YAML and HCL', () => {
  it('suppresses a fail with the comment on the line above, keeping reason and expiry', () => {
    const result = apply(
      YAML(
        '          # apigw-cache-check:ignore reason="public price list" until=2027-03-31\n'
      )
    )
    expect(result.errors).toEqual([])
    expect(result.findings[0]).toMatchObject({
      status: 'suppressed',
      suppression: { reason: 'public price list', until: '2027-03-31' }
    })
  })

  it('suppresses with a trailing comment on the line itself, without expiry', () => {
    const result = apply(
      YAML('', " # apigw-cache-check:ignore reason='tokens are not cached'")
    )
    expect(result.findings[0]).toMatchObject({
      status: 'suppressed',
      suppression: { reason: 'tokens are not cached', until: null }
    })
  })

  it('reads HCL comments with // and # above a Terraform setting', () => {
    const hcl = `resource "aws_api_gateway_method_settings" "all" {
  settings {
    // apigw-cache-check:ignore reason="cache holds public data"
    caching_enabled = true
  }
}
`
    const f = finding({
      format: 'terraform',
      file: 'tf/main.tf',
      line: 4,
      resource: 'aws_api_gateway_method_settings.all'
    })
    expect(apply(hcl, f).findings[0]?.status).toBe('suppressed')
    expect(apply(hcl.replace('//', '#'), f).findings[0]?.status).toBe(
      'suppressed'
    )
  })

  it('does not reach across a blank line or code', () => {
    const text = YAML('          # apigw-cache-check:ignore reason="x"\n\n')
    expect(apply(text).findings[0]?.status).toBe('fail')
    const code = YAML(
      '          # apigw-cache-check:ignore reason="x"\n          HttpMethod: GET\n'
    )
    expect(apply(code).findings[0]?.status).toBe('fail')
  })

  it('reports a suppression without a reason as an error and leaves the fail', () => {
    const result = apply(
      YAML('          # apigw-cache-check:ignore until=2027-01-01\n')
    )
    expect(result.findings[0]?.status).toBe('fail')
    expect(result.errors).toEqual([
      {
        file: 'infra/api.yaml',
        line: 9,
        message: expect.stringMatching(/needs a reason/)
      }
    ])
  })

  it.each([
    ['reason="x" until=2027-02-30', /until must be a date/],
    ['reason="x" until=tomorrow', /until must be a date/],
    ['reasn="typo"', /unknown field "reasn"/],
    ['reason="x" rule=everything', /rule must be one of/],
    ['reason="unterminated', /cannot read/]
  ])('reports %s as an error', (fields, message) => {
    const result = apply(
      YAML(`          # apigw-cache-check:ignore ${fields}\n`)
    )
    expect(result.findings[0]?.status).toBe('fail')
    expect(result.errors[0]?.message).toMatch(message)
  })

  it('no longer applies an expired suppression and says so in the message', () => {
    const result = apply(
      YAML(
        '          # apigw-cache-check:ignore reason="launch week" until=2026-06-14\n'
      )
    )
    expect(result.findings[0]?.status).toBe('fail')
    expect(result.findings[0]?.message).toMatch(
      /suppression at infra\/api\.yaml:9 \("launch week"\) expired on 2026-06-14/
    )
  })

  it('still applies on its until day', () => {
    const result = apply(
      YAML(
        '          # apigw-cache-check:ignore reason="launch week" until=2026-06-15\n'
      )
    )
    expect(result.findings[0]?.status).toBe('suppressed')
  })

  it('applies a rule-limited suppression to that rule only', () => {
    const text = YAML(
      '          # apigw-cache-check:ignore reason="x" rule=cache-cluster-unencrypted\n'
    )
    expect(apply(text).findings[0]?.status).toBe('fail')
  })

  it('leaves passes and unknowns alone', () => {
    const text = YAML('          # apigw-cache-check:ignore reason="x"\n')
    const line = 9
    expect(
      apply(text, finding({ status: 'unknown', line })).findings[0]?.status
    ).toBe('unknown')
    expect(
      apply(text, finding({ status: 'pass', line })).findings[0]?.status
    ).toBe('pass')
  })
})

describe('CloudFormation metadata suppressions', () => {
  const template = (metadata: string) => `Resources:
  ProdStage:
    Type: AWS::ApiGateway::Stage
${metadata}    Properties:
      StageName: prod
      MethodSettings:
        - ResourcePath: /~1orders
          HttpMethod: GET
          CachingEnabled: true
`

  it('suppresses every fail and warning of the resource, with a list of entries', () => {
    const text = template(`    Metadata:
      apigw-cache-check:
        ignore:
          - reason: public catalogue
            until: 2027-03-31
`)
    const result = apply(text, finding({ line: 10 }))
    expect(result.errors).toEqual([])
    expect(result.findings[0]).toMatchObject({
      status: 'suppressed',
      suppression: { reason: 'public catalogue', until: '2027-03-31' }
    })
    const warning = finding({
      status: 'warning',
      rule: 'cache-cluster-unencrypted',
      line: 2
    })
    expect(apply(text, warning).findings[0]?.status).toBe('suppressed')
  })

  it('accepts a single mapping and JSON templates', () => {
    const json = JSON.stringify(
      {
        Resources: {
          ProdStage: {
            Type: 'AWS::ApiGateway::Stage',
            Metadata: {
              'apigw-cache-check': {
                ignore: { reason: 'public', rule: 'cache-unencrypted' }
              }
            },
            Properties: {}
          }
        }
      },
      null,
      2
    )
    const result = apply(json, finding({ file: 'api.json', line: 3 }))
    expect(result.findings[0]?.status).toBe('suppressed')
  })

  it('applies the metadata of a Fn::ForEach template to the resources it makes, and to no written-out one', () => {
    const text = `Transform: AWS::LanguageExtensions
Resources:
  Stagelegacy:
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: legacy
  Fn::ForEach::Envs:
    - Env
    - [dev, prod]
    - Stage\${Env}:
        Type: AWS::ApiGateway::Stage
        Metadata:
          apigw-cache-check:
            ignore: [{ reason: cached public catalogue }]
        Properties:
          StageName: !Ref Env
`
    const status = (resource: string) =>
      apply(text, finding({ resource, line: 16 })).findings[0]?.status
    expect(status('Stagedev')).toBe('suppressed')
    expect(status('Stageprod')).toBe('suppressed')
    expect(status('Stagelegacy')).toBe('fail')
    expect(status('Other')).toBe('fail')
  })

  it('applies the metadata of a nested template to its stage read through the parent', () => {
    const text = template(`    Metadata:
      apigw-cache-check:
        ignore: [{ reason: public catalogue }]
`)
    const nested = finding({ resource: 'CatalogStack/ProdStage', line: 10 })
    expect(apply(text, nested).findings[0]?.status).toBe('suppressed')
  })

  it("reads metadata under a Serverless service's resources", () => {
    const text = `service: orders
provider:
  name: aws
resources:
  Resources:
    ProdStage:
      Type: AWS::ApiGateway::Stage
      Metadata:
        apigw-cache-check:
          ignore: [{ reason: public catalogue }]
      Properties:
        StageName: prod
`
    const result = apply(text, finding({ file: 'serverless.yml', line: 12 }))
    expect(result.findings[0]?.status).toBe('suppressed')
  })

  it('does not suppress another resource', () => {
    const text = template(`    Metadata:
      apigw-cache-check:
        ignore: [{ reason: public }]
`)
    expect(
      apply(text, finding({ resource: 'OtherStage', line: 10 })).findings[0]
        ?.status
    ).toBe('fail')
  })

  it('reports entries without a reason, and unknown fields, at their line', () => {
    const text = template(`    Metadata:
      apigw-cache-check:
        ignore:
          - until: 2027-01-01
          - reason: ok
            methods: GET
`)
    const result = apply(text, finding({ line: 12 }))
    expect(result.findings[0]?.status).toBe('fail')
    expect(result.errors.map(e => [e.line, e.message])).toEqual([
      [
        7,
        expect.stringMatching(
          /metadata of ProdStage: a suppression needs a reason/
        )
      ],
      [8, expect.stringMatching(/unknown field "methods"/)]
    ])
  })
})

describe('the suppression file', () => {
  const config = (entry: string) => `ignore:\n${entry}`

  it('selects template findings by file glob, resource, stage and method', () => {
    const file = config(`  - reason: legacy API being retired
    until: 2027-01-31
    file: infra/*.yaml
    resource: ProdStage
    stage: prod
    method: GET /orders
`)
    const result = apply('', finding(), file)
    expect(result.errors).toEqual([])
    expect(result.findings[0]).toMatchObject({
      status: 'suppressed',
      suppression: { reason: 'legacy API being retired', until: '2027-01-31' }
    })
    expect(
      apply('', finding({ httpMethod: 'POST' }), file).findings[0]?.status
    ).toBe('fail')
    expect(
      apply('', finding({ file: 'infra/sub/api.yaml' }), file).findings[0]
        ?.status
    ).toBe('fail')
  })

  it('selects live stages by ARN pattern', () => {
    const live = finding({
      origin: 'live',
      format: 'live',
      file: null,
      line: null,
      column: null,
      region: 'eu-west-1',
      restApiId: 'a1b2c3',
      stage: 'prod'
    })
    const file = config(`  - reason: read-only reference data
    arn: arn:aws:apigateway:eu-west-1::/restapis/*/stages/prod
`)
    expect(apply('', live, file).findings[0]?.status).toBe('suppressed')
    expect(
      apply('', { ...live, region: 'us-east-1' }, file).findings[0]?.status
    ).toBe('fail')
    expect(
      apply('', { ...live, stage: 'production' }, file).findings[0]?.status
    ).toBe('fail')
    expect(apply('', finding(), file).findings[0]?.status).toBe('fail')
  })

  it('matches ** across directories', () => {
    const file = config('  - reason: x\n    file: "legacy/**"\n')
    expect(
      apply('', finding({ file: 'legacy/a/b/api.yaml' }), file).findings[0]
        ?.status
    ).toBe('suppressed')
  })

  it.each([
    ['  - reason: everything\n', /needs at least one of/],
    ['  - file: infra/api.yaml\n', /needs a reason/],
    [
      '  - reason: x\n    file: infra/api.yaml\n    until: 31.12.2027\n',
      /until must be a date/
    ],
    ['  - reason: x\n    path: infra/api.yaml\n', /unknown field "path"/]
  ])('reports a bad entry as an error at its line: %j', (entry, message) => {
    const result = apply('', finding(), config(entry))
    expect(result.findings[0]?.status).toBe('fail')
    expect(result.errors).toEqual([
      {
        file: '.github/apigw-cache-check.yml',
        line: 2,
        message: expect.stringMatching(message)
      }
    ])
  })

  it('reports unknown top-level keys and unreadable YAML', () => {
    expect(
      parseSuppressionConfig('suppress: []\n', 'c.yml').errors[0]?.message
    ).toMatch(/unknown key "suppress"/)
    expect(
      parseSuppressionConfig('ignore: [\n', 'c.yml').errors[0]?.message
    ).toMatch(/cannot be read as YAML/)
    expect(parseSuppressionConfig('', 'c.yml')).toEqual({
      suppressions: [],
      errors: []
    })
  })

  it('prefers an inline suppression to the file, and a live one to an expired one', () => {
    const text = YAML(
      '          # apigw-cache-check:ignore reason="inline" until=2020-01-01\n'
    )
    const file = config('  - reason: from the file\n    resource: ProdStage\n')
    const result = apply(text, finding({ line: 9 }), file)
    expect(result.findings[0]).toMatchObject({
      status: 'suppressed',
      suppression: { reason: 'from the file' }
    })
  })
})
