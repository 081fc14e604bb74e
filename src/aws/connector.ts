/**
 * The AWS calls of the live audit, as small interfaces. The SDK-backed
 * implementation is made in one place (sdk.ts); tests pass fakes or point it
 * at a local emulator.
 */

/** Credentials for signing requests; every part is a secret. */
export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  expiration?: Date
}

/** A REST API as GetRestApis lists it. */
export interface RestApiSummary {
  id: string
  name: string | null
  tags: Record<string, string>
}

/** One page of GetRestApis; `position` is null on the last page. */
export interface RestApiPage {
  items: RestApiSummary[]
  position: string | null
}

/** One method-settings entry as GetStages returns it; absent keys stay undefined. */
export interface LiveMethodSettings {
  cachingEnabled?: boolean
  cacheDataEncrypted?: boolean
}

/** A stage as GetStages returns it. */
export interface LiveStageRecord {
  stageName: string | null
  cacheClusterEnabled: boolean | null
  /** Keyed as API Gateway keys them: `*\/*` or `~1pets~1{id}/GET`. */
  methodSettings: Record<string, LiveMethodSettings>
  tags: Record<string, string>
}

/** The read-only API Gateway calls of one region. */
export interface ApiGatewayReader {
  getRestApis(position: string | null): Promise<RestApiPage>
  getStages(restApiId: string): Promise<LiveStageRecord[]>
}

/** A region and whether it is enabled, as the Account API states it. */
export interface RegionStatus {
  name: string
  /** ENABLED, ENABLED_BY_DEFAULT, ENABLING, DISABLING or DISABLED. */
  status: string
}

export interface AssumeRoleRequest {
  roleArn: string
  sessionName: string
  durationSeconds: number
  webIdentityToken: string
}

export interface AssumedRole {
  credentials: AwsCredentials
  /** The assumed-role ARN, which names the account. */
  arn: string | null
}

export interface CallerIdentity {
  account: string | null
  arn: string | null
}

/** Creates the clients of the live audit; one connector per run. */
export interface AwsConnector {
  /** Resolves the default credential chain (environment, profile, SSO, instance role). */
  defaultCredentials(region: string): Promise<AwsCredentials>
  assumeRoleWithWebIdentity(
    region: string,
    request: AssumeRoleRequest
  ): Promise<AssumedRole>
  getCallerIdentity(
    region: string,
    credentials: AwsCredentials
  ): Promise<CallerIdentity>
  /** Every region of the partition with its opt-in status for the account. */
  listRegions(
    region: string,
    credentials: AwsCredentials
  ): Promise<RegionStatus[]>
  /** One client per region, with adaptive retry. */
  apiGateway(region: string, credentials: AwsCredentials): ApiGatewayReader
}
