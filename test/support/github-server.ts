/**
 * A local GitHub API for tests: the REST endpoints and the GraphQL calls the
 * action makes, on a free loopback port. It records every request and can
 * answer chosen requests with an error (403, 422, 5xx, rate limits).
 */
import {
  createServer,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { diffLines, readBody, send, sendPage } from './github-http.js'

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
}

export interface PullFile {
  filename: string
  status: string
  previous_filename?: string
  patch?: string
}

export interface StoredComment {
  id: number
  node_id: string
  body: string
  user: { login: string; type: string }
  minimized: boolean
}

export interface StoredReviewComment {
  id: number
  path: string
  line: number
  side: string
  body: string
  commit_id: string
}

/** An error answer for requests that match, `times` times (default: always). */
export interface Fault {
  method: string
  path: RegExp
  status: number
  headers?: Record<string, string>
  message?: string
  times?: number
}

export const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const MAX_COMMENT = 65536

export class GitHubServer {
  readonly requests: RecordedRequest[] = []
  readonly comments: StoredComment[] = []
  readonly reviewComments: StoredReviewComment[] = []
  readonly reviews: { body: string; commit_id: string; event: string }[] = []
  files: PullFile[] = []
  faults: Fault[] = []
  viewer = BOT
  private nextId = 1000
  private server = createServer((request, response) => {
    void this.handle(request, response)
  })

  /** Starts on 127.0.0.1 with a free port and returns the base URL. */
  async start(): Promise<string> {
    await new Promise<void>(resolve =>
      this.server.listen(0, '127.0.0.1', resolve)
    )
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  /** Adds a comment as if someone had written it earlier. */
  addComment(body: string, user = BOT): StoredComment {
    const comment = {
      id: this.nextId++,
      node_id: `IC_${this.nextId}`,
      body,
      user,
      minimized: false
    }
    this.comments.push(comment)
    return comment
  }

  /** Requests whose method and path match, for assertions. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter(r => r.method === method && path.test(r.path))
  }

  private async handle(
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const text = await readBody(request)
    const body: unknown = text === '' ? null : JSON.parse(text)
    const method = request.method ?? 'GET'
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      body
    })

    const fault = this.faults.find(
      f =>
        f.method === method &&
        f.path.test(url.pathname) &&
        (f.times ?? Infinity) > 0
    )
    if (fault) {
      if (fault.times !== undefined) fault.times--
      return send(
        response,
        fault.status,
        { message: fault.message ?? `fault ${fault.status}` },
        fault.headers
      )
    }

    const route = `${method} ${url.pathname}`
    let match: RegExpExecArray | null
    if (
      (match = /^GET \/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.exec(route))
    ) {
      return sendPage(response, url, this.files)
    }
    if (
      (match = /^GET \/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.exec(route))
    ) {
      return sendPage(response, url, this.comments.map(publicComment))
    }
    if (
      (match = /^POST \/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.exec(
        route
      ))
    ) {
      const text = (body as { body: string }).body
      if (text.length > MAX_COMMENT)
        return send(response, 422, {
          message: 'Body is too long (maximum is 65536 characters)'
        })
      return send(
        response,
        201,
        publicComment(this.addComment(text, this.viewer))
      )
    }
    if (
      (match =
        /^(PATCH|DELETE) \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(
          route
        ))
    ) {
      const index = this.comments.findIndex(c => c.id === Number(match?.[2]))
      const comment = this.comments[index]
      if (!comment) return send(response, 404, { message: 'Not Found' })
      if (method === 'DELETE') {
        this.comments.splice(index, 1)
        return send(response, 204, null)
      }
      const text = (body as { body: string }).body
      if (text.length > MAX_COMMENT)
        return send(response, 422, {
          message: 'Body is too long (maximum is 65536 characters)'
        })
      comment.body = text
      return send(response, 200, publicComment(comment))
    }
    if (
      (match = /^GET \/repos\/[^/]+\/[^/]+\/pulls\/\d+\/comments$/.exec(route))
    ) {
      return sendPage(
        response,
        url,
        this.reviewComments.map(c => ({ ...c, user: BOT }))
      )
    }
    if (
      (match = /^POST \/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/.exec(route))
    ) {
      return this.createReview(response, body as ReviewRequest)
    }
    if (route === 'POST /graphql')
      return this.graphql(
        response,
        body as { query: string; variables?: { id?: string } }
      )
    if (route === 'GET /user') return send(response, 200, this.viewer)
    return send(response, 404, { message: `no route for ${route}` })
  }

  private createReview(response: ServerResponse, review: ReviewRequest): void {
    for (const comment of review.comments ?? []) {
      const file = this.files.find(f => f.filename === comment.path)
      if (!file?.patch || !diffLines(file.patch).has(comment.line)) {
        return send(response, 422, {
          message: 'Unprocessable Entity',
          errors: ['Pull request review thread line must be part of the diff']
        })
      }
    }
    this.reviews.push({
      body: review.body,
      commit_id: review.commit_id,
      event: review.event
    })
    for (const comment of review.comments ?? []) {
      this.reviewComments.push({
        id: this.nextId++,
        commit_id: review.commit_id,
        side: comment.side ?? 'RIGHT',
        ...comment
      })
    }
    send(response, 200, { id: this.nextId++, state: 'COMMENTED' })
  }

  private graphql(
    response: ServerResponse,
    request: { query: string; variables?: { id?: string } }
  ): void {
    if (request.query.includes('viewer')) {
      return send(response, 200, {
        data: { viewer: { login: this.viewer.login } }
      })
    }
    if (request.query.includes('minimizeComment')) {
      const comment = this.comments.find(
        c => c.node_id === request.variables?.id
      )
      if (!comment)
        return send(response, 200, {
          data: null,
          errors: [{ message: 'Could not resolve to a node' }]
        })
      comment.minimized = true
      return send(response, 200, {
        data: { minimizeComment: { minimizedComment: { isMinimized: true } } }
      })
    }
    send(response, 200, {
      data: null,
      errors: [{ message: 'unsupported query' }]
    })
  }
}

interface ReviewRequest {
  commit_id: string
  body: string
  event: string
  comments?: { path: string; line: number; side?: string; body: string }[]
}

function publicComment(
  comment: StoredComment
): Omit<StoredComment, 'minimized'> {
  return {
    id: comment.id,
    node_id: comment.node_id,
    body: comment.body,
    user: comment.user
  }
}
