/**
 * The one place that creates the GitHub client: octokit with retry (server
 * errors, network) and throttling (primary and secondary rate limits),
 * making only the calls the GitHubApi interface names.
 */
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { ChangedFile } from '../changed-paths.js'
import type { GitHubApi } from './api.js'

const PAGE = 100
/** Rate-limit waits longer than this are not worth holding the job for. */
const LONGEST_WAIT_SECONDS = 60

const STATUSES = new Set<ChangedFile['status']>([
  'added',
  'modified',
  'removed',
  'renamed',
  'copied',
  'changed'
])

/** Creates the client for the token; GITHUB_API_URL selects the server. */
export function createGitHubApi(token: string): GitHubApi {
  const octokit = getOctokit(
    token,
    {
      retry: { retries: 3 },
      throttle: {
        onRateLimit: (
          after: number,
          options: { method: string; url: string },
          _client: unknown,
          retryCount: number
        ) => shouldWait('rate limit', after, options, retryCount),
        onSecondaryRateLimit: (
          after: number,
          options: { method: string; url: string },
          _client: unknown,
          retryCount: number
        ) => shouldWait('secondary rate limit', after, options, retryCount)
      }
    },
    retry,
    throttling
  )

  return {
    async listPullRequestFiles(pr, limit) {
      const files: ChangedFile[] = []
      const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: PAGE
      })
      for await (const page of pages) {
        for (const file of page.data) {
          files.push({
            path: file.filename,
            status: STATUSES.has(file.status as ChangedFile['status'])
              ? (file.status as ChangedFile['status'])
              : 'modified',
            previousPath: file.previous_filename ?? null,
            patch: file.patch ?? null
          })
        }
        if (files.length >= limit) break
      }
      return files.slice(0, limit)
    },

    async listIssueComments(pr) {
      const comments = await octokit.paginate(
        octokit.rest.issues.listComments,
        {
          owner: pr.owner,
          repo: pr.repo,
          issue_number: pr.number,
          per_page: PAGE
        }
      )
      return comments.map(comment => ({
        id: comment.id,
        nodeId: comment.node_id,
        body: comment.body ?? '',
        author: comment.user
          ? { login: comment.user.login, type: comment.user.type }
          : null
      }))
    },

    async createIssueComment(pr, body) {
      await octokit.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body
      })
    },

    async updateIssueComment(pr, id, body) {
      await octokit.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: id,
        body
      })
    },

    async deleteIssueComment(pr, id) {
      await octokit.rest.issues.deleteComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: id
      })
    },

    async minimizeComment(nodeId) {
      await octokit.graphql(
        'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
        { id: nodeId }
      )
    },

    async viewerLogin() {
      try {
        const answer = await octokit.graphql<{ viewer?: { login?: string } }>(
          'query { viewer { login } }'
        )
        return answer.viewer?.login ?? null
      } catch (error) {
        core.debug(
          `GraphQL viewer query failed, falling back to bot authors: ${String(error)}`
        )
        return null
      }
    },

    async listReviewComments(pr) {
      const comments = await octokit.paginate(
        octokit.rest.pulls.listReviewComments,
        {
          owner: pr.owner,
          repo: pr.repo,
          pull_number: pr.number,
          per_page: PAGE
        }
      )
      return comments.map(comment => ({
        path: comment.path,
        line: comment.line ?? null,
        body: comment.body
      }))
    },

    async createReview(pr, commitId, body, comments) {
      await octokit.rest.pulls.createReview({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        commit_id: commitId,
        event: 'COMMENT',
        body,
        comments: comments.map(comment => ({
          ...comment,
          side: 'RIGHT' as const
        }))
      })
    }
  }
}

function shouldWait(
  kind: string,
  afterSeconds: number,
  options: { method: string; url: string },
  retryCount: number
): boolean {
  const retrying = retryCount < 2 && afterSeconds <= LONGEST_WAIT_SECONDS
  core.warning(
    `GitHub ${kind} reached for ${options.method} ${options.url}; ${retrying ? `retrying in ${afterSeconds} s` : 'giving up on this call'}.`
  )
  return retrying
}
