/**
 * The action's live audit, run from dist/ as a runner runs it: the ID token
 * from a local OIDC endpoint, AssumeRoleWithWebIdentity in moto_server, the
 * audit through the fault proxy. Secrets are masked before use and appear
 * nowhere else.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it
} from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ACTION_BUNDLE, runNode } from './run-dist.js'
import {
  ACCOUNT_ID,
  startLiveFixture,
  type LiveFixture
} from '../support/live-fixture.js'
import { motoAvailable } from '../support/moto.js'
import {
  makeIdToken,
  startOidcServer,
  type OidcServer
} from '../support/oidc-server.js'
import type { Report } from '../../src/model.js'
import { skipNotice } from '../support/notice.js'

const ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/api-cache-audit`
const SUB = 'repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main'
const REQUEST_TOKEN = 'canary-request-token-0d9e8f'
const ID_TOKEN = makeIdToken(SUB, 'canary-id-token-4b1a6c')
/** Static keys in the environment that the role, once assumed, must replace. */
const STATIC_KEYS = {
  AWS_ACCESS_KEY_ID: 'AKIACANARYACTION0001',
  AWS_SECRET_ACCESS_KEY: 'canary-secret-action-93ab'
}

const available = motoAvailable()
if (!available) {
  skipNotice('moto_server is not installed: live action e2e tests skipped')
}
const describeWithMoto = available ? describe : describe.skip

