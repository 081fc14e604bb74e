/**
 * The settings of a live audit, read from action inputs or command-line
 * options, validated with messages that name the setting.
 */
import { parseList, SettingError } from '../settings.js'
import { parseRegions, type RegionRequest } from './regions.js'
import type { CredentialSettings } from './credentials.js'

export interface LiveSettings extends CredentialSettings {
  regions: RegionRequest
  /** Where STS and the Account API are called: the runner's region, else one always enabled. */
  homeRegion: string
}

/** The raw text of each live setting, and the name to use in messages. */
export interface RawLiveSettings {
  regions: { value: string; name: string }
  roleToAssume?: { value: string; name: string }
  audience?: { value: string; name: string }
  roleSessionName?: { value: string; name: string }
  roleDurationSeconds?: { value: string; name: string }
}

export const DEFAULT_AUDIENCE = 'sts.amazonaws.com'
export const DEFAULT_SESSION_NAME = 'apigw-cache-check'
export const DEFAULT_DURATION_SECONDS = 3600

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/

/** Reads the settings; regions default to AWS_REGION, then AWS_DEFAULT_REGION. */
export function readLiveSettings(
  raw: RawLiveSettings,
  env: NodeJS.ProcessEnv
): LiveSettings {
  const runnerRegion = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || ''
  const listed = parseList(raw.regions.value)
  if (listed.length === 0 && runnerRegion === '') {
    throw new SettingError(
      `${raw.regions.name} is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set; name the regions (us-east-1,eu-west-1) or write all`
    )
  }
  const regions = parseRegions(
    listed.length > 0 ? listed : [runnerRegion],
    listed.length > 0 ? raw.regions.name : 'AWS_REGION'
  )
  const homeRegion =
    runnerRegion || partitionHome(regions === 'all' ? null : regions[0])

  const role = raw.roleToAssume?.value.trim() ?? ''
  if (role !== '' && !ROLE_ARN.test(role)) {
    throw new SettingError(
      `${raw.roleToAssume?.name} must be an IAM role ARN such as arn:aws:iam::123456789012:role/api-cache-audit; got "${role}"`
    )
  }
  const sessionName = raw.roleSessionName?.value.trim() || DEFAULT_SESSION_NAME
  if (!SESSION_NAME.test(sessionName)) {
    throw new SettingError(
      `${raw.roleSessionName?.name} must be 2 to 64 letters, digits or +=,.@_- characters; got "${sessionName}"`
    )
  }

  return {
    regions,
    homeRegion,
    roleToAssume: role === '' ? null : role,
    audience: raw.audience?.value.trim() || DEFAULT_AUDIENCE,
    roleSessionName: sessionName,
    roleDurationSeconds: readDuration(raw.roleDurationSeconds)
  }
}

/**
 * A region that is enabled in every account of the listed region's
 * partition: a listed region may be an opt-in region the account has not
 * enabled, where STS would refuse the call.
 */
function partitionHome(region: string | null | undefined): string {
  if (region?.startsWith('cn-') || region?.startsWith('us-gov-')) return region
  return 'us-east-1'
}

function readDuration(raw: { value: string; name: string } | undefined) {
  const text = raw?.value.trim() ?? ''
  if (text === '') return DEFAULT_DURATION_SECONDS
  const seconds = Number(text)
  if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43200) {
    throw new SettingError(
      `${raw?.name} must be a whole number of seconds from 900 to 43200; got "${text}"`
    )
  }
  return seconds
}
