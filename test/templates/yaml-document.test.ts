import { describe, expect, it } from '@jest/globals'
import { readYaml } from '../../src/templates/yaml-document.js'
import { DocumentError } from '../../src/templates/document.js'

function only(text: string) {
  const [document] = readYaml(text, 't.yaml')
  if (!document) throw new Error('no document')
  return document
}

describe('YAML reader', () => {
  it('turns every short-form tag into its long form', () => {
    const { value } = only(`a: !Ref P
b: !GetAtt Res.Attr.Deep
c: !If [Cond, x, y]
d: !Sub 'x-\${AWS::Region}'
e: !FindInMap [M, K, V]
f: !Condition C
g: !ImportValue name
h: !Equals [a, b]
i: !Not [!Condition C]
j: !Base64 text
`)
    expect(value).toEqual({
      a: { Ref: 'P' },
      b: { 'Fn::GetAtt': ['Res', 'Attr.Deep'] },
      c: { 'Fn::If': ['Cond', 'x', 'y'] },
      d: { 'Fn::Sub': 'x-${AWS::Region}' },
      e: { 'Fn::FindInMap': ['M', 'K', 'V'] },
      f: { Condition: 'C' },
      g: { 'Fn::ImportValue': 'name' },
      h: { 'Fn::Equals': ['a', 'b'] },
      i: { 'Fn::Not': [{ Condition: 'C' }] },
      j: { 'Fn::Base64': 'text' }
    })
  })

  it('keeps tags on the wrong kind of node as values an evaluator can refuse', () => {
    const { value } = only('a: !Ref [x, y]\nb: !If scalar\nc: !Unknown 1\n')
    expect(value).toEqual({
      a: { Ref: ['x', 'y'] },
      b: { 'Fn::If': 'scalar' },
      c: { 'Fn::Unknown': '1' }
    })
  })

  it('reads plain booleans and nulls, and keeps quoted ones as strings', () => {
    const { value } = only(
      "a: true\nb: False\nc: 'true'\nd: ~\ne:\nf: 12\ng: !!str true\n"
    )
    expect(value).toEqual({
      a: true,
      b: false,
      c: 'true',
      d: null,
      e: null,
      f: '12',
      g: 'true'
    })
  })

  it('locates keys, list items and tagged values', () => {
    const document = only('Top:\n  List:\n    - Key: 1\n      Other: !Ref X\n')
    expect(document.locate(['Top', 'List', 0, 'Other'])).toEqual({
      file: 't.yaml',
      line: 4,
      column: 7
    })
    expect(document.locate(['Top', 'List', 0])).toMatchObject({
      line: 3,
      column: 7
    })
    expect(document.locate(['Top', 'Missing'])).toBeNull()
  })

  it('shares aliased nodes and merges << keys without overriding written keys', () => {
    const { value } = only(
      'base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n'
    )
    expect(value).toEqual({
      base: { x: '1', y: '2' },
      derived: { x: '1', y: '3' }
    })
  })

  it('refuses an alias to an undefined anchor with its line', () => {
    expect(() => readYaml('a: 1\nb: *nope\n', 't.yaml')).toThrow(DocumentError)
    try {
      readYaml('a: 1\nb: *nope\n', 't.yaml')
    } catch (error) {
      expect((error as DocumentError).line).toBe(2)
    }
  })

  it('does not let a __proto__ key reach the prototype', () => {
    const { value } = only('__proto__:\n  polluted: yes\n')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.keys(value as object)).toEqual(['__proto__'])
  })

  it('reads every document of a multi-document stream', () => {
    expect(readYaml('a: 1\n---\nb: 2\n', 't.yaml').map(d => d.value)).toEqual([
      { a: '1' },
      { b: '2' }
    ])
  })
})