describeWithMoto('action audit-live with role-to-assume', () => {
  let fixture: LiveFixture
  let oidc: OidcServer
  let workspace: string
  let env: Record<string, string>

  beforeAll(async () => {
    fixture = await startLiveFixture(false)
    oidc = await startOidcServer(REQUEST_TOKEN, ID_TOKEN)
  }, 120_000)

  afterAll(async () => {
    await oidc?.close()
    await fixture?.close()
  })

  beforeEach(() => {
    fixture.proxy.reset()
    oidc.audiences.length = 0
    workspace = mkdtempSync(path.join(os.tmpdir(), 'apigw-live-action-'))
    writeFileSync(path.join(workspace, 'summary.md'), '')
    writeFileSync(path.join(workspace, 'output.txt'), '')
    env = {
      ...STATIC_KEYS,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md'),
      GITHUB_OUTPUT: path.join(workspace, 'output.txt'),
      GITHUB_EVENT_NAME: 'push',
      RUNNER_TEMP: workspace,
      HOME: workspace,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL: fixture.proxy.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
      'INPUT_AUDIT-LIVE': 'true',
      'INPUT_ROLE-TO-ASSUME': ROLE,
      INPUT_REGIONS: 'us-east-1',
      'INPUT_REPORT-FILE': 'report.json',
      'INPUT_SARIF-FILE': 'results.sarif'
    }
  })

  afterEach(() => rmSync(workspace, { recursive: true, force: true }))

  function readReport(): Report {
    return JSON.parse(
      readFileSync(path.join(workspace, 'report.json'), 'utf8')
    ) as Report
  }

  /** Each secret appears in an add-mask command before any other line, and nowhere else. */
  function expectMasked(stdout: string, secrets: string[]): void {
    const lines = stdout.split('\n')
    for (const secret of secrets) {
      const masks = lines.flatMap((line, index) =>
        line === `::add-mask::${secret}` ? [index] : []
      )
      expect(masks.length).toBeGreaterThan(0)
      const others = lines.filter(
        line => line.includes(secret) && !line.startsWith('::add-mask::')
      )
      expect(others).toEqual([])
    }
  }

  it('assumes the role with the OIDC token, masks every secret first, and audits with the role', async () => {
    const result = await runNode(ACTION_BUNDLE, [], { cwd: workspace, env })

    expect(result.code).toBe(1)
    expect(oidc.audiences).toContain('sts.amazonaws.com')
    expect(fixture.proxy.calls('unsigned', 'AssumeRoleWithWebIdentity')).toBe(1)
    expect(fixture.proxy.calls('us-east-1', 'GetRestApis')).toBe(1)
    expect(fixture.proxy.calls('us-east-1', 'GetStages')).toBe(3)

    // The role's keys signed the audit; the static ones were not used.
    const issued = fixture.proxy.issuedSecrets
    expect(issued).toHaveLength(3)
    expect([...fixture.proxy.signingKeys]).toEqual([issued[0]])
    expectMasked(result.stdout, [ID_TOKEN, ...issued])
    const firstMask = result.stdout.indexOf('::add-mask::')
    expect(firstMask).toBeGreaterThan(-1)
    expect(result.stdout.indexOf(`Assumed ${ROLE}`)).toBeGreaterThan(firstMask)

    const files = ['report.json', 'results.sarif', 'summary.md', 'output.txt']
    const written = files.map(file =>
      readFileSync(path.join(workspace, file), 'utf8')
    )
    for (const secret of [
      ID_TOKEN,
      REQUEST_TOKEN,
      ...Object.values(STATIC_KEYS),
      ...issued
    ]) {
      expect(result.stderr).not.toContain(secret)
      for (const text of written) expect(text).not.toContain(secret)
    }
    expect(result.stdout).not.toContain(REQUEST_TOKEN)

    expect(result.stdout).toContain('::group::Auditing live stages')
    const report = readReport()
    expect(report.coverage.regions).toEqual(['us-east-1'])
    expect(report.findings.find(f => f.status === 'fail')).toMatchObject({
      restApiName: 'orders',
      accountId: ACCOUNT_ID,
      stackName: 'orders-stack'
    })
    const summary = written[2] ?? ''
    expect(summary).toContain('Findings in live stages')
    expect(summary).toContain('update-stage')
    // Code scanning rejects results without a file: live ones stay out.
    const sarif = JSON.parse(written[1] ?? '{}') as {
      runs: { results: unknown[] }[]
    }
    expect(sarif.runs[0]?.results).toEqual([])
  }, 120_000)

  it('names the sub claim when the trust policy refuses the token, and still writes the report', async () => {
    fixture.proxy.addFault({
      fault: 'access-denied',
      operation: 'AssumeRoleWithWebIdentity'
    })
    const result = await runNode(ACTION_BUNDLE, [], { cwd: workspace, env })

    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`The trust policy of ${ROLE} refused`)
    expect(result.stdout).toContain(`sub claim was "${SUB}"`)
    expect(fixture.proxy.calls('us-east-1', 'GetRestApis')).toBe(0)
    const report = readReport()
    expect(report.result).toBe('fail')
    expect(report.coverage.regionsNotAudited).toEqual(['us-east-1'])
    expect(report.errors[0]?.message).toMatch(/could not start/)
    expectMasked(result.stdout, [ID_TOKEN])
  }, 60_000)

  it('asks for id-token: write when the job has no OIDC token endpoint', async () => {
    delete env['ACTIONS_ID_TOKEN_REQUEST_URL']
    const result = await runNode(ACTION_BUNDLE, [], { cwd: workspace, env })

    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/id-token: write/)
    expect(oidc.audiences).toHaveLength(0)
  }, 60_000)

  it('skips the live audit on a fork with a warning, naming the regions not audited', async () => {
    delete env['ACTIONS_ID_TOKEN_REQUEST_URL']
    const event = path.join(workspace, 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          head: { repo: { full_name: 'someone/octo-repo', fork: true } },
          base: { repo: { full_name: 'octo-org/octo-repo', fork: false } }
        }
      })
    )
    env['GITHUB_EVENT_NAME'] = 'pull_request'
    env['GITHUB_EVENT_PATH'] = event
    const result = await runNode(ACTION_BUNDLE, [], { cwd: workspace, env })

    expect(result.stdout).toMatch(
      /::warning title=Live audit skipped on a fork::.*pull requests from forks/
    )
    expect(result.stdout).not.toMatch(/::error/)
    expect(result.code).toBe(0)
    const report = readReport()
    expect(report.errors).toEqual([])
    expect(report.coverage.regionsNotAudited.length).toBeGreaterThan(0)
    expect(oidc.audiences).toHaveLength(0)
  }, 60_000)
})
