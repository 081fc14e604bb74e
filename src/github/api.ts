/**
 * The GitHub calls a pull-request run makes, behind one small interface that
 * tests can replace; octokit-api.ts implements it.
 */
import type { ChangedFile } from '../changed-paths.js'

/** The pull request's repository and number. */
export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/** An issue comment with what the sticky-comment logic reads. */
export interface IssueComment {
  id: number
  /** GraphQL node id, for minimizing. */
  nodeId: string
  body: string
  author: { login: string; type: string } | null
}

/** A review comment on a line of the diff. */
export interface ReviewComment {
  path: string
  line: number | null
  body: string
}

/** One review comment to create, on a head line. */
export interface NewReviewComment {
  path: string
  line: number
  body: string
}

export interface GitHubApi {
  /** The pull request's files, at most `limit` (GitHub lists up to 3,000). */
  listPullRequestFiles(
    pr: PullRequestRef,
    limit: number
  ): Promise<ChangedFile[]>
  listIssueComments(pr: PullRequestRef): Promise<IssueComment[]>
  createIssueComment(pr: PullRequestRef, body: string): Promise<void>
  updateIssueComment(
    pr: PullRequestRef,
    id: number,
    body: string
  ): Promise<void>
  deleteIssueComment(pr: PullRequestRef, id: number): Promise<void>
  minimizeComment(nodeId: string): Promise<void>
  /** The login the token acts as, or null when GitHub does not say. */
  viewerLogin(): Promise<string | null>
  listReviewComments(pr: PullRequestRef): Promise<ReviewComment[]>
  createReview(
    pr: PullRequestRef,
    commitId: string,
    body: string,
    comments: NewReviewComment[]
  ): Promise<void>
}

/** The HTTP status of a failed GitHub call, or null for other errors. */
export function httpStatus(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status
    return typeof status === 'number' ? status : null
  }
  return null
}
