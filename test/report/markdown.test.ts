import { describe, it, expect } from '@jest/globals'
import {
  makeError,
  makeFinding,
  makeLiveFinding,
  makeReport
} from '../../__fixtures__/findings.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import type { Finding } from '../../src/model.js'

const ZWJ = '\u200d'

/** The rows of the table under a `####` heading, header and delimiter excluded. */
function tableRows(markdown: string, title: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex(
    line => line.startsWith('#### ') && line.includes(title)
  )
  if (start < 0) return []
  const rows: string[] = []
  for (const line of lines.slice(start + 4)) {
    if (!line.startsWith('|')) break
    rows.push(line)
  }
  return rows
}

/** Cells split on pipes that GitHub would treat as column separators. */
function cellsOf(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map(cell => cell.trim())
}

function headerOf(markdown: string, title: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex(
    line => line.startsWith('#### ') && line.includes(title)
  )
  return cellsOf(lines[start + 2] ?? '')
}

describe('renderMarkdown', () => {
  it('opens with an icon and the verdict, then the counts', () => {
    const markdown = renderMarkdown(
      makeReport([makeFinding(), makeFinding({ status: 'pass' })])
    )
    const [heading, , counts] = markdown.split('\n')

    expect(heading).toMatch(/^### ❌ .*failed$/)
    expect(counts).toContain('**1** failing')
    expect(counts).toContain('**0** warnings')
    expect(counts).toContain('**1** passing')
  })

  it.each([
    { icon: '✅', label: 'nothing but passes', status: 'pass' },
    { icon: '⚠️', label: 'a warning under fail-on error', status: 'warning' }
  ] as const)(
    'marks a pass with $icon when there is $label',
    ({ icon, status }) => {
      const findings = [makeFinding({ status })]
      const heading = renderMarkdown(makeReport(findings)).split('\n')[0]
      expect(heading).toBe(
        `### ${icon} API Gateway cache encryption check passed`
      )
    }
  )

  it('lists failing, warning and unknown template findings in one table', () => {
    const markdown = renderMarkdown(
      makeReport([
        makeFinding({ line: 12 }),
        makeFinding({ status: 'warning', line: 4 }),
        makeFinding({ status: 'unknown', line: 7 }),
        makeFinding({ status: 'pass', line: 30 })
      ])
    )
    const rows = tableRows(markdown, 'Findings in templates')

    expect(headerOf(markdown, 'Findings in templates')).toEqual([
      'Status',
      'Location',
      'Resource',
      'Stage',
      'Method',
      'Message',
      'Fix'
    ])
    expect(rows.map(row => cellsOf(row)[0])).toEqual([
      '❌ fail',
      '⚠️ warning',
      '❔ unknown'
    ])
    expect(cellsOf(rows[0] ?? '').slice(1, 5)).toEqual([
      'infra/api.yaml:12:9',
      'ProdStage',
      'Production',
      'GET /pets/{id}'
    ])
  })

  it('folds passes in details', () => {
    const markdown = renderMarkdown(
      makeReport([makeFinding({ status: 'pass', resource: 'EncryptedStage' })])
    )

    expect(markdown).toMatch(
      /<details>\n<summary>✅ 1 passing<\/summary>\n\n\| Location \|[^]*EncryptedStage[^]*<\/details>/
    )
    expect(markdown).not.toContain('#### Findings')
  })

  it('lists suppressed findings with their reason and expiry', () => {
    const markdown = renderMarkdown(
      makeReport([
        makeFinding({
          status: 'suppressed',
          suppression: { reason: 'public catalogue', until: '2030-01-31' }
        })
      ])
    )
    const rows = tableRows(markdown, 'Accepted')

    expect(rows).toHaveLength(1)
    expect(cellsOf(rows[0] ?? '').slice(-2)).toEqual([
      'public catalogue',
      '2030-01-31'
    ])
  })

  it('lists files that could not be read with their line', () => {
    const markdown = renderMarkdown(makeReport([], { errors: [makeError()] }))
    const rows = tableRows(markdown, 'Could not be read')

    expect(rows.map(cellsOf)).toEqual([
      [
        'infra/broken.yaml:3',
        'YAML syntax error: bad indentation of a mapping entry'
      ]
    ])
    expect(markdown.split('\n')[2]).toContain('**1** file could not be read')
  })

  it('puts live findings in their own section with region, API and stage', () => {
    const markdown = renderMarkdown(
      makeReport([makeLiveFinding(), makeFinding()])
    )
    const header = headerOf(markdown, 'Findings in live stages')
    const rows = tableRows(markdown, 'Findings in live stages')

    expect(header.slice(0, 6)).toEqual([
      'Status',
      'Region',
      'Account',
      'API',
      'Stage',
      'Method'
    ])
    expect(rows).toHaveLength(1)
    expect(cellsOf(rows[0] ?? '').slice(1, 6)).toEqual([
      'eu-west-1',
      '123456789012',
      'orders \\(a1b2c3\\)',
      'prod',
      'stage-wide'
    ])
    expect(tableRows(markdown, 'Findings in templates')).toHaveLength(1)
  })

  it('links file and line when a link base is given', () => {
    const markdown = renderMarkdown(
      makeReport([makeFinding({ file: 'infra/my api (v2).yaml', line: 12 })]),
      { linkBase: 'https://github.com/o/r/blob/0123abc' }
    )
    const location = cellsOf(tableRows(markdown, 'Findings')[0] ?? '')[1]

    expect(location).toBe(
      '[infra/my api \\(v2\\).yaml:12:9](https://github.com/o/r/blob/0123abc/infra/my%20api%20%28v2%29.yaml#L12)'
    )
  })

  it('shows notes under the counts', () => {
    const markdown = renderMarkdown(makeReport([makeFinding()]), {
      notes: ['Scope: the changed templates.']
    })
    const lines = markdown.split('\n')
    expect(lines.indexOf('Scope: the changed templates.')).toBe(5)
  })

  it('writes plain locations without a link base', () => {
    const markdown = renderMarkdown(makeReport([makeFinding()]), {
      linkBase: null
    })
    expect(markdown).not.toContain('](')
  })

  describe('with hostile values', () => {
    const hostile: Partial<Finding> = {
      file: 'a|b\n| x | y |`<script>alert(1)</script>`.yaml',
      resource:
        '@octocat [click](https://evil.test) ![i](https://evil.test/i.png)',
      stage: 'prod\r\n\n#### injected heading',
      message:
        'see #1 & **bold** <img src=x onerror=alert(1)> `code` \x1b[31mred',
      fix: 'line one\nline two | with pipe'
    }
    const markdown = renderMarkdown(
      makeReport([
        makeFinding(hostile),
        makeFinding({ status: 'pass', ...hostile })
      ])
    )
    const rows = tableRows(markdown, 'Findings in templates')

    it('keeps every value inside its own cell and row', () => {
      expect(rows).toHaveLength(1)
      expect(cellsOf(rows[0] ?? '')).toHaveLength(7)
      expect(markdown).not.toContain('#### injected')
    })

    it('lets no HTML tag through', () => {
      expect(markdown).not.toMatch(/<(script|img)/)
      expect(markdown).toContain('&lt;script&gt;')
    })

    it('neutralises mentions and references', () => {
      expect(markdown).not.toMatch(/@octocat/)
      expect(markdown).toContain(`@${ZWJ}octocat`)
      expect(markdown).toContain(`#${ZWJ}1`)
    })

    it('escapes links, images, emphasis and code', () => {
      expect(markdown).not.toMatch(/(?<!\\)\[click/)
      expect(markdown).not.toMatch(/(?<!\\)!\[/)
      expect(markdown).not.toMatch(/(?<!\\)\*\*bold/)
      expect(markdown).not.toMatch(/(?<!\\)`/)
    })

    it('drops terminal escapes', () => {
      expect(markdown).not.toContain('\x1b')
    })
  })

  it('clips a single enormous value', () => {
    const markdown = renderMarkdown(
      makeReport([makeFinding({ message: 'x'.repeat(50_000) })])
    )
    expect(markdown.length).toBeLessThan(5000)
    expect(markdown).toContain('x…')
  })

  describe('when the body would exceed the cap', () => {
    const findings = [
      ...Array.from({ length: 3000 }, (_, i) =>
        makeFinding({ status: 'pass', file: `stacks/pass-${i}.yaml` })
      ),
      ...Array.from({ length: 1500 }, (_, i) =>
        makeFinding({ status: 'warning', file: `stacks/warn-${i}.yaml` })
      ),
      ...Array.from({ length: 1000 }, (_, i) =>
        makeFinding({ file: `stacks/fail-${i}.yaml` })
      )
    ]
    const errors = Array.from({ length: 20 }, (_, i) =>
      makeError({ file: `stacks/broken-${i}.yaml` })
    )
    const report = makeReport(findings, { errors })

    it('drops rows visibly and stays within the default cap', () => {
      const markdown = renderMarkdown(report)
      const shown =
        tableRows(markdown, 'Findings in templates').length +
        tableRows(markdown, 'Could not be read').length
      const note =
        /\*\*(\d+) more findings and (\d+) more read errors not shown\*\*; see the job summary/.exec(
          markdown
        )

      expect(markdown.length).toBeLessThanOrEqual(65000)
      expect(markdown.length).toBeGreaterThan(60000)
      expect(note).not.toBeNull()
      expect(Number(note?.[1]) + Number(note?.[2])).toBe(
        findings.length + errors.length - shown
      )
    })

    it('drops the least severe rows first', () => {
      const markdown = renderMarkdown(report, { maxLength: 260_000 })
      const statuses = tableRows(markdown, 'Findings in templates').map(
        row => cellsOf(row)[0]
      )

      expect(statuses.filter(s => s === '❌ fail')).toHaveLength(1000)
      expect(statuses.filter(s => s === '⚠️ warning').length).toBeGreaterThan(0)
      expect(statuses.filter(s => s === '⚠️ warning').length).toBeLessThan(1500)
      expect(tableRows(markdown, 'Could not be read')).toHaveLength(20)
      expect(markdown).not.toContain('<details>')
      expect(markdown).toContain('stacks/warn-0.yaml')
      expect(markdown).toMatch(
        /\*\*\d+ more findings not shown\*\*; see the job summary/
      )
    })

    it('keeps failures and unreadable files before warnings', () => {
      const markdown = renderMarkdown(report)
      expect(tableRows(markdown, 'Findings in templates').length).toBeLessThan(
        1000
      )
      expect(markdown).not.toContain('Could not be read')
      expect(markdown).not.toContain('⚠️ warning')
    })

    it('uses the given pointer to the full report', () => {
      const markdown = renderMarkdown(report, {
        maxLength: 20_000,
        summaryPointer: 'the full list is in the [job summary](https://x.test)'
      })
      expect(markdown.length).toBeLessThanOrEqual(20_000)
      expect(markdown).toMatch(
        /more read errors not shown\*\*; the full list is in the \[job summary\]\(https:\/\/x\.test\)/
      )
    })

    it('names dropped read errors apart from findings', () => {
      const markdown = renderMarkdown(makeReport([], { errors }), {
        maxLength: 1500
      })
      expect(markdown.length).toBeLessThanOrEqual(1500)
      expect(markdown).toMatch(/\d+ more read errors not shown/)
    })

    it('never exceeds a cap smaller than the heading', () => {
      expect(
        renderMarkdown(report, { maxLength: 100 }).length
      ).toBeLessThanOrEqual(100)
    })
  })
})
