/**
 * Other scanners' fixtures for this rule, with the verdicts of the
 * "APIGateway.5-style" column of ../shared/peer-corpus/MANIFEST.md. Where our
 * verdict differs from the peer's own, `peer` names the peer's case.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { evaluateStage } from '../src/rule.js'
import { scanText } from '../src/scan.js'
import type { FindingStatus } from '../src/model.js'
import { skipNotice } from './support/notice.js'

const PEER_CORPUS = path.resolve('..', 'shared', 'peer-corpus')
const present = existsSync(path.join(PEER_CORPUS, 'MANIFEST.md'))
if (!present) {
  skipNotice(`peer corpus not found at ${PEER_CORPUS}; its tests are skipped`)
}

interface PeerCase {
  /** Findings as `resource:status`, sorted; empty means not applicable. */
  expected: string[]
  /** The peer's own verdict where it differs from ours. */
  peer?: string
}

const KICS_ENCRYPTED =
  'kics/cloudFormation__aws__api_gateway_cache_encrypted_disabled'
const KICS_CLUSTER =
  'kics/cloudFormation__aws__api_gateway_cache_cluster_disabled'
const KICS_SAM =
  'kics/cloudFormation__aws_sam__serverless_api_cache_cluster_disabled'
const CLUSTER_RULE =
  'flagged by a cache-cluster rule, which is not an encryption check'

const cases: Record<string, PeerCase> = {
  'checkov/CKV_AWS_120_cfn_FAIL.yaml': {
    expected: [],
    peer: 'CKV_AWS_120 FAIL on CacheDefault and CacheFalse (requires a cache cluster)'
  },
  'checkov/CKV_AWS_120_cfn_PASS.yaml': {
    expected: ['CacheTrue:warning'],
    peer: 'CKV_AWS_120 PASS on CacheTrue (does not look at encryption)'
  },
  'checkov/CKV_AWS_120_cfn_sam.yaml': {
    expected: ['Enabled:warning'],
    peer: 'CKV_AWS_120 PASS on Enabled, FAIL on Default and Disabled'
  },
  'trivy-checks/AWS-0110_cloudformation_good1.yaml': { expected: [] },
  'trivy-checks/AWS-0110_cloudformation_bad1.yaml': {
    expected: [],
    peer: 'AVD-AWS-0110 bad[0]: flags an API with no caching at all'
  },
  'trivy-checks/AWS-0110_cloudformation_bad2.yaml': {
    expected: [],
    peer: 'AVD-AWS-0110 bad[1]: flags CacheDataEncrypted false although nothing caches'
  },
  'trivy-checks/AWS-0002_enable_cache_encryption.examples.yaml': {
    expected: []
  },
  'trivy-checks/AWS-0110_sam_enable_api_cache_encryption.examples.yaml': {
    expected: []
  },
  'trivy-checks/AWS-0190_enable_cache.examples.yaml': { expected: [] },
  'trivy/adapter_apigateway_complete.yaml': { expected: ['Stage:pass'] },
  'trivy/adapter_sam_complete.yaml': {
    expected: [],
    peer: 'AVD-AWS-0110 (derived): finding, because the adapter drops list-form MethodSettings'
  },
  [`${KICS_ENCRYPTED}/positive1.yaml`]: { expected: ['Deployment:fail'] },
  [`${KICS_ENCRYPTED}/positive2.json`]: { expected: ['Deployment:fail'] },
  [`${KICS_ENCRYPTED}/positive3.yaml`]: { expected: ['Deployment:fail'] },
  [`${KICS_ENCRYPTED}/positive4.json`]: { expected: ['Deployment:fail'] },
  [`${KICS_ENCRYPTED}/positive5.yaml`]: { expected: ['Deployment:fail'] },
  [`${KICS_ENCRYPTED}/positive6.json`]: { expected: ['Deployment:fail'] },
  [`${KICS_ENCRYPTED}/negative1.yaml`]: { expected: ['Deployment:pass'] },
  [`${KICS_ENCRYPTED}/negative2.json`]: { expected: ['Deployment:pass'] },
  [`${KICS_ENCRYPTED}/negative3.yaml`]: { expected: ['Deployment:pass'] },
  [`${KICS_ENCRYPTED}/negative4.json`]: { expected: ['Deployment:pass'] },
  [`${KICS_ENCRYPTED}/positive_expected_result.json`]: { expected: [] },
  [`${KICS_CLUSTER}/positive1.yaml`]: { expected: [], peer: CLUSTER_RULE },
  [`${KICS_CLUSTER}/positive2.yaml`]: { expected: [], peer: CLUSTER_RULE },
  [`${KICS_CLUSTER}/positive3.json`]: { expected: [], peer: CLUSTER_RULE },
  [`${KICS_CLUSTER}/positive4.json`]: { expected: [], peer: CLUSTER_RULE },
  [`${KICS_CLUSTER}/positive5.yaml`]: { expected: [], peer: CLUSTER_RULE },
  [`${KICS_CLUSTER}/positive6.json`]: { expected: [], peer: CLUSTER_RULE },
  [`${KICS_CLUSTER}/negative1.yaml`]: {
    expected: ['ProdNeg1:warning'],
    peer: 'not flagged: KICS does not check encryption of a provisioned cluster'
  },
  [`${KICS_CLUSTER}/negative2.json`]: {
    expected: ['ProdNeg1:warning'],
    peer: 'not flagged'
  },
  [`${KICS_CLUSTER}/negative3.yaml`]: {
    expected: ['ProdNeg1:warning'],
    peer: 'not flagged'
  },
  [`${KICS_CLUSTER}/negative4.json`]: {
    expected: ['ProdNeg1:warning'],
    peer: 'not flagged'
  },
  [`${KICS_CLUSTER}/positive_expected_result.json`]: { expected: [] },
  [`${KICS_SAM}/positive1.yaml`]: { expected: [], peer: CLUSTER_RULE },
  [`${KICS_SAM}/positive2.yaml`]: { expected: [], peer: CLUSTER_RULE },
  [`${KICS_SAM}/positive3.yaml`]: { expected: [], peer: CLUSTER_RULE },
  [`${KICS_SAM}/negative1.yaml`]: {
    expected: ['ApiGatewayApi3:warning'],
    peer: 'not flagged'
  },
  [`${KICS_SAM}/negative2.yaml`]: {
    expected: ['ApiGatewayApi3:warning'],
    peer: 'not flagged'
  },
  [`${KICS_SAM}/positive_expected_result.json`]: { expected: [] },
  'cfn-guard-registry/api_gw_cache_enabled_and_encrypted_tests.yml': {
    expected: []
  },
  'cfn-guard-registry/case01_SKIP_empty_skip.json': { expected: [] },
  'cfn-guard-registry/case02_SKIP_no_resources_skip.json': { expected: [] },
  'cfn-guard-registry/case03_SKIP_no_method_set_in_api_gw_stage_skip.json': {
    expected: []
  },
  'cfn-guard-registry/case04_PASS_cachedataencrypted_and_cachingenabled_set_to_true_pass.json':
    { expected: ['myApiGWStage:pass'] },
  'cfn-guard-registry/case05_FAIL_cachedataencrypted_set_to_true_and_cachingenabled_set_to_false_fail.json':
    { expected: [], peer: 'FAIL: the guard rule requires caching to be on' },
  'cfn-guard-registry/case06_FAIL_cachedataencrypted_set_to_false_and_cachingenabled_set_to_true_fail.json':
    { expected: ['myApiGWStage:fail'] },
  'cfn-guard-registry/case07_FAIL_cachedataencrypted_set_to_false_and_cachingenabled_set_to_fail_fail.json':
    { expected: [], peer: 'FAIL: the guard rule requires caching to be on' },
  'cfn-guard-registry/case08_FAIL_cachedataencrypted_and_cachingenabled_missing_fail.json':
    {
      expected: [],
      peer: 'FAIL: an entry without cache keys fails the guard rule'
    },
  'cfn-guard-registry/case09_SKIP_cachedataencrypted_and_cachingenabled_missing_but_rule_suppressed_skip.json':
    { expected: [] },
  'cfn-guard-registry/case10_SKIP_cachedataencrypted_and_cachingenabled_missing_but_rule_suppressed_cfg_nag_skip.json':
    { expected: [] },
  'cfn_nag/apigateway_with_cache_encryption_enabled.json': {
    expected: ['ApiGatewayWithCacheEncryption:pass']
  },
  'cfn_nag/apigateway_with_no_cache_enabled_missing_stagedescription.json': {
    expected: []
  },
  'cfn_nag/apigateway_with_no_cache_encryption.json': {
    expected: [
      'ApiGatewayWithCacheEncryptionDisabled:fail',
      'ApiGatewayWithDefaultCacheEncryption:fail'
    ]
  },
  'control-tower/CT.APIGATEWAY.PR.3_PASS.yaml': { expected: [] },
  'control-tower/CT.APIGATEWAY.PR.3_FAIL.yaml': {
    expected: ['ApiGatewayStage:warning'],
    peer: 'FAIL: stage-wide CacheDataEncrypted false on a provisioned cluster'
  },
  'control-tower/CT.APIGATEWAY.PR.3_remediation_example.yaml': { expected: [] }
}

