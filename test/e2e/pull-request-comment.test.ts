import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  ENCRYPTED_STAGE,
  FIXED_ORDERS,
  MARKER,
  ORDERS_CACHING_LINE,
  WITH_ORDERS,
  PullRequestScenario
} from '../support/pull-request-scenario.js'

describe('the pull-request comment (dist/index.js on a pull_request event)', () => {
  let pr: PullRequestScenario

  beforeEach(async () => {
    pr = new PullRequestScenario()
    await pr.start()
  })

  afterEach(async () => {
    await pr.stop()
  })

  it('creates the sticky comment on the first run, with links to the head commit', async () => {
    const result = await pr.run()

    expect(result.code).toBe(1)
    expect(pr.server.comments).toHaveLength(1)
    const body = pr.server.comments[0]?.body ?? ''
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body).toContain(
      `https://github.example/octo/infra/blob/${pr.head}/infra/api.yaml#L${ORDERS_CACHING_LINE}`
    )
    expect(body).toContain('GET /orders')
    expect(body).toContain('(new)')
    expect(result.report.findings.find(f => f.status === 'fail')).toMatchObject(
      {
        file: 'infra/api.yaml',
        line: ORDERS_CACHING_LINE,
        new: true
      }
    )
  })

  it('updates the same comment when the report changes, and leaves it alone when it does not', async () => {
    await pr.run()
    const first = pr.server.comments[0]
    pr.pushHead(
      { 'infra/api.yaml': WITH_ORDERS.replace('/~1orders', '/~1invoices') },
      'rename path'
    )

    await pr.run()
    expect(pr.server.comments).toHaveLength(1)
    expect(pr.server.comments[0]?.id).toBe(first?.id)
    expect(pr.server.comments[0]?.body).toContain('GET /invoices')
    expect(pr.server.calls('PATCH', /comments\/\d+$/)).toHaveLength(1)

    await pr.run()
    expect(pr.server.calls('PATCH', /comments\/\d+$/)).toHaveLength(1)
    expect(pr.server.calls('POST', /issues\/7\/comments$/)).toHaveLength(1)
  })

  it('does not overwrite a comment written by a newer run', async () => {
    await pr.run({ runId: 500 })
    pr.pushHead({ 'infra/api.yaml': FIXED_ORDERS }, 'fix')

    const older = await pr.run({ runId: 400 })
    expect(older.stdout).toContain('written by a newer run (500')
    expect(pr.server.calls('PATCH', /comments\/\d+$/)).toHaveLength(0)
  })

  it('turns the comment clean once the pull request is fixed', async () => {
    await pr.run()
    expect(pr.server.comments[0]?.body).toContain('failed')
    pr.pushHead({ 'infra/api.yaml': FIXED_ORDERS }, 'fix')

    const fixed = await pr.run()
    expect(fixed.code).toBe(0)
    expect(pr.server.comments).toHaveLength(1)
    const body = pr.server.comments[0]?.body ?? ''
    expect(body).toMatch(/### ✅ API Gateway cache encryption check passed/)
    expect(body).not.toContain('❌ fail')
  })

  it('writes no comment for a clean pull request that never had one', async () => {
    pr.pushHead({ 'infra/api.yaml': FIXED_ORDERS }, 'fix')
    const result = await pr.run()
    expect(result.code).toBe(0)
    expect(pr.server.comments).toHaveLength(0)
    expect(result.summary).toContain('passed')
  })

  it('degrades on a fork whose token cannot write: warning, summary and annotations, no failure for it', async () => {
    pr.server.faults.push(
      {
        method: 'POST',
        path: /\/issues\/7\/comments$/,
        status: 403,
        message: 'Resource not accessible by integration'
      },
      {
        method: 'POST',
        path: /\/reviews$/,
        status: 403,
        message: 'Resource not accessible by integration'
      }
    )
    const result = await pr.run({ fork: true, inputs: { 'fail-on': 'never' } })

    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /::warning::Could not write the pull-request comment \(HTTP 403\): the token lacks the pull-requests: write permission\. Pull requests from forks get a read-only token\./
    )
    expect(result.stdout).not.toContain('Could not post review suggestions')
    expect(result.stdout).toMatch(
      /::error title=[^:]*,file=infra\/api\.yaml,line=14/
    )
    expect(result.summary).toContain('GET /orders')
    expect(pr.server.comments).toHaveLength(0)
  })

  it('keeps the comment under 65,536 characters with thousands of findings, pointing to the job summary', async () => {
    const overrides = Array.from(
      { length: 3000 },
      (_, i) => `        - ResourcePath: /~1item${i}
          HttpMethod: GET
          CachingEnabled: true
`
    ).join('')
    pr.pushHead({ 'infra/big.yaml': `${ENCRYPTED_STAGE}${overrides}` }, 'big')

    const result = await pr.run()
    // The 3,000 overrides and the orders override of the first head commit.
    expect(result.report.counts.fail).toBe(3001)
    const body = pr.server.comments[0]?.body ?? ''
    expect(body.length).toBeLessThan(65536)
    expect(body).toMatch(
      /more findings not shown\*\*; the \[job summary\]\(https:\/\/github\.example\/octo\/infra\/actions\/runs\/\d+\)/
    )
    expect(pr.server.reviewComments).toHaveLength(30)
  })

  it.each([
    ['delete-and-new', 1, 0],
    ['hide-and-new', 2, 1],
    ['new', 2, 0]
  ])(
    'comment mode %s leaves %i comments and hides %i',
    async (mode, count, hidden) => {
      await pr.run()
      pr.pushHead(
        { 'infra/api.yaml': WITH_ORDERS.replace('/~1orders', '/~1invoices') },
        'change'
      )
      await pr.run({ inputs: { comment: mode } })
      expect(pr.server.comments).toHaveLength(count)
      expect(pr.server.comments.filter(c => c.minimized)).toHaveLength(hidden)
      expect(pr.server.comments[pr.server.comments.length - 1]?.body).toContain(
        'GET /invoices'
      )
    }
  )

  it("writes nothing with comment off, and never touches a person's comment that quotes the marker", async () => {
    const human = pr.server.addComment(`${MARKER}\nI copied this`, {
      login: 'octocat',
      type: 'User'
    })
    await pr.run({ inputs: { comment: 'off', suggestions: 'false' } })
    expect(
      pr.server.calls('POST', /./).filter(r => r.path !== '/graphql')
    ).toHaveLength(0)
    await pr.run()
    expect(pr.server.comments).toHaveLength(2)
    expect(pr.server.comments[0]).toEqual(human)
  })

  it('finds its comment and the changed template on later pages', async () => {
    const docs = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`docs/page${i}.md`, `page ${i}\n`])
    )
    pr.pushHead({ ...docs, 'infra/zz.yaml': WITH_ORDERS }, 'docs')
    for (let i = 0; i < 120; i++)
      pr.server.addComment(`comment ${i}`, {
        login: `person${i}`,
        type: 'User'
      })

    const first = await pr.run()
    expect(first.report.findings.map(f => f.file)).toContain('infra/zz.yaml')
    expect(
      pr.server.calls('GET', /\/pulls\/7\/files$/).map(r => r.query.get('page'))
    ).toEqual([null, '2'])

    pr.pushHead({ 'infra/zz.yaml': FIXED_ORDERS }, 'fix')
    await pr.run()
    expect(pr.server.comments).toHaveLength(121)
    expect(pr.server.calls('PATCH', /comments\/\d+$/)).toHaveLength(1)
  })
})
