import { writeMarker } from '../common/markers.js'
import { cellText, escapeHeading } from './cells.js'
import type { Digest, Paper, Section, Shown } from './model.js'
import { SECTION_HEADING } from './parse.js'
import {
  DEFAULT_COLUMNS,
  delimiterLine,
  headerLine,
  renderRow as renderTableRow,
  sameColumns,
  type Columns,
} from './table.js'

export const START_MARKER = writeMarker('start')
export const END_MARKER = writeMarker('end')

/**
 * The start marker, recording the date a digest is sorted by and its columns when they are not
 * the defaults, so that a run can tell a setting changed (`<!-- arxiv-daily:start sort-by=published -->`).
 * A digest of the defaults keeps the plain marker, as the first version wrote it.
 */
export function startMarker(sortedBy: Digest['sortedBy'], columns?: Digest['columns']): string {
  return writeMarker('start', {
    'sort-by': sortedBy === 'published' ? sortedBy : undefined,
    columns: columns && !sameColumns(columns, DEFAULT_COLUMNS) ? columns : undefined,
  })
}

/** One table row in DailyArXiv's exact format (the default columns unless given). */
export function renderRow(paper: Paper, columns: Columns = DEFAULT_COLUMNS): string {
  return renderTableRow(paper, columns)
}

/** The line under a table that links to the papers moved out by the size budget. */
export function overflowLine(count: number, link: string): string {
  return `More: [${count} older paper${count === 1 ? '' : 's'}](${link})`
}

/** The hidden line recording the papers a section showed within its window (see Section.shown). */
export function shownLine(shown: readonly Shown[]): string {
  return writeMarker(
    'shown',
    {},
    shown.map(({ id, date }) => `${id}@${date}`),
  )
}

/** The line that links a feed (the parser skips it: links follow the inputs on every run). */
export function feedLine(label: string, link: string): string {
  return `Subscribe: [${label}](${link})`
}

const isBlank = (line: string | undefined): boolean => line !== undefined && line.trim() === ''

/** Whether a section shows a table: one it had, papers to show, or a section not yet written. */
export function showsTable(section: Section): boolean {
  return section.papers.length > 0 || section.text === undefined || section.text.table !== undefined
}

/**
 * The lines of one section; `overflowCount` is how many papers the linked file holds. The
 * README's own lines of the section (`text`) are written back verbatim around the rows.
 */
function sectionLines(section: Section, digestColumns: Columns, lines: string[], overflowCount = 0): void {
  const columns = section.columns ?? digestColumns
  const text = section.text
  const heading = text && cellText(SECTION_HEADING.exec(text.heading)?.[1] ?? '') === section.title
  lines.push(heading && text ? text.heading : `## ${escapeHeading(section.title)}`)
  if (text) lines.push(...text.head)
  if (showsTable(section)) {
    // A table right after a paragraph would take its last line as the header: a blank line first.
    if (text && text.head.length > 0 && !isBlank(text.head[text.head.length - 1])) lines.push('')
    const kept = text?.table && sameColumns(text.table.columns, columns) ? text.table : undefined
    lines.push(kept?.header ?? headerLine(columns), kept?.delimiter ?? delimiterLine(columns))
    for (const paper of section.papers) lines.push(renderTableRow(paper, columns))
  }
  // After a blank line: GitHub would otherwise read it as part of the table's last row.
  if (section.shown && section.shown.length > 0) lines.push('', shownLine(section.shown))
  if (section.overflow) lines.push('', overflowLine(overflowCount, section.overflow))
  if (section.feed) lines.push('', feedLine('Atom feed', section.feed))
  if (text && text.tail.length > 0) {
    // A line of text right after a table would be read as one more row.
    if (!isBlank(text.tail[0]) && showsTable(section)) lines.push('')
    lines.push(...text.tail)
  }
}

/**
 * The lines between the markers (markers excluded); `overflowCounts[i]` belongs to section i.
 * Lines rather than one string: the README is joined once, not copied per section and again
 * per region, which matters for a digest of several megabytes.
 */
export function digestLines(digest: Digest, overflowCounts: readonly number[] = []): string[] {
  const columns = digest.columns ?? DEFAULT_COLUMNS
  const lines = [`Last update: ${digest.lastUpdate ?? ''}`.trimEnd()]
  if (digest.feed) lines.push('', feedLine('Atom feed of all keywords', digest.feed))
  if (digest.intro) lines.push(...digest.intro)
  digest.sections.forEach((section, i) => {
    // One blank line before each section, the action's; the README's own blank lines are kept besides.
    lines.push('')
    sectionLines(section, columns, lines, overflowCounts[i])
  })
  // The region ends with its last line of text: blank lines would only grow run after run.
  while (lines.length > 1 && isBlank(lines[lines.length - 1])) lines.pop()
  return lines
}
