/*
 * The digest's table, defined once as data. Each column says its header name, how a paper
 * renders into its cell, and how a cell reads back into the paper; the header, the delimiter,
 * row parsing, row rendering, the size budget's measure and every message that quotes the table
 * derive from a list of columns. The known columns render exactly as DailyArXiv's
 * `generate_table` does, so that a README a fork wrote with its `column_names` is continued
 * byte for byte; a column the action does not know (a fork's own) keeps each held cell verbatim.
 */

import { firstCodePoints, longerThan, splitVersionedId } from '../common/text.js'
import { cellText, escapeCell } from './cells.js'
import { paperUrl, type Paper } from './model.js'

/** A line of a GFM table (at most three spaces of indentation, then a pipe). */
export const TABLE_LINE = /^ {0,3}\|/

/** The columns the action fills, in DailyArXiv's vocabulary. */
export const KNOWN_COLUMNS = [
  'Title',
  'Date',
  'Abstract',
  'Comment',
  'Authors',
  'Tags',
  'Code',
  'PDF',
  'TL;DR',
  'Title (translated)',
  'Relevance',
] as const
export type KnownColumn = (typeof KNOWN_COLUMNS)[number]

/** A table's columns, in order: names of known columns, or a fork's own (kept, not filled). */
export type Columns = readonly string[]

/** The columns a user may name in `columns`, besides Title and Date, which always come first. */
export const CHOOSABLE_COLUMNS = KNOWN_COLUMNS.filter((name) => name !== 'Title' && name !== 'Date')

/** DailyArXiv's default table, and this action's. */
export const DEFAULT_COLUMNS: Columns = ['Title', 'Date', 'Abstract', 'Comment']

/** The fields a cell reads back into; merged into one paper per row. */
type Fields = {
  -readonly [K in keyof Paper]?: Paper[K]
}

interface ColumnSpec {
  /** Regular expression source of the cell's content; its groups are handed to `read`. */
  readonly pattern: string
  readonly groups: number
  readonly render: (paper: Paper) => string
  readonly read: (groups: readonly string[], fields: Fields) => string | undefined
  /** What the cell must look like, for messages. */
  readonly shape: string
  /** The part of arXiv's metadata the cell shows, which a run looks up for papers that lack it. */
  readonly shows?: 'authors' | 'categories'
}

// Links as DailyArXiv and its forks wrote them: /abs/ or /pdf/, http or https, www. or export.
const ARXIV_LINK = String.raw`https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/([^\s)]+?)(?:\.pdf)?`
// A cell that cannot hold an unescaped pipe: the short columns.
const PLAIN = String.raw`((?:[^|\\]|\\.)*?)`
const DATE = /^\d{4}-\d{2}-\d{2}$/
// A reader's mark beside a title's link: any text of the cell but a link's brackets or an
// unescaped pipe (lazy, so that a bare title cell has none).
const MARK = String.raw`((?:[^|\\[\]]|\\.)*?)`

/** DailyArXiv folds a text longer than `length` characters behind its first five. */
function folded(text: string, length: number): string {
  if (!longerThan(text, length)) return escapeCell(text)
  return `<details><summary>${escapeCell(firstCodePoints(text, 5))}...</summary><p>${escapeCell(text)}</p></details>`
}

const FOLDED = /^<details><summary>.*?<\/summary><p>(.*)<\/p><\/details>$/
const unfold = (cell: string): string => cellText(FOLDED.exec(cell.trim())?.[1] ?? cell.trim())

