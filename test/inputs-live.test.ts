import { describe, expect, it } from '@jest/globals'
import { readSettings } from '../src/inputs.js'

const inputs = (values: Record<string, string>) => (name: string) =>
  values[name] ?? ''

describe('reading the live audit inputs', () => {
  it('leaves the live audit off by default', () => {
    expect(readSettings(inputs({}), {}).live).toBeNull()
    expect(readSettings(inputs({ 'audit-live': 'false' }), {}).live).toBeNull()
  })

  it('reads every live input when audit-live is true', () => {
    const settings = readSettings(
      inputs({
        'audit-live': 'true',
        'role-to-assume': 'arn:aws:iam::123456789012:role/api-cache-audit',
        audience: 'sts.example',
        regions: 'us-east-1, eu-west-1',
        'role-session-name': 'nightly',
        'role-duration-seconds': '900'
      }),
      {}
    )
    expect(settings.live).toEqual({
      regions: ['eu-west-1', 'us-east-1'],
      homeRegion: 'us-east-1',
      roleToAssume: 'arn:aws:iam::123456789012:role/api-cache-audit',
      audience: 'sts.example',
      roleSessionName: 'nightly',
      roleDurationSeconds: 900
    })
  })

  it('audits the runner region when regions is empty', () => {
    const settings = readSettings(inputs({ 'audit-live': 'true' }), {
      AWS_REGION: 'ap-southeast-2'
    })
    expect(settings.live?.regions).toEqual(['ap-southeast-2'])
  })

  it('names the input when audit-live is not a boolean', () => {
    expect(() => readSettings(inputs({ 'audit-live': 'yes' }), {})).toThrow(
      /input audit-live must be true or false/
    )
  })
})
