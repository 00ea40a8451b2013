import { markerLine } from '../common/markers.js'
import { dateProblem } from '../common/dates.js'
import { cellText } from './cells.js'
import { fencedLines, keptBlockLines } from './lines.js'
import type { Digest, Paper, Section, SectionText, Shown } from './model.js'
import {
  DEFAULT_COLUMNS,
  delimiterLine,
  headerLine,
  isDelimiter,
  parseHeader,
  parseRow as readRow,
  sameColumns,
  TABLE_LINE,
  type Columns,
} from './table.js'

/** One line the action cannot read, and why. */
export interface LineProblem {
  readonly line: number
  readonly reason: string
}

/** How many unreadable lines one message lists; the rest are counted. */
const LISTED_PROBLEMS = 20

/**
 * Lines of the README that the action cannot read; nothing is written when it is thrown. Every
 * such line is named in one message (up to 20, then a count), so that one run finds them all.
 */
export class ReadmeFormatError extends Error {
  readonly line: number
  readonly problems: readonly LineProblem[]
  constructor(
    readonly path: string,
    line: number | readonly LineProblem[],
    reason = '',
  ) {
    const problems = typeof line === 'number' ? [{ line, reason }] : line
    super(describe(path, problems))
    this.name = 'ReadmeFormatError'
    this.problems = problems
    this.line = problems[0]?.line ?? 0
  }
}

function describe(path: string, problems: readonly LineProblem[]): string {
  const [only] = problems
  if (problems.length === 1 && only) return `${path} line ${only.line}: ${only.reason}`
  const listed = problems.slice(0, LISTED_PROBLEMS).map(({ line, reason }) => `- line ${line}: ${reason}`)
  const more = problems.length - LISTED_PROBLEMS
  return [
    `${path}: ${problems.length} lines the action cannot read:`,
    ...listed,
    ...(more > 0 ? [`- and ${more} more`] : []),
  ].join('\n')
}

export const LAST_UPDATE = /^\uFEFF?Last update:\s*(\d{4}-\d{2}-\d{2})?\s*$/
// A heading's optional closing sequence (`## Reward Model ##`) is not part of its text, as on
// GitHub; an escaped `\#` ends no heading.
export const SECTION_HEADING = /^##\s+(.*?)(?:\s+#+)?\s*$/
const SUBHEADING = /^ {0,3}#{3,6}\s/
/** A link to a paper on arXiv, as any DailyArXiv fork writes one. */
export const ARXIV_PAPER_LINK = /https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/[^\s)]/i
// Only links the action writes (`papers/<slug>.md`): a hand-written `../` could otherwise make
// a run read or write outside the repository.
export const OVERFLOW_LINE_PATTERN =
  /^More: \[\d+ older papers?\]\((papers\/(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*\.md)\)\s*$/
/** One shown paper: an arXiv id as rows hold it (`2501.01234`, `math.GT/0309136`) and a date. */
const SHOWN_PAPER = /^([\w.]+(?:\/[\w.]+)?)@(\d{4}-\d{2}-\d{2})$/
/** A feed link the action writes when feeds are on; rendered anew from the inputs, not kept. */
const FEED_LINE = /^Subscribe: \[[^\]]*\]\([^)\s]*\)\s*$/

/** Reads one row of the default table; undefined when the line is not one. */
export function parseRow(line: string): Paper | undefined {
  return readRow(line, DEFAULT_COLUMNS).paper
}

interface SectionDraft {
  title: string
  papers: Paper[]
  heading: string
  head: string[]
  tail: string[]
  table?: { header: string; delimiter: string; columns: Columns }
  /** The columns of the table being read. */
  columns?: Columns
  mode: 'head' | 'table' | 'tail'
  overflow?: string
  /** A `###` heading came before the table: a layout of tables under subheadings. */
  subheading?: string
  shown?: Shown[]
}

