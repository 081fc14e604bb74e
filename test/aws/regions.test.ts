import { describe, expect, it } from '@jest/globals'
import { FakeConnector, sdkError } from '../../__fixtures__/aws.js'
import { LiveAuditError } from '../../src/aws/credentials.js'
import { SILENT_LOG } from '../../src/aws/live-log.js'
import {
  parseRegions,
  resolveRegions,
  type RegionRequest
} from '../../src/aws/regions.js'

const CREDENTIALS = { accessKeyId: 'AKIA', secretAccessKey: 'secret' }

function connector(): FakeConnector {
  const fake = new FakeConnector()
  fake.regions = [
    { name: 'us-east-1', status: 'ENABLED_BY_DEFAULT' },
    { name: 'eu-west-1', status: 'ENABLED_BY_DEFAULT' },
    { name: 'me-south-1', status: 'ENABLED' },
    { name: 'ap-east-1', status: 'DISABLED' },
    { name: 'il-central-1', status: 'ENABLING' }
  ]
  return fake
}

function resolve(request: RegionRequest, fake = connector()) {
  return resolveRegions(request, 'us-east-1', fake, CREDENTIALS, SILENT_LOG)
}

describe('regions', () => {
  it('reads a list, sorted and without repeats, or all', () => {
    expect(parseRegions(['EU-west-1', 'us-east-1', 'eu-west-1'], 'x')).toEqual([
      'eu-west-1',
      'us-east-1'
    ])
    expect(parseRegions(['all'], 'x')).toBe('all')
  })

  it.each([[['us-east']], [['all', 'us-east-1']], [['eu west 1']]])(
    'names the setting for %j',
    items => {
      expect(() => parseRegions(items, 'input regions')).toThrow(
        /input regions/
      )
    }
  )

  it('takes all to mean the regions enabled for the account', async () => {
    expect(await resolve('all')).toEqual({
      audit: ['eu-west-1', 'me-south-1', 'us-east-1'],
      skipped: []
    })
  })

  it('skips and names listed regions that are not enabled', async () => {
    expect(await resolve(['ap-east-1', 'eu-west-1', 'il-central-1'])).toEqual({
      audit: ['eu-west-1'],
      skipped: ['ap-east-1', 'il-central-1']
    })
  })

  it('still reads a listed region the Account API does not name, so that a wrong name cannot pass', async () => {
    expect(await resolve(['xx-nowhere-9'])).toEqual({
      audit: ['xx-nowhere-9'],
      skipped: []
    })
  })

  it('reads a list as it is when ListRegions may not be called', async () => {
    const fake = connector()
    fake.failures.set('ListRegions', sdkError('AccessDeniedException', 403))
    expect(await resolve(['ap-east-1', 'eu-west-1'], fake)).toEqual({
      audit: ['ap-east-1', 'eu-west-1'],
      skipped: []
    })
  })

  it('cannot read all without ListRegions, and says which permission to grant', async () => {
    const fake = connector()
    fake.failures.set('ListRegions', sdkError('AccessDeniedException', 403))
    const attempt = resolve('all', fake)
    await expect(attempt).rejects.toThrow(LiveAuditError)
    await expect(attempt).rejects.toThrow(/account:ListRegions/)
  })
})
