import { describe, expect, it } from '@jest/globals'
import { readLiveSettings } from '../../src/aws/live-settings.js'

const named = (value: string, name: string) => ({ value, name })

describe('live audit settings', () => {
  it('defaults the regions to AWS_REGION and the rest to documented values', () => {
    expect(
      readLiveSettings(
        { regions: named('', 'input regions') },
        { AWS_REGION: 'eu-west-1' }
      )
    ).toEqual({
      regions: ['eu-west-1'],
      homeRegion: 'eu-west-1',
      roleToAssume: null,
      audience: 'sts.amazonaws.com',
      roleSessionName: 'apigw-cache-check',
      roleDurationSeconds: 3600
    })
  })

  it('calls STS in the runner region, else in one every account has enabled', () => {
    const regions = named('all', 'input regions')
    expect(
      readLiveSettings({ regions }, { AWS_DEFAULT_REGION: 'eu-central-1' })
        .homeRegion
    ).toBe('eu-central-1')
    expect(readLiveSettings({ regions }, {}).homeRegion).toBe('us-east-1')
    const optIn = named('ap-east-1', 'input regions')
    expect(readLiveSettings({ regions: optIn }, {}).homeRegion).toBe(
      'us-east-1'
    )
    const china = named('cn-northwest-1', 'input regions')
    expect(readLiveSettings({ regions: china }, {}).homeRegion).toBe(
      'cn-northwest-1'
    )
  })

  it.each([
    [{ regions: named('', 'input regions') }, /input regions is empty/],
    [
      {
        regions: named('us-east-1', 'input regions'),
        roleToAssume: named('api-cache-audit', 'input role-to-assume')
      },
      /input role-to-assume must be an IAM role ARN/
    ],
    [
      {
        regions: named('us-east-1', 'input regions'),
        roleDurationSeconds: named('600', 'input role-duration-seconds')
      },
      /input role-duration-seconds must be a whole number of seconds from 900/
    ],
    [
      {
        regions: named('us-east-1', 'input regions'),
        roleSessionName: named('has spaces', 'input role-session-name')
      },
      /input role-session-name/
    ]
  ])('names the setting that is wrong (%#)', (raw, message) => {
    expect(() => readLiveSettings(raw, {})).toThrow(message)
  })
})
