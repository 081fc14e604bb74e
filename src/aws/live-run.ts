/**
 * One live audit: credentials, regions, stages, findings. Shared by the
 * action and the command line, which hand in the outside world as deps.
 */
import { evaluateStage } from '../rule.js'
import { resolveIdentity, type CredentialDeps } from './credentials.js'
import { apiGatewayArn, auditRegions } from './live-audit.js'
import { resolveRegions } from './regions.js'
import type { Finding, ScanError } from '../model.js'
import type { LiveSettings } from './live-settings.js'

/** What the live audit adds to a report. */
export interface LiveResult {
  findings: Finding[]
  errors: ScanError[]
  stages: number
  /** Regions whose stages were read (some REST APIs may be in errors). */
  regions: string[]
  /** Regions whose REST APIs could not be listed or read at all. */
  regionsNotAudited: string[]
  /** Listed regions that the account has not enabled. */
  regionsSkipped: string[]
}

export type LiveDeps = CredentialDeps

/** Runs the audit; throws LiveAuditError when it cannot start. */
export async function runLiveAudit(
  settings: LiveSettings,
  deps: LiveDeps
): Promise<LiveResult> {
  const { connector, log } = deps
  const identity = await resolveIdentity(settings, settings.homeRegion, deps)
  const regions = await resolveRegions(
    settings.regions,
    settings.homeRegion,
    connector,
    identity.credentials,
    log
  )

  const audits = await auditRegions(
    regions.audit,
    region => connector.apiGateway(region, identity.credentials),
    identity.accountId,
    log
  )

  const stages = audits.flatMap(audit => audit.stages)
  const notAudited = audits.filter(audit => !audit.audited)
  for (const audit of notAudited) {
    log.warning(`Region ${audit.region} was not audited.`)
  }
  return {
    findings: stages.flatMap(evaluateStage),
    errors: audits.flatMap(audit => audit.errors),
    stages: stages.length,
    regions: audits.filter(audit => audit.audited).map(audit => audit.region),
    regionsNotAudited: notAudited.map(audit => audit.region),
    regionsSkipped: regions.skipped
  }
}

/**
 * The result of an audit that could not start, for callers that still report
 * their other findings: every listed region is not audited, and the reason is
 * an error, so the run is never taken for a pass.
 */
export function unstartedLiveAudit(
  settings: LiveSettings,
  reason: string
): LiveResult {
  const file =
    settings.roleToAssume ?? apiGatewayArn(settings.homeRegion, '/restapis')
  return {
    findings: [],
    errors: [
      { file, line: null, message: `The live audit could not start: ${reason}` }
    ],
    stages: 0,
    regions: [],
    regionsNotAudited: settings.regions === 'all' ? [] : [...settings.regions],
    regionsSkipped: []
  }
}

/**
 * The result of an audit skipped on purpose (a fork's pull request gets no
 * OIDC token): nothing is claimed as passed, the listed regions are named as
 * not audited, and no error fails the check for what the fork cannot do.
 */
export function skippedLiveAudit(settings: LiveSettings): LiveResult {
  return { ...unstartedLiveAudit(settings, ''), errors: [] }
}
