/**
 * HTTP helpers of the local GitHub server: JSON answers, pages with Link
 * headers as GitHub sends them, request bodies, and the lines of a patch.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** Answers one page of a list, with a Link header to the next and last pages. */
export function sendPage(
  response: ServerResponse,
  url: URL,
  items: unknown[]
): void {
  const perPage = Number(url.searchParams.get('per_page') ?? '30')
  const page = Number(url.searchParams.get('page') ?? '1')
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const headers: Record<string, string> = {}
  if (page < last) {
    const link = (n: number) => {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(n))
      return `<http://${response.req.headers.host}${next.pathname}${next.search}>`
    }
    headers['link'] = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`
  }
  send(
    response,
    200,
    items.slice((page - 1) * perPage, page * perPage),
    headers
  )
}

/** Head lines of a patch, written independently of the code under test. */
export function diffLines(patch: string): Set<number> {
  const lines = new Set<number>()
  let line = 0
  for (const text of patch.split('\n')) {
    const header = /^@@ -\S+ \+(\d+)/.exec(text)
    if (header) line = Number(header[1])
    else if (text.startsWith('+') || text.startsWith(' ')) lines.add(line++)
  }
  return lines
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (text += chunk))
    request.on('end', () => resolve(text))
    request.on('error', reject)
  })
}

export function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...headers
  })
  response.end(status === 204 ? undefined : JSON.stringify(body))
}
