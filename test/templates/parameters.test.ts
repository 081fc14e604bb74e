import { describe, expect, it } from '@jest/globals'
import {
  parseParameterFile,
  ParameterFileError
} from '../../src/templates/parameters.js'

describe('parameter files', () => {
  it.each([
    [
      'the CloudFormation CLI list',
      '[{"ParameterKey": "A", "ParameterValue": "x"}]'
    ],
    ['a template configuration', '{"Parameters": {"A": "x"}}'],
    ['a flat object', '{"A": "x"}'],
    ['Key=Value pairs', 'A=x\nB="two words"'],
    ['Key=Value pairs on one line', "A=x B='two words'"]
  ])('reads %s', (_shape, text) => {
    const values = parseParameterFile(text, 'p')
    expect(values.get('A')).toBe('x')
    if (values.has('B')) expect(values.get('B')).toBe('two words')
  })

  it('names the file and the problem when the shape is wrong', () => {
    expect(() => parseParameterFile('[{"Key": "A"}]', 'params.json')).toThrow(
      /params\.json: item 1 needs ParameterKey and ParameterValue/
    )
    expect(() => parseParameterFile('{oops', 'p.json')).toThrow(
      ParameterFileError
    )
    expect(() => parseParameterFile('just words', 'p.txt')).toThrow(/Key=Value/)
  })
})
