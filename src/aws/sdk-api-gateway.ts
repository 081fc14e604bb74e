/**
 * The API Gateway calls of the live audit over the SDK client of one region,
 * reduced to the fields the audit reads; and the wrapper that names the
 * operation and region of every failed call.
 */
import {
  GetRestApisCommand,
  GetStagesCommand,
  type APIGatewayClient
} from '@aws-sdk/client-api-gateway'
import { AwsCallError } from './errors.js'
import type { ApiGatewayReader, LiveStageRecord } from './connector.js'

/** API Gateway returns at most 500 REST APIs a page. */
export const REST_APIS_PAGE_SIZE = 500

/** Reads REST APIs and stages with one region's client. */
export function apiGatewayReader(
  client: APIGatewayClient,
  region: string
): ApiGatewayReader {
  return {
    async getRestApis(position) {
      const output = await call('apigateway:GetRestApis', region, () =>
        client.send(
          new GetRestApisCommand({
            limit: REST_APIS_PAGE_SIZE,
            ...(position === null ? {} : { position })
          })
        )
      )
      const items = (output.items ?? []).flatMap(api =>
        api.id
          ? [{ id: api.id, name: api.name ?? null, tags: api.tags ?? {} }]
          : []
      )
      return { items, position: output.position || null }
    },

    async getStages(restApiId) {
      const output = await call('apigateway:GetStages', region, () =>
        client.send(new GetStagesCommand({ restApiId }))
      )
      return (output.item ?? []).map((stage): LiveStageRecord => ({
        stageName: stage.stageName ?? null,
        cacheClusterEnabled: stage.cacheClusterEnabled ?? null,
        methodSettings: Object.fromEntries(
          Object.entries(stage.methodSettings ?? {}).map(([key, value]) => [
            key,
            definedOnly({
              cachingEnabled: value.cachingEnabled,
              cacheDataEncrypted: value.cacheDataEncrypted
            })
          ])
        ),
        tags: stage.tags ?? {}
      }))
    }
  }
}

/** Runs one SDK call; a failure becomes an AwsCallError naming the operation. */
export async function call<T>(
  operation: string,
  region: string,
  send: () => Promise<T>
): Promise<T> {
  try {
    return await send()
  } catch (error) {
    throw new AwsCallError(operation, region, error)
  }
}

function definedOnly(settings: {
  cachingEnabled: boolean | undefined
  cacheDataEncrypted: boolean | undefined
}): { cachingEnabled?: boolean; cacheDataEncrypted?: boolean } {
  const result: { cachingEnabled?: boolean; cacheDataEncrypted?: boolean } = {}
  if (settings.cachingEnabled !== undefined)
    result.cachingEnabled = settings.cachingEnabled
  if (settings.cacheDataEncrypted !== undefined) {
    result.cacheDataEncrypted = settings.cacheDataEncrypted
  }
  return result
}
