/**
 * A loopback HTTP proxy between the tool and moto_server that behaves the
 * way AWS does where moto does not, and injects faults on demand:
 *
 * - pages GetRestApis answers by `limit` (default 25, at most 500) and
 *   `position`, which moto ignores;
 * - answers the Account API's ListRegions, which moto lacks, from a list
 *   the test gives;
 * - answers with throttling (429 TooManyRequestsException), 500s, access
 *   denied (403) or slow replies, for an operation and region, a number of
 *   times; and can enforce a token-bucket rate limit per region;
 * - counts every request per region and operation, the faults it injected,
 *   and the most requests in flight per region.
 */
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { faultReply, type Reply } from './fault-replies.js'
import { forward, json, operationOf, readBody, regionOf } from './proxy-http.js'
import { TokenBucket } from './token-bucket.js'

export type Operation =
  | 'GetRestApis'
  | 'GetStages'
  | 'ListRegions'
  | 'AssumeRoleWithWebIdentity'
  | 'GetCallerIdentity'
  | 'other'

export type Fault = 'throttle' | 'server-error' | 'access-denied' | 'slow'

export interface FaultRule {
  fault: Fault
  operation?: Operation
  region?: string
  /** How many matching requests get the fault; every one when absent. */
  times?: number
  /** For `slow`: how long to wait before answering. */
  delayMs?: number
}

export interface ProxyOptions {
  /** moto_server's URL. */
  target: string
  /** Regions and opt-in statuses that ListRegions answers with. */
  regions?: { name: string; status: string }[]
  /** Requests per second and burst allowed per region to API Gateway. */
  rateLimit?: { perSecond: number; burst: number }
}

const AWS_MAX_LIMIT = 500
const AWS_DEFAULT_LIMIT = 25

export class FaultProxy {
  private server: Server | null = null
  private rules: (FaultRule & { used: number })[] = []
  private readonly received = new Map<string, number>()
  private readonly injected = new Map<string, number>()
  private readonly inFlight = new Map<string, number>()
  private readonly peak = new Map<string, number>()
  private readonly buckets = new Map<string, TokenBucket>()
  /** Every access key id that signed an API Gateway request. */
  readonly signingKeys = new Set<string>()
  /** Key id, secret and session token of every role moto let the tool assume. */
  readonly issuedSecrets: string[] = []
  url = ''

  constructor(private readonly options: ProxyOptions) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end(`fault proxy: ${String(error)}`)
      })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    this.server = server
    this.url = `http://127.0.0.1:${port}`
    return this.url
  }

  async close(): Promise<void> {
    const server = this.server
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }

  addFault(rule: FaultRule): void {
    this.rules.push({ ...rule, used: 0 })
  }

  /** Forgets the faults, the counts and the rate-limit buckets. */
  reset(): void {
    this.rules = []
    for (const map of [this.received, this.injected, this.peak]) map.clear()
    this.buckets.clear()
    this.signingKeys.clear()
    this.issuedSecrets.length = 0
  }

  /** Requests received, faults included. */
  calls(region: string, operation: Operation): number {
    return this.received.get(`${region} ${operation}`) ?? 0
  }

  /** Requests answered with an injected fault or the rate limit. */
  faults(region: string, operation: Operation): number {
    return this.injected.get(`${region} ${operation}`) ?? 0
  }

  maxInFlight(region: string): number {
    return this.peak.get(region) ?? 0
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://proxy')
    const operation = operationOf(req.method ?? 'GET', url.pathname, body)
    const region = regionOf(req.headers.authorization)
    const key = `${region} ${operation}`
    const signer = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')
    if (
      signer?.[1] &&
      (operation === 'GetRestApis' || operation === 'GetStages')
    ) {
      this.signingKeys.add(signer[1])
    }

    this.received.set(key, (this.received.get(key) ?? 0) + 1)
    const running = (this.inFlight.get(region) ?? 0) + 1
    this.inFlight.set(region, running)
    this.peak.set(region, Math.max(this.peak.get(region) ?? 0, running))
    try {
      const reply = await this.decide(operation, region, url, req, body)
      if (reply.fault) this.injected.set(key, (this.injected.get(key) ?? 0) + 1)
      res.writeHead(reply.status, reply.headers)
      res.end(reply.body)
    } finally {
      this.inFlight.set(region, (this.inFlight.get(region) ?? 1) - 1)
    }
  }

  private async decide(
    operation: Operation,
    region: string,
    url: URL,
    req: IncomingMessage,
    body: Buffer
  ): Promise<Reply & { fault?: boolean }> {
    const rule = this.rules.find(
      candidate =>
        (candidate.operation === undefined ||
          candidate.operation === operation) &&
        (candidate.region === undefined || candidate.region === region) &&
        (candidate.times === undefined || candidate.used < candidate.times)
    )
    if (rule) {
      rule.used += 1
      if (rule.fault === 'slow') {
        await sleep(rule.delayMs ?? 1000)
      } else {
        return { ...faultReply(rule.fault, operation, region), fault: true }
      }
    }

    const limit = this.options.rateLimit
    if (limit && (operation === 'GetRestApis' || operation === 'GetStages')) {
      let bucket = this.buckets.get(region)
      if (!bucket) {
        bucket = new TokenBucket(limit.perSecond, limit.burst)
        this.buckets.set(region, bucket)
      }
      if (!bucket.take()) {
        return { ...faultReply('throttle', operation, region), fault: true }
      }
    }

    if (operation === 'ListRegions') return this.listRegions()
    if (operation === 'GetRestApis') return this.pagedRestApis(url, req)
    const reply = await forward(this.options.target, req, body)
    if (operation === 'AssumeRoleWithWebIdentity') {
      const xml = reply.body.toString('utf8')
      for (const tag of ['AccessKeyId', 'SecretAccessKey', 'SessionToken']) {
        const value = new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(xml)?.[1]
        if (value) this.issuedSecrets.push(value)
      }
    }
    return reply
  }

  private listRegions(): Reply {
    const regions = (this.options.regions ?? []).map(region => ({
      RegionName: region.name,
      RegionOptStatus: region.status
    }))
    return json(200, { Regions: regions })
  }

  /** Asks moto for every REST API, then returns one page of them as AWS would. */
  private async pagedRestApis(url: URL, req: IncomingMessage): Promise<Reply> {
    const upstream = await forward(
      this.options.target,
      req,
      Buffer.alloc(0),
      '/restapis'
    )
    if (upstream.status !== 200) return upstream
    const all =
      (JSON.parse(upstream.body.toString('utf8')) as { item?: unknown[] })
        .item ?? []
    const limit = Math.min(
      Number(url.searchParams.get('limit') ?? AWS_DEFAULT_LIMIT) ||
        AWS_DEFAULT_LIMIT,
      AWS_MAX_LIMIT
    )
    const position = url.searchParams.get('position')
    const start =
      position === null
        ? 0
        : Number(Buffer.from(position, 'base64url').toString())
    const end = start + limit
    const page: Record<string, unknown> = { item: all.slice(start, end) }
    if (end < all.length)
      page['position'] = Buffer.from(String(end)).toString('base64url')
    return json(200, page)
  }
}
