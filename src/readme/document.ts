import { adoptDailyArxiv, refuseUnadoptedDigest } from './adopt.js'
import { fencedLines, lineNumberAt, splitLines, type Line } from './lines.js'
import { parseRegion, ReadmeFormatError } from './parse.js'
import { markerLine, markerSource } from '../common/markers.js'
import { digestLines, END_MARKER, START_MARKER, startMarker } from './render.js'
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
    (line, i) => !inCode[i] && /^ {0,3}\S/.test(line.text) && markerLine('start', line.text) !== undefined,
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
  const [startLine] = starts
  const [endLine] = ends
  const marker = startLine && markerLine('start', startLine.text)
  if (!startLine || !endLine || !marker) return undefined
  const start = startLine.start + marker.index
  const end = endLine.start + endLine.text.indexOf(END_MARKER)
  if (end < start) fail(end, `"${END_MARKER}" comes before "${START_MARKER}"`)
  const innerStart = start + marker.text.length
  const inner = splitLines(text.slice(innerStart, end)).map((line) => line.text)
  // The markers' own line breaks: the rest of the start marker's line and the end marker's.
  if (inner.length > 1 && inner[inner.length - 1]?.trim() === '') inner.pop()
  const parsed = parseRegion(inner, lineNumberAt(text, innerStart), path)
  const recorded = marker.values.columns
  const withColumns: Digest = parsed.columns === undefined && recorded ? { ...parsed, columns: recorded } : parsed
  const digest: Digest =
    marker.values['sort-by'] === 'published' ? { ...withColumns, sortedBy: 'published' } : withColumns
  return { before: text.slice(0, start), after: text.slice(end + END_MARKER.length), eol, origin: 'markers', digest }
}

/** Finds (or plans) the managed region of a README. `text` is undefined when the file is missing. */
export function parseReadme(
  text: string | undefined,
  path: string,
  { keywords = [] }: { readonly keywords?: readonly string[] } = {},
): ReadmeDocument {
  if (text === undefined) {
    return { before: `${NEW_README_TITLE}\n\n`, after: '\n', eol: '\n', origin: 'created', digest: EMPTY_DIGEST }
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = splitLines(text)
  const inCode = fencedLines(lines)
  const found = fromMarkers(text, lines, inCode, path, eol)
  if (found) return found
  const adopted = adoptDailyArxiv(text, lines, inCode, path, keywords)
  if (adopted) return { ...adopted, eol, origin: 'adopted' }
  // Never a second digest beside one the action could not adopt.
  refuseUnadoptedDigest(lines, inCode, path)
  const separator = text === '' || text === '\uFEFF' ? '' : text.endsWith('\n') ? eol : eol + eol
  return { before: text + separator, after: eol, eol, origin: 'appended', digest: EMPTY_DIGEST }
}

/** The whole README with `digest` in the managed region (markers always written). */
export function renderReadme(document: ReadmeDocument, digest: Digest, overflowCounts: readonly number[] = []): string {
  const { before, after, eol } = document
  return [
    `${before}${startMarker(digest.sortedBy, digest.columns)}`,
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
    new RegExp(`(${markerSource('start')}\\r?\\n)Last update: \\d{4}-\\d{2}-\\d{2}`),
    '$1Last update:',
  )
}
