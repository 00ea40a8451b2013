import { OVERFLOW_LINE_PATTERN, parseRegion, ReadmeFormatError, TABLE_HEADER_PATTERN } from './parse.js'
import { digestLines, END_MARKER, START_MARKER, START_MARKER_PATTERN, startMarker } from './render.js'
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
    if (open) {
      inCode.push(true)
      const closes = fence && fence[1]![0] === open.char && fence[1]!.length >= open.length && fence[2]!.trim() === ''
      if (closes) open = undefined
      continue
    }
    // A backtick fence's info string cannot hold a backtick (CommonMark 4.5).
    if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
      open = { char: fence[1]![0]!, length: fence[1]!.length }
      inCode.push(true)
      continue
    }
    inCode.push(false)
  }
  return inCode
}

/** A landmark line: at most three spaces of indentation (more is indented code), then `text`. */
const isLandmark = (line: string, text: string): boolean => /^ {0,3}\S/.test(line) && line.trim() === text

function fromMarkers(
  text: string,
  lines: readonly Line[],
  inCode: readonly boolean[],
  path: string,
  eol: string,
): ReadmeDocument | undefined {
  const starts = lines.filter(
    (line, i) =>
      !inCode[i] &&
      /^ {0,3}\S/.test(line.text) &&
      new RegExp(`^${START_MARKER_PATTERN.source}$`).test(line.text.trim()),
  )
  const ends = lines.filter((line, i) => !inCode[i] && isLandmark(line.text, END_MARKER))
  if (starts.length === 0 && ends.length === 0) return undefined
  const fail = (at: number, problem: string): never => {
    throw new ReadmeFormatError(path, lineNumberAt(text, at), `${problem}; fix the markers by hand`)
  }
  if (starts.length !== 1 || ends.length !== 1) {
    // The line named is that of the first marker too many (or of the only start marker).
    const line = starts[1] ?? ends[1] ?? starts[0] ?? ends[0]
    fail(
      line?.start ?? 0,
      `expected exactly one "${START_MARKER}" and one "${END_MARKER}", found ${starts.length} and ${ends.length}`,
    )
  }
  const marker = START_MARKER_PATTERN.exec(starts[0]!.text)!
  const start = starts[0]!.start + marker.index
  const end = ends[0]!.start + ends[0]!.text.indexOf(END_MARKER)
  if (end < start) fail(end, `"${END_MARKER}" comes before "${START_MARKER}"`)
  const innerStart = start + marker[0].length
  const inner = splitLines(text.slice(innerStart, end)).map((line) => line.text)
  const parsed = parseRegion(inner, lineNumberAt(text, innerStart), path)
  const digest: Digest = marker[1] === 'published' ? { ...parsed, sortedBy: 'published' } : parsed
  return { before: text.slice(0, start), after: text.slice(end + END_MARKER.length), eol, origin: 'markers', digest }
}

const isTableLine = (line: string): boolean => /^ {0,3}\|/.test(line)
const isHeading = (line: string): boolean => /^##\s+\S/.test(line)
const LAST_UPDATE_LINE = /^\uFEFF?Last update:\s*(\d{4}-\d{2}-\d{2})?\s*$/

/**
 * The last line of the DailyArXiv section that starts at `heading`: its heading must be followed
 * by the digest's table header; the section runs to the table's last row (or a `More:` line).
 * Undefined when the section is not a digest section.
 */
function digestSectionEnd(lines: readonly Line[], inCode: readonly boolean[], heading: number): number | undefined {
  let i = heading + 1
  while (i < lines.length && lines[i]!.text.trim() === '') i++
  if (i >= lines.length || inCode[i] || !TABLE_HEADER_PATTERN.test(lines[i]!.text)) return undefined
  let last = i
  while (last + 1 < lines.length && !inCode[last + 1] && isTableLine(lines[last + 1]!.text)) last++
  let next = last + 1
  while (next < lines.length && lines[next]!.text.trim() === '') next++
  return next < lines.length && OVERFLOW_LINE_PATTERN.test(lines[next]!.text) ? next : last
}

/**
 * DailyArXiv's layout: a `Last update:` line followed by `## Keyword` sections that each hold a
 * digest table. The region runs from that line to the end of the last such section, so a
 * section of another kind (`## Contributors` with its own table) and everything after it stay
 * outside. A `Last update:` line with no digest section after it is prose, not a digest.
 */
function adoptDailyArxiv(
  text: string,
  lines: readonly Line[],
  inCode: readonly boolean[],
  path: string,
  eol: string,
): ReadmeDocument | undefined {
  for (let first = 0; first < lines.length; first++) {
    if (inCode[first] || !LAST_UPDATE_LINE.test(lines[first]!.text)) continue
    let last = first
    for (let i = first + 1; i < lines.length; i++) {
      if (lines[i]!.text.trim() === '') continue
      const end = !inCode[i] && isHeading(lines[i]!.text) ? digestSectionEnd(lines, inCode, i) : undefined
      if (end === undefined) break
      last = end
      i = end
    }
    if (last === first) continue
    const firstLine = lines[first]!
    const lastLine = lines[last]!
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
  return undefined
}

/** Finds (or plans) the managed region of a README. `text` is undefined when the file is missing. */
export function parseReadme(text: string | undefined, path: string): ReadmeDocument {
  if (text === undefined) {
    return { before: `${NEW_README_TITLE}\n\n`, after: '\n', eol: '\n', origin: 'created', digest: EMPTY_DIGEST }
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = splitLines(text)
  const inCode = fencedLines(lines)
  const found = fromMarkers(text, lines, inCode, path, eol) ?? adoptDailyArxiv(text, lines, inCode, path, eol)
  if (found) return found
  const separator = text === '' || text === '\uFEFF' ? '' : text.endsWith('\n') ? eol : eol + eol
  return { before: text + separator, after: eol, eol, origin: 'appended', digest: EMPTY_DIGEST }
}

/** The whole README with `digest` in the managed region (markers always written). */
export function renderReadme(document: ReadmeDocument, digest: Digest, overflowCounts: readonly number[] = []): string {
  const { before, after, eol } = document
  return [
    `${before}${startMarker(digest.sortedBy)}`,
    ...digestLines(digest, overflowCounts),
    `${END_MARKER}${after}`,
  ].join(eol)
}

/**
 * The text with the region's `Last update:` date taken out, to compare two versions of a README
 * or overflow file apart from the day they were written (a `Last update:` line in the user's own
 * text stays as it is).
 */
export function withoutRegionDate(text: string): string {
  return text.replace(
    new RegExp(`(${START_MARKER_PATTERN.source}\\r?\\n)Last update: \\d{4}-\\d{2}-\\d{2}`),
    '$1Last update:',
  )
}
