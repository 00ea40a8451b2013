import { codePointLength, escapeCell, firstCodePoints } from './cells.js'
import { paperUrl, type Digest, type Paper, type Section } from './model.js'

export const START_MARKER = '<!-- arxiv-daily:start -->'
export const END_MARKER = '<!-- arxiv-daily:end -->'
export const TABLE_HEADER = '| **Title** | **Date** | **Abstract** | **Comment** |'
export const TABLE_DELIMITER = '| --- | --- | --- | --- |'

/** DailyArXiv folds comments longer than this many characters behind a five-character summary. */
const COMMENT_FOLD_LENGTH = 20
const COMMENT_SUMMARY_LENGTH = 5

function renderComment(comment: string): string {
  if (codePointLength(comment) <= COMMENT_FOLD_LENGTH) return escapeCell(comment)
  const summary = escapeCell(firstCodePoints(comment, COMMENT_SUMMARY_LENGTH))
  return `<details><summary>${summary}...</summary><p>${escapeCell(comment)}</p></details>`
}

/** One table row in DailyArXiv's exact format. */
export function renderRow(paper: Paper): string {
  const title = `**[${escapeCell(paper.title)}](${paperUrl(paper)})**`
  const abstract = `<details><summary>Show</summary><p>${escapeCell(paper.abstract)}</p></details>`
  return `| ${title} | ${paper.date} | ${abstract} | ${renderComment(paper.comment)} |`
}

export function renderSection(section: Section, eol: string): string {
  const lines = [`## ${section.title}`, TABLE_HEADER, TABLE_DELIMITER]
  for (const paper of section.papers) lines.push(renderRow(paper))
  return lines.join(eol)
}

/** The text between the markers (markers excluded). */
export function renderDigest(digest: Digest, eol: string): string {
  const blocks = [`Last update: ${digest.lastUpdate ?? ''}`.trimEnd()]
  for (const section of digest.sections) blocks.push(renderSection(section, eol))
  return blocks.join(eol + eol)
}
