import { describe, it, expect } from '@jest/globals'
import {
  makeFinding,
  makeLiveFinding,
  makeReport
} from '../../__fixtures__/findings.js'
import { planAnnotations } from '../../src/report/annotations.js'

function controlCharacters(text: string): string[] {
  return [...text].filter(char => char.charCodeAt(0) < 0x20)
}

describe('planAnnotations', () => {
  it('makes fails errors and warnings and unknowns warnings, with their line', () => {
    const plan = planAnnotations(
      makeReport([
        makeFinding({ status: 'unknown', line: 3, column: 1 }),
        makeFinding({ status: 'warning', line: 2, column: 5 }),
        makeFinding({ status: 'fail', line: 1, column: 7 })
      ])
    )

    expect(
      plan.annotations.map(a => [a.level, a.file, a.startLine, a.startColumn])
    ).toEqual([
      ['error', 'infra/api.yaml', 1, 7],
      ['warning', 'infra/api.yaml', 2, 5],
      ['warning', 'infra/api.yaml', 3, 1]
    ])
    expect(plan.omitted).toEqual({ error: 0, warning: 0 })
  })

  it('annotates no passes, suppressed or live findings', () => {
    const plan = planAnnotations(
      makeReport([
        makeFinding({ status: 'pass' }),
        makeFinding({
          status: 'suppressed',
          suppression: { reason: 'ok', until: null }
        }),
        makeLiveFinding()
      ])
    )
    expect(plan.annotations).toEqual([])
    expect(plan.omitted).toEqual({ error: 0, warning: 0 })
  })

  it('keeps the most severe within the caps and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => makeFinding({ line: i + 1 })),
      ...Array.from({ length: 4 }, (_, i) =>
        makeFinding({ status: 'unknown', line: i + 1 })
      ),
      ...Array.from({ length: 9 }, (_, i) =>
        makeFinding({ status: 'warning', line: i + 1 })
      )
    ]
    const plan = planAnnotations(makeReport(findings))

    const errors = plan.annotations.filter(a => a.level === 'error')
    const warnings = plan.annotations.filter(a => a.level === 'warning')
    expect(errors.map(a => a.startLine)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ])
    expect(warnings).toHaveLength(10)
    expect(warnings.slice(0, 9).every(a => /cluster/.test(a.title))).toBe(true)
    expect(plan.omitted).toEqual({ error: 5, warning: 3 })
  })

  it('honours caps it is given', () => {
    const plan = planAnnotations(makeReport([makeFinding(), makeFinding()]), {
      error: 1,
      warning: 0
    })
    expect(plan.annotations).toHaveLength(1)
    expect(plan.omitted).toEqual({ error: 1, warning: 0 })
  })

  it('leaves out the line when it is not known', () => {
    const [annotation] = planAnnotations(
      makeReport([makeFinding({ line: null, column: null })])
    ).annotations

    expect(annotation).toBeDefined()
    expect(annotation).not.toHaveProperty('startLine')
    expect(annotation).not.toHaveProperty('startColumn')
  })

  it('puts the message and the fix in the message, without control characters', () => {
    const [annotation] = planAnnotations(
      makeReport([
        makeFinding({
          resource: 'Stage\x1b[31m',
          message: 'bad\x1b[2J\nthing',
          fix: 'do\x07 this'
        })
      ])
    ).annotations

    expect(annotation?.message).toBe('bad thing\nFix: do this')
    expect(controlCharacters(annotation?.title ?? '')).toEqual([])
    expect(annotation?.title).toContain('Stage')
  })

  it("spends the caps on the pull request's changed files first", () => {
    const findings = Array.from({ length: 12 }, (_, i) =>
      makeFinding({ file: `a/${String(i).padStart(2, '0')}.yaml` })
    )
    findings.push(makeFinding({ file: 'z/changed.yaml' }))
    const plan = planAnnotations(
      makeReport(findings),
      { error: 10, warning: 10 },
      new Set(['z/changed.yaml'])
    )
    expect(plan.annotations[0]?.file).toBe('z/changed.yaml')
    expect(plan.annotations.slice(1).map(a => a.file)).toEqual(
      findings.slice(0, 9).map(f => f.file)
    )
    expect(plan.omitted.error).toBe(3)
  })
})
