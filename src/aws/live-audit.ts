/**
 * Reads the stages of every REST API in a region with the fewest calls:
 * GetRestApis page by page, then one GetStages per API, at most three calls
 * in flight per region and every region at once. What could not be read is
 * returned as an error, never as a stage without findings.
 */
import { liveStage } from './live-stage.js'
import { createLimiter, type Limiter } from './limiter.js'
import { AwsCallError } from './errors.js'
import type { ScanError, Stage } from '../model.js'
import type {
  ApiGatewayReader,
  RestApiPage,
  RestApiSummary
} from './connector.js'
import type { LiveLog } from './live-log.js'

/** API Gateway's control plane allows about 10 calls a second per account and region. */
export const MAX_IN_FLIGHT_PER_REGION = 3

/** 200 pages of 500 is far past the default quota of REST APIs per region. */
const MAX_PAGES = 200

/** What one region gave. */
export interface RegionAudit {
  region: string
  /** False when the list of REST APIs could not be read at all. */
  audited: boolean
  stages: Stage[]
  errors: ScanError[]
  restApis: number
}

/** Audits each region in parallel. */
export function auditRegions(
  regions: readonly string[],
  readerFor: (region: string) => ApiGatewayReader,
  accountId: string | null,
  log: LiveLog
): Promise<RegionAudit[]> {
  return Promise.all(
    regions.map(region =>
      auditRegion(region, readerFor(region), accountId, log)
    )
  )
}

/** Lists the REST APIs of one region and reads the stages of each. */
export async function auditRegion(
  region: string,
  reader: ApiGatewayReader,
  accountId: string | null,
  log: LiveLog
): Promise<RegionAudit> {
  const limit = createLimiter(MAX_IN_FLIGHT_PER_REGION)
  const audit: RegionAudit = {
    region,
    audited: false,
    stages: [],
    errors: [],
    restApis: 0
  }
  const where =
    accountId === null
      ? `region ${region}`
      : `account ${accountId}, region ${region}`

  // List the REST APIs
  let apis: RestApiSummary[]
  try {
    apis = await listRestApis(reader, limit)
  } catch (error) {
    audit.errors.push({
      file: apiGatewayArn(region, '/restapis'),
      line: null,
      message: `${where} was not audited: ${describe(error)}${hint(error, region)}`
    })
    return audit
  }
  audit.restApis = apis.length

  // Read the stages of each
  const failures: { api: RestApiSummary; error: unknown }[] = []
  await Promise.all(
    apis.map(api =>
      limit(async () => {
        try {
          const records = await reader.getStages(api.id)
          for (const record of records) {
            audit.stages.push(liveStage(record, { region, accountId, api }))
          }
        } catch (error) {
          if (error instanceof AwsCallError && error.kind === 'not-found') {
            log.debug(
              `REST API ${api.id} in ${region} was deleted while it was audited.`
            )
            return
          }
          failures.push({ api, error })
        }
      })
    )
  )

  // A region none of whose stages could be read was not audited at all.
  const first = failures[0]
  if (first && failures.length === apis.length) {
    audit.errors.push({
      file: apiGatewayArn(region, '/restapis/*/stages'),
      line: null,
      message: `${where} was not audited: the stages of none of its ${apis.length} REST APIs could be read: ${describe(first.error)}${hint(first.error, region)}`
    })
    return audit
  }
  for (const { api, error } of failures) {
    audit.errors.push({
      file: apiGatewayArn(region, `/restapis/${api.id}/stages`),
      line: null,
      message: `${where}: the stages of REST API ${label(api)} were not audited: ${describe(error)}${hint(error, region)}`
    })
  }
  audit.audited = true
  audit.stages.sort((a, b) => a.resource.localeCompare(b.resource))
  const unreadable =
    failures.length > 0
      ? `, ${count(failures.length, 'REST API')} not readable`
      : ''
  log.info(
    `${region}: ${count(apis.length, 'REST API')}, ${count(audit.stages.length, 'stage')}${unreadable}.`
  )
  return audit
}

async function listRestApis(
  reader: ApiGatewayReader,
  limit: Limiter
): Promise<RestApiSummary[]> {
  const apis: RestApiSummary[] = []
  const seen = new Set<string>()
  let position: string | null = null
  for (let page = 0; page < MAX_PAGES; page++) {
    const current: string | null = position
    const result: RestApiPage = await limit(() => reader.getRestApis(current))
    apis.push(...result.items)
    position = result.position
    // A position seen before would loop forever; AWS never sends one.
    if (position === null || seen.has(position)) return apis
    seen.add(position)
  }
  throw new Error(
    `GetRestApis returned more than ${MAX_PAGES} pages; the audit stops there`
  )
}

/** The ARN of an API Gateway resource path, in the region's partition. */
export function apiGatewayArn(region: string, resourcePath: string): string {
  const partition = region.startsWith('cn-')
    ? 'aws-cn'
    : region.startsWith('us-gov-')
      ? 'aws-us-gov'
      : 'aws'
  return `arn:${partition}:apigateway:${region}::${resourcePath}`
}

function hint(error: unknown, region: string): string {
  if (!(error instanceof AwsCallError)) return ''
  switch (error.kind) {
    case 'access-denied':
      return `. The audit role needs apigateway:GET on ${apiGatewayArn(region, '/restapis')} and ${apiGatewayArn(region, '/restapis/*/stages')}.`
    case 'credentials':
      return `. AWS did not accept the credentials in ${region}: is the region enabled for the account?`
    case 'throttled':
      return '. The control plane kept throttling after every retry; run the audit again, or with fewer regions or accounts at a time.'
    default:
      return ''
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function label(api: RestApiSummary): string {
  return api.name === null ? api.id : `"${api.name}" (${api.id})`
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
