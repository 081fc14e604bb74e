/**
 * The one place where AWS SDK clients are made. Every call is wrapped with
 * its operation and region, and its result is reduced to the fields the live
 * audit reads. `AWS_ENDPOINT_URL` (for example a local emulator) is honoured
 * by the SDK itself.
 */
import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account'
import { APIGatewayClient } from '@aws-sdk/client-api-gateway'
import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import { VERSION } from '../version.js'
import { AwsCallError } from './errors.js'
import { apiGatewayReader, call } from './sdk-api-gateway.js'
import type { AwsConnector, AwsCredentials, RegionStatus } from './connector.js'

/** Attempts per call, first one included; throttling is retried with backoff. */
const MAX_ATTEMPTS = 8

/** ListRegions pages of 50; a partition has far fewer than 20 pages of regions. */
const MAX_REGION_PAGES = 20

/**
 * Settings every client shares. The standard `AWS_MAX_ATTEMPTS` variable,
 * when set, replaces the default number of attempts.
 */
function commonConfig(env: NodeJS.ProcessEnv) {
  const fromEnv = Number(env['AWS_MAX_ATTEMPTS'])
  return {
    maxAttempts:
      Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : MAX_ATTEMPTS,
    // Adaptive retry also slows the client down when the account's control
    // plane rate limit (shared with every other caller) answers 429.
    retryMode: 'adaptive',
    customUserAgent: `apigw-cache-check/${VERSION}`,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 }
  } as const
}

/** The SDK-backed connector used by the action and the command line. */
export function createSdkConnector(
  env: NodeJS.ProcessEnv = process.env
): AwsConnector {
  const COMMON = commonConfig(env)
  const apiGateways = new Map<string, APIGatewayClient>()

  return {
    async defaultCredentials(region) {
      const client = new STSClient({ ...COMMON, region })
      try {
        const credentials = await client.config.credentials()
        return pickCredentials(credentials)
      } catch (error) {
        throw new AwsCallError(
          'resolving the default credential chain',
          region,
          error
        )
      }
    },

    async assumeRoleWithWebIdentity(region, request) {
      const client = new STSClient({ ...COMMON, region })
      const operation = 'sts:AssumeRoleWithWebIdentity'
      const output = await call(operation, region, () =>
        client.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: request.roleArn,
            RoleSessionName: request.sessionName,
            DurationSeconds: request.durationSeconds,
            WebIdentityToken: request.webIdentityToken
          })
        )
      )
      const issued = output.Credentials
      if (!issued?.AccessKeyId || !issued.SecretAccessKey) {
        throw new AwsCallError(
          operation,
          region,
          new Error('no credentials in the answer')
        )
      }
      return {
        credentials: pickCredentials({
          accessKeyId: issued.AccessKeyId,
          secretAccessKey: issued.SecretAccessKey,
          sessionToken: issued.SessionToken,
          expiration: issued.Expiration
        }),
        arn: output.AssumedRoleUser?.Arn ?? null
      }
    },

    async getCallerIdentity(region, credentials) {
      const client = new STSClient({ ...COMMON, region, credentials })
      const output = await call('sts:GetCallerIdentity', region, () =>
        client.send(new GetCallerIdentityCommand({}))
      )
      return { account: output.Account ?? null, arn: output.Arn ?? null }
    },

    async listRegions(region, credentials) {
      const client = new AccountClient({ ...COMMON, region, credentials })
      const regions: RegionStatus[] = []
      let nextToken: string | undefined
      for (let page = 0; page < MAX_REGION_PAGES; page++) {
        const output = await call('account:ListRegions', region, () =>
          client.send(
            new ListRegionsCommand({ MaxResults: 50, NextToken: nextToken })
          )
        )
        for (const item of output.Regions ?? []) {
          if (item.RegionName) {
            regions.push({
              name: item.RegionName,
              status: item.RegionOptStatus ?? 'UNKNOWN'
            })
          }
        }
        nextToken = output.NextToken
        if (!nextToken) break
      }
      return regions
    },

    apiGateway(region, credentials) {
      let client = apiGateways.get(region)
      if (!client) {
        client = new APIGatewayClient({ ...COMMON, region, credentials })
        apiGateways.set(region, client)
      }
      return apiGatewayReader(client, region)
    }
  }
}

function pickCredentials(source: {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string | undefined
  expiration?: Date | undefined
}): AwsCredentials {
  const credentials: AwsCredentials = {
    accessKeyId: source.accessKeyId,
    secretAccessKey: source.secretAccessKey
  }
  if (source.sessionToken) credentials.sessionToken = source.sessionToken
  if (source.expiration) credentials.expiration = source.expiration
  return credentials
}
