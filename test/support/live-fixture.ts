/**
 * The account the live end-to-end tests audit: moto_server seeded with REST
 * APIs in several regions, behind the fault proxy.
 *
 * | region         | REST APIs | stages                                              |
 * |----------------|-----------|-----------------------------------------------------|
 * | us-east-1      | 3         | orders/prod: `*\/*` caches unencrypted, GET /pets/{id} encrypted, cluster on, CloudFormation tags; catalog/prod: cluster only; billing/v1: encrypted |
 * | eu-west-1      | 600       | inventory/dev: GET /items/{id} caches unencrypted, cluster off; search/prod: caching off; 598 without stages |
 * | ap-southeast-2 | 1         | payments/live: `*\/*` caches unencrypted            |
 */
import { FaultProxy } from './fault-proxy.js'
import { startMoto, type MotoServer } from './moto.js'
import { seedApi, seedClient, seedEmptyApis } from './seed.js'

export const REGION_STATUSES = [
  { name: 'us-east-1', status: 'ENABLED_BY_DEFAULT' },
  { name: 'eu-west-1', status: 'ENABLED_BY_DEFAULT' },
  { name: 'ap-southeast-2', status: 'ENABLED' },
  { name: 'ap-east-1', status: 'DISABLED' }
]

export const ACCOUNT_ID = '123456789012'

export interface LiveFixture {
  moto: MotoServer
  proxy: FaultProxy
  /** REST API ids by name. */
  ids: Record<string, string>
  close(): Promise<void>
}

/** Starts moto and the proxy and seeds the table above; `big` adds eu-west-1. */
export async function startLiveFixture(big: boolean): Promise<LiveFixture> {
  const moto = await startMoto()
  const ids: Record<string, string> = {}
  const east = seedClient(moto.url, 'us-east-1')
  const west = seedClient(moto.url, 'eu-west-1')
  const sydney = seedClient(moto.url, 'ap-southeast-2')
  try {
    ids['orders'] = await seedApi(east, {
      name: 'orders',
      tags: { 'aws:cloudformation:stack-name': 'orders-stack' },
      stages: [
        {
          name: 'prod',
          cacheClusterEnabled: true,
          tags: {
            'aws:cloudformation:stack-name': 'orders-stack',
            'aws:cloudformation:logical-id': 'ProdStage'
          },
          settings: {
            '*/*': { caching: true, dataEncrypted: false },
            '~1pets~1{id}/GET': { caching: true, dataEncrypted: true }
          }
        }
      ]
    })
    ids['catalog'] = await seedApi(east, {
      name: 'catalog',
      stages: [{ name: 'prod', cacheClusterEnabled: true }]
    })
    ids['billing'] = await seedApi(east, {
      name: 'billing',
      stages: [
        {
          name: 'v1',
          cacheClusterEnabled: true,
          settings: { '*/*': { caching: true, dataEncrypted: true } }
        }
      ]
    })

    ids['payments'] = await seedApi(sydney, {
      name: 'payments',
      stages: [
        {
          name: 'live',
          settings: { '*/*': { caching: true, dataEncrypted: false } }
        }
      ]
    })

    if (big) {
      ids['inventory'] = await seedApi(west, {
        name: 'inventory',
        stages: [
          {
            name: 'dev',
            settings: {
              '~1items~1{id}/GET': { caching: true, dataEncrypted: false }
            }
          }
        ]
      })
      ids['search'] = await seedApi(west, {
        name: 'search',
        stages: [
          {
            name: 'prod',
            settings: { '*/*': { caching: false, dataEncrypted: false } }
          }
        ]
      })
      await seedEmptyApis(west, 'filler', 598)
    }
  } catch (error) {
    await moto.stop()
    throw error
  } finally {
    for (const client of [east, west, sydney]) client.destroy()
  }

  const proxy = new FaultProxy({ target: moto.url, regions: REGION_STATUSES })
  await proxy.start()
  return {
    moto,
    proxy,
    ids,
    async close() {
      await proxy.close()
      await moto.stop()
    }
  }
}
