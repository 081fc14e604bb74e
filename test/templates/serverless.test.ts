import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { evaluateStage } from '../../src/rule.js'
import { scanText } from '../../src/scan.js'

const FIXTURES = '__fixtures__/serverless'

function scan(name: string) {
  const file = `${FIXTURES}/${name}/serverless.yml`
  const result = scanText(readFileSync(file, 'utf8'), file)
  const findings = result.stages.flatMap(stage => evaluateStage(stage))
  return { result, findings }
}

describe('Serverless Framework with serverless-api-gateway-caching', () => {
  it('fails endpoints that cache unencrypted and passes encrypted ones', () => {
    const { result, findings } = scan('plugin')
    expect(result.errors).toEqual([])
    expect(
      findings.map(f => [
        f.status,
        f.line,
        f.resourcePath,
        f.httpMethod,
        f.format
      ])
    ).toEqual([
      ['fail', 32, '/pets', 'GET', 'serverless'],
      ['fail', 41, '/pets/{id}', 'GET', 'serverless'],
      ['pass', 22, '/health', 'GET', 'serverless']
    ])
    expect(findings[0]).toMatchObject({ resource: 'petstore', stage: 'prod' })
  })

  it('reads the CloudFormation under resources as well as the plugin, pointing into the service file', () => {
    const { result, findings } = scan('resources')
    expect(result.errors).toEqual([])
    expect(findings.map(f => [f.status, f.line, f.resource, f.format])).toEqual(
      [
        ['pass', 15, 'orders', 'serverless'],
        ['fail', 37, 'ReportsStage', 'cloudformation'],
        ['unknown', 47, 'VariableStage', 'cloudformation']
      ]
    )
    expect(findings[2]?.message).toContain('${self:custom.encryptReports}')
  })

  it('configures nothing when the plugin is not listed', () => {
    const { result, findings } = scan('no-plugin')
    expect(result.recognised).toBe(true)
    expect(findings).toEqual([])
  })

  it('takes encryption from the global setting and leaves a shared API stage alone', () => {
    const { findings } = scan('shared')
    expect(findings.map(f => [f.status, f.line, f.resourcePath])).toEqual([
      ['pass', 10, '/reports/{id}']
    ])
  })

  it('resolves self references and defaults, and reports what only deploy time knows', () => {
    const { findings } = scan('variables')
    expect(findings.map(f => [f.status, f.line, f.stage])).toEqual([
      ['unknown', 12, 'staging']
    ])
    expect(findings[0]?.message).toContain('${env:ENCRYPT_CACHE}')
  })

  it('warns when the plugin provisions a cluster that no endpoint uses, unencrypted', () => {
    const text = readFileSync(
      `${FIXTURES}/plugin/serverless.yml`,
      'utf8'
    ).replace(/caching:\n(\s+)enabled: true/g, 'caching:\n$1enabled: false')
    const result = scanText(text, 'serverless.yml')
    const findings = result.stages.flatMap(stage => evaluateStage(stage))
    expect(findings.map(f => [f.status, f.line])).toEqual([['warning', 14]])
  })
})
