/**
 * Escaping of table cell text. A cell must survive three parsers at once: the GFM table splitter
 * (pipes), the inline Markdown parser (backslashes, backticks, link brackets) and the HTML of the
 * `<details>` wrappers (`<`, `>`, `&`). Emphasis and strikethrough marks are escaped too, so that
 * `_x_` shows its underscores as the paper wrote them. Each escape below is undone by `unescapeCell`, so parsing
 * a rendered README gives back the text arXiv sent.
 */

// C0/C1 controls (other than whitespace) cannot appear in a Markdown table cell usefully and
// some are not even legal in XML; they become spaces like any other whitespace.
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]+/g

/** Collapses every run of whitespace or control characters to one space and trims. */
export function normalizeText(text: string): string {
  return text.replace(WHITESPACE_OR_CONTROL, ' ').trim()
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '\\|',
  '\\': '\\\\',
  '`': '\\`',
  '[': '\\[',
  ']': '\\]',
  '*': '\\*',
  _: '\\_',
  '~': '\\~',
}

/** Escapes text (already normalized) for a table cell. */
export function escapeCell(text: string): string {
  return text.replace(/[&<>|\\`[\]*_~]/g, (ch) => ESCAPES[ch] ?? ch)
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

// Backslash escapes of ASCII punctuation (CommonMark 2.4) and character references (2.5).
const CELL_TOKEN = /\\([!-/:-@[-`{-~])|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g

/** Reverses `escapeCell`; also reads the unescaped text of older DailyArXiv READMEs. */
export function unescapeCell(cell: string): string {
  return cell.replace(CELL_TOKEN, (whole, punct: string | undefined, entity: string | undefined) => {
    if (punct !== undefined) return punct
    if (entity === undefined) return whole
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[entity] ?? whole
  })
}

/** The first `n` code points (never half a surrogate pair), as Python's slicing does. */
export function firstCodePoints(text: string, n: number): string {
  return Array.from(text).slice(0, n).join('')
}

export function codePointLength(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}
