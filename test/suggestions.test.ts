import { describe, expect, it } from '@jest/globals'
import { parsePatch } from '../src/diff-hunks.js'
import {
  planReviewComments,
  SUGGESTION_MARKER
} from '../src/review-comments.js'
import { suggestFix, suggestionFence } from '../src/suggestions.js'
import type { Finding } from '../src/model.js'

function failAt(
  file: string,
  line: number,
  column: number,
  overrides: Partial<Finding> = {}
): Finding {
  return {
    status: 'fail',
    rule: 'cache-unencrypted',
    origin: 'template',
    format: 'cloudformation',
    file,
    line,
    column,
    resource: 'ProdStage',
    stage: 'prod',
    resourcePath: '/orders',
    httpMethod: 'GET',
    message: 'caches responses unencrypted',
    fix: 'Set CacheDataEncrypted: true.',
    new: true,
    ...overrides
  }
}

/** The column where the key on a line starts. */
function keyColumn(text: string, line: number, key: string): number {
  return (text.split('\n')[line - 1] ?? '').indexOf(key) + 1
}

describe('suggested fixes', () => {
  it.each([
    ['CacheDataEncrypted: false', 'CacheDataEncrypted: true'],
    ["CacheDataEncrypted: 'False'", 'CacheDataEncrypted: true'],
    [
      'CacheDataEncrypted: false # reviewed',
      'CacheDataEncrypted: true # reviewed'
    ]
  ])('turns YAML %j into %j', (written, fixed) => {
    const text = `        - HttpMethod: GET\n          ${written}\n`
    const suggestion = suggestFix(failAt('api.yaml', 2, 11), text)
    expect(suggestion).toEqual({ line: 2, replacement: [`          ${fixed}`] })
  })

  it('inserts the missing key under a YAML list item at the key indentation', () => {
    const text = `      MethodSettings:\n        - CachingEnabled: true\n          HttpMethod: GET\n`
    expect(suggestFix(failAt('api.yaml', 2, 11), text)).toEqual({
      line: 2,
      replacement: [
        '        - CachingEnabled: true',
        '          CacheDataEncrypted: true'
      ]
    })
  })

  it('inserts the missing key before the caching member in JSON, with a comma', () => {
    const text = `{\n  "Resources": {\n    "S": {\n      "CachingEnabled": true\n    }\n  }\n}\n`
    const column = keyColumn(text, 4, '"CachingEnabled"')
    expect(suggestFix(failAt('api.json', 4, column), text)).toEqual({
      line: 4,
      replacement: [
        '      "CacheDataEncrypted": true,',
        '      "CachingEnabled": true'
      ]
    })
  })

  it('turns a JSON false into true, keeping the comma', () => {
    const text = `{\n      "CacheDataEncrypted": false,\n}`
    expect(suggestFix(failAt('api.template', 2, 7), text)).toEqual({
      line: 2,
      replacement: ['      "CacheDataEncrypted": true,']
    })
  })

  it('writes Terraform settings with = and keeps the alignment', () => {
    const text = `  settings {\n    metrics_enabled = true\n    caching_enabled      = true\n  }\n`
    const f = failAt('main.tf', 3, 5, { format: 'terraform' })
    expect(suggestFix(f, text)).toEqual({
      line: 3,
      replacement: [
        '    caching_enabled      = true',
        '    cache_data_encrypted = true'
      ]
    })
    const unaligned = `  settings {\n    cache_data_encrypted = "false"\n  }\n`
    expect(
      suggestFix(failAt('main.tf', 2, 5, { format: 'terraform' }), unaligned)
    ).toEqual({
      line: 2,
      replacement: ['    cache_data_encrypted = true']
    })
  })

  it('fixes the Serverless Framework plugin keys', () => {
    const text = `        caching:\n          enabled: true\n`
    expect(
      suggestFix(
        failAt('serverless.yml', 2, 11, { format: 'serverless' }),
        text
      )
    ).toEqual({
      line: 2,
      replacement: ['          enabled: true', '          dataEncrypted: true']
    })
  })

  it.each([
    [
      'a flow mapping',
      '        - { HttpMethod: GET, CachingEnabled: true }\n',
      32
    ],
    [
      'a value from a parameter',
      '          CacheDataEncrypted: !Ref Encrypt\n',
      11
    ],
    [
      'a block value that continues below',
      '          CachingEnabled:\n            Fn::If: [C, true, false]\n',
      11
    ],
    ['a column that is not the key', '          HttpMethod: GET\n', 11]
  ])('suggests nothing for %s', (_name, text, column) => {
    expect(suggestFix(failAt('api.yaml', 1, column), text)).toBeNull()
  })

  it('suggests nothing for generated sources, live stages, warnings and passes', () => {
    const text = '          CachingEnabled: true\n'
    expect(
      suggestFix(
        failAt('cdk.out/a.template.json', 1, 11, { format: 'cdk' }),
        text
      )
    ).toBeNull()
    expect(
      suggestFix(failAt('plan.json', 1, 11, { format: 'terraform-plan' }), text)
    ).toBeNull()
    expect(
      suggestFix(
        failAt('api.yaml', 1, 11, {
          status: 'warning',
          rule: 'cache-cluster-unencrypted'
        }),
        text
      )
    ).toBeNull()
    expect(
      suggestFix(failAt('api.yaml', 1, 11, { status: 'pass' }), text)
    ).toBeNull()
  })

  it('chooses a fence longer than any backtick run in the lines', () => {
    expect(suggestionFence(['a: b'])).toBe('```')
    expect(suggestionFence(['a: "````"'])).toBe('`````')
  })
})

