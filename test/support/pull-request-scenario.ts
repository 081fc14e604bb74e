/**
 * One pull request for end-to-end tests: a real repository with a base and a
 * head commit, the local GitHub server that knows its files, and a way to
 * run the action bundle on it as successive workflow runs.
 */
import { GitHubServer } from './github-server.js'
import { TestRepository, type Tree } from './git-repo.js'
import {
  runPullRequest,
  type PullRequestRun,
  type PullRequestRunOptions
} from './pull-request-run.js'

export const MARKER = '<!-- apigw-cache-check -->'

export const ENCRYPTED_STAGE = `Resources:
  ProdStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: prod
      RestApiId: abc123
      MethodSettings:
        - ResourcePath: /*
          HttpMethod: '*'
          CachingEnabled: true
          CacheDataEncrypted: true
`

/** The encrypted stage plus an override that caches GET /orders in clear text. */
export const WITH_ORDERS = `${ENCRYPTED_STAGE}        - ResourcePath: /~1orders
          HttpMethod: GET
          CachingEnabled: true
`
export const ORDERS_CACHING_LINE = 14

export const FIXED_ORDERS = `${WITH_ORDERS}          CacheDataEncrypted: true
`

export class PullRequestScenario {
  readonly server = new GitHubServer()
  readonly repo = new TestRepository()
  base = ''
  head = ''
  private apiUrl = ''
  private runId = 100

  /** Starts the server; the base adds an encrypted stage, the head an unencrypted override. */
  async start(): Promise<void> {
    this.apiUrl = await this.server.start()
    this.base = this.repo.commit(
      { 'infra/api.yaml': ENCRYPTED_STAGE, 'README.md': 'docs\n' },
      'base'
    )
    this.pushHead({ 'infra/api.yaml': WITH_ORDERS }, 'add orders')
  }

  async stop(): Promise<void> {
    await this.server.stop()
    this.repo.remove()
  }

  /** Commits a new base; the head moves with it until pushHead. */
  newBase(tree: Tree, message: string): void {
    this.base = this.repo.commit(tree, message)
    this.head = this.base
  }

  /** Commits on the head and updates the pull request's file list. */
  pushHead(tree: Tree, message: string): void {
    this.head = this.repo.commit(tree, message)
    this.server.files = this.repo.pullFiles(this.base, this.head)
  }

  /** Renames on the head and updates the file list. */
  renameOnHead(from: string, to: string): void {
    this.head = this.repo.rename(from, to, 'move')
    this.server.files = this.repo.pullFiles(this.base, this.head)
  }

  /** One workflow run; each gets a larger run id than the one before. */
  run(options: Partial<PullRequestRunOptions> = {}): Promise<PullRequestRun> {
    return runPullRequest({
      apiUrl: this.apiUrl,
      workspace: this.repo.dir,
      baseSha: this.base,
      headSha: this.head,
      runId: this.runId++,
      changedFiles: this.server.files.length,
      ...options
    })
  }
}
