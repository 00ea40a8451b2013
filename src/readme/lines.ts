/*
 * A README as lines with their offsets, and which of them lie in fenced code: what finding the
 * managed region (markers, or a DailyArXiv digest to adopt) works on.
 */

export interface Line {
  readonly text: string
  /** Offset of the first character of the line. */
  readonly start: number
  /** Offset just past the line's text, before its line ending. */
  readonly end: number
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const stop = newline === -1 ? text.length : newline
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop
    lines.push({ text: text.slice(start, end), start, end })
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}

export function lineNumberAt(text: string, offset: number): number {
  let count = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) count++
  return count
}

// Up to three spaces of indentation, as for landmarks: a line indented deeper is indented code.
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/

/**
 * Which lines lie in a fenced code block (fence lines included). Markers and DailyArXiv
 * landmarks count only where GitHub's Markdown sees them: outside code. Lines indented four
 * spaces or more (indented code) are neither fences nor landmarks.
 */
export function fencedLines(lines: readonly Line[]): boolean[] {
  const inCode: boolean[] = []
  let open: { char: string; length: number } | undefined
  for (const { text } of lines) {
    const fence = FENCE.exec(text)
    const run = fence?.[1] ?? ''
    const info = fence?.[2] ?? ''
    const char = run.charAt(0)
    if (open) {
      inCode.push(true)
      const closes = fence && char === open.char && run.length >= open.length && info.trim() === ''
      if (closes) open = undefined
      continue
    }
    // A backtick fence's info string cannot hold a backtick (CommonMark 4.5).
    if (fence && !(char === '`' && info.includes('`'))) {
      open = { char, length: run.length }
      inCode.push(true)
      continue
    }
    inCode.push(false)
  }
  return inCode
}

/** A block a fork's script keeps as it is (`<!-- MANUAL:START -->` ... `<!-- MANUAL:END -->`). */
export const KEPT_BLOCK_START = /^\s*<!--\s*([A-Za-z][\w-]*):START\s*-->\s*$/i

/**
 * Which lines lie in a `<!-- NAME:START -->` ... `<!-- NAME:END -->` block (both lines
 * included), outside fenced code. A start line whose end never comes is no block: GitHub shows
 * the one-line comment as nothing and everything after it as usual, so the action reads it so
 * too (reading the rest as text would keep every table below it as text and add a copy each run).
 */
export function keptBlockLines(texts: readonly string[], inCode: readonly boolean[]): boolean[] {
  const kept = texts.map(() => false)
  for (let i = 0; i < texts.length; i++) {
    const start = inCode[i] ? null : KEPT_BLOCK_START.exec(texts[i] ?? '')
    if (!start) continue
    const end = new RegExp(`<!--\\s*${start[1] ?? ''}:END\\s*-->`, 'i')
    let close = i + 1
    while (close < texts.length && !end.test(texts[close] ?? '')) close++
    if (close === texts.length) continue
    for (let j = i; j <= close; j++) kept[j] = true
    i = close
  }
  return kept
}
