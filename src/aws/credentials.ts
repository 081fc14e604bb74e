/**
 * Credentials for the live audit: a role assumed with the GitHub OIDC ID
 * token when `role-to-assume` is set, otherwise the default AWS credential
 * chain. Every secret is masked before it is first used, and every failure
 * says what to change.
 */
import { AwsCallError } from './errors.js'
import {
  missingTokenProblem,
  refusedTokenProblem,
  type IdTokenSource,
  type RunContext
} from './oidc.js'
import type { AwsConnector, AwsCredentials } from './connector.js'
import type { LiveLog } from './live-log.js'

export interface CredentialSettings {
  /** ARN of the role to assume through GitHub OIDC; null for the default chain. */
  roleToAssume: string | null
  audience: string
  roleSessionName: string
  roleDurationSeconds: number
}

export interface CredentialDeps {
  connector: AwsConnector
  /** Null where no GitHub OIDC token can be asked for (the command line). */
  idTokens: IdTokenSource | null
  runContext: RunContext
  /** Hides a secret from logs; called before the secret is first used. */
  mask: (secret: string) => void
  log: LiveLog
}

/** Who the audit runs as. */
export interface AuditIdentity {
  credentials: AwsCredentials
  accountId: string | null
}

/** The live audit cannot start; the message says what to do. */
export class LiveAuditError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LiveAuditError'
  }
}

/** Gets credentials and the account id; `region` is where STS is called. */
export async function resolveIdentity(
  settings: CredentialSettings,
  region: string,
  deps: CredentialDeps
): Promise<AuditIdentity> {
  if (settings.roleToAssume !== null) {
    return assumeRole(settings.roleToAssume, settings, region, deps)
  }

  let credentials: AwsCredentials
  try {
    credentials = await deps.connector.defaultCredentials(region)
  } catch (error) {
    throw new LiveAuditError(
      `No AWS credentials were found for the live audit (${describe(error)}). In a workflow, set role-to-assume (with permissions id-token: write) or run aws-actions/configure-aws-credentials before this step; on a laptop, sign in with aws configure or aws sso login, or set AWS_PROFILE.`
    )
  }
  maskCredentials(credentials, deps.mask)

  try {
    const identity = await deps.connector.getCallerIdentity(region, credentials)
    deps.log.info(
      `Using the default AWS credential chain as ${identity.arn ?? 'an unnamed identity'}.`
    )
    return { credentials, accountId: identity.account }
  } catch (error) {
    if (error instanceof AwsCallError && error.kind === 'credentials') {
      throw new LiveAuditError(
        `AWS rejected the credentials from the default chain (${error.code}): they are invalid or expired. Refresh them (aws sso login, new keys) or set role-to-assume.`
      )
    }
    deps.log.warning(
      `The account id is unknown, so findings will not name it: ${describe(error)}`
    )
    return { credentials, accountId: null }
  }
}

async function assumeRole(
  roleArn: string,
  settings: CredentialSettings,
  region: string,
  deps: CredentialDeps
): Promise<AuditIdentity> {
  const problem = missingTokenProblem(deps.runContext)
  if (problem !== null || deps.idTokens === null) {
    throw new LiveAuditError(
      problem ??
        'role-to-assume works only inside GitHub Actions; elsewhere use the default AWS credential chain.'
    )
  }

  let token: string
  try {
    token = await deps.idTokens.getIdToken(settings.audience)
  } catch (error) {
    throw new LiveAuditError(
      `Could not get a GitHub OIDC ID token for audience ${settings.audience}: ${describe(error)}. Check that the job has permissions id-token: write.`
    )
  }
  deps.mask(token)

  try {
    const assumed = await deps.connector.assumeRoleWithWebIdentity(region, {
      roleArn,
      sessionName: settings.roleSessionName,
      durationSeconds: settings.roleDurationSeconds,
      webIdentityToken: token
    })
    maskCredentials(assumed.credentials, deps.mask)
    deps.log.info(
      `Assumed ${roleArn} as session ${settings.roleSessionName} for ${settings.roleDurationSeconds} s.`
    )
    return {
      credentials: assumed.credentials,
      accountId: accountFromArn(assumed.arn) ?? accountFromArn(roleArn)
    }
  } catch (error) {
    if (error instanceof AwsCallError && isRefusal(error)) {
      throw new LiveAuditError(refusedTokenProblem(roleArn, error.code, token))
    }
    throw new LiveAuditError(`Could not assume ${roleArn}: ${describe(error)}`)
  }
}

function isRefusal(error: AwsCallError): boolean {
  return (
    error.kind === 'access-denied' ||
    error.code === 'InvalidIdentityToken' ||
    error.code === 'IDPRejectedClaim'
  )
}

function maskCredentials(
  credentials: AwsCredentials,
  mask: (secret: string) => void
): void {
  mask(credentials.accessKeyId)
  mask(credentials.secretAccessKey)
  if (credentials.sessionToken) mask(credentials.sessionToken)
}

/** The account id in an IAM or STS ARN, e.g. arn:aws:sts::123456789012:assumed-role/r/s. */
export function accountFromArn(arn: string | null): string | null {
  const account = arn?.split(':')[4]
  return account && /^\d{12}$/.test(account) ? account : null
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
