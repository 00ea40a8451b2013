import { firstCodePoints, longerThan } from '../text.js'
import { escapeCell, escapeHeading } from './cells.js'
import { paperUrl, type Digest, type Paper, type Section } from './model.js'

export const START_MARKER = '<!-- arxiv-daily:start -->'
export const END_MARKER = '<!-- arxiv-daily:end -->'

/**
 * The start marker records the date a digest is sorted by when it is not the default, so that a
 * run can tell the setting changed: `<!-- arxiv-daily:start sort-by=published -->`. A digest by
 * update date keeps the plain marker, as the first version wrote it.
 */
export const START_MARKER_PATTERN = /<!-- arxiv-daily:start(?: sort-by=(updated|published))? -->/

export function startMarker(sortedBy: Digest['sortedBy']): string {
  return sortedBy === 'published' ? '<!-- arxiv-daily:start sort-by=published -->' : START_MARKER
}
export const TABLE_HEADER = '| **Title** | **Date** | **Abstract** | **Comment** |'
export const TABLE_DELIMITER = '| --- | --- | --- | --- |'

/** DailyArXiv folds comments longer than this many characters behind a five-character summary. */
const COMMENT_FOLD_LENGTH = 20
const COMMENT_SUMMARY_LENGTH = 5

function renderComment(comment: string): string {
  if (!longerThan(comment, COMMENT_FOLD_LENGTH)) return escapeCell(comment)
  const summary = escapeCell(firstCodePoints(comment, COMMENT_SUMMARY_LENGTH))
  return `<details><summary>${summary}...</summary><p>${escapeCell(comment)}</p></details>`
}

// Laying out a large digest measures and renders the same rows several times (the README, the
// size search, the overflow files); papers are immutable, so each row is escaped once.
const rows = new WeakMap<Paper, string>()

/** One table row in DailyArXiv's exact format. */
export function renderRow(paper: Paper): string {
  let row = rows.get(paper)
  if (row === undefined) rows.set(paper, (row = renderRowUncached(paper)))
  return row
}

function renderRowUncached(paper: Paper): string {
  const title = `**[${escapeCell(paper.title)}](${paperUrl(paper)})**`
  const abstract = `<details><summary>Show</summary><p>${escapeCell(paper.abstract)}</p></details>`
  return `| ${title} | ${paper.date} | ${abstract} | ${renderComment(paper.comment)} |`
}

/** The line under a table that links to the papers moved out by the size budget. */
export function overflowLine(count: number, link: string): string {
  return `More: [${count} older paper${count === 1 ? '' : 's'}](${link})`
}

/** The lines of one section; `overflowCount` is how many papers the linked file holds. */
function sectionLines(section: Section, lines: string[], overflowCount = 0): void {
  lines.push(`## ${escapeHeading(section.title)}`, TABLE_HEADER, TABLE_DELIMITER)
  for (const paper of section.papers) lines.push(renderRow(paper))
  if (section.overflow) lines.push('', overflowLine(overflowCount, section.overflow))
  if (section.feed) lines.push('', feedLine('Atom feed', section.feed))
}

/** The line that links a feed (the parser skips it: links follow the inputs on every run). */
export function feedLine(label: string, link: string): string {
  return `Subscribe: [${label}](${link})`
}

/**
 * The lines between the markers (markers excluded); `overflowCounts[i]` belongs to section i.
 * Lines rather than one string: the README is joined once, not copied per section and again
 * per region, which matters for a digest of several megabytes.
 */
export function digestLines(digest: Digest, overflowCounts: readonly number[] = []): string[] {
  const lines = [`Last update: ${digest.lastUpdate ?? ''}`.trimEnd()]
  if (digest.feed) lines.push('', feedLine('Atom feed of every keyword', digest.feed))
  digest.sections.forEach((section, i) => {
    lines.push('')
    sectionLines(section, lines, overflowCounts[i])
  })
  return lines
}
