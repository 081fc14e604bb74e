/**
 * Serverless Framework: caching through the `serverless-api-gateway-caching`
 * plugin. The plugin patches the deployed stage after each deploy, so the
 * packaged CloudFormation shows nothing and `serverless.yml` is the source.
 *
 * - `custom.apiGatewayCaching.enabled` provisions the cache cluster;
 *   `dataEncrypted` (default false) is written to the stage-wide entry.
 * - An endpoint (`functions.*.events[].http.caching`, or
 *   `custom.apiGatewayCaching.additionalEndpoints`) caches only when both the
 *   global and its own `enabled` are true; it is encrypted when its own or
 *   the global `dataEncrypted` is true.
 * - Without the plugin listed, `caching` blocks configure nothing.
 * - With `apiGatewayIsShared`, the plugin leaves the stage-wide settings alone.
 */
import {
  field,
  isMap,
  type ParsedDocument,
  type Path,
  type Value,
  type ValueMap
} from './document.js'
import { toFlag } from './intrinsics.js'
import {
  normalizeHttpMethod,
  normalizeResourcePath
} from './method-settings.js'
import type { Flag, MethodSetting, SourceLocation, Stage } from '../model.js'

const PLUGIN = 'serverless-api-gateway-caching'
const SETTINGS_PATH: Path = ['custom', 'apiGatewayCaching']

/** True for a Serverless Framework service file. */
export function isServerlessService(value: Value): value is ValueMap {
  return (
    isMap(value) &&
    field(value, 'service') !== undefined &&
    isMap(field(value, 'provider') ?? null)
  )
}

/** True when the service lists the caching plugin, in either plugins form. */
export function usesCachingPlugin(service: ValueMap): boolean {
  const plugins = field(service, 'plugins')
  const list = isMap(plugins) ? field(plugins, 'modules') : plugins
  return Array.isArray(list) && list.some(item => item === PLUGIN)
}

/** The stage a service deploys, with the plugin's caching as method settings. */
export function serverlessStages(
  document: ParsedDocument,
  file: string
): Stage[] {
  const service = document.value as ValueMap
  if (!usesCachingPlugin(service)) return []
  const reader = new ServiceReader(service, document)
  const custom = field(service, 'custom')
  const settings = isMap(custom)
    ? field(custom, 'apiGatewayCaching')
    : undefined
  if (!isMap(settings)) return []

  const globalEnabled = reader.flag(settings, SETTINGS_PATH, 'enabled')
  const globalEncrypted = reader.flag(settings, SETTINGS_PATH, 'dataEncrypted')
  const shared = reader.flag(settings, SETTINGS_PATH, 'apiGatewayIsShared')
  const isShared = shared.state === 'set' && shared.value

  const entries: MethodSetting[] = []
  if (!isShared) {
    entries.push({
      resourcePath: '*',
      httpMethod: '*',
      cachingEnabled: { state: 'unset' },
      cacheDataEncrypted: globalEncrypted,
      location: document.locate(SETTINGS_PATH)
    })
  }
  for (const endpoint of reader.endpoints(settings)) {
    entries.push({
      resourcePath: normalizeResourcePath(endpoint.path),
      httpMethod: normalizeHttpMethod(endpoint.method),
      cachingEnabled: both(globalEnabled, endpoint.enabled),
      cacheDataEncrypted: either(endpoint.encrypted, globalEncrypted),
      location: endpoint.location
    })
  }

  const provider = field(service, 'provider') as ValueMap
  const stageName = reader.text(field(provider, 'stage')) ?? 'dev'
  const serviceName = reader.text(field(service, 'service')) ?? 'service'
  return [
    {
      origin: 'template',
      format: 'serverless',
      file,
      resource: serviceName,
      stageName,
      location: document.locate(SETTINGS_PATH),
      cacheClusterEnabled: isShared ? { state: 'unset' } : globalEnabled,
      methodSettings: entries
    }
  ]
}

/** A variable this reader cannot resolve, and why. */
class Unresolved {
  constructor(readonly reason: string) {}
}

interface Endpoint {
  path: string
  method: string
  enabled: Flag
  encrypted: Flag
  location: SourceLocation | null
}

class ServiceReader {
  constructor(
    private readonly service: ValueMap,
    private readonly document: ParsedDocument
  ) {}

