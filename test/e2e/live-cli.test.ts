/**
 * The command line's live audit, run from dist/ against moto_server behind
 * the fault proxy: exact call counts, paging, retries, regions that could
 * not be read, and credentials that never reach the output.
 */
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CLI_BUNDLE, runNode } from './run-dist.js'
import {
  ACCOUNT_ID,
  startLiveFixture,
  type LiveFixture
} from '../support/live-fixture.js'
import { motoAvailable } from '../support/moto.js'
import type { Finding, Report } from '../../src/model.js'
import { skipNotice } from '../support/notice.js'

const CANARIES = {
  AWS_ACCESS_KEY_ID: 'AKIACANARYCLI0000001',
  AWS_SECRET_ACCESS_KEY: 'canary-secret-cli-7f3e1b9d0c',
  AWS_SESSION_TOKEN: 'canary-session-cli-5a8c2e'
}

const available = motoAvailable()
if (!available) {
  skipNotice('moto_server is not installed: live audit e2e tests skipped')
}

const describeWithMoto = available ? describe : describe.skip

describeWithMoto('CLI --live against moto_server', () => {
  let fixture: LiveFixture
  let work: string

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'apigw-live-cli-'))
    fixture = await startLiveFixture(true)
  }, 300_000)

  afterAll(async () => {
    await fixture?.close()
    rmSync(work, { recursive: true, force: true })
  })

  beforeEach(() => fixture.proxy.reset())

  /** Runs the CLI with the fake credentials; returns the process and its JSON report. */
  async function audit(args: string[], env: Record<string, string> = {}) {
    const output = path.join(work, `report-${Date.now()}.json`)
    const result = await runNode(
      CLI_BUNDLE,
      ['--live', ...args, '--format', 'json', '--output', output],
      {
        cwd: work,
        env: {
          ...CANARIES,
          AWS_ENDPOINT_URL: fixture.proxy.url,
          AWS_EC2_METADATA_DISABLED: 'true',
          HOME: work,
          ...env
        }
      }
    )
    let text = ''
    try {
      text = readFileSync(output, 'utf8')
    } catch {
      // No report when the run could not start; the test looks at stderr.
    }
    for (const canary of Object.values(CANARIES)) {
      expect(`${result.stdout}${result.stderr}${text}`).not.toContain(canary)
    }
    const report = text === '' ? null : (JSON.parse(text) as Report)
    return { result, report }
  }

  const find = (report: Report | null, apiName: string): Finding[] =>
    (report?.findings ?? []).filter(f => f.restApiName === apiName)

  it('audits every stage with exactly one call per page and per REST API, and fails on clear-text caches', async () => {
    const { result, report } = await audit(['--regions', 'us-east-1,eu-west-1'])
    const proxy = fixture.proxy

    expect(result.code).toBe(1)
    expect(proxy.calls('us-east-1', 'GetRestApis')).toBe(1)
    expect(proxy.calls('us-east-1', 'GetStages')).toBe(3)
    // 600 REST APIs are two pages of 500.
    expect(proxy.calls('eu-west-1', 'GetRestApis')).toBe(2)
    expect(proxy.calls('eu-west-1', 'GetStages')).toBe(600)
    expect(proxy.maxInFlight('us-east-1')).toBeLessThanOrEqual(3)
    expect(proxy.maxInFlight('eu-west-1')).toBeLessThanOrEqual(3)
    expect(proxy.maxInFlight('eu-west-1')).toBeGreaterThan(1)

    expect(report?.coverage).toMatchObject({
      files: 0,
      stages: 5,
      regions: ['eu-west-1', 'us-east-1'],
      regionsNotAudited: []
    })
    expect(report?.errors).toEqual([])
    expect(
      find(report, 'orders').map(f => [f.status, f.httpMethod, f.resourcePath])
    ).toEqual([
      ['fail', '*', '*'],
      ['pass', 'GET', '/pets/{id}']
    ])
    expect(find(report, 'orders')[0]).toMatchObject({
      origin: 'live',
      format: 'live',
      file: null,
      region: 'us-east-1',
      accountId: ACCOUNT_ID,
      restApiId: fixture.ids['orders'],
      stage: 'prod',
      cacheClusterEnabled: true,
      stackName: 'orders-stack',
      logicalId: 'ProdStage',
      fix: `aws apigateway update-stage --region us-east-1 --rest-api-id ${fixture.ids['orders']} --stage-name prod --patch-operations 'op=replace,path=/*/*/caching/dataEncrypted,value=true'`
    })
    expect(find(report, 'orders')[0]?.consoleUrl).toMatch(
      /^https:\/\/us-east-1\.console\.aws\.amazon\.com\/apigateway\//
    )
    expect(find(report, 'catalog').map(f => [f.status, f.rule])).toEqual([
      ['warning', 'cache-cluster-unencrypted']
    ])
    expect(find(report, 'billing').map(f => f.status)).toEqual(['pass'])
    expect(find(report, 'inventory')).toMatchObject([
      {
        status: 'fail',
        region: 'eu-west-1',
        resourcePath: '/items/{id}',
        httpMethod: 'GET',
        cacheClusterEnabled: false,
        fix: expect.stringContaining(
          'path=/~1items~1{id}/GET/caching/dataEncrypted'
        )
      }
    ])
    expect(find(report, 'search')).toEqual([])
  }, 120_000)

  it('retries throttled, failing and slow calls and still reads everything', async () => {
    const proxy = fixture.proxy
    proxy.addFault({
      fault: 'server-error',
      operation: 'GetRestApis',
      region: 'us-east-1',
      times: 1
    })
    proxy.addFault({
      fault: 'throttle',
      operation: 'GetStages',
      region: 'us-east-1',
      times: 2
    })
    proxy.addFault({
      fault: 'slow',
      operation: 'GetStages',
      region: 'us-east-1',
      times: 1,
      delayMs: 1500
    })

    const { result, report } = await audit(['--regions', 'us-east-1'])

    expect(result.code).toBe(1)
    expect(proxy.faults('us-east-1', 'GetRestApis')).toBe(1)
    expect(proxy.faults('us-east-1', 'GetStages')).toBe(2)
    // Every call that failed was made again, and no other call was added.
    expect(proxy.calls('us-east-1', 'GetRestApis')).toBe(1 + 1)
    expect(proxy.calls('us-east-1', 'GetStages')).toBe(3 + 2)
    expect(report?.errors).toEqual([])
    expect(report?.coverage.regions).toEqual(['us-east-1'])
    expect(report?.counts).toMatchObject({ fail: 1, warning: 1, pass: 2 })
  }, 120_000)

  it('lists a region it was denied as not audited and fails, even with nothing failing elsewhere', async () => {
    const proxy = fixture.proxy
    proxy.addFault({
      fault: 'access-denied',
      operation: 'GetRestApis',
      region: 'ap-southeast-2'
    })

    const { result, report } = await audit([
      '--regions',
      'ap-southeast-2,us-east-1',
      '--fail-on',
      'error'
    ])

    expect(result.code).toBe(1)
    expect(proxy.calls('ap-southeast-2', 'GetRestApis')).toBe(1)
    expect(proxy.calls('ap-southeast-2', 'GetStages')).toBe(0)
    expect(report?.coverage.regions).toEqual(['us-east-1'])
    expect(report?.coverage.regionsNotAudited).toEqual(['ap-southeast-2'])
    expect(report?.errors).toEqual([
      {
        file: 'arn:aws:apigateway:ap-southeast-2::/restapis',
        line: null,
        message: expect.stringMatching(
          /ap-southeast-2 was not audited: .*AccessDeniedException/
        )
      }
    ])
    expect(report?.findings.filter(f => f.region === 'ap-southeast-2')).toEqual(
      []
    )

    // Alone, the denied region still fails the run: nothing was audited.
    const alone = await audit(['--regions', 'ap-southeast-2'])
    expect(alone.result.code).toBe(1)
    expect(alone.report?.result).toBe('fail')
    expect(alone.report?.counts.pass).toBe(0)
  }, 120_000)

  it('reports a REST API whose stages could not be read, throttled past the retries', async () => {
    const proxy = fixture.proxy
    proxy.addFault({
      fault: 'throttle',
      operation: 'GetStages',
      region: 'us-east-1'
    })

    const { result, report } = await audit(['--regions', 'us-east-1'], {
      AWS_MAX_ATTEMPTS: '2'
    })

    expect(result.code).toBe(1)
    expect(proxy.calls('us-east-1', 'GetStages')).toBe(3 * 2)
    expect(report?.coverage.regionsNotAudited).toEqual(['us-east-1'])
    expect(report?.errors[0]?.message).toMatch(/TooManyRequestsException/)
    expect(report?.findings).toEqual([])
  }, 120_000)

  it('audits the regions enabled for the account with all, and skips a listed region that is not enabled', async () => {
    const all = await audit(['--regions', 'all'])
    expect(fixture.proxy.calls('us-east-1', 'ListRegions')).toBe(1)
    expect(all.report?.coverage.regions).toEqual([
      'ap-southeast-2',
      'eu-west-1',
      'us-east-1'
    ])
    expect(all.result.code).toBe(1)

    fixture.proxy.reset()
    const listed = await audit(['--regions', 'ap-east-1,us-east-1'])
    expect(listed.report?.coverage).toMatchObject({
      regions: ['us-east-1'],
      regionsNotAudited: [],
      regionsSkipped: ['ap-east-1']
    })
    expect(fixture.proxy.calls('ap-east-1', 'GetRestApis')).toBe(0)
    expect(listed.result.stderr).toMatch(
      /Skipping region ap-east-1: it is not enabled/
    )
  }, 120_000)

  it('says what to do when there are no credentials at all, and exits 2', async () => {
    const result = await runNode(
      CLI_BUNDLE,
      ['--live', '--regions', 'us-east-1'],
      {
        cwd: work,
        env: {
          AWS_ENDPOINT_URL: fixture.proxy.url,
          AWS_EC2_METADATA_DISABLED: 'true',
          HOME: work,
          AWS_CONFIG_FILE: path.join(work, 'no-config'),
          AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'no-credentials')
        }
      }
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/No AWS credentials were found/)
    expect(result.stderr).toMatch(/aws sso login|AWS_PROFILE/)
  }, 60_000)
})
