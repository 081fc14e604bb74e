/**
 * A stand-in for the runner's OIDC token endpoint
 * (ACTIONS_ID_TOKEN_REQUEST_URL): checks the bearer request token and
 * answers `{"value": "<JWT>"}`, recording the audiences asked for.
 */
import { createServer, type Server } from 'node:http'

export interface OidcServer {
  /** The value for ACTIONS_ID_TOKEN_REQUEST_URL, with its api-version query. */
  requestUrl: string
  audiences: string[]
  close(): Promise<void>
}

/** A JWT-shaped token (unsigned: moto does not verify it) carrying `sub`. */
export function makeIdToken(sub: string, marker: string): string {
  const part = (value: unknown) =>
    Buffer.from(JSON.stringify(value)).toString('base64url')
  const header = part({ alg: 'RS256', typ: 'JWT', kid: 'test' })
  const claims = part({
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'sts.amazonaws.com',
    sub,
    jti: marker
  })
  return `${header}.${claims}.${Buffer.from(marker).toString('base64url')}`
}

export async function startOidcServer(
  requestToken: string,
  idToken: string
): Promise<OidcServer> {
  const audiences: string[] = []
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://oidc')
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end('{"message":"bad request token"}')
      return
    }
    audiences.push(url.searchParams.get('audience') ?? '')
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ value: idToken }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    requestUrl: `http://127.0.0.1:${port}/token?api-version=2.0`,
    audiences,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