describe('diff lines from a patch', () => {
  it('counts added and context lines on the head side, skipping removed ones', () => {
    const patch =
      '@@ -1,3 +1,4 @@\n a\n-b\n+c\n+d\n e\n@@ -10,2 +11,2 @@ Resources:\n x\n+y\n\\ No newline at end of file'
    const lines = parsePatch(patch)
    expect([...lines.visible]).toEqual([1, 2, 3, 4, 11, 12])
    expect([...lines.added]).toEqual([2, 3, 12])
  })

  it('reads a one-line hunk header without counts', () => {
    expect([...parsePatch('@@ -0,0 +1 @@\n+only').visible]).toEqual([1])
  })
})

describe('planning review comments', () => {
  const text = Array.from(
    { length: 40 },
    (_, i) => `          CacheDataEncrypted: false # ${i + 1}`
  ).join('\n')
  const fails = Array.from({ length: 40 }, (_, i) =>
    failAt('api.yaml', i + 1, 11)
  )
  const everyLine = new Map([
    ['api.yaml', new Set(fails.map(f => f.line as number))]
  ])

  it('comments only on lines the diff shows, with a suggestion block', () => {
    const plan = planReviewComments({
      findings: fails.slice(0, 3),
      diffLines: new Map([['api.yaml', new Set([2])]]),
      texts: new Map([['api.yaml', text]]),
      existing: []
    })
    expect(plan.comments).toEqual([
      {
        path: 'api.yaml',
        line: 2,
        body: expect.stringContaining(
          '```suggestion\n          CacheDataEncrypted: true # 2\n```'
        )
      }
    ])
    expect(plan.comments[0]?.body.startsWith(SUGGESTION_MARKER)).toBe(true)
  })

  it('skips existing findings and lines an earlier run already commented', () => {
    const plan = planReviewComments({
      findings: [
        failAt('api.yaml', 1, 11, { new: false }),
        fails[1] as Finding,
        fails[2] as Finding
      ],
      diffLines: everyLine,
      texts: new Map([['api.yaml', text]]),
      existing: [
        { path: 'api.yaml', line: 2, body: `${SUGGESTION_MARKER}\nold` },
        { path: 'api.yaml', line: 3, body: 'a person wrote this' }
      ]
    })
    expect(plan.comments.map(c => c.line)).toEqual([3])
  })

  it('posts at most 30 and counts the rest', () => {
    const plan = planReviewComments({
      findings: fails,
      diffLines: everyLine,
      texts: new Map([['api.yaml', text]]),
      existing: []
    })
    expect(plan.comments).toHaveLength(30)
    expect(plan.overLimit).toBe(10)
  })
})
