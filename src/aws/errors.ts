/**
 * What went wrong in an AWS call, in terms the live audit acts on: denied,
 * throttled past the retries, not found, rejected credentials, unreachable.
 * Reads the shape of SDK errors without importing the SDK.
 */

export type AwsFailureKind =
  | 'access-denied'
  | 'throttled'
  | 'not-found'
  | 'credentials'
  | 'network'
  | 'other'

const KINDS_BY_CODE: Record<string, AwsFailureKind> = {
  AccessDeniedException: 'access-denied',
  AccessDenied: 'access-denied',
  ForbiddenException: 'access-denied',
  TooManyRequestsException: 'throttled',
  ThrottlingException: 'throttled',
  Throttling: 'throttled',
  NotFoundException: 'not-found',
  UnrecognizedClientException: 'credentials',
  InvalidClientTokenId: 'credentials',
  ExpiredToken: 'credentials',
  ExpiredTokenException: 'credentials',
  SignatureDoesNotMatch: 'credentials',
  CredentialsProviderError: 'credentials'
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'TimeoutError',
  'RequestTimeout'
])

/** An AWS call that failed, wrapped with the operation and region. */
export class AwsCallError extends Error {
  readonly operation: string
  readonly region: string
  readonly code: string
  readonly kind: AwsFailureKind
  /** How many attempts the SDK made, retries included, when it says. */
  readonly attempts: number | null

  constructor(operation: string, region: string, cause: unknown) {
    const code = errorCode(cause)
    const attempts = attemptsOf(cause)
    const tries =
      attempts !== null && attempts > 1 ? ` after ${attempts} attempts` : ''
    super(
      `${operation} in ${region} failed${tries}: ${code}: ${errorText(cause)}`,
      {
        cause
      }
    )
    this.name = 'AwsCallError'
    this.operation = operation
    this.region = region
    this.code = code
    this.kind = classify(code, cause)
    this.attempts = attempts
  }
}

function classify(code: string, cause: unknown): AwsFailureKind {
  const known = KINDS_BY_CODE[code]
  if (known) return known
  if (NETWORK_CODES.has(code)) return 'network'
  const status = statusOf(cause)
  if (status === 429) return 'throttled'
  if (status === 403) return 'access-denied'
  return 'other'
}

/** The error's code: its SDK name, a Node.js system code, or `Error`. */
function errorCode(cause: unknown): string {
  if (typeof cause !== 'object' || cause === null) return 'Error'
  const record = cause as { name?: unknown; code?: unknown }
  if (typeof record.code === 'string' && /^E[A-Z]+$/.test(record.code)) {
    return record.code
  }
  if (typeof record.name === 'string' && record.name !== 'Error') {
    return record.name
  }
  return typeof record.code === 'string' ? record.code : 'Error'
}

function errorText(cause: unknown): string {
  if (cause instanceof Error && cause.message) return cause.message
  if (typeof cause === 'string') return cause
  return 'no message'
}

function metadataOf(
  cause: unknown
): { httpStatusCode?: unknown; attempts?: unknown } | null {
  if (typeof cause !== 'object' || cause === null) return null
  const metadata = (cause as { $metadata?: unknown }).$metadata
  return typeof metadata === 'object' && metadata !== null ? metadata : null
}

function statusOf(cause: unknown): number | null {
  const status = metadataOf(cause)?.httpStatusCode
  return typeof status === 'number' ? status : null
}

function attemptsOf(cause: unknown): number | null {
  const attempts = metadataOf(cause)?.attempts
  return typeof attempts === 'number' ? attempts : null
}
