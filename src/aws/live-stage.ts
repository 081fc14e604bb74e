/**
 * A stage as GetStages returns it, mapped onto the model. API Gateway keys
 * method settings as `<path>/<method>` with `/` in the path written `~1`:
 * `*\/*` is the stage-wide entry, `~1pets~1{id}/GET` an override.
 */
import {
  normalizeHttpMethod,
  normalizeResourcePath
} from '../templates/method-settings.js'
import type { Flag, MethodSetting, Stage } from '../model.js'
import type { LiveStageRecord, RestApiSummary } from './connector.js'

const STACK_NAME_TAG = 'aws:cloudformation:stack-name'
const LOGICAL_ID_TAG = 'aws:cloudformation:logical-id'

/** Where a live stage lives, for its findings. */
export interface LiveScope {
  region: string
  accountId: string | null
  api: RestApiSummary
}

/** Maps one live stage onto the model's Stage. */
export function liveStage(record: LiveStageRecord, scope: LiveScope): Stage {
  const { api, region } = scope
  const stageName = record.stageName
  const methodSettings = Object.entries(record.methodSettings)
    .map(([key, settings]): MethodSetting => {
      const { resourcePath, httpMethod } = splitSettingKey(key)
      return {
        resourcePath,
        httpMethod,
        cachingEnabled: flag(settings.cachingEnabled),
        cacheDataEncrypted: flag(settings.cacheDataEncrypted),
        location: null
      }
    })
    .sort((a, b) =>
      `${a.resourcePath} ${a.httpMethod}`.localeCompare(
        `${b.resourcePath} ${b.httpMethod}`
      )
    )

  return {
    origin: 'live',
    format: 'live',
    file: null,
    resource: `${api.id}/${stageName ?? '?'}`,
    stageName,
    location: null,
    cacheClusterEnabled: flag(record.cacheClusterEnabled ?? undefined),
    methodSettings,
    live: {
      region,
      accountId: scope.accountId,
      restApiId: api.id,
      restApiName: api.name,
      // A stage made by CloudFormation carries the stack's tags; a stage
      // made by a Deployment's StageDescription may not, so the API's stand in.
      stackName:
        record.tags[STACK_NAME_TAG] ?? api.tags[STACK_NAME_TAG] ?? null,
      logicalId:
        record.tags[LOGICAL_ID_TAG] ?? api.tags[LOGICAL_ID_TAG] ?? null,
      consoleUrl: consoleUrl(region, api.id)
    }
  }
}

/** Splits `~1pets~1{id}/GET` into `/pets/{id}` and `GET`; `*\/*` into `*` and `*`. */
export function splitSettingKey(key: string): {
  resourcePath: string
  httpMethod: string
} {
  const slash = key.lastIndexOf('/')
  if (slash < 0)
    return { resourcePath: normalizeResourcePath(key), httpMethod: '*' }
  return {
    resourcePath: normalizeResourcePath(key.slice(0, slash)),
    httpMethod: normalizeHttpMethod(key.slice(slash + 1))
  }
}

/** The console page of an API's stages, in the console of the region's partition. */
export function consoleUrl(region: string, restApiId: string): string {
  const host = region.startsWith('cn-')
    ? `${region}.console.amazonaws.cn`
    : region.startsWith('us-gov-')
      ? `${region}.console.amazonaws-us-gov.com`
      : `${region}.console.aws.amazon.com`
  const api = encodeURIComponent(restApiId)
  return `https://${host}/apigateway/main/apis/${api}/stages?api=${api}&region=${encodeURIComponent(region)}`
}

function flag(value: boolean | undefined): Flag {
  return value === undefined
    ? { state: 'unset' }
    : { state: 'set', value, location: null }
}
