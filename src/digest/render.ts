import { escapeCell, firstCodePoints, longerThan } from './cells.js'
import { paperUrl, type Digest, type Paper, type Section } from './model.js'

export const START_MARKER = '<!-- arxiv-daily:start -->'
export const END_MARKER = '<!-- arxiv-daily:end -->'
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

/** One table row in DailyArXiv's exact format. */
export function renderRow(paper: Paper): string {
  const title = `**[${escapeCell(paper.title)}](${paperUrl(paper)})**`
  const abstract = `<details><summary>Show</summary><p>${escapeCell(paper.abstract)}</p></details>`
  return `| ${title} | ${paper.date} | ${abstract} | ${renderComment(paper.comment)} |`
}

/** The line under a table that links to the papers moved out by the size budget. */
export function overflowLine(count: number, link: string): string {
  return `More: [${count} older paper${count === 1 ? '' : 's'}](${link})`
}

/** `overflowCount` is how many papers the linked file holds. */
export function renderSection(section: Section, eol: string, overflowCount = 0): string {
  const lines = [`## ${section.title}`, TABLE_HEADER, TABLE_DELIMITER]
  for (const paper of section.papers) lines.push(renderRow(paper))
  const table = lines.join(eol)
  return section.overflow ? `${table}${eol}${eol}${overflowLine(overflowCount, section.overflow)}` : table
}

/** The text between the markers (markers excluded); `overflowCounts[i]` belongs to section i. */
export function renderDigest(digest: Digest, eol: string, overflowCounts: readonly number[] = []): string {
  const blocks = [`Last update: ${digest.lastUpdate ?? ''}`.trimEnd()]
  digest.sections.forEach((section, i) => blocks.push(renderSection(section, eol, overflowCounts[i])))
  return blocks.join(eol + eol)
}
