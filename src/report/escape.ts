/**
 * Escaping for strings that come from scanned repositories and accounts:
 * file names, resource and stage names, API names and messages built from
 * them. A hostile value must not change the layout of a comment, ping a user
 * or move a terminal cursor.
 */

/* eslint-disable no-control-regex -- matching control characters is the point */
const ANSI_SEQUENCE =
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?/g
const LINE_BREAK = /\r\n|[\n\r\t\v\f\u2028\u2029]/g
const CONTROL =
  /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
/* eslint-enable no-control-regex */

/** Removes ANSI escape sequences and control characters; line breaks and tabs become spaces. */
export function stripControl(text: string): string {
  return text
    .replace(ANSI_SEQUENCE, '')
    .replace(LINE_BREAK, ' ')
    .replace(CONTROL, '')
}

/** Replaces control characters with visible escapes such as `\x1b`, for terminals. */
export function showControl(text: string): string {
  return text.replace(CONTROL, char => {
    const code = char.charCodeAt(0)
    if (char === '\n') return '\\n'
    if (char === '\r') return '\\r'
    if (char === '\t') return '\\t'
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

// Characters that start inline Markdown constructs anywhere in a line:
// emphasis, code, links and images, strikethrough and GitHub's `$` math.
const INLINE_PUNCTUATION = new Set([
  '\\',
  '`',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '~',
  '$'
])

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;'
}

// GitHub turns `@name` into a notification and `#12` or `owner/repo#12` into
// a cross-reference after rendering, so backslash escapes do not stop them; a
// zero-width joiner between the sign and the name does.
const ZERO_WIDTH_JOINER = '\u200d'

// A list item or heading underline when the text starts a line; `1)` is
// already escaped as inline punctuation.
const BLOCK_MARKER = /^[-+=]/
const NUMBERED_ITEM = /^(\d+)\./

/** Escapes text for inline use in GitHub Markdown: no formatting, HTML, mentions or references survive. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text, false)
}

/** Like escapeMarkdown, and also escapes pipes so the text stays in one table cell. */
export function escapeTableCell(text: string): string {
  return escapeInline(text, true)
}

function escapeInline(text: string, inTable: boolean): string {
  const clean = stripControl(text)
  let out = ''
  for (const char of clean) {
    if (INLINE_PUNCTUATION.has(char) || (inTable && char === '|')) {
      out += `\\${char}`
    } else if (char === '@' || char === '#') {
      out += char + ZERO_WIDTH_JOINER
    } else {
      out += ENTITIES[char] ?? char
    }
  }
  return out.replace(BLOCK_MARKER, '\\$&').replace(NUMBERED_ITEM, '$1\\.')
}

/**
 * Turns a repository-relative path into a relative URI: forward slashes, each
 * segment percent-encoded, including the characters that end a Markdown link.
 */
export function pathToUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .split('/')
    .map(segment =>
      encodeURIComponent(segment).replace(
        /[()!*']/g,
        char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
      )
    )
    .join('/')
}
