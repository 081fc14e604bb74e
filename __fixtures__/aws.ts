/**
 * A fake AWS connector for unit tests: REST APIs and stages held in memory,
 * every call recorded, and failures given per operation.
 */
import { AwsCallError } from '../src/aws/errors.js'
import type {
  ApiGatewayReader,
  AssumeRoleRequest,
  AwsConnector,
  AwsCredentials,
  LiveStageRecord,
  RegionStatus,
  RestApiSummary
} from '../src/aws/connector.js'

export interface FakeApi extends RestApiSummary {
  stages: LiveStageRecord[]
}

/** An SDK-shaped error: a name and the HTTP status in `$metadata`. */
export function sdkError(name: string, status: number, message = name) {
  return Object.assign(new Error(message), {
    name,
    $metadata: { httpStatusCode: status, attempts: 1 }
  })
}

export function stageRecord(
  overrides: Partial<LiveStageRecord> = {}
): LiveStageRecord {
  return {
    stageName: 'prod',
    cacheClusterEnabled: false,
    methodSettings: {},
    tags: {},
    ...overrides
  }
}

export class FakeConnector implements AwsConnector {
  readonly calls: string[] = []
  readonly apis = new Map<string, FakeApi[]>()
  regions: RegionStatus[] = []
  pageSize = 500
  /** Errors thrown by operation (`GetStages:<api id>` for one API's stages). */
  readonly failures = new Map<string, unknown>()
  inFlight = 0
  maxInFlight = 0
  defaultChain: AwsCredentials | null = {
    accessKeyId: 'AKIADEFAULT',
    secretAccessKey: 'default-secret'
  }
  assumed: AwsCredentials = {
    accessKeyId: 'ASIAASSUMED',
    secretAccessKey: 'assumed-secret',
    sessionToken: 'assumed-session'
  }
  /** What the role was asked with, and which secrets were masked by then. */
  assumeRequests: AssumeRoleRequest[] = []

  private fail(operation: string, region: string): void {
    const failure = this.failures.get(operation)
    if (failure !== undefined)
      throw new AwsCallError(operation, region, failure)
  }

  async defaultCredentials(region: string): Promise<AwsCredentials> {
    this.calls.push(`${region} defaultCredentials`)
    this.fail('defaultCredentials', region)
    if (!this.defaultChain) {
      throw sdkError(
        'CredentialsProviderError',
        0,
        'Could not load credentials from any providers'
      )
    }
    return this.defaultChain
  }

  async assumeRoleWithWebIdentity(region: string, request: AssumeRoleRequest) {
    this.calls.push(`${region} AssumeRoleWithWebIdentity`)
    this.assumeRequests.push(request)
    this.fail('AssumeRoleWithWebIdentity', region)
    return {
      credentials: this.assumed,
      arn: 'arn:aws:sts::123456789012:assumed-role/api-cache-audit/session'
    }
  }

  async getCallerIdentity(region: string) {
    this.calls.push(`${region} GetCallerIdentity`)
    this.fail('GetCallerIdentity', region)
    return {
      account: '123456789012',
      arn: 'arn:aws:iam::123456789012:user/someone'
    }
  }

  async listRegions(region: string) {
    this.calls.push(`${region} ListRegions`)
    this.fail('ListRegions', region)
    return this.regions
  }

  apiGateway(region: string, _credentials?: AwsCredentials): ApiGatewayReader {
    const track = async <T>(name: string, work: () => T): Promise<T> => {
      this.calls.push(`${region} ${name}`)
      this.inFlight++
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
      try {
        await new Promise(resolve => setImmediate(resolve))
        this.fail(name.split(' ')[0] as string, region)
        this.fail(`${region} ${name.split(' ')[0]}`, region)
        this.fail(name.replace(' ', ':'), region)
        return work()
      } finally {
        this.inFlight--
      }
    }
    const apis = () => this.apis.get(region) ?? []
    return {
      getRestApis: position =>
        track('GetRestApis', () => {
          const start = position === null ? 0 : Number(position)
          const end = start + this.pageSize
          return {
            items: apis()
              .slice(start, end)
              .map(({ id, name, tags }) => ({ id, name, tags })),
            position: end < apis().length ? String(end) : null
          }
        }),
      getStages: restApiId =>
        track(`GetStages ${restApiId}`, () => {
          const api = apis().find(candidate => candidate.id === restApiId)
          return api?.stages ?? []
        })
    }
  }

  /** Adds `count` REST APIs named api-N, each with the given stages. */
  addApis(
    region: string,
    count: number,
    stages: LiveStageRecord[] = []
  ): FakeApi[] {
    const list = this.apis.get(region) ?? []
    const added = Array.from({ length: count }, (_, index) => ({
      id: `${region.slice(0, 2)}${String(list.length + index).padStart(6, '0')}`,
      name: `api-${list.length + index}`,
      tags: {},
      stages
    }))
    this.apis.set(region, [...list, ...added])
    return added
  }
}