/** A blank line the action writes before a line it generates (`More:`, `Subscribe:`) goes with it. */
function dropBlank(lines: string[]): void {
  if (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop()
}

/**
 * Parses the lines of the managed region: an optional `Last update:` line, lines before the
 * first section, then `## Keyword` sections. In a section, the paper table is read row by row;
 * every other line is the README's own and is kept verbatim where it stands (before or after the
 * table), as is everything in fenced code and in `<!-- NAME:START -->` ... `<!-- NAME:END -->`
 * blocks. `firstLine` is the 1-based line number of `lines[0]` in the file, so that errors name
 * the line a user has to fix; every unreadable line is collected before one error is thrown.
 */
export function parseRegion(lines: readonly string[], firstLine: number, path: string): Digest {
  let lastUpdate: string | undefined
  let sawLastUpdate = false
  const intro: string[] = []
  const sections: SectionDraft[] = []
  const problems: LineProblem[] = []
  let current: SectionDraft | undefined
  let columns: Columns | undefined
  const inCode = fencedLines(lines.map((text) => ({ text, start: 0, end: 0 })))
  const kept = keptBlockLines(lines, inCode)
  const notes = (): string[] => (current ? (current.mode === 'head' ? current.head : current.tail) : intro)
  const leaveTable = (): void => {
    if (current?.mode === 'table') current.mode = 'tail'
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const lineNumber = firstLine + i
    const fail = (reason: string): void => {
      problems.push({ line: lineNumber, reason })
    }
    if (inCode[i] || kept[i]) {
      leaveTable()
      notes().push(line)
      continue
    }
    if (FEED_LINE.test(line)) {
      leaveTable()
      dropBlank(notes())
      continue
    }
    const lastUpdateMatch = !current && !sawLastUpdate ? LAST_UPDATE.exec(line) : null
    if (lastUpdateMatch) {
      sawLastUpdate = true
      lastUpdate = lastUpdateMatch[1]
      continue
    }
    const heading = SECTION_HEADING.exec(line)
    if (heading) {
      const title = cellText(heading[1] ?? '')
      if (title === '') {
        fail(`empty section heading: ${JSON.stringify(line)}`)
        continue
      }
      // A heading written twice (by hand) is one section: the papers of both are kept and
      // merged, never dropped; the second heading's own lines follow the first's.
      const same = sections.find((section) => section.title.toLowerCase() === title.toLowerCase())
      current = same ?? { title, papers: [], heading: line, head: [], tail: [], mode: 'head' }
      if (same) same.mode = same.table ? 'tail' : 'head'
      else sections.push(current)
      continue
    }
    if (!current) {
      // Blank lines before `Last update:` are the marker's line break, not the README's text.
      if (!sawLastUpdate && intro.length === 0 && line.trim() === '') continue
      if (TABLE_LINE.test(line) && ARXIV_PAPER_LINK.test(line))
        fail(
          `a paper row before the first "## " section heading: ${quote(line)}; put it under the heading of its keyword`,
        )
      intro.push(line)
      continue
    }
    // The record of what a section showed (see Section.shown): rewritten by the action, not kept as text.
    const shown = markerLine('shown', line)
    if (shown) {
      leaveTable()
      const papers = shown.items.flatMap((token) => {
        const match = SHOWN_PAPER.exec(token)
        return match ? [{ id: match[1] ?? '', date: match[2] ?? '' }] : []
      })
      current.shown = [...(current.shown ?? []), ...papers]
      dropBlank(notes())
      continue
    }
    const overflow = OVERFLOW_LINE_PATTERN.exec(line)
    if (overflow) {
      leaveTable()
      current.overflow = overflow[1]
      dropBlank(notes())
      continue
    }
    if (!TABLE_LINE.test(line)) {
      leaveTable()
      if (SUBHEADING.test(line)) current.subheading ??= line.trim()
      notes().push(line)
      continue
    }
    if (current.mode === 'table') {
      const row = readRow(line, current.columns ?? DEFAULT_COLUMNS)
      if (!row.paper) {
        fail(row.problem)
        continue
      }
      const problem = dateProblem(row.paper.date)
      if (problem) fail(`the date ${row.paper.date} ${problem}; fix it to the paper's date (YYYY-MM-DD)`)
      else current.papers.push(row.paper)
      continue
    }
    const header = parseHeader(line)
    if (header) {
      if (current.subheading !== undefined)
        fail(
          `a paper table under the subheading ${JSON.stringify(current.subheading)}: the action keeps one "## Keyword" heading directly over each keyword's table, and cannot adopt tables grouped under "###" headings; move each table under a "## " heading of its keyword`,
        )
      // A delimiter deleted by hand is written back; the table is read all the same.
      const next = lines[i + 1] ?? ''
      const delimiter = isDelimiter(next, header.length) ? next : undefined
      current.table ??= { header: line, delimiter: delimiter ?? delimiterLine(header), columns: header }
      columns ??= header
      current.columns = header
      current.mode = 'table'
      if (delimiter !== undefined) i++
      continue
    }
    // Rows parted from their table by hand (a blank line, a deleted header) are still its rows.
    const stray = ARXIV_PAPER_LINK.test(line) ? readRow(line, current.columns ?? columns ?? DEFAULT_COLUMNS) : undefined
    if (stray?.paper) {
      current.columns ??= columns ?? DEFAULT_COLUMNS
      current.mode = 'table'
      current.papers.push(stray.paper)
      continue
    }
    // A table that is not a paper table (a fork's notes, a legend) is the README's own text,
    // unless it lists arXiv papers: then it is a digest the action cannot read, and keeping it
    // as text beside a table of its own would be a second digest.
    let end = i
    while (end + 1 < lines.length && TABLE_LINE.test(lines[end + 1] ?? '') && !inCode[end + 1]) end++
    const block = lines.slice(i, end + 1)
    const paperLine = block.findIndex((text) => ARXIV_PAPER_LINK.test(text))
    if (paperLine !== -1) {
      problems.push({
        line: lineNumber,
        reason: `a table of arXiv papers whose first line ${quote(line)} is not a paper table header such as ${JSON.stringify(headerLine(DEFAULT_COLUMNS))} followed by ${JSON.stringify(delimiterLine(DEFAULT_COLUMNS))} (it needs a Title and a Date column); give the table that header, or move it out of the digest`,
      })
    } else {
      leaveTable()
      notes().push(...block)
    }
    i = end
  }
  if (problems.length > 0) throw new ReadmeFormatError(path, problems)
  // The blank line before each section is the action's separator (render writes it).
  dropBlank(intro)
  return {
    lastUpdate,
    sections: sections.map(({ title, papers, overflow, heading, head, tail, table, shown }): Section => {
      dropBlank(tail)
      if (!table) dropBlank(head)
      const text: SectionText = { heading, head, tail, table }
      return { title, papers, ...(overflow ? { overflow } : {}), text, ...(shown ? { shown } : {}) }
    }),
    ...(intro.length > 0 ? { intro } : {}),
    ...(columns && !sameColumns(columns, DEFAULT_COLUMNS) ? { columns } : {}),
  }
}

/** A line as a message quotes it: JSON-quoted, its first 77 characters when longer than 80. */
export function quote(line: string): string {
  return JSON.stringify(line.length > 80 ? `${line.slice(0, 77)}...` : line)
}
