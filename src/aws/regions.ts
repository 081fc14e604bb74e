/**
 * Which regions the live audit reads: a list, or `all`, the regions enabled
 * for the account.
 *
 * The Account API's ListRegions is asked, rather than EC2's DescribeRegions,
 * because it states each region's opt-in status for this account (ENABLED,
 * ENABLED_BY_DEFAULT, DISABLED, ...) with one narrow read-only permission
 * (account:ListRegions), and its client is small where the EC2 client is
 * several megabytes in the bundle. For a list of regions it is asked too, so
 * that a region the account has not enabled is skipped by name instead of
 * failing on credentials AWS does not accept there; when it may not be asked,
 * the listed regions are read as they are.
 */
import { SettingError } from '../settings.js'
import { AwsCallError } from './errors.js'
import { LiveAuditError } from './credentials.js'
import type { AwsConnector, AwsCredentials } from './connector.js'
import type { LiveLog } from './live-log.js'

/** `all`, or the regions named. */
export type RegionRequest = 'all' | string[]

const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
const ENABLED = new Set(['ENABLED', 'ENABLED_BY_DEFAULT'])

/** Reads `all` or a comma list such as `us-east-1,eu-west-1`. */
export function parseRegions(
  items: readonly string[],
  name: string
): RegionRequest {
  const lower = items.map(item => item.toLowerCase())
  if (lower.includes('all')) {
    if (lower.length > 1) {
      throw new SettingError(
        `${name} is either "all" or a list of regions, not both`
      )
    }
    return 'all'
  }
  for (const region of lower) {
    if (!REGION_NAME.test(region)) {
      throw new SettingError(
        `${name} must be "all" or region names such as us-east-1,eu-west-1; got "${region}"`
      )
    }
  }
  return [...new Set(lower)].sort()
}

export interface ResolvedRegions {
  /** Regions to audit, sorted. */
  audit: string[]
  /** Regions named in the list that the account has not enabled. */
  skipped: string[]
}

/** Turns the request into regions to audit; `home` is where the Account API is called. */
export async function resolveRegions(
  request: RegionRequest,
  home: string,
  connector: AwsConnector,
  credentials: AwsCredentials,
  log: LiveLog
): Promise<ResolvedRegions> {
  let statuses: Map<string, string>
  try {
    const listed = await connector.listRegions(home, credentials)
    statuses = new Map(listed.map(region => [region.name, region.status]))
  } catch (error) {
    if (request === 'all') {
      const why =
        error instanceof AwsCallError && error.kind === 'access-denied'
          ? 'the role may not call account:ListRegions'
          : 'the Account API could not be read'
      throw new LiveAuditError(
        `regions: all needs the list of regions enabled for the account, but ${why} (${describe(error)}). Grant account:ListRegions to the audit role, or name the regions.`
      )
    }
    log.debug(
      `Regions are read as listed; their opt-in status is unknown: ${describe(error)}`
    )
    return { audit: request, skipped: [] }
  }

  if (request === 'all') {
    const audit = [...statuses]
      .filter(([, status]) => ENABLED.has(status))
      .map(([name]) => name)
      .sort()
    log.info(
      `regions: all means the ${audit.length} regions enabled for the account: ${audit.join(', ')}.`
    )
    return { audit, skipped: [] }
  }

  const audit: string[] = []
  const skipped: string[] = []
  for (const region of request) {
    // Only a region the Account API calls not enabled is skipped; one it
    // does not list is read anyway, so that a wrong name fails loudly
    // instead of passing quietly.
    const status = statuses.get(region)
    if (status === undefined || ENABLED.has(status)) {
      audit.push(region)
      continue
    }
    skipped.push(region)
    log.warning(
      `Skipping region ${region}: it is not enabled for the account (status ${status}).`
    )
  }
  return { audit, skipped }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
