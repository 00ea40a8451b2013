import type { Line } from './lines.js'
import type { Digest } from './model.js'
import { OVERFLOW_LINE_PATTERN, parseRegion, TABLE_HEADER_PATTERN } from './parse.js'

/** A DailyArXiv digest found in a README: the text around it, kept byte for byte, and its papers. */
export interface AdoptedRegion {
  readonly before: string
  readonly after: string
  readonly digest: Digest
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
  const text = (i: number): string => lines[i]?.text ?? ''
  let i = heading + 1
  while (i < lines.length && text(i).trim() === '') i++
  if (i >= lines.length || inCode[i] || !TABLE_HEADER_PATTERN.test(text(i))) return undefined
  let last = i
  while (last + 1 < lines.length && !inCode[last + 1] && isTableLine(text(last + 1))) last++
  let next = last + 1
  while (next < lines.length && text(next).trim() === '') next++
  return next < lines.length && OVERFLOW_LINE_PATTERN.test(text(next)) ? next : last
}

/**
 * DailyArXiv's layout: a `Last update:` line followed by `## Keyword` sections that each hold a
 * digest table. The region runs from that line to the end of the last such section, so a
 * section of another kind (`## Contributors` with its own table) and everything after it stay
 * outside. A `Last update:` line with no digest section after it is prose, not a digest.
 */
export function adoptDailyArxiv(
  text: string,
  lines: readonly Line[],
  inCode: readonly boolean[],
  path: string,
): AdoptedRegion | undefined {
  const textOf = (i: number): string => lines[i]?.text ?? ''
  for (let first = 0; first < lines.length; first++) {
    if (inCode[first] || !LAST_UPDATE_LINE.test(textOf(first))) continue
    let last = first
    for (let i = first + 1; i < lines.length; i++) {
      if (textOf(i).trim() === '') continue
      const end = !inCode[i] && isHeading(textOf(i)) ? digestSectionEnd(lines, inCode, i) : undefined
      if (end === undefined) break
      last = end
      i = end
    }
    const firstLine = lines[first]
    const lastLine = lines[last]
    if (last === first || !firstLine || !lastLine) continue
    const bomOffset = firstLine.text.startsWith('\uFEFF') ? 1 : 0
    const region = lines.slice(first, last + 1).map((line) => line.text.replace(/^\uFEFF/, ''))
    const digest = parseRegion(region, first + 1, path)
    return { before: text.slice(0, firstLine.start + bomOffset), after: text.slice(lastLine.end), digest }
  }
  return undefined
}