/** CloudFormation-family files: Terraform and live-stage fixtures belong to other sources. */
function corpusFiles(): string[] {
  const files: string[] = []
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory)) {
      const full = path.join(directory, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(ya?ml|json)$/.test(name))
        files.push(path.relative(PEER_CORPUS, full))
    }
  }
  walk(PEER_CORPUS)
  return files
    .map(file => file.split(path.sep).join('/'))
    .filter(file => !file.startsWith('aws-config-rules/'))
    .filter(file => !file.startsWith('kics/terraform__'))
    .sort()
}

function verdicts(file: string): { found: string[]; errors: number } {
  const text = readFileSync(path.join(PEER_CORPUS, file), 'utf8')
  const scan = scanText(text, file)
  const found = scan.stages
    .flatMap(stage => evaluateStage(stage))
    .map(
      finding => `${finding.resource}:${finding.status satisfies FindingStatus}`
    )
    .sort()
  return { found, errors: scan.errors.length }
}

const describeIfPresent = present ? describe : describe.skip

describeIfPresent(
  'peer corpus (APIGateway.5-style column of MANIFEST.md)',
  () => {
    it('has a verdict in this table for every CloudFormation-family fixture', () => {
      expect(corpusFiles()).toEqual(Object.keys(cases).sort())
    })

    it.each(Object.entries(cases))('%s', (file, { expected }) => {
      expect(verdicts(file)).toEqual({ found: expected, errors: 0 })
    })
  }
)
