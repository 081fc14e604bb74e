import { describe, expect, it } from '@jest/globals'
import { DEFAULT_MAX_FILE_SIZE, scanPaths } from '../src/scan.js'

const WORKSPACE = '__fixtures__/nested-stacks'

async function scan(paths: string[]) {
  return scanPaths({
    workspace: WORKSPACE,
    paths,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    parameters: new Map([['EncryptCache', 'true']])
  })
}

function summary(findings: Awaited<ReturnType<typeof scan>>['findings']) {
  return findings
    .map(f => [f.status, f.file, f.line, f.resource, f.stage])
    .sort((a, b) => String(a[3]).localeCompare(String(b[3])))
}

describe('nested stacks that are local templates', () => {
  it('reads the nested template with the parameters each parent resource passes', async () => {
    const result = await scan(['root.yaml'])
    expect(result.errors).toEqual([])
    expect(summary(result.findings)).toEqual([
      ['pass', 'stacks/api.yaml', 19, 'DevApi/Stage', 'dev'],
      ['unknown', 'stacks/api.yaml', 19, 'ImportedApi/Stage', null],
      ['fail', 'stacks/api.yaml', 19, 'ProductionApi/Stage', 'production']
    ])
    expect(result.files).toBe(2)
  })

  it('names the parent that passed the value, and leaves parameter files to the top stack', async () => {
    const result = await scan(['root.yaml'])
    const failing = result.findings.find(f => f.status === 'fail')
    expect(failing?.message).toContain(
      'parameter EncryptCache from ProductionApi in root.yaml:8'
    )
    const unknown = result.findings.find(f => f.status === 'unknown')
    expect(unknown?.message).toContain('Fn::ImportValue')
  })

  it('drops the nested template read on its own defaults when its parent is scanned', async () => {
    const everything = await scan(['.'])
    expect(summary(everything.findings)).toEqual(
      summary((await scan(['root.yaml'])).findings)
    )
    const alone = await scan(['stacks/api.yaml'])
    expect(summary(alone.findings)).toEqual([
      ['pass', 'stacks/api.yaml', 19, 'Stage', null]
    ])
  })
})
