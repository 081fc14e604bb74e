/**
 * The rule: API Gateway response caches must be encrypted at rest.
 *
 * Each method-setting entry (the stage-wide `*` `*` one and every per-method
 * override) is judged on its own values, because an override replaces the
 * stage-wide entry and starts from the API defaults:
 *
 * | caching   | encryption        | status         |
 * |-----------|-------------------|----------------|
 * | true      | true              | pass           |
 * | true      | false or not set  | fail           |
 * | true      | unknown           | unknown        |
 * | unknown   | not true          | unknown        |
 * | unknown   | true              | pass           |
 * | false/not set | anything      | not applicable |
 *
 * A caching entry fails even when the stage's cache cluster is off: the
 * cluster is often switched on elsewhere, and the message says it is off.
 *
 * Once per stage: a cache cluster that is enabled while no entry caches (true
 * or unknown) and whose stage-wide encryption is not true is a warning,
 * because any method that later turns caching on stores clear text.
 */
import type {
  Finding,
  FindingStatus,
  Flag,
  MethodSetting,
  RuleId,
  SourceFormat,
  SourceLocation,
  Stage
} from './model.js'

/** The key names a person sees in each source format. */
interface KeyNames {
  caching: string
  encryption: string
  cluster: string
}

const KEYS: Record<SourceFormat, KeyNames> = {
  cloudformation: {
    caching: 'CachingEnabled',
    encryption: 'CacheDataEncrypted',
    cluster: 'CacheClusterEnabled'
  },
  sam: {
    caching: 'CachingEnabled',
    encryption: 'CacheDataEncrypted',
    cluster: 'CacheClusterEnabled'
  },
  cdk: {
    caching: 'CachingEnabled',
    encryption: 'CacheDataEncrypted',
    cluster: 'CacheClusterEnabled'
  },
  terraform: {
    caching: 'caching_enabled',
    encryption: 'cache_data_encrypted',
    cluster: 'cache_cluster_enabled'
  },
  'terraform-plan': {
    caching: 'caching_enabled',
    encryption: 'cache_data_encrypted',
    cluster: 'cache_cluster_enabled'
  },
  serverless: {
    caching: 'enabled',
    encryption: 'dataEncrypted',
    cluster: 'enabled'
  },
  live: {
    caching: 'cachingEnabled',
    encryption: 'cacheDataEncrypted',
    cluster: 'cacheClusterEnabled'
  }
}

/** Evaluates one stage and returns its findings; not-applicable entries give none. */
export function evaluateStage(stage: Stage): Finding[] {
  const findings: Finding[] = []
  let anyEntryCaches = false

  for (const entry of stage.methodSettings) {
    const caching = entry.cachingEnabled
    if (caching.state === 'set' && caching.value) anyEntryCaches = true
    if (caching.state === 'unknown') anyEntryCaches = true

    const finding = evaluateEntry(stage, entry)
    if (finding) findings.push(finding)
  }

  const warning = evaluateCluster(stage, anyEntryCaches)
  if (warning) findings.push(warning)
  return findings
}

function evaluateEntry(stage: Stage, entry: MethodSetting): Finding | null {
  const caching = entry.cachingEnabled
  const encryption = entry.cacheDataEncrypted
  const keys = KEYS[stage.format]
  const encrypted = isTrue(encryption)

  let status: FindingStatus
  let why: string
  if (caching.state === 'set' && caching.value) {
    if (encrypted) {
      status = 'pass'
      why = `caches responses with ${keys.encryption} true`
    } else if (encryption.state === 'unknown') {
      status = 'unknown'
      why = `caches responses, but ${keys.encryption} cannot be evaluated: ${encryption.reason}`
    } else {
      status = 'fail'
      why =
        encryption.state === 'unset'
          ? `caches responses unencrypted: ${keys.caching} is true and ${keys.encryption} is not set (the default is false)`
          : `caches responses unencrypted: ${keys.caching} is true and ${keys.encryption} is false${viaText(encryption)}`
    }
  } else if (caching.state === 'unknown') {
    if (encrypted) {
      status = 'pass'
      why = `has ${keys.encryption} true, so its cache is encrypted whatever ${keys.caching} turns out to be`
    } else {
      status = 'unknown'
      why = `may cache responses unencrypted: ${keys.caching} cannot be evaluated (${caching.reason}) and ${keys.encryption} is not true`
    }
  } else {
    return null
  }

  const scope = describeEntry(entry)
  const inherited = entry.inheritedFrom
    ? ` (inherited from ${entry.inheritedFrom})`
    : entry.resource && entry.resource !== stage.resource
      ? ` (${entry.resource})`
      : ''
  const clusterNote =
    status === 'fail' && isFalseOrUnset(stage.cacheClusterEnabled)
      ? ` The stage's cache cluster is currently off; this setting stores clear text as soon as it is turned on.`
      : ''
  const message = `${describeStage(stage)}: ${scope}${inherited} ${why}.${clusterNote}`
  const location =
    flagLocation(encryption) ??
    flagLocation(caching) ??
    entry.location ??
    stage.location

  return buildFinding(
    stage,
    entry,
    status,
    'cache-unencrypted',
    message,
    location
  )
}

function evaluateCluster(
  stage: Stage,
  anyEntryCaches: boolean
): Finding | null {
  if (!isTrue(stage.cacheClusterEnabled) || anyEntryCaches) return null

  const stageWide = [...stage.methodSettings]
    .reverse()
    .find(entry => entry.resourcePath === '*' && entry.httpMethod === '*')
  if (stageWide && isTrue(stageWide.cacheDataEncrypted)) return null

  const keys = KEYS[stage.format]
  const message = `${describeStage(stage)}: the cache cluster is provisioned (${keys.cluster} true) with "Encrypt cache data" off, so any method that turns caching on will store clear text.`
  const entry: MethodSetting = stageWide ?? {
    resourcePath: '*',
    httpMethod: '*',
    cachingEnabled: { state: 'unset' },
    cacheDataEncrypted: { state: 'unset' },
    location: null
  }
  const location = flagLocation(stage.cacheClusterEnabled) ?? stage.location
  return buildFinding(
    stage,
    entry,
    'warning',
    'cache-cluster-unencrypted',
    message,
    location
  )
}

