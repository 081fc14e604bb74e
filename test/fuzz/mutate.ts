/**
 * A small seeded mutator for fuzzing the readers: the same seed always gives
 * the same inputs, so any failure can be replayed.
 */

/** mulberry32: tiny, fast and good enough to drive mutations. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fragments that exercise YAML, JSON, HCL and CloudFormation corners. */
const TOKENS = [
  '!Ref ',
  '!If ',
  '!Sub ',
  '!GetAtt ',
  '!FindInMap ',
  '!Condition ',
  '!!str ',
  '!Foo ',
  '&a ',
  '*a',
  '<<: *a',
  '? ',
  '- ',
  ': ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '|\n',
  '>-\n',
  '\t',
  '\r\n',
  '\u0000',
  '\ufeff',
  '\u202e',
  '\x1b[2J',
  '${',
  '${var.x}',
  '%{',
  '<<EOT\n',
  'EOT\n',
  '\\',
  '\n',
  '~1',
  '*/*',
  'true',
  'False',
  'null',
  '1e999',
  'Fn::If',
  'Ref',
  'AWS::NoValue',
  'CachingEnabled: true\n',
  'CacheDataEncrypted: ',
  '{"Fn::If": ["C", true, false]}',
  'Resources:\n',
  'AWS::ApiGateway::Stage'
]

export function mutate(text: string, next: () => number): string {
  let result = text
  const rounds = 1 + Math.floor(next() * 4)
  for (let round = 0; round < rounds; round++) {
    const at = Math.floor(next() * (result.length + 1))
    const choice = next()
    if (choice < 0.35) {
      const token = TOKENS[Math.floor(next() * TOKENS.length)] ?? ''
      result = result.slice(0, at) + token + result.slice(at)
    } else if (choice < 0.55) {
      const length = Math.floor(next() * 40)
      result = result.slice(0, at) + result.slice(at + length)
    } else if (choice < 0.75) {
      const length = Math.floor(next() * 80)
      result =
        result.slice(0, at) +
        result.slice(at, at + length).repeat(2) +
        result.slice(at)
    } else if (choice < 0.9) {
      const code = Math.floor(next() * 0x2fff)
      result =
        result.slice(0, at) + String.fromCharCode(code) + result.slice(at + 1)
    } else {
      const depth = Math.floor(next() * 300)
      const open = next() < 0.5 ? '[' : '{"a":'
      result = result.slice(0, at) + open.repeat(depth) + result.slice(at)
    }
  }
  return result
}