// The code hosts whose repository links the Code column shows (Hugging Face: models, datasets, spaces).
const REPOSITORY =
  /\bhttps?:\/\/(?:www\.)?(github\.com|gitlab\.com|huggingface\.co|codeberg\.org)\/((?:(?:datasets|spaces)\/)?[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)/i

/** The first repository link in the abstract or the comment, as a host and a path; none: undefined. */
export function codeLink(paper: Pick<Paper, 'abstract' | 'comment'>): { url: string; label: string } | undefined {
  const match = REPOSITORY.exec(`${paper.abstract} ${paper.comment}`)
  if (!match) return undefined
  const host = (match[1] ?? '').toLowerCase()
  // A sentence's full stop, or `.git`, is not part of the repository's name.
  const repository = (match[2] ?? '').replace(/\.git$/i, '').replace(/\.+$/, '')
  return { url: `https://${host}/${repository}`, label: repository }
}

const derived = (): undefined => undefined

const SPECS: Record<KnownColumn, ColumnSpec> = {
  Title: {
    // The reader's marks before and after the link (`⭐ `, ` ✅ read`) are groups of their own.
    pattern: String.raw`${MARK}(?:\*\*)?\[(.*)\]\(\s*${ARXIV_LINK}\s*\)(?:\*\*)?${MARK}`,
    groups: 4,
    render: (paper) =>
      `${paper.marks?.before ?? ''}**[${escapeCell(paper.title)}](${paperUrl(paper)})**${paper.marks?.after ?? ''}`,
    read: ([before = '', title = '', idv = '', after = ''], fields) => {
      const { id, version } = splitVersionedId(idv)
      fields.id = id
      fields.version = version
      fields.title = cellText(title)
      if (before !== '' || after !== '') fields.marks = { before, after }
      return undefined
    },
    shape: '**[Title](https://arxiv.org/abs/ID)**',
  },
  Date: {
    pattern: String.raw`(\d{4}-\d{2}-\d{2})`,
    groups: 1,
    render: (paper) => paper.date,
    read: ([date = ''], fields) => {
      fields.date = date
      return DATE.test(date) ? undefined : 'a date YYYY-MM-DD'
    },
    shape: 'YYYY-MM-DD',
  },
  Abstract: {
    pattern: String.raw`<details><summary>[^<]*<\/summary><p>(.*)<\/p><\/details>`,
    groups: 1,
    render: (paper) => `<details><summary>Show</summary><p>${escapeCell(paper.abstract)}</p></details>`,
    read: ([abstract = ''], fields) => {
      fields.abstract = cellText(abstract)
      return undefined
    },
    shape: '<details><summary>Show</summary><p>abstract</p></details>',
  },
  Comment: {
    pattern: '(.*)',
    groups: 1,
    render: (paper) => folded(paper.comment, 20),
    read: ([comment = ''], fields) => {
      fields.comment = unfold(comment)
      return undefined
    },
    shape: 'the comment',
  },
  Authors: {
    pattern: PLAIN,
    groups: 1,
    render: (paper) => {
      const first = paper.authors?.[0]
      return first === undefined ? '' : `${escapeCell(first)} et al.`
    },
    read: ([cell = ''], fields) => {
      const text = cellText(cell).replace(/\s*et al\.$/, '')
      if (text !== '') fields.authors = [text]
      return undefined
    },
    shape: 'First Author et al.',
    shows: 'authors',
  },
  Tags: {
    pattern: PLAIN,
    groups: 1,
    render: (paper) => folded((paper.categories ?? []).join(', '), 10),
    read: ([cell = ''], fields) => {
      const text = unfold(cell)
      if (text !== '') fields.categories = text.split(/\s*,\s*/)
      return undefined
    },
    shape: 'cs.CL, cs.AI',
    shows: 'categories',
  },
  // Derived from the abstract and the comment, or from the id: nothing to read back.
  Code: {
    pattern: PLAIN,
    groups: 1,
    render: (paper) => {
      const link = codeLink(paper)
      return link ? `[${escapeCell(link.label)}](${link.url})` : ''
    },
    read: derived,
    shape: '[owner/repo](https://github.com/owner/repo)',
  },
  PDF: {
    pattern: PLAIN,
    groups: 1,
    render: (paper) => `[PDF](${paperUrl(paper).replace('/abs/', '/pdf/')})`,
    read: derived,
    shape: '[PDF](https://arxiv.org/pdf/ID)',
  },
  // What the user's model wrote (the llm-* inputs), read back so that it is asked once.
  'TL;DR': {
    pattern: PLAIN,
    groups: 1,
    render: (paper) => escapeCell(paper.tldr ?? ''),
    read: ([cell = ''], fields) => {
      const text = cellText(cell)
      if (text !== '') fields.tldr = text
      return undefined
    },
    shape: 'one or two sentences',
  },
  Relevance: {
    pattern: String.raw`(?:<details><summary>(\d+(?:\.\d+)?)<\/summary><p>(.*?)<\/p><\/details>)?`,
    groups: 2,
    render: (paper) =>
      paper.relevance
        ? `<details><summary>${paper.relevance.score}</summary><p>${escapeCell(paper.relevance.reason)}</p></details>`
        : '',
    read: ([score = '', reason = ''], fields) => {
      if (score !== '') fields.relevance = { score: Number(score), reason: cellText(reason) }
      return undefined
    },
    shape: '<details><summary>7</summary><p>why</p></details>',
  },
  'Title (translated)': {
    pattern: PLAIN,
    groups: 1,
    render: (paper) => escapeCell(paper.titleTranslated ?? ''),
    read: ([cell = ''], fields) => {
      const text = cellText(cell)
      if (text !== '') fields.titleTranslated = text
      return undefined
    },
    shape: 'the title in llm-language',
  },
}

function specOf(name: string): ColumnSpec | undefined {
  return (SPECS as Record<string, ColumnSpec | undefined>)[name]
}

/** True when the action fills this column (Title, Date, ...); false for a fork's own. */
export function isKnownColumn(name: string): boolean {
  return specOf(name) !== undefined
}

/** The header line of a table: `| **Title** | **Date** | ... |`, as DailyArXiv writes it. */
export function headerLine(columns: Columns): string {
  return `| ${columns.map((name) => `**${name}**`).join(' | ')} |`
}

export function delimiterLine(columns: Columns): string {
  return `| ${columns.map(() => '---').join(' | ')} |`
}

/** The cells of a table line, split at unescaped pipes (for headers and delimiters). */
function splitCells(line: string): string[] {
  const body = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
  return body.split(/(?<!\\)\|/).map((cell) => cell.trim())
}

/**
 * The columns a header line names, known names spelled as the action spells them (`**title**`
 * reads as Title); undefined when the line is not the header of a paper table, which needs a
 * Title and a Date column.
 */
export function parseHeader(line: string): Columns | undefined {
  if (!TABLE_LINE.test(line)) return undefined
  const names = splitCells(line).map((cell) => cell.replace(/^\*\*(.*)\*\*$/, '$1').trim())
  const canonical = names.map(
    (name) => KNOWN_COLUMNS.find((known) => known.toLowerCase() === name.toLowerCase()) ?? name,
  )
  return canonical.includes('Title') && canonical.includes('Date') ? canonical : undefined
}

/** True for a table's delimiter line with `count` cells (`| --- | :---: |`). */
export function isDelimiter(line: string, count?: number): boolean {
  if (!TABLE_LINE.test(line)) return false
  const cells = splitCells(line)
  return cells.every((cell) => /^:?-+:?$/.test(cell)) && (count === undefined || cells.length === count)
}

const sameColumns = (a: Columns, b: Columns): boolean => a.length === b.length && a.every((name, i) => name === b[i])
export { sameColumns }

interface RowReader {
  /** The row patterns: every column, then without the last, down to Title and Date. */
  readonly patterns: readonly { regex: RegExp; columns: Columns }[]
  /** Patterns of the first k cells, to find where a row that does not match goes wrong. */
  readonly prefixes: readonly RegExp[]
}

const readers = new Map<string, RowReader>()

// Rows are read and rendered per column list thousands of times a run: its key is made once per list.
const keys = new WeakMap<Columns, string>()
function keyOf(columns: Columns): string {
  let key = keys.get(columns)
  if (key === undefined) keys.set(columns, (key = columns.join('\u0000')))
  return key
}

function cellPattern(name: string): string {
  return specOf(name)?.pattern ?? PLAIN
}

function readerFor(columns: Columns): RowReader {
  const key = keyOf(columns)
  let reader = readers.get(key)
  if (reader) return reader
  const sep = String.raw`\s*\|\s*`
  const row = (names: Columns): RegExp =>
    new RegExp(String.raw`^ {0,3}\|\s*${names.map(cellPattern).join(sep)}\s*\|\s*$`)
  const lastNeeded = Math.max(columns.indexOf('Title'), columns.indexOf('Date'))
  const patterns: { regex: RegExp; columns: Columns }[] = []
  // DailyArXiv wrote rows without their last cells in March 2024 (an empty Comment left out).
  for (let n = columns.length; n > lastNeeded; n--)
    patterns.push({ regex: row(columns.slice(0, n)), columns: columns.slice(0, n) })
  const prefixes = columns.map(
    (_, k) =>
      new RegExp(
        String.raw`^ {0,3}\|\s*${columns
          .slice(0, k + 1)
          .map(cellPattern)
          .join(sep)}\s*\|`,
      ),
  )
  reader = { patterns, prefixes }
  readers.set(key, reader)
  return reader
}

/** A row read back: the paper, or why the row is not one. */
export type RowResult =
  { readonly paper: Paper; readonly problem?: undefined } | { readonly paper?: undefined; readonly problem: string }

/** Reads one row of a table with these columns. */
export function parseRow(line: string, columns: Columns = DEFAULT_COLUMNS): RowResult {
  const reader = readerFor(columns)
  for (const { regex, columns: present } of reader.patterns) {
    const match = regex.exec(line)
    if (!match) continue
    const fields: Fields = { comment: '', abstract: '' }
    const cells: Record<string, string> = {}
    let group = 1
    for (const name of present) {
      const spec = specOf(name)
      const count = spec?.groups ?? 1
      const groups = match.slice(group, group + count).map((value) => value ?? '')
      group += count
      if (!spec) {
        cells[name] = (groups[0] ?? '').trim()
        continue
      }
      const wrong = spec.read(groups, fields)
      if (wrong) return { problem: `the ${name} cell is not ${wrong}` }
    }
    for (const name of columns.slice(present.length)) if (!specOf(name)) cells[name] = ''
    const paper: Paper = {
      id: fields.id ?? '',
      version: fields.version ?? 0,
      title: fields.title ?? '',
      date: fields.date ?? '',
      abstract: fields.abstract ?? '',
      comment: fields.comment ?? '',
      ...(fields.authors ? { authors: fields.authors } : {}),
      ...(fields.categories ? { categories: fields.categories } : {}),
      ...(Object.keys(cells).length > 0 ? { cells } : {}),
      ...(fields.marks ? { marks: fields.marks } : {}),
      ...(fields.tldr ? { tldr: fields.tldr } : {}),
      ...(fields.titleTranslated ? { titleTranslated: fields.titleTranslated } : {}),
      ...(fields.relevance ? { relevance: fields.relevance } : {}),
    }
    return { paper }
  }
  return { problem: rowProblem(line, columns, reader) }
}

/** Where a row stops being a row of this table, quoted around that place. */
function rowProblem(line: string, columns: Columns, reader: RowReader): string {
  let matched = 0
  let offset = 0
  reader.prefixes.forEach((regex, k) => {
    const match = regex.exec(line)
    if (match && k === matched) {
      matched = k + 1
      offset = match[0].length
    }
  })
  if (!TABLE_LINE.test(line)) offset = 0
  const name = columns[matched]
  const expected =
    name === undefined
      ? `a row of ${columns.length} cells ended by "|"`
      : `the ${name} cell (${specOf(name)?.shape ?? 'any text without "|"'})`
  const from = Math.max(0, offset - 20)
  const quote = `${from > 0 ? '...' : ''}${line.slice(from, offset + 60)}${offset + 60 < line.length ? '...' : ''}`
  return `not a row of the table ${JSON.stringify(headerLine(columns))}: expected ${expected} at ${JSON.stringify(quote)}`
}

// Laying out a large digest measures and renders the same rows several times (the README, the
// size search, the overflow files); papers are immutable, so each row is rendered once per table.
const rendered = new Map<string, WeakMap<Paper, string>>()

/** One table row for these columns; a fork's own column shows the cell the row held. */
export function renderRow(paper: Paper, columns: Columns = DEFAULT_COLUMNS): string {
  const key = keyOf(columns)
  let rows = rendered.get(key)
  if (!rows) rendered.set(key, (rows = new WeakMap()))
  let row = rows.get(paper)
  if (row === undefined) {
    const cells = columns.map((name) => specOf(name)?.render(paper) ?? paper.cells?.[name] ?? '')
    rows.set(paper, (row = `| ${cells.join(' | ')} |`))
  }
  return row
}

/** The columns of `columns` that the action cannot fill (a fork's own). */
export function unknownColumns(columns: Columns): string[] {
  return columns.filter((name) => !specOf(name))
}

/** Which parts of arXiv's metadata a table shows (so that a run looks them up for papers that lack them). */
export function metadataShown(columns: Columns): { authors: boolean; categories: boolean } {
  const shown = new Set(columns.map((name) => specOf(name)?.shows))
  return { authors: shown.has('authors'), categories: shown.has('categories') }
}