function buildFinding(
  stage: Stage,
  entry: MethodSetting,
  status: FindingStatus,
  rule: RuleId,
  message: string,
  location: SourceLocation | null
): Finding {
  const finding: Finding = {
    status,
    rule,
    origin: stage.origin,
    format: stage.format,
    file: location?.file ?? stage.file,
    line: location?.line ?? null,
    column: location?.column ?? null,
    // A method setting written by its own resource is named by it; the
    // cluster warning belongs to the stage.
    resource:
      rule === 'cache-unencrypted'
        ? (entry.resource ?? stage.resource)
        : stage.resource,
    stage: stage.stageName,
    resourcePath: entry.resourcePath,
    httpMethod: entry.httpMethod,
    message,
    fix: fixFor(stage, entry, rule),
    new: null
  }
  if (stage.constructPath !== undefined) {
    finding.constructPath = stage.constructPath
  }
  if (stage.live) {
    finding.region = stage.live.region
    finding.accountId = stage.live.accountId
    finding.restApiId = stage.live.restApiId
    finding.restApiName = stage.live.restApiName
    finding.cacheClusterEnabled = isTrue(stage.cacheClusterEnabled)
    finding.consoleUrl = stage.live.consoleUrl
    finding.stackName = stage.live.stackName
    finding.logicalId = stage.live.logicalId
  }
  return finding
}

/** The one change that fixes a finding, in the words of its source format. */
export function fixFor(
  stage: Stage,
  entry: MethodSetting,
  rule: RuleId
): string {
  const keys = KEYS[stage.format]
  const stageWide = rule === 'cache-cluster-unencrypted'
  switch (stage.format) {
    case 'cloudformation':
    case 'sam':
      return stageWide
        ? `Add a stage-wide method setting (ResourcePath: "/*", HttpMethod: "*") with CacheDataEncrypted: true, or set ${keys.cluster}: false if the stage needs no cache.`
        : `Set CacheDataEncrypted: true on this method setting.`
    case 'cdk':
      return stageWide
        ? `Set cacheDataEncrypted: true in the stage's deployOptions (or cacheClusterEnabled: false) in the CDK app, then synthesize again.`
        : `Set cacheDataEncrypted: true for ${describePath(entry)} in the CDK app (deployOptions or methodOptions), then synthesize again.`
    case 'terraform':
    case 'terraform-plan':
      return stageWide
        ? `Add an aws_api_gateway_method_settings with method_path = "*/*" and cache_data_encrypted = true for this stage, or set cache_cluster_enabled = false.`
        : `Set cache_data_encrypted = true in the settings block of ${entry.resource ?? stage.resource}.`
    case 'serverless':
      return stageWide
        ? `Set dataEncrypted: true under custom.apiGatewayCaching, or enabled: false there if the service needs no cache.`
        : `Set dataEncrypted: true under custom.apiGatewayCaching (or in this endpoint's caching block).`
    case 'live':
      return liveFix(stage, entry)
  }
}

function liveFix(stage: Stage, entry: MethodSetting): string {
  const live = stage.live
  const key =
    entry.resourcePath === '*'
      ? `*/${entry.httpMethod}`
      : `${entry.resourcePath.replace(/~/g, '~0').replace(/\//g, '~1')}/${entry.httpMethod}`
  const region = live ? ` --region ${live.region}` : ''
  const api = live ? live.restApiId : '<rest-api-id>'
  return `aws apigateway update-stage${region} --rest-api-id ${api} --stage-name ${stage.stageName ?? '<stage>'} --patch-operations 'op=replace,path=/${key}/caching/dataEncrypted,value=true'`
}

function describeStage(stage: Stage): string {
  const live = stage.live
  const name = stage.stageName ? `stage "${stage.stageName}"` : 'stage'
  if (live) {
    const api = live.restApiName
      ? `"${live.restApiName}" (${live.restApiId})`
      : live.restApiId
    const stack = live.stackName
      ? ` (CloudFormation stack ${live.stackName}${live.logicalId ? `, ${live.logicalId}` : ''})`
      : ''
    return `${name} of REST API ${api} in ${live.region}${stack}`
  }
  const owner = stage.constructPath
    ? `CDK construct ${stage.constructPath}`
    : stage.resource
  return stage.stageName ? `${owner} (${name})` : owner
}

function describeEntry(entry: MethodSetting): string {
  if (entry.resourcePath === '*' && entry.httpMethod === '*') {
    return 'the stage-wide method setting'
  }
  return `the method setting for ${describePath(entry)}`
}

function describePath(entry: MethodSetting): string {
  const method = entry.httpMethod === '*' ? 'every method' : entry.httpMethod
  const path = entry.resourcePath === '*' ? 'every path' : entry.resourcePath
  return `${method} ${path}`
}

function viaText(flag: Flag): string {
  return flag.state === 'set' && flag.via ? ` (${flag.via})` : ''
}

function isTrue(flag: Flag): boolean {
  return flag.state === 'set' && flag.value
}

function isFalseOrUnset(flag: Flag): boolean {
  return flag.state === 'unset' || (flag.state === 'set' && !flag.value)
}

function flagLocation(flag: Flag): SourceLocation | null {
  return flag.state === 'unset' ? null : flag.location
}
