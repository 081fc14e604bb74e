import { describe, expect, it } from '@jest/globals'
import { FakeConnector, sdkError, stageRecord } from '../../__fixtures__/aws.js'
import {
  apiGatewayArn,
  auditRegion,
  auditRegions,
  MAX_IN_FLIGHT_PER_REGION
} from '../../src/aws/live-audit.js'
import { SILENT_LOG } from '../../src/aws/live-log.js'

const CREDENTIALS = { accessKeyId: 'AKIA', secretAccessKey: 'secret' }

function audit(fake: FakeConnector, region = 'eu-west-1') {
  return auditRegion(
    region,
    fake.apiGateway(region, CREDENTIALS),
    '123456789012',
    SILENT_LOG
  )
}

describe('auditing a region', () => {
  it('makes exactly one call per page and one per REST API', async () => {
    const fake = new FakeConnector()
    fake.addApis('eu-west-1', 1201, [stageRecord()])

    const result = await audit(fake)

    const count = (name: string) =>
      fake.calls.filter(call => call.startsWith(`eu-west-1 ${name}`)).length
    expect(count('GetRestApis')).toBe(3)
    expect(count('GetStages')).toBe(1201)
    expect(result).toMatchObject({ audited: true, restApis: 1201, errors: [] })
    expect(result.stages).toHaveLength(1201)
  })

  it('keeps at most three calls in flight', async () => {
    const fake = new FakeConnector()
    fake.addApis('eu-west-1', 50)
    await audit(fake)
    expect(MAX_IN_FLIGHT_PER_REGION).toBe(3)
    expect(fake.maxInFlight).toBe(3)
  })

  it('runs regions in parallel, each with its own limit', async () => {
    const fake = new FakeConnector()
    fake.addApis('eu-west-1', 20)
    fake.addApis('us-east-1', 20)
    const results = await auditRegions(
      ['eu-west-1', 'us-east-1'],
      region => fake.apiGateway(region, CREDENTIALS),
      null,
      SILENT_LOG
    )
    expect(results.map(result => result.audited)).toEqual([true, true])
    expect(fake.maxInFlight).toBe(6)
  })

  it('reports a region whose REST APIs cannot be listed as not audited, with its ARN', async () => {
    const fake = new FakeConnector()
    fake.addApis('eu-west-1', 2)
    fake.failures.set('GetRestApis', sdkError('AccessDeniedException', 403))

    const result = await audit(fake)

    expect(result.audited).toBe(false)
    expect(result.stages).toEqual([])
    expect(result.errors).toEqual([
      {
        file: 'arn:aws:apigateway:eu-west-1::/restapis',
        line: null,
        message: expect.stringMatching(
          /^account 123456789012, region eu-west-1 was not audited: .*AccessDeniedException.*apigateway:GET/
        )
      }
    ])
  })

  it('lists one REST API whose stages cannot be read and still audits the rest', async () => {
    const fake = new FakeConnector()
    const [first] = fake.addApis('eu-west-1', 3, [stageRecord()])
    fake.failures.set(
      `GetStages:${first?.id}`,
      sdkError('TooManyRequestsException', 429)
    )

    const result = await audit(fake)

    expect(result.audited).toBe(true)
    expect(result.stages).toHaveLength(2)
    expect(result.errors).toEqual([
      {
        file: `arn:aws:apigateway:eu-west-1::/restapis/${first?.id}/stages`,
        line: null,
        message: expect.stringMatching(/TooManyRequestsException.*throttling/)
      }
    ])
  })

  it('calls a region not audited when no REST API could be read', async () => {
    const fake = new FakeConnector()
    fake.addApis('eu-west-1', 4)
    fake.failures.set('GetStages', sdkError('AccessDeniedException', 403))

    const result = await audit(fake)

    expect(result.audited).toBe(false)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]?.message).toMatch(/none of its 4 REST APIs/)
  })

  it('skips a REST API deleted while it was audited', async () => {
    const fake = new FakeConnector()
    const [gone] = fake.addApis('eu-west-1', 2, [stageRecord()])
    fake.failures.set(
      `GetStages:${gone?.id}`,
      sdkError('NotFoundException', 404)
    )

    const result = await audit(fake)

    expect(result).toMatchObject({ audited: true, errors: [] })
    expect(result.stages).toHaveLength(1)
  })

  it('stops on a position it has seen before', async () => {
    const fake = new FakeConnector()
    const reader = {
      getRestApis: async () => ({ items: [], position: 'same' }),
      getStages: async () => []
    }
    const result = await auditRegion('eu-west-1', reader, null, SILENT_LOG)
    expect(result.audited).toBe(true)
    expect(fake.calls).toEqual([])
  })

  it('names ARNs in the partition of the region', () => {
    expect(apiGatewayArn('cn-north-1', '/restapis')).toBe(
      'arn:aws-cn:apigateway:cn-north-1::/restapis'
    )
    expect(apiGatewayArn('us-gov-west-1', '/restapis')).toBe(
      'arn:aws-us-gov:apigateway:us-gov-west-1::/restapis'
    )
  })
})
