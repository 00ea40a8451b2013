import { normalizeText, splitVersionedId } from '../text.js'
import { unescapeCell } from './cells.js'
import type { Digest, Paper, Section } from './model.js'

/** A line of the managed region that the action cannot read; nothing is written when it is thrown. */
export class ReadmeFormatError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${path} line ${line}: ${reason}`)
    this.name = 'ReadmeFormatError'
  }
}

const LAST_UPDATE = /^Last update:\s*(\d{4}-\d{2}-\d{2})?\s*$/
const HEADING = /^##\s+(.*?)\s*$/
export const TABLE_HEADER_PATTERN =
  /^\|\s*\*\*Title\*\*\s*\|\s*\*\*Date\*\*\s*\|\s*\*\*Abstract\*\*\s*\|\s*\*\*Comment\*\*\s*\|\s*$/i
const DELIMITER = /^\|(?:\s*:?-{3,}:?\s*\|){4}\s*$/
// Anchored on the fixed parts of a row, so that the unescaped pipes of older DailyArXiv READMEs
// (which broke the table on GitHub) are still read back into the right fields.
const ROW =
  /^\|\s*\*\*\[(.*)\]\(https?:\/\/arxiv\.org\/abs\/([^\s)]+)\)\*\*\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|\s*<details><summary>Show<\/summary><p>(.*)<\/p><\/details>\s*\|(.*)\|\s*$/
// Only links the action writes (`papers/<slug>.md`): a hand-written `../` could otherwise make
// a run read or write outside the repository.
export const OVERFLOW_LINE_PATTERN =
  /^More: \[\d+ older papers?\]\((papers\/(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*\.md)\)\s*$/
const FOLDED_COMMENT = /^<details><summary>.*?<\/summary><p>(.*)<\/p><\/details>$/

function cellText(cell: string): string {
  return normalizeText(unescapeCell(cell))
}

/** Reads one table row; undefined when the line is not a row of the digest's format. */
export function parseRow(line: string): Paper | undefined {
  const match = ROW.exec(line)
  if (!match) return undefined
  const [, title = '', idv = '', date = '', abstract = '', rawComment = ''] = match
  const commentCell = rawComment.trim()
  const folded = FOLDED_COMMENT.exec(commentCell)
  const { id, version } = splitVersionedId(idv)
  return {
    id,
    version,
    title: cellText(title),
    date,
    abstract: cellText(abstract),
    comment: cellText(folded ? (folded[1] ?? '') : commentCell),
  }
}

/**
 * Why a row's date cannot be right: not a calendar date, or later than tomorrow (a date typed
 * into the future would stay on top and narrow every later fetch). Reads the clock: the only
 * thing in parsing that does, as no paper can come from the future whatever the run's date.
 */
function badDate(date: string): string | undefined {
  const time = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) return 'is not a calendar date'
  if (date > new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)) return 'is later than tomorrow'
  return undefined
}

/** A feed link the action writes when feeds are on; rendered anew from the inputs, not kept. */
const FEED_LINE = /^Subscribe: \[[^\]]*\]\([^)\s]*\)\s*$/

interface SectionDraft {
  title: string
  papers: Paper[]
  hasHeader: boolean
  overflow?: string
}

function show(line: string): string {
  const text = line.length > 80 ? `${line.slice(0, 77)}...` : line
  return JSON.stringify(text)
}

/**
 * Parses the lines of the managed region. `firstLine` is the 1-based line number of `lines[0]`
 * in the file, so that errors name the line a user has to fix.
 */
export function parseRegion(lines: readonly string[], firstLine: number, path: string): Digest {
  let lastUpdate: string | undefined
  const sections: SectionDraft[] = []
  let current: SectionDraft | undefined
  lines.forEach((line, index) => {
    const lineNumber = firstLine + index
    const fail = (reason: string): never => {
      throw new ReadmeFormatError(path, lineNumber, `${reason}: ${show(line)}`)
    }
    if (line.trim() === '' || FEED_LINE.test(line)) return
    const lastUpdateMatch = LAST_UPDATE.exec(line)
    if (lastUpdateMatch) {
      lastUpdate = lastUpdateMatch[1]
      return
    }
    const heading = HEADING.exec(line)
    if (heading) {
      const title = cellText(heading[1] ?? '')
      if (title === '') fail('empty section heading')
      // A heading written twice (by hand) is one section: the papers of both are kept and
      // merged, never dropped.
      const same = sections.find((section) => section.title.toLowerCase() === title.toLowerCase())
      current = same ?? { title, papers: [], hasHeader: false }
      current.hasHeader = false
      if (!same) sections.push(current)
      return
    }
    if (!current) return fail('text before the first "## " section, which the action cannot keep')
    const overflow = OVERFLOW_LINE_PATTERN.exec(line)
    if (overflow) {
      current.overflow = overflow[1]
      return
    }
    if (TABLE_HEADER_PATTERN.test(line)) {
      current.hasHeader = true
      return
    }
    if (DELIMITER.test(line)) return
    if (!current.hasHeader)
      return fail(
        'not the table header "| **Title** | **Date** | **Abstract** | **Comment** |" that a section starts with (tables with other columns cannot be adopted)',
      )
    const paper = parseRow(line)
    if (!paper)
      return fail(
        'not a paper row of the form "| **[Title](https://arxiv.org/abs/ID)** | YYYY-MM-DD | <details>... | Comment |"',
      )
    const dateProblem = badDate(paper.date)
    if (dateProblem) return fail(`the date ${paper.date} ${dateProblem}; fix it to the paper's date (YYYY-MM-DD)`)
    current.papers.push(paper)
  })
  return {
    lastUpdate,
    sections: sections.map(({ title, papers, overflow }): Section =>
      overflow ? { title, papers, overflow } : { title, papers },
    ),
  }
}
