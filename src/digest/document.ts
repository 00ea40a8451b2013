import { parseRegion, ReadmeFormatError } from './parse.js'
import { digestLines, END_MARKER, START_MARKER } from './render.js'
import type { Digest } from './model.js'

/** How the managed region was found in the README. */
export type RegionOrigin = 'markers' | 'adopted' | 'appended' | 'created'

/**
 * A README split around the managed region. `before` and `after` are kept byte for byte;
 * only the text between them is ever rendered anew.
 */
export interface ReadmeDocument {
  readonly before: string
  readonly after: string
  readonly eol: string
  readonly origin: RegionOrigin
  readonly digest: Digest
}

const EMPTY_DIGEST: Digest = { lastUpdate: undefined, sections: [] }
const NEW_README_TITLE = '# Daily arXiv Papers'

interface Line {
  readonly text: string
  /** Offset of the first character of the line. */
  readonly start: number
  /** Offset just past the line's text, before its line ending. */
  readonly end: number
}

function splitLines(text: string): Line[] {
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

function lineNumberAt(text: string, offset: number): number {
  let count = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) count++
  return count
}

function allIndexes(text: string, needle: string): number[] {
  const found: number[] = []
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i)
  return found
}

function fromMarkers(text: string, path: string, eol: string): ReadmeDocument | undefined {
  const starts = allIndexes(text, START_MARKER)
  const ends = allIndexes(text, END_MARKER)
  if (starts.length === 0 && ends.length === 0) return undefined
  const fail = (at: number, problem: string): never => {
    throw new ReadmeFormatError(path, lineNumberAt(text, at), `${problem}; fix the markers by hand`)
  }
  if (starts.length !== 1 || ends.length !== 1) {
    // The line named is that of the first marker too many (or of the only start marker).
    fail(starts[1] ?? ends[1] ?? starts[0] ?? 0, `expected exactly one "${START_MARKER}" and one "${END_MARKER}", found ${starts.length} and ${ends.length}`)
  }
  const start = starts[0]!
  const end = ends[0]!
  if (end < start) fail(end, `"${END_MARKER}" comes before "${START_MARKER}"`)
  const innerStart = start + START_MARKER.length
  const inner = splitLines(text.slice(innerStart, end)).map((line) => line.text)
  const digest = parseRegion(inner, lineNumberAt(text, innerStart), path)
  return { before: text.slice(0, start), after: text.slice(end + END_MARKER.length), eol, origin: 'markers', digest }
}

const isTableLine = (line: string): boolean => line.trimStart().startsWith('|')
const isHeading = (line: string): boolean => /^##\s/.test(line)

/**
 * DailyArXiv's layout: a `Last update:` line followed by `## Keyword` sections that each hold a
 * table. The region runs from that line to the last table line of the last such section, so any
 * text a user wrote after the tables stays outside it.
 */
function adoptDailyArxiv(text: string, path: string, eol: string): ReadmeDocument | undefined {
  const lines = splitLines(text)
  const first = lines.findIndex((line) => /^\uFEFF?Last update:/.test(line.text))
  if (first === -1) return undefined
  let last = first
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]?.text ?? ''
    if (line.trim() === '') continue
    if (isTableLine(line)) {
      last = i
      continue
    }
    const next = lines.slice(i + 1).find((candidate) => candidate.text.trim() !== '')
    if (isHeading(line) && next && isTableLine(next.text)) {
      last = i
      continue
    }
    break
  }
  const firstLine = lines[first]
  const lastLine = lines[last]
  if (!firstLine || !lastLine) return undefined
  const bomOffset = firstLine.text.startsWith('\uFEFF') ? 1 : 0
  const region = lines.slice(first, last + 1).map((line) => line.text.replace(/^\uFEFF/, ''))
  const digest = parseRegion(region, first + 1, path)
  return {
    before: text.slice(0, firstLine.start + bomOffset),
    after: text.slice(lastLine.end),
    eol,
    origin: 'adopted',
    digest,
  }
}

// A run parses the same README twice (to know what sections hold before fetching, and to plan
// the update); documents are immutable, so the last one is kept and handed out again.
let last: { text: string; path: string; document: ReadmeDocument } | undefined

/** Finds (or plans) the managed region of a README. `text` is undefined when the file is missing. */
export function parseReadme(text: string | undefined, path: string): ReadmeDocument {
  if (text !== undefined && last?.text === text && last.path === path) return last.document
  const document = parseUncached(text, path)
  if (text !== undefined) last = { text, path, document }
  return document
}

function parseUncached(text: string | undefined, path: string): ReadmeDocument {
  if (text === undefined) {
    return { before: `${NEW_README_TITLE}\n\n`, after: '\n', eol: '\n', origin: 'created', digest: EMPTY_DIGEST }
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const found = fromMarkers(text, path, eol) ?? adoptDailyArxiv(text, path, eol)
  if (found) return found
  const separator = text === '' || text === '\uFEFF' ? '' : text.endsWith('\n') ? eol : eol + eol
  return { before: text + separator, after: eol, eol, origin: 'appended', digest: EMPTY_DIGEST }
}

/** The whole README with `digest` in the managed region (markers always written). */
export function renderReadme(document: ReadmeDocument, digest: Digest, overflowCounts: readonly number[] = []): string {
  const { before, after, eol } = document
  return [`${before}${START_MARKER}`, ...digestLines(digest, overflowCounts), `${END_MARKER}${after}`].join(eol)
}
