/**
 * The GitHub OIDC side of assuming a role: where the ID token comes from,
 * why it may be missing, and the claims a trust policy matches. Claims are
 * decoded for messages only and never trusted.
 */

/** Gets a GitHub OIDC ID token for an audience. */
export interface IdTokenSource {
  getIdToken(audience: string): Promise<string>
}

/** The parts of the workflow run that explain a missing token. */
export interface RunContext {
  /** Whether ACTIONS_ID_TOKEN_REQUEST_URL is set. */
  tokenRequestAvailable: boolean
  eventName: string | null
  /** Whether the run is for a pull request whose head is in a fork. */
  forkPullRequest: boolean
}

/** Says why no ID token can be had, and what to change; null when one can. */
export function missingTokenProblem(context: RunContext): string | null {
  if (context.tokenRequestAvailable) return null
  if (context.forkPullRequest) {
    return 'role-to-assume needs a GitHub OIDC ID token, and GitHub gives none to workflows of pull requests from forks. Run the live audit on push, schedule or workflow_dispatch, or turn it off for forks with audit-live: ${{ github.event.pull_request.head.repo.fork != true }}.'
  }
  return 'role-to-assume needs a GitHub OIDC ID token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: give the job the permission `id-token: write` (permissions: { id-token: write, contents: read }).'
}

/** Whether an event payload is a pull request from another repository. */
export function isForkPullRequest(payload: unknown): boolean {
  const pullRequest = property(payload, 'pull_request')
  if (pullRequest === undefined) return false
  const head = property(property(pullRequest, 'head'), 'repo')
  const base = property(property(pullRequest, 'base'), 'repo')
  if (property(head, 'fork') === true) return true
  const headName = property(head, 'full_name')
  const baseName = property(base, 'full_name')
  return (
    typeof headName === 'string' &&
    typeof baseName === 'string' &&
    headName !== baseName
  )
}

/** The claims a trust policy matches, decoded without verifying the signature. */
export interface TokenClaims {
  sub: string | null
  aud: string | null
}

export function decodeClaims(token: string): TokenClaims | null {
  const payload = token.split('.')[1]
  if (payload === undefined) return null
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    // A token that is not a JWT cannot name its claims; the caller says so.
    return null
  }
  const sub = property(claims, 'sub')
  const aud = property(claims, 'aud')
  return {
    sub: typeof sub === 'string' ? sub : null,
    aud:
      typeof aud === 'string' ? aud : Array.isArray(aud) ? aud.join(',') : null
  }
}

/** Explains a refused AssumeRoleWithWebIdentity by the claims the token carried. */
export function refusedTokenProblem(
  roleArn: string,
  code: string,
  token: string
): string {
  const claims = decodeClaims(token)
  const carried = claims
    ? `The token's sub claim was "${claims.sub ?? '(none)'}" and its aud claim "${claims.aud ?? '(none)'}".`
    : 'The token could not be decoded to name its claims.'
  if (code === 'InvalidIdentityToken' || code === 'IDPRejectedClaim') {
    return `AWS rejected the GitHub OIDC token for ${roleArn} (${code}). ${carried} Check that the account has an IAM OIDC identity provider for https://token.actions.githubusercontent.com whose audience matches the audience input.`
  }
  return `The trust policy of ${roleArn} refused the GitHub OIDC token (${code}). ${carried} Allow that sub (or a pattern that matches it) in the trust policy's token.actions.githubusercontent.com:sub condition; repositories with immutable subject claims carry owner and repository ids, as in repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main.`
}

function property(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  return (value as Record<string, unknown>)[key]
}
