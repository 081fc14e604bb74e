import { describe, expect, it } from '@jest/globals'
import {
  parseBoolean,
  parseChoice,
  parseFailOn,
  parseList,
  parseSize
} from '../src/settings.js'

describe('settings', () => {
  it('reads sizes with binary and decimal units', () => {
    expect(parseSize('5MiB', 'x')).toBe(5 * 1024 * 1024)
    expect(parseSize('500k', 'x')).toBe(500 * 1024)
    expect(parseSize('2MB', 'x')).toBe(2_000_000)
    expect(parseSize('1048576', 'x')).toBe(1048576)
  })

  it('names the setting and the expected form when a value is wrong', () => {
    expect(() => parseSize('lots', 'input max-file-size')).toThrow(
      /input max-file-size must be a size such as 5MiB/
    )
    expect(() => parseFailOn('sometimes', '--fail-on')).toThrow(
      /--fail-on must be one of error, warning, never; got "sometimes"/
    )
  })

  it('splits lists on commas and new lines', () => {
    expect(parseList('a, b\nc\n\n')).toEqual(['a', 'b', 'c'])
    expect(parseFailOn(' Warning ', 'x')).toBe('warning')
  })
})

describe('choices and booleans', () => {
  it('reads a choice case-insensitively and names the setting when it is wrong', () => {
    expect(
      parseChoice(' ALL ', ['changed', 'all'] as const, 'input scope')
    ).toBe('all')
    expect(() =>
      parseChoice('some', ['changed', 'all'] as const, 'input scope')
    ).toThrow('input scope must be one of changed, all; got "some"')
  })

  it('reads true and false only', () => {
    expect(parseBoolean('True', 'input x')).toBe(true)
    expect(parseBoolean('false', 'input x')).toBe(false)
    expect(() => parseBoolean('1', 'input x')).toThrow(
      'input x must be true or false; got "1"'
    )
  })
})
