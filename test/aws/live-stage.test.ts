import { describe, expect, it } from '@jest/globals'
import { stageRecord } from '../../__fixtures__/aws.js'
import {
  consoleUrl,
  liveStage,
  splitSettingKey
} from '../../src/aws/live-stage.js'
import { evaluateStage } from '../../src/rule.js'

const API = { id: 'a1b2c3', name: 'orders', tags: {} }

describe('mapping a live stage onto the model', () => {
  it.each([
    ['*/*', '*', '*'],
    ['~1pets~1{id}/GET', '/pets/{id}', 'GET'],
    ['~1pets/*', '/pets', '*'],
    ['~1a~0b/post', '/a~b', 'POST']
  ])('splits the method-settings key %s', (key, resourcePath, httpMethod) => {
    expect(splitSettingKey(key)).toEqual({ resourcePath, httpMethod })
  })

  it('reads method settings, the cache cluster and the CloudFormation tags', () => {
    const stage = liveStage(
      stageRecord({
        cacheClusterEnabled: true,
        methodSettings: {
          '~1pets~1{id}/GET': {
            cachingEnabled: true,
            cacheDataEncrypted: false
          },
          '*/*': { cachingEnabled: false }
        },
        tags: {
          'aws:cloudformation:stack-name': 'orders-stack',
          'aws:cloudformation:logical-id': 'ProdStage'
        }
      }),
      { region: 'eu-west-1', accountId: '123456789012', api: API }
    )

    expect(stage).toMatchObject({
      origin: 'live',
      format: 'live',
      file: null,
      resource: 'a1b2c3/prod',
      stageName: 'prod',
      cacheClusterEnabled: { state: 'set', value: true },
      live: {
        region: 'eu-west-1',
        accountId: '123456789012',
        restApiId: 'a1b2c3',
        restApiName: 'orders',
        stackName: 'orders-stack',
        logicalId: 'ProdStage'
      }
    })
    expect(stage.methodSettings).toEqual([
      {
        resourcePath: '*',
        httpMethod: '*',
        cachingEnabled: { state: 'set', value: false, location: null },
        cacheDataEncrypted: { state: 'unset' },
        location: null
      },
      {
        resourcePath: '/pets/{id}',
        httpMethod: 'GET',
        cachingEnabled: { state: 'set', value: true, location: null },
        cacheDataEncrypted: { state: 'set', value: false, location: null },
        location: null
      }
    ])
  })

  it('gives findings the live fields and a fix that encodes the path', () => {
    const stage = liveStage(
      stageRecord({
        methodSettings: { '~1pets~1{id}/GET': { cachingEnabled: true } },
        tags: { 'aws:cloudformation:stack-name': 'orders-stack' }
      }),
      { region: 'eu-west-1', accountId: null, api: API }
    )
    const [finding] = evaluateStage(stage)

    expect(finding).toMatchObject({
      status: 'fail',
      region: 'eu-west-1',
      restApiId: 'a1b2c3',
      cacheClusterEnabled: false,
      stackName: 'orders-stack',
      logicalId: null,
      consoleUrl: consoleUrl('eu-west-1', 'a1b2c3'),
      fix: "aws apigateway update-stage --region eu-west-1 --rest-api-id a1b2c3 --stage-name prod --patch-operations 'op=replace,path=/~1pets~1{id}/GET/caching/dataEncrypted,value=true'"
    })
    expect(finding?.message).toMatch(/CloudFormation stack orders-stack/)
  })

  it("links the console of the region's partition", () => {
    expect(consoleUrl('eu-west-1', 'a1b2c3')).toBe(
      'https://eu-west-1.console.aws.amazon.com/apigateway/main/apis/a1b2c3/stages?api=a1b2c3&region=eu-west-1'
    )
    expect(consoleUrl('cn-north-1', 'x')).toMatch(
      /^https:\/\/cn-north-1\.console\.amazonaws\.cn\//
    )
  })
})
