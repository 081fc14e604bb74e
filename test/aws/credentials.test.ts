import { describe, expect, it } from '@jest/globals'
import { FakeConnector, sdkError } from '../../__fixtures__/aws.js'
import {
  accountFromArn,
  LiveAuditError,
  resolveIdentity,
  type CredentialDeps
} from '../../src/aws/credentials.js'
import { SILENT_LOG } from '../../src/aws/live-log.js'
import type { RunContext } from '../../src/aws/oidc.js'

const ROLE = 'arn:aws:iam::123456789012:role/api-cache-audit'
const SUB = 'repo:octo-org@123456/octo-repo@789012:pull_request'
const TOKEN = [
  Buffer.from('{"alg":"RS256"}').toString('base64url'),
  Buffer.from(JSON.stringify({ sub: SUB, aud: 'sts.amazonaws.com' })).toString(
    'base64url'
  ),
  'signature'
].join('.')

const SETTINGS = {
  roleToAssume: ROLE,
  audience: 'sts.amazonaws.com',
  roleSessionName: 'apigw-cache-check',
  roleDurationSeconds: 900
}

const ON_GITHUB: RunContext = {
  tokenRequestAvailable: true,
  eventName: 'push',
  forkPullRequest: false
}

function setup(context: RunContext = ON_GITHUB) {
  const connector = new FakeConnector()
  const masked: string[] = []
  const audiences: string[] = []
  const deps: CredentialDeps = {
    connector,
    idTokens: {
      getIdToken: async audience => {
        audiences.push(audience)
        return TOKEN
      }
    },
    runContext: context,
    mask: secret => masked.push(secret),
    log: SILENT_LOG
  }
  return { connector, masked, audiences, deps }
}

describe('credentials for the live audit', () => {
  it('assumes the role with the OIDC token for the audience, masking the token before the call', async () => {
    const { connector, masked, audiences, deps } = setup()
    let maskedAtCall: string[] = []
    const assume = connector.assumeRoleWithWebIdentity.bind(connector)
    connector.assumeRoleWithWebIdentity = async (region, request) => {
      maskedAtCall = [...masked]
      return assume(region, request)
    }

    const identity = await resolveIdentity(SETTINGS, 'eu-west-1', deps)

    expect(audiences).toEqual(['sts.amazonaws.com'])
    expect(maskedAtCall).toEqual([TOKEN])
    expect(connector.assumeRequests).toEqual([
      {
        roleArn: ROLE,
        sessionName: 'apigw-cache-check',
        durationSeconds: 900,
        webIdentityToken: TOKEN
      }
    ])
    expect(masked).toEqual([
      TOKEN,
      'ASIAASSUMED',
      'assumed-secret',
      'assumed-session'
    ])
    expect(identity).toEqual({
      credentials: connector.assumed,
      accountId: '123456789012'
    })
  })

  it('names the sub claim when the trust policy refuses the token', async () => {
    const { connector, deps } = setup()
    connector.failures.set(
      'AssumeRoleWithWebIdentity',
      sdkError('AccessDenied', 403)
    )
    const attempt = resolveIdentity(SETTINGS, 'eu-west-1', deps)
    await expect(attempt).rejects.toThrow(LiveAuditError)
    await expect(attempt).rejects.toThrow(`sub claim was "${SUB}"`)
  })

  it('points at the identity provider when AWS rejects the token itself', async () => {
    const { connector, deps } = setup()
    connector.failures.set(
      'AssumeRoleWithWebIdentity',
      sdkError('InvalidIdentityToken', 400, 'No OpenIDConnect provider found')
    )
    await expect(resolveIdentity(SETTINGS, 'eu-west-1', deps)).rejects.toThrow(
      /IAM OIDC identity provider for https:\/\/token\.actions\.githubusercontent\.com/
    )
  })

  it.each([
    [
      'asks for id-token: write without a token endpoint',
      { ...ON_GITHUB, tokenRequestAvailable: false },
      /permission `id-token: write`/
    ],
    [
      'explains that forks get no token',
      {
        tokenRequestAvailable: false,
        eventName: 'pull_request',
        forkPullRequest: true
      },
      /pull requests from forks/
    ]
  ])('%s', async (_name, context, message) => {
    const { connector, deps } = setup(context)
    await expect(resolveIdentity(SETTINGS, 'eu-west-1', deps)).rejects.toThrow(
      message
    )
    expect(connector.calls).toEqual([])
  })

  it('uses the default chain without a role, masks it, and names the account', async () => {
    const { connector, masked, deps } = setup()
    const identity = await resolveIdentity(
      { ...SETTINGS, roleToAssume: null },
      'eu-west-1',
      deps
    )
    expect(identity.accountId).toBe('123456789012')
    expect(masked).toEqual(['AKIADEFAULT', 'default-secret'])
    expect(connector.calls).toEqual([
      'eu-west-1 defaultCredentials',
      'eu-west-1 GetCallerIdentity'
    ])
  })

  it('says what to do when there are no credentials at all', async () => {
    const { connector, deps } = setup()
    connector.defaultChain = null
    await expect(
      resolveIdentity({ ...SETTINGS, roleToAssume: null }, 'eu-west-1', deps)
    ).rejects.toThrow(
      /No AWS credentials were found.*configure-aws-credentials/
    )
  })

  it('stops when AWS rejects the default credentials', async () => {
    const { connector, deps } = setup()
    connector.failures.set(
      'GetCallerIdentity',
      sdkError('InvalidClientTokenId', 403)
    )
    await expect(
      resolveIdentity({ ...SETTINGS, roleToAssume: null }, 'eu-west-1', deps)
    ).rejects.toThrow(/rejected the credentials/)
  })

  it('reads the account from role and assumed-role ARNs', () => {
    expect(accountFromArn(ROLE)).toBe('123456789012')
    expect(accountFromArn('arn:aws:sts::210987654321:assumed-role/r/s')).toBe(
      '210987654321'
    )
    expect(accountFromArn('not an arn')).toBeNull()
  })
})
