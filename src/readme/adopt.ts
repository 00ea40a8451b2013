import { cellText } from './cells.js'
import { keptBlockLines, type Line } from './lines.js'
import type { Digest } from './model.js'
import { ARXIV_PAPER_LINK, LAST_UPDATE, parseRegion, quote, ReadmeFormatError, SECTION_HEADING } from './parse.js'
import { isDelimiter, parseHeader, TABLE_LINE } from './table.js'

/** A DailyArXiv digest found in a README: the text around it, kept byte for byte, and its papers. */
export interface AdoptedRegion {
  readonly before: string
  readonly after: string
  readonly digest: Digest
}

// A heading of level 1 or 2 ends a section; deeper ones belong to it.
const BOUNDARY = /^ {0,3}#{1,2}\s/
const ANY_HEADING = /^ {0,3}#{1,6}\s/
// The date line as forks write it besides DailyArXiv's own `Last update: 2025-03-13`: `Last
// Update:`, bold, `Last updated`, slashes or dots, a time or zone after the date. Only directly
// above the digest, and only with a date, is such a line the digest's (it is then written in
// DailyArXiv's form); anywhere else it is a person's text.
const FORK_LAST_UPDATE =
  /^\uFEFF?(?:\*\*|__)?last\s+updated?(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*:?\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:\s*(?:[AP]M|UTC|GMT|Z|[+-]\d{2}:?\d{2}|\(?(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?))*\s*(?:(?:\*\*|__)\s*)?$/i

/** DailyArXiv's own form of a fork's date line, or undefined when `text` is no such line. */
function dateLine(text: string): string | undefined {
  if (LAST_UPDATE.test(text)) return text.replace(/^\uFEFF/, '')
  // A date line is short; a long line is text, and is never matched against the loose pattern.
  const fork = text.length <= 120 ? FORK_LAST_UPDATE.exec(text) : null
  if (!fork) return undefined
  const [, year = '', month = '', day = ''] = fork
  return `Last update: ${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

// DailyArXiv's row: a bold link to an arXiv paper as the first cell.
const DAILY_ARXIV_ROW =
  /^ {0,3}\|\s*(?:\S+\s*\|\s*)?\*\*\[.*\]\(\s*https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i

/** Lines that are text whatever they look like: fenced code and `<!-- NAME:START -->` blocks. */
function opaqueLines(lines: readonly Line[], inCode: readonly boolean[]): boolean[] {
  const kept = keptBlockLines(
    lines.map((line) => line.text),
    inCode,
  )
  return lines.map((_, i) => (inCode[i] ?? false) || (kept[i] ?? false))
}

interface SectionSpan {
  readonly heading: number
  /** One past the section's last line: the next heading of level 1 or 2, or the end. */
  readonly end: number
  readonly title: string
  readonly hasTable: boolean
}

function sectionSpans(lines: readonly Line[], opaque: readonly boolean[]): SectionSpan[] {
  const text = (i: number): string => lines[i]?.text ?? ''
  const spans: SectionSpan[] = []
  for (let i = 0; i < lines.length; i++) {
    const heading = opaque[i] ? null : SECTION_HEADING.exec(text(i))
    if (!heading) continue
    let end = i + 1
    while (end < lines.length && (opaque[end] || !BOUNDARY.test(text(end)))) end++
    let hasTable = false
    for (let j = i + 1; j < end && !hasTable; j++) {
      const header = opaque[j] ? undefined : parseHeader(text(j))
      hasTable = header !== undefined && isDelimiter(text(j + 1), header.length)
    }
    spans.push({ heading: i, end, title: cellText(heading[1] ?? '').toLowerCase(), hasTable })
    i = end - 1
  }
  return spans
}

/**
 * DailyArXiv's layout, and its forks': `## Keyword` sections that each hold a paper table, after
 * an optional `Last update:` line (DailyArXiv wrote none before March 2024). The region runs from
 * that line (or the first such section) to the end of the last one; sections between them are
 * part of it whatever they hold (a "No new papers" line in place of a table), and so are sections
 * just before or after them whose heading is one of `keywords`. Everything else stays outside,
 * byte for byte. Undefined when the README holds no paper table under a `## ` heading.
 */
export function adoptDailyArxiv(
  text: string,
  lines: readonly Line[],
  inCode: readonly boolean[],
  path: string,
  keywords: readonly string[] = [],
): AdoptedRegion | undefined {
  const opaque = opaqueLines(lines, inCode)
  const spans = sectionSpans(lines, opaque)
  const firstTable = spans.findIndex((span) => span.hasTable)
  if (firstTable === -1) return undefined
  let first = firstTable
  let last = spans.length - 1 - [...spans].reverse().findIndex((span) => span.hasTable)
  const wanted = new Set(keywords.map((keyword) => keyword.toLowerCase()))
  // Sections are contiguous only when nothing of level 1 or 2 lies between them.
  const adjacent = (a: SectionSpan | undefined, b: SectionSpan | undefined): boolean =>
    a !== undefined && b !== undefined && a.end === b.heading
  while (first > 0 && adjacent(spans[first - 1], spans[first]) && wanted.has(spans[first - 1]?.title ?? '')) first--
  while (last < spans.length - 1 && adjacent(spans[last], spans[last + 1]) && wanted.has(spans[last + 1]?.title ?? ''))
    last++
  const firstSpan = spans[first]
  const lastSpan = spans[last]
  if (!firstSpan || !lastSpan) return undefined
  let start = firstSpan.heading
  let date: string | undefined
  for (let i = start - 1; i >= 0 && (opaque[i] || !ANY_HEADING.test(lines[i]?.text ?? '')); i--) {
    date = opaque[i] ? undefined : dateLine(lines[i]?.text ?? '')
    if (date !== undefined) {
      start = i
      break
    }
  }
  let end = lastSpan.end - 1
  while (end > start && (lines[end]?.text ?? '').trim() === '') end--
  const startLine = lines[start]
  const endLine = lines[end]
  if (!startLine || !endLine) return undefined
  const bomOffset = startLine.text.startsWith('\uFEFF') ? 1 : 0
  const region = lines
    .slice(start, end + 1)
    .map((line, i) => (i === 0 && date !== undefined ? date : line.text.replace(/^\uFEFF/, '')))
  const digest = parseRegion(region, start + 1, path)
  return { before: text.slice(0, startLine.start + bomOffset), after: text.slice(endLine.end), digest }
}

/**
 * A README with a DailyArXiv-style digest that is not under `## ` headings (tables under `###`
 * or no heading) cannot be adopted; appending a second digest beside it would leave the first
 * frozen, so the run stops, naming its first line.
 */
export function refuseUnadoptedDigest(lines: readonly Line[], inCode: readonly boolean[], path: string): void {
  const opaque = opaqueLines(lines, inCode)
  const text = (i: number): string => lines[i]?.text ?? ''
  let at = lines.findIndex((line, i) => {
    if (opaque[i]) return false
    const header = parseHeader(line.text)
    return (header !== undefined && isDelimiter(text(i + 1))) || DAILY_ARXIV_ROW.test(line.text)
  })
  // A table under a heading whose rows link arXiv papers (a fork's "AI Summary" table) is a
  // digest too, whatever its header.
  if (at === -1) {
    let heading = false
    for (let i = 0; i < lines.length && at === -1; i++) {
      if (opaque[i]) continue
      if (ANY_HEADING.test(text(i))) heading = true
      if (!heading || !TABLE_LINE.test(text(i))) continue
      let end = i
      while (end + 1 < lines.length && !opaque[end + 1] && TABLE_LINE.test(text(end + 1))) end++
      const rows = lines.slice(i, end + 1).filter((line) => ARXIV_PAPER_LINK.test(line.text))
      if (rows.length >= 2) at = lines.indexOf(rows[0] as Line)
      i = end
    }
  }
  if (at === -1) return
  const line = text(at)
  const shown = quote(line)
  const paperRow = ARXIV_PAPER_LINK.test(line) ? 'a row of arXiv papers' : 'the header of a paper table'
  throw new ReadmeFormatError(
    path,
    at + 1,
    `${paperRow} ${shown} that is not under a "## Keyword" heading over DailyArXiv's table, so this README holds a DailyArXiv-style digest the action cannot adopt (it expects "## Keyword" headings, each directly over a table with Title and Date columns); give each table a "## " heading of its keyword and such a header, or remove the old digest, then run again. Nothing was written and nothing was asked of arXiv`,
  )
}
