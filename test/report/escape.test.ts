import { describe, it, expect } from '@jest/globals'
import {
  escapeMarkdown,
  escapeTableCell,
  pathToUri,
  showControl,
  stripControl
} from '../../src/report/escape.js'

const ZWJ = '\u200d'

describe('stripControl', () => {
  it('removes ANSI colour, cursor and title sequences', () => {
    expect(stripControl('a\x1b[31mred\x1b[0m')).toBe('ared')
    expect(stripControl('x\x1b[2J\x1b[10;5Hy')).toBe('xy')
    expect(stripControl('\x1b]0;pwned\x07title')).toBe('title')
    expect(stripControl('c1\x9b31mx')).toBe('c1x')
  })

  it('turns line breaks and tabs into spaces and drops other controls', () => {
    expect(stripControl('a\r\nb\nc\td')).toBe('a b c d')
    expect(stripControl('a\x00b\x07c\x7fd')).toBe('abcd')
  })

  it('drops bidirectional overrides that reorder what is shown', () => {
    expect(stripControl('safe\u202egnp.exe')).toBe('safegnp.exe')
  })
})

describe('showControl', () => {
  it('makes escape and control characters visible instead of sending them', () => {
    expect(showControl('\x1b[2J')).toBe('\\x1b[2J')
    expect(showControl('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd')
    expect(showControl('\u202e')).toBe('\\u202e')
    expect(showControl('plain/path.yaml')).toBe('plain/path.yaml')
  })
})

describe('escapeMarkdown', () => {
  it('escapes emphasis, code, links, images, strikethrough and math', () => {
    const escaped = escapeMarkdown('*a* _b_ `c` [d](e) ![f](g) ~h~ $i$ \\')
    expect(escaped).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\!\\[f\\]\\(g\\) \\~h\\~ \\$i\\$ \\\\'
    )
  })

  it('encodes HTML so no tag or entity gets through', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> &amp;')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; &amp;amp;'
    )
  })

  it('breaks @mentions and issue references with a zero-width joiner', () => {
    expect(escapeMarkdown('@octocat and org/repo#12')).toBe(
      `@${ZWJ}octocat and org/repo#${ZWJ}12`
    )
  })

  it('keeps text on one line', () => {
    expect(escapeMarkdown('a\n# heading\r\n---')).toBe(`a #${ZWJ} heading ---`)
  })

  it('stops a leading list or numbered-item marker', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item')
    expect(escapeMarkdown('12. item')).toBe('12\\. item')
    expect(escapeMarkdown('=')).toBe('\\=')
  })

  it('leaves pipes alone outside tables', () => {
    expect(escapeMarkdown('a|b')).toBe('a|b')
  })
})

describe('escapeTableCell', () => {
  it('escapes pipes so a value stays in its cell', () => {
    expect(escapeTableCell('a|b\n|c')).toBe('a\\|b \\|c')
  })

  it('escapes a backslash before a pipe on its own', () => {
    expect(escapeTableCell('a\\|b')).toBe('a\\\\\\|b')
  })
})

describe('pathToUri', () => {
  it.each([
    ['infra/api.yaml', 'infra/api.yaml'],
    ['./infra/api.yaml', 'infra/api.yaml'],
    ['infra\\win\\api.yaml', 'infra/win/api.yaml'],
    ['my stacks/api #1.yaml', 'my%20stacks/api%20%231.yaml'],
    ['a%b/ü.json', 'a%25b/%C3%BC.json'],
    ['x/(draft)!.yaml', 'x/%28draft%29%21.yaml']
  ])('turns %s into %s', (file, uri) => {
    expect(pathToUri(file)).toBe(uri)
  })
})
