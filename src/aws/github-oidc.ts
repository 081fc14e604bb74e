/**
 * The GitHub Actions side of OIDC: the ID token from the runner, and the
 * facts of the run that explain why there may be none. Only the action
 * uses this module; the command line has no runner to ask.
 */
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import {
  isForkPullRequest,
  type IdTokenSource,
  type RunContext
} from './oidc.js'

/** Asks the runner for an ID token; @actions/core masks it on arrival. */
export function githubIdTokenSource(): IdTokenSource {
  return { getIdToken: audience => core.getIDToken(audience) }
}

/** Reads what the runner says about the run: token endpoint and event. */
export async function readRunContext(
  env: NodeJS.ProcessEnv
): Promise<RunContext> {
  const eventName = env['GITHUB_EVENT_NAME'] || null
  let forkPullRequest = false
  const eventPath = env['GITHUB_EVENT_PATH']
  if (eventPath) {
    try {
      forkPullRequest = isForkPullRequest(
        JSON.parse(await readFile(eventPath, 'utf8'))
      )
    } catch (error) {
      core.debug(
        `The event payload ${eventPath} could not be read: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  }
  return {
    tokenRequestAvailable: Boolean(env['ACTIONS_ID_TOKEN_REQUEST_URL']),
    eventName,
    forkPullRequest
  }
}
