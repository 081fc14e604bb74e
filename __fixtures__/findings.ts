/**
 * Typed builders for findings and reports, so renderer tests state only what
 * they are about.
 */
import type { FailOn, Finding, Report, ScanError } from '../src/model.js'
import { createReport } from '../src/report/report.js'

/** A failing CloudFormation finding unless overridden. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    status: 'fail',
    rule: 'cache-unencrypted',
    origin: 'template',
    format: 'cloudformation',
    file: 'infra/api.yaml',
    line: 12,
    column: 9,
    resource: 'ProdStage',
    stage: 'Production',
    resourcePath: '/pets/{id}',
    httpMethod: 'GET',
    message:
      'ProdStage stage "Production": the method setting for GET /pets/{id} caches responses unencrypted.',
    fix: 'Set CacheDataEncrypted: true on this method setting.',
    new: null,
    ...overrides
  }
}

/** A failing finding on a live stage unless overridden. */
export function makeLiveFinding(overrides: Partial<Finding> = {}): Finding {
  return makeFinding({
    origin: 'live',
    format: 'live',
    file: null,
    line: null,
    column: null,
    resource: 'a1b2c3/prod',
    stage: 'prod',
    region: 'eu-west-1',
    accountId: '123456789012',
    restApiId: 'a1b2c3',
    restApiName: 'orders',
    message:
      'stage "prod" of REST API "orders" (a1b2c3) in eu-west-1: the stage-wide method setting caches responses unencrypted.',
    fix: "aws apigateway update-stage --region eu-west-1 --rest-api-id a1b2c3 --stage-name prod --patch-operations 'op=replace,path=/*/*/caching/dataEncrypted,value=true'",
    resourcePath: '*',
    httpMethod: '*',
    ...overrides
  })
}

/** An unreadable template unless overridden. */
export function makeError(overrides: Partial<ScanError> = {}): ScanError {
  return {
    file: 'infra/broken.yaml',
    line: 3,
    message: 'YAML syntax error: bad indentation of a mapping entry',
    ...overrides
  }
}

export interface ReportExtras {
  errors?: ScanError[]
  files?: number
  stages?: number
  regions?: string[]
  regionsNotAudited?: string[]
  failOn?: FailOn
  version?: string
}

/** A report over the given findings, built the way a scan builds it. */
export function makeReport(
  findings: Finding[] = [],
  extras: ReportExtras = {}
): Report {
  return createReport({
    findings,
    errors: extras.errors ?? [],
    files: extras.files ?? 1,
    stages: extras.stages ?? findings.length,
    regions: extras.regions ?? [],
    regionsNotAudited: extras.regionsNotAudited ?? [],
    failOn: extras.failOn ?? 'error',
    version: extras.version ?? '1.2.3'
  })
}
