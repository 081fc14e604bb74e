/**
 * Seeded fuzzing of the readers: every mutated input must end, quickly, as
 * findings or as errors, never as an exception. CI runs a short fixed-seed
 * pass; `npm run fuzz` runs a long one (FUZZ_RUNS, FUZZ_SEED).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluateStage } from '../../src/rule.js'
import { scanText } from '../../src/scan.js'
import { mutate, random } from './mutate.js'

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300)
const SEED =
  process.env['FUZZ_SEED'] === 'random'
    ? Date.now() % 2 ** 31
    : Number(process.env['FUZZ_SEED'] ?? 20261203)
const SLOW_MS = 2_000

function seeds(directory: string): { name: string; text: string }[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && /\.(ya?ml|json|tf)$/.test(entry.name))
    .map(entry => {
      const file = path.join(entry.parentPath, entry.name)
      return { name: file, text: readFileSync(file, 'utf8') }
    })
}

describe('reader fuzzing', () => {
  const inputs = [...seeds('__fixtures__'), ...seeds('examples')]

  it(`survives ${RUNS} mutated templates (seed ${SEED})`, () => {
    const next = random(SEED)
    const failures: string[] = []
    for (let run = 0; run < RUNS; run++) {
      const seed = inputs[Math.floor(next() * inputs.length)]
      if (!seed) continue
      const text = mutate(seed.text, next)
      const display = seed.name.replace(
        /\.json$/,
        next() < 0.5 ? '.json' : '.yaml'
      )
      const started = performance.now()
      try {
        const scan = scanText(text, display)
        for (const stage of scan.stages) evaluateStage(stage)
      } catch (error) {
        failures.push(`run ${run} (${seed.name}): ${String(error)}`)
      }
      const elapsed = performance.now() - started
      if (elapsed > SLOW_MS)
        failures.push(`run ${run} (${seed.name}): took ${elapsed} ms`)
    }
    expect(failures).toEqual([])
  })
})
