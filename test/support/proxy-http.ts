/**
 * The HTTP plumbing of the fault proxy: which AWS operation and region a
 * request is for, and forwarding a request to moto_server.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http'
import type { Operation } from './fault-proxy.js'
import type { Reply } from './fault-replies.js'

export function operationOf(
  method: string,
  pathname: string,
  body: Buffer
): Operation {
  if (method === 'GET' && pathname === '/restapis') return 'GetRestApis'
  if (method === 'GET' && /^\/restapis\/[^/]+\/stages$/.test(pathname))
    return 'GetStages'
  if (method === 'POST' && pathname === '/listRegions') return 'ListRegions'
  const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body.toString('utf8'))?.[1]
  if (
    action === 'AssumeRoleWithWebIdentity' ||
    action === 'GetCallerIdentity'
  ) {
    return action
  }
  return 'other'
}

/** The region in a SigV4 credential scope; `unsigned` for requests without one. */
export function regionOf(authorization: string | undefined): string {
  return (
    /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(authorization ?? '')?.[1] ??
    'unsigned'
  )
}

export function json(status: number, value: unknown): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify(value))
  }
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function forward(
  target: string,
  req: IncomingMessage,
  body: Buffer,
  pathOverride?: string
): Promise<Reply> {
  const destination = new URL(pathOverride ?? req.url ?? '/', target)
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(
      destination,
      {
        method: req.method ?? 'GET',
        agent: false,
        headers: {
          ...req.headers,
          host: destination.host,
          'content-length': String(body.length)
        }
      },
      response => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const headers: Record<string, string> = {}
          for (const [name, value] of Object.entries(response.headers)) {
            if (
              typeof value === 'string' &&
              !['connection', 'transfer-encoding', 'content-length'].includes(
                name
              )
            ) {
              headers[name] = value
            }
          }
          resolve({
            status: response.statusCode ?? 502,
            headers,
            body: Buffer.concat(chunks)
          })
        })
        response.on('error', reject)
      }
    )
    upstream.on('error', reject)
    upstream.end(body)
  })
}
