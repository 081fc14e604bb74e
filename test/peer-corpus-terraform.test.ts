/**
 * Other scanners' Terraform fixtures for this rule, with the verdicts of the
 * "APIGateway.5-style" column of ../shared/peer-corpus/MANIFEST.md. Several
 * peer files share a directory without being one module (they reuse resource
 * names), so each is scanned as a module of its own. Where our verdict
 * differs from the peer's own, `peer` names the peer's case.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluateStage } from '../src/rule.js'
import { scanTerraformModule } from '../src/templates/terraform-scan.js'
import type { FindingStatus } from '../src/model.js'
import { skipNotice } from './support/notice.js'

const PEER_CORPUS = path.resolve('..', 'shared', 'peer-corpus')
const present = existsSync(path.join(PEER_CORPUS, 'MANIFEST.md'))
if (!present) {
  skipNotice(
    `peer corpus not found at ${PEER_CORPUS}; its Terraform tests are skipped`
  )
}

interface PeerCase {
  /** Findings as `address:status`, sorted; empty means not applicable. */
  expected: string[]
  /** The peer's own verdict where it differs from ours. */
  peer?: string
}

const KICS =
  'kics/terraform__aws__api_gateway_method_settings_cache_not_encrypted'
const STAGE = 'aws_api_gateway_stage'
const SETTINGS = 'aws_api_gateway_method_settings'

const cases: Record<string, PeerCase> = {
  'checkov/CKV_AWS_120_tf_main.tf': {
    expected: [`${STAGE}.pass:warning`],
    peer: 'CKV_AWS_120 PASS on pass (the cluster is on; encryption is not looked at), FAIL on fail (no cluster, nothing caches)'
  },
  'checkov/CKV_AWS_225_tf_main.tf': {
    expected: [`${SETTINGS}.pass:pass`],
    peer: 'CKV_AWS_225 FAIL on fail: it asks for caching, and a method that does not cache stores nothing'
  },
  'checkov/CKV_AWS_308_tf_main.tf': {
    expected: [`${SETTINGS}.fail:fail`, `${SETTINGS}.pass:pass`],
    peer: 'CKV_AWS_308 PASS on pass2, which has no caching keys: not applicable here'
  },
  'trivy-checks/AWS-0002_terraform_bad1.tf': {
    expected: [`${SETTINGS}.bad_example:fail`]
  },
  'trivy-checks/AWS-0002_terraform_good1.tf': {
    expected: [`${SETTINGS}.good_example:pass`]
  },
  'trivy-checks/AWS-0002_terraform_good2.tf': { expected: [] },
  'trivy-checks/AWS-0190_terraform_bad1.tf': {
    expected: [],
    peer: 'AVD-AWS-0190 bad[0]: flags caching_enabled false (an "enable cache" check)'
  },
  'trivy-checks/AWS-0190_terraform_good1.tf': {
    expected: [`${SETTINGS}.good_example:fail`],
    peer: 'AVD-AWS-0190 good[0]: no finding, because that check only asks for caching; it caches with no encryption key'
  },
  [`${KICS}/negative1.tf`]: { expected: [`${SETTINGS}.path_specific:pass`] },
  [`${KICS}/positive1.tf`]: {
    expected: [
      `${SETTINGS}.path_specific:fail`,
      `${SETTINGS}.path_specific_2:fail`
    ]
  }
}

/** The Terraform files of the peers this rule has fixtures from. */
function corpusFiles(): string[] {
  const files: string[] = []
  for (const directory of ['checkov', 'trivy-checks']) {
    for (const name of readdirSync(path.join(PEER_CORPUS, directory))) {
      if (name.endsWith('.tf')) files.push(`${directory}/${name}`)
    }
  }
  for (const directory of readdirSync(path.join(PEER_CORPUS, 'kics'))) {
    if (!directory.startsWith('terraform__')) continue
    for (const name of readdirSync(path.join(PEER_CORPUS, 'kics', directory))) {
      if (name.endsWith('.tf')) files.push(`kics/${directory}/${name}`)
    }
  }
  return files.sort()
}

async function verdicts(
  file: string
): Promise<{ found: string[]; errors: number }> {
  const text = readFileSync(path.join(PEER_CORPUS, file), 'utf8')
  const module = await scanTerraformModule([{ display: file, text }])
  const found = module.stages
    .flatMap(stage => evaluateStage(stage))
    .map(
      finding => `${finding.resource}:${finding.status satisfies FindingStatus}`
    )
    .sort()
  return { found, errors: module.errors.length }
}

const describeIfPresent = present ? describe : describe.skip

describeIfPresent(
  'peer corpus, Terraform (APIGateway.5-style column of MANIFEST.md)',
  () => {
    it('has a verdict in this table for every Terraform fixture', () => {
      expect(corpusFiles()).toEqual(Object.keys(cases).sort())
    })

    it.each(Object.entries(cases))('%s', async (file, { expected }) => {
      expect(await verdicts(file)).toEqual({ found: expected, errors: 0 })
    })

    it('points at the lines KICS expects, or at the caching key where no encryption key is written', async () => {
      const file = `${KICS}/positive1.tf`
      const text = readFileSync(path.join(PEER_CORPUS, file), 'utf8')
      const module = await scanTerraformModule([{ display: file, text }])
      const lines = module.stages
        .flatMap(stage => evaluateStage(stage))
        .map(finding => finding.line)
        .sort()
      // KICS expects 40 and 48 (the settings block of path_specific_2).
      expect(lines).toEqual([40, 51])
    })
  }
)
