/**
 * Creates REST APIs and stages in moto_server through the AWS SDK, the way
 * an account would hold them. Method settings go through UpdateStage patch
 * operations, as the console and the CLI write them.
 */
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand
} from '@aws-sdk/client-api-gateway'

export interface SeedStage {
  name: string
  cacheClusterEnabled?: boolean
  tags?: Record<string, string>
  /**
   * Method settings by API Gateway key (`*\/*`, `~1pets~1{id}/GET`).
   * moto starts a new entry with cacheDataEncrypted true where AWS starts
   * with false, so an unencrypted entry states `dataEncrypted: false`.
   */
  settings?: Record<string, { caching: boolean; dataEncrypted: boolean }>
}

export interface SeedApi {
  name: string
  tags?: Record<string, string>
  stages?: SeedStage[]
}

export const SEED_CREDENTIALS = {
  accessKeyId: 'AKIASEEDSEEDSEEDSEED',
  secretAccessKey: 'seed-secret'
}

export function seedClient(endpoint: string, region: string) {
  return new APIGatewayClient({
    endpoint,
    region,
    credentials: SEED_CREDENTIALS
  })
}

/** Creates an API with its stages; returns the API id. */
export async function seedApi(
  client: APIGatewayClient,
  api: SeedApi
): Promise<string> {
  const created = await client.send(
    new CreateRestApiCommand({ name: api.name, tags: api.tags })
  )
  const restApiId = created.id as string
  if (!api.stages?.length) return restApiId

  // A deployment needs at least one method.
  const resources = await client.send(new GetResourcesCommand({ restApiId }))
  const resourceId = resources.items?.[0]?.id as string
  await client.send(
    new PutMethodCommand({
      restApiId,
      resourceId,
      httpMethod: 'GET',
      authorizationType: 'NONE'
    })
  )
  await client.send(
    new PutIntegrationCommand({
      restApiId,
      resourceId,
      httpMethod: 'GET',
      type: 'MOCK'
    })
  )
  const deployment = await client.send(
    new CreateDeploymentCommand({ restApiId })
  )

  for (const stage of api.stages) {
    await client.send(
      new CreateStageCommand({
        restApiId,
        stageName: stage.name,
        deploymentId: deployment.id as string,
        cacheClusterEnabled: stage.cacheClusterEnabled ?? false,
        ...(stage.cacheClusterEnabled ? { cacheClusterSize: '0.5' } : {}),
        tags: stage.tags
      })
    )
    const operations = Object.entries(stage.settings ?? {}).flatMap(
      ([key, setting]) => [
        {
          op: 'replace' as const,
          path: `/${key}/caching/enabled`,
          value: String(setting.caching)
        },
        {
          op: 'replace' as const,
          path: `/${key}/caching/dataEncrypted`,
          value: String(setting.dataEncrypted)
        }
      ]
    )
    if (operations.length > 0) {
      await client.send(
        new UpdateStageCommand({
          restApiId,
          stageName: stage.name,
          patchOperations: operations
        })
      )
    }
  }
  return restApiId
}

/** Creates `count` APIs without stages, a few at a time. */
export async function seedEmptyApis(
  client: APIGatewayClient,
  prefix: string,
  count: number
): Promise<void> {
  const batch = 20
  for (let start = 0; start < count; start += batch) {
    const names = Array.from(
      { length: Math.min(batch, count - start) },
      (_, index) => `${prefix}-${String(start + index).padStart(4, '0')}`
    )
    await Promise.all(names.map(name => seedApi(client, { name })))
  }
}