  /** Endpoints with a `caching` block, from functions and additionalEndpoints. */
  *endpoints(settings: ValueMap): Generator<Endpoint> {
    const functions = field(this.service, 'functions')
    if (isMap(functions)) {
      for (const name of Object.keys(functions)) {
        const fn = functions[name]
        const events = isMap(fn) ? field(fn, 'events') : undefined
        if (!Array.isArray(events)) continue
        for (let index = 0; index < events.length; index++) {
          const event = events[index]
          const http = isMap(event) ? field(event, 'http') : undefined
          if (!isMap(http)) continue
          const path = ['functions', name, 'events', index, 'http']
          const endpoint = this.endpoint(http, path)
          if (endpoint) yield endpoint
        }
      }
    }
    const additional = field(settings, 'additionalEndpoints')
    if (Array.isArray(additional)) {
      for (let index = 0; index < additional.length; index++) {
        const item = additional[index]
        if (!isMap(item)) continue
        const endpoint = this.endpoint(item, [
          ...SETTINGS_PATH,
          'additionalEndpoints',
          index
        ])
        if (endpoint) yield endpoint
      }
    }
  }

  private endpoint(http: ValueMap, path: Path): Endpoint | null {
    const caching = field(http, 'caching')
    if (!isMap(caching)) return null
    const cachingPath = [...path, 'caching']
    const enabled = this.flag(caching, cachingPath, 'enabled')
    return {
      path: this.text(field(http, 'path')) ?? '?',
      method: this.text(field(http, 'method')) ?? '?',
      enabled,
      encrypted: this.flag(caching, cachingPath, 'dataEncrypted'),
      location: this.document.locate(cachingPath)
    }
  }

  /** A boolean key; `${...}` variables resolve through `self:` and defaults. */
  flag(container: ValueMap, path: Path, key: string): Flag {
    const raw = field(container, key)
    if (raw === undefined) return { state: 'unset' }
    const location = this.document.locate([...path, key])
    const resolved = this.resolve(raw)
    if (resolved instanceof Unresolved) {
      return { state: 'unknown', reason: resolved.reason, location }
    }
    return toFlag(resolved, location)
  }

  text(raw: Value | undefined): string | null {
    if (raw === undefined) return null
    const resolved = this.resolve(raw)
    if (typeof resolved === 'string') return resolved
    if (typeof resolved === 'boolean' || typeof resolved === 'number')
      return String(resolved)
    return null
  }

  /** Resolves a whole-value `${source:address, fallback}` variable. */
  private resolve(raw: Value, depth = 0): Value | Unresolved {
    if (typeof raw !== 'string') return raw
    const match = /^\$\{([^}]+)\}$/.exec(raw.trim())
    if (!match?.[1]) return raw
    if (depth > 10) return new Unresolved(`variable ${raw} refers to itself`)
    const [reference, ...fallbackParts] = match[1].split(',')
    const fallback = fallbackParts
      .join(',')
      .trim()
      .replace(/^['"]|['"]$/g, '')
    const address = (reference ?? '').trim()

    if (address.startsWith('self:')) {
      let current: Value | undefined = this.service
      for (const step of address.slice(5).split('.')) {
        current = isMap(current ?? null)
          ? field(current as ValueMap, step)
          : undefined
      }
      if (current !== undefined) return this.resolve(current, depth + 1)
    }
    if (fallbackParts.length > 0) return fallback
    return new Unresolved(`${raw} is resolved by Serverless at deploy time`)
  }
}

/** Caching happens only when the global and the endpoint switch are both on. */
function both(global: Flag, endpoint: Flag): Flag {
  if (isFalse(global)) return { state: 'set', value: false, location: null }
  if (isFalse(endpoint)) return { state: 'set', value: false, location: null }
  if (global.state === 'unknown') return global
  if (endpoint.state === 'unknown') return endpoint
  return endpoint
}

/** Either `dataEncrypted` being true encrypts the endpoint. */
function either(endpoint: Flag, global: Flag): Flag {
  if (endpoint.state === 'set' && endpoint.value) return endpoint
  if (global.state === 'set' && global.value) return global
  if (endpoint.state === 'unknown') return endpoint
  if (global.state === 'unknown') return global
  return endpoint.state === 'set' ? endpoint : global
}

function isFalse(flag: Flag): boolean {
  return flag.state === 'unset' || (flag.state === 'set' && !flag.value)
}
