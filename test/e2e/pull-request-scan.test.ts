import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ENCRYPTED_STAGE,
  ORDERS_CACHING_LINE,
  WITH_ORDERS,
  PullRequestScenario
} from '../support/pull-request-scenario.js'

describe('what a pull-request run scans and suggests (dist/index.js on a pull_request event)', () => {
  let pr: PullRequestScenario

  beforeEach(async () => {
    pr = new PullRequestScenario()
    await pr.start()
  })

  afterEach(async () => {
    await pr.stop()
  })

  it('suggests fixes only on lines in the diff, once', async () => {
    const template = (cacheOn: string, orders: boolean) => `Parameters:
  CacheOn:
    Type: String
    Default: '${cacheOn}'
Resources:
  ProdStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: prod
      RestApiId: abc123
      MethodSettings:
        - ResourcePath: /~1reports
          HttpMethod: GET
          CachingEnabled: !Ref CacheOn
        - ResourcePath: /~1health
          HttpMethod: GET
          CachingEnabled: false
        - ResourcePath: /~1status
          HttpMethod: GET
          CachingEnabled: false
${
  orders
    ? `        - ResourcePath: /~1orders
          HttpMethod: GET
          CacheDataEncrypted: false
          CachingEnabled: true
`
    : ''
}`
    pr.newBase({ 'infra/api.yaml': template('false', false) }, 'base 2')
    pr.pushHead({ 'infra/api.yaml': template('true', true) }, 'turn caching on')

    const result = await pr.run()
    const fails = result.report.findings.filter(f => f.status === 'fail')
    expect(fails.map(f => [f.line, f.new])).toEqual([
      [14, true],
      [23, true]
    ])
    expect(pr.server.reviewComments).toHaveLength(1)
    expect(pr.server.reviewComments[0]).toMatchObject({
      path: 'infra/api.yaml',
      line: 23,
      commit_id: pr.head
    })
    expect(pr.server.reviewComments[0]?.body).toContain(
      '```suggestion\n          CacheDataEncrypted: true\n```'
    )

    await pr.run()
    expect(pr.server.calls('POST', /\/reviews$/)).toHaveLength(1)
  })

  it('reports existing findings without failing when only-new is true, even when their lines moved', async () => {
    pr.newBase({ 'infra/api.yaml': WITH_ORDERS }, 'existing failure')
    pr.pushHead(
      {
        'infra/api.yaml': `# Orders API\n# owned by the payments team\n${WITH_ORDERS}`
      },
      'comment'
    )

    const strict = await pr.run()
    expect(strict.code).toBe(1)
    expect(strict.report.findings.find(f => f.status === 'fail')).toMatchObject(
      { line: ORDERS_CACHING_LINE + 2, new: false }
    )

    const lenient = await pr.run({ inputs: { 'only-new': 'true' } })
    expect(lenient.code).toBe(0)
    expect(lenient.outputs['result']).toBe('pass')
    expect(lenient.outputs['failed']).toBe('1')
    expect(pr.server.comments[0]?.body).toContain('(existing)')
    expect(pr.server.comments[0]?.body).toContain('only-new')
    expect(pr.server.calls('POST', /\/reviews$/)).toHaveLength(0)
  })

  it("treats a renamed file's findings as existing", async () => {
    pr.newBase({ 'infra/api.yaml': WITH_ORDERS }, 'existing failure')
    pr.renameOnHead('infra/api.yaml', 'infra/rest/api.yaml')
    expect(pr.server.files[0]).toMatchObject({
      status: 'renamed',
      previous_filename: 'infra/api.yaml'
    })

    const result = await pr.run({ inputs: { 'only-new': 'true' } })
    expect(result.report.findings.find(f => f.status === 'fail')).toMatchObject(
      { file: 'infra/rest/api.yaml', new: false }
    )
    expect(result.code).toBe(0)
  })

  it('scans only changed templates unless scope is all, and always scans the named generated paths', async () => {
    pr.newBase(
      {
        'infra/api.yaml': ENCRYPTED_STAGE,
        'legacy/old.yaml': WITH_ORDERS.replace('ProdStage', 'LegacyStage'),
        'cdk.out/App.template.json': JSON.stringify({
          Resources: {
            CdkStage: {
              Type: 'AWS::ApiGateway::Stage',
              Properties: {
                StageName: 'cdk',
                MethodSettings: [
                  { ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true }
                ]
              }
            }
          }
        })
      },
      'more'
    )
    pr.pushHead({ 'infra/api.yaml': WITH_ORDERS }, 'change')

    const changed = await pr.run()
    expect(new Set(changed.report.findings.map(f => f.file))).toEqual(
      new Set(['infra/api.yaml'])
    )

    const always = await pr.run({ inputs: { 'always-scan': 'cdk.out' } })
    expect(new Set(always.report.findings.map(f => f.file))).toEqual(
      new Set(['infra/api.yaml', 'cdk.out/App.template.json'])
    )
    expect(
      always.report.findings.find(f => f.resource === 'CdkStage')
    ).toMatchObject({ new: false })

    const all = await pr.run({ inputs: { scope: 'all' } })
    expect(new Set(all.report.findings.map(f => f.file))).toEqual(
      new Set([
        'infra/api.yaml',
        'legacy/old.yaml',
        'cdk.out/App.template.json'
      ])
    )
  })

  it('lists changed files with git when the pull request has more than GitHub lists', async () => {
    const result = await pr.run({ changedFiles: 3001 })
    expect(pr.server.calls('GET', /\/pulls\/7\/files$/)).toHaveLength(0)
    expect(result.stdout).toContain('(from git)')
    expect(result.report.findings.find(f => f.status === 'fail')).toMatchObject(
      { file: 'infra/api.yaml', new: true }
    )
    expect(result.stdout).toContain('Review suggestions: skipped')
  })

  it('retries a 5xx and waits out a rate limit', async () => {
    pr.server.faults.push(
      { method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 1 },
      {
        method: 'GET',
        path: /\/issues\/7\/comments$/,
        status: 403,
        message: 'API rate limit exceeded',
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000))
        },
        times: 1
      }
    )
    const result = await pr.run()
    expect(pr.server.calls('GET', /\/pulls\/7\/files$/)).toHaveLength(2)
    expect(pr.server.calls('GET', /\/issues\/7\/comments$/)).toHaveLength(2)
    expect(result.stdout).toMatch(/::warning::GitHub rate limit reached/)
    expect(pr.server.comments).toHaveLength(1)
  })

  it('scans the whole module of a changed Terraform file and suggests the Terraform fix', async () => {
    const variables = (cache: boolean) => `variable "cache" {
  default = ${cache}
}
`
    const main = `resource "aws_api_gateway_stage" "prod" {
  rest_api_id = "a1b2c3"
  stage_name  = "prod"
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    caching_enabled = var.cache
  }
}
`
    const orders = `resource "aws_api_gateway_method_settings" "orders" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "orders/GET"
  settings {
    metrics_enabled = true
    caching_enabled = true
  }
}
`
    pr.newBase(
      {
        'infra/api.yaml': ENCRYPTED_STAGE,
        'tf/api/variables.tf': variables(false),
        'tf/api/main.tf': main
      },
      'terraform'
    )
    pr.pushHead(
      { 'tf/api/variables.tf': variables(true), 'tf/api/orders.tf': orders },
      'cache on'
    )

    const result = await pr.run()
    const fails = result.report.findings.filter(f => f.status === 'fail')
    // main.tf did not change, but its module did: the variable turns caching on.
    expect(fails.map(f => [f.file, f.line, f.new])).toEqual([
      ['tf/api/main.tf', 11, true],
      ['tf/api/orders.tf', 7, true]
    ])
    expect(pr.server.reviewComments.map(c => [c.path, c.line])).toEqual([
      ['tf/api/orders.tf', 7]
    ])
    expect(pr.server.reviewComments[0]?.body).toContain(
      '```suggestion\n    caching_enabled = true\n    cache_data_encrypted = true\n```'
    )
  })

  it('warns and carries on when GitHub refuses the review (422)', async () => {
    pr.server.faults.push({
      method: 'POST',
      path: /\/reviews$/,
      status: 422,
      message: 'Pull request review thread line must be part of the diff'
    })
    const result = await pr.run({ inputs: { 'fail-on': 'never' } })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /::warning::Could not post review suggestions: Pull request review thread line must be part of the diff/
    )
    expect(pr.server.comments).toHaveLength(1)
  })
})
