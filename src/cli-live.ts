/**
 * The live audit from the command line: the default AWS credential chain
 * (environment, profile, SSO, instance role), progress and warnings on
 * standard error, the report on standard output.
 */
import { runLiveAudit, type LiveResult } from './aws/live-run.js'
import { readLiveSettings } from './aws/live-settings.js'
import { createSdkConnector } from './aws/sdk.js'
import type { CliIo } from './cli.js'

/** Audits the regions named by `--regions` (or AWS_REGION). */
export function auditLiveFromCli(
  regions: string | undefined,
  io: CliIo
): Promise<LiveResult> {
  const settings = readLiveSettings(
    { regions: { value: regions ?? '', name: '--regions' } },
    io.env
  )
  const note = (message: string) => io.stderr(`apigw-cache-check: ${message}\n`)
  return runLiveAudit(settings, {
    connector: createSdkConnector(io.env),
    idTokens: null,
    runContext: {
      tokenRequestAvailable: false,
      eventName: null,
      forkPullRequest: false
    },
    // A terminal has no log masking; secrets are never printed.
    mask: () => undefined,
    log: {
      info: note,
      warning: message => note(`warning: ${message}`),
      debug: () => undefined
    }
  })
}
