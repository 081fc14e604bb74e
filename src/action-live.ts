/**
 * The action's live audit: credentials from the runner, a log group, and a
 * result that is never taken for a pass when the audit could not start.
 * Loaded only when `audit-live` is on.
 */
import * as core from '@actions/core'
import { LiveAuditError } from './aws/credentials.js'
import { githubIdTokenSource, readRunContext } from './aws/github-oidc.js'
import {
  runLiveAudit,
  skippedLiveAudit,
  unstartedLiveAudit,
  type LiveResult
} from './aws/live-run.js'
import { missingTokenProblem } from './aws/oidc.js'
import { createSdkConnector } from './aws/sdk.js'
import type { LiveSettings } from './aws/live-settings.js'

/** Reads the live stages in a log group of their own. */
export async function auditLive(settings: LiveSettings): Promise<LiveResult> {
  core.startGroup('Auditing live stages')
  try {
    const runContext = await readRunContext(process.env)
    if (settings.roleToAssume && runContext.forkPullRequest) {
      // Forks get no OIDC token; the templates are still checked.
      core.warning(
        `Live audit skipped: ${missingTokenProblem({ ...runContext, tokenRequestAvailable: false })}`,
        { title: 'Live audit skipped on a fork' }
      )
      return skippedLiveAudit(settings)
    }
    return await runLiveAudit(settings, {
      connector: createSdkConnector(),
      idTokens: githubIdTokenSource(),
      runContext,
      mask: secret => core.setSecret(secret),
      log: {
        info: message => core.info(message),
        warning: message => core.warning(message),
        debug: message => core.debug(message)
      }
    })
  } catch (error) {
    // The templates are still reported; the audit that did not happen is an
    // error in the report, so the check cannot pass under fail-on: error.
    if (!(error instanceof LiveAuditError)) throw error
    core.error(error.message, { title: 'Live audit could not start' })
    return unstartedLiveAudit(settings, error.message)
  } finally {
    core.endGroup()
  }
}
