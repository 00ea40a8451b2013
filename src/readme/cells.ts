/*
 * Escaping of table cell text. A cell must survive three parsers at once: the GFM table splitter
 * (pipes), the inline Markdown parser (backslashes, backticks, link brackets) and the HTML of the
 * `<details>` wrappers (`<`, `>`, `&`). Emphasis and strikethrough marks are escaped too, so that
 * `_x_` shows its underscores as the paper wrote them. Each escape below is undone by `unescapeCell`, so parsing
 * a rendered README gives back the text arXiv sent.
 */

import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { decodeReference, normalizeText } from '../common/text.js'

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

const SPECIAL = /[&<>|\\`[\]*_~]/g

/** Escapes text (already normalized) for a table cell. */
export function escapeCell(text: string): string {
  return text.replace(SPECIAL, (ch) => ESCAPES[ch] ?? ch)
}

// In a heading, every character that could start Markdown or HTML is escaped, so that a keyword
// shows as typed and can never close the region (`<!-- arxiv-daily:end -->`) or open a link.
const HEADING_SPECIAL = /[\\`*_[\]<>#&~|$!]/g

/** Escapes a section title (already normalized) for an ATX heading. */
export function escapeHeading(text: string): string {
  return text.replace(HEADING_SPECIAL, (ch) => `\\${ch}`)
}

// Backslash escapes of ASCII punctuation (CommonMark 2.4) and character references (2.5).
const CELL_TOKEN = /\\([!-/:-@[-`{-~])|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g

/**
 * A character reference in a cell: numeric, or any of HTML's named references (`&eacute;`,
 * `&ndash;` in READMEs written by hand or by other tools), as GitHub shows them.
 */
function decodeCellReference(entity: string): string | undefined {
  if (entity.startsWith('#')) return decodeReference(entity, {})
  const decoded = decodeNamedCharacterReference(entity)
  return decoded === false ? undefined : decoded
}

/** Reverses `escapeCell`; also reads the unescaped text of older DailyArXiv READMEs. */
export function unescapeCell(cell: string): string {
  return cell.replace(CELL_TOKEN, (whole, punct: string | undefined, entity: string | undefined) => {
    if (punct !== undefined) return punct
    return (entity === undefined ? undefined : decodeCellReference(entity)) ?? whole
  })
}

/** A cell's text as the paper has it: escapes undone, whitespace normalized. */
export function cellText(cell: string): string {
  return normalizeText(unescapeCell(cell))
}
