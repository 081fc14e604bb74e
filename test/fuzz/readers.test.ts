/**
 * Seeded fuzzing of the readers (YAML, JSON and HCL): every mutated input
 * must end, quickly, as findings or as errors, never as an exception. CI runs
 * a short fixed-seed pass; `npm run fuzz` runs a long one (FUZZ_RUNS,
 * FUZZ_SEED).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluateStage } from '../../src/rule.js'
import { scanText } from '../../src/scan.js'
import { scanTerraformModule } from '../../src/templates/terraform-scan.js'
import { mutate, random } from './mutate.js'

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300)
const SEED =
  process.env['FUZZ_SEED'] === 'random'
    ? Date.now() % 2 ** 31
    : Number(process.env['FUZZ_SEED'] ?? 20261203)
const SLOW_MS = 2_000

function seeds(
  directory: string,
  pattern: RegExp
): { name: string; text: string }[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && pattern.test(entry.name))
    .map(entry => {
      const file = path.join(entry.parentPath, entry.name)
      return { name: file, text: readFileSync(file, 'utf8') }
    })
}

describe('reader fuzzing', () => {
  const TEMPLATE = /\.(ya?ml|json)$/
  const TERRAFORM = /\.(tf|tf\.json|tfvars)$/
  const inputs = [
    ...seeds('__fixtures__', TEMPLATE),
    ...seeds('examples', TEMPLATE)
  ]
  const modules = seeds('__fixtures__/terraform', TERRAFORM)

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

  it(`survives ${RUNS} mutated Terraform files (seed ${SEED})`, async () => {
    const next = random(SEED)
    const failures: string[] = []
    for (let run = 0; run < RUNS; run++) {
      const seed = modules[Math.floor(next() * modules.length)]
      if (!seed) continue
      const text = mutate(seed.text, next)
      const display = `module/${path.basename(seed.name)}`
      // A var file alone is no module: pair it with a configuration file.
      const files = display.endsWith('.tfvars')
        ? [{ display: 'module/main.tf', text: 'variable "x" {}\n' }]
        : []
      const started = performance.now()
      try {
        const scan = await scanTerraformModule([...files, { display, text }])
        for (const stage of scan.stages) evaluateStage(stage)
        for (const error of scan.errors) {
          if (error.message === '') failures.push(`run ${run}: empty error`)
        }
      } catch (error) {
        failures.push(`run ${run} (${seed.name}): ${String(error)}`)
      }
      const elapsed = performance.now() - started
      if (elapsed > SLOW_MS)
        failures.push(`run ${run} (${seed.name}): took ${elapsed} ms`)
    }
    expect(modules.length).toBeGreaterThan(10)
    expect(failures).toEqual([])
  })
})
