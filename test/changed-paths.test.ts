import { describe, expect, it } from '@jest/globals'
import {
  renamedPaths,
  scanPathsForChanges,
  type ChangedFile
} from '../src/changed-paths.js'

function changed(
  path: string,
  status: ChangedFile['status'] = 'modified',
  previousPath: string | null = null
): ChangedFile {
  return { path, status, previousPath, patch: null }
}

describe('paths a pull request scans', () => {
  const everywhere = { roots: ['.'], alwaysScan: [] }

  it('scans changed template files and skips other files and deletions', () => {
    const paths = scanPathsForChanges(
      [
        changed('infra/api.yaml'),
        changed('src/app.ts'),
        changed('old.yaml', 'removed'),
        changed('cfn/b.json', 'added'),
        changed('docs/logo.png')
      ],
      everywhere
    )
    expect(paths).toEqual(['cfn/b.json', 'infra/api.yaml'])
  })

  it('brings in the whole module directory of a changed or deleted Terraform file', () => {
    const paths = scanPathsForChanges(
      [
        changed('tf/api/main.tf'),
        changed('tf/api/vars.tf', 'removed'),
        changed('tf/net/prod.tfvars'),
        changed('root.tf.json')
      ],
      everywhere
    )
    expect(paths).toEqual(['.', 'tf/api', 'tf/net'])
  })

  it('keeps only changes under the configured paths, and adds the always-scan paths', () => {
    const paths = scanPathsForChanges(
      [changed('infra/api.yaml'), changed('other/x.yaml')],
      {
        roots: ['infra/'],
        alwaysScan: ['cdk.out', './plan.json']
      }
    )
    expect(paths).toEqual(['cdk.out', 'infra/api.yaml', 'plan.json'])
  })

  it('skips dependency and build directories', () => {
    const paths = scanPathsForChanges(
      [
        changed('node_modules/x/t.yaml'),
        changed('.aws-sam/build/template.yaml')
      ],
      everywhere
    )
    expect(paths).toEqual([])
  })

  it('maps base paths of renamed files to their head paths', () => {
    expect(
      renamedPaths([changed('b.yaml', 'renamed', 'a.yaml'), changed('c.yaml')])
    ).toEqual(new Map([['a.yaml', 'b.yaml']]))
  })
})
