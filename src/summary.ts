import { escapeCell } from './digest/cells.js'
import { byline, fitBlocks, inlineText, paperLink, type Block } from './delivery/bodies.js'
import { wroteSomething, type Delivery } from './delivery/target.js'

/** GitHub's limit on one step's summary, in bytes. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024
const SUMMARY_BUDGET = STEP_SUMMARY_LIMIT - 16 * 1024

function deliveredLines(delivery: Delivery, readmePath: string): string[] {
  const lines: string[] = []
  if (!wroteSomething(delivery)) {
    lines.push(
      delivery.pullRequest
        ? 'The pull request already holds this update: nothing was written.'
        : `\`${readmePath}\` was already up to date: nothing was written.`,
    )
  }
  if (delivery.file) lines.push(`Wrote \`${delivery.file}\`.`)
  if (delivery.commit) lines.push(`Commit: [${delivery.commit.sha.slice(0, 7)}](${delivery.commit.url})`)
  if (delivery.pullRequest)
    lines.push(
      `Pull request: [#${delivery.pullRequest.number}](${delivery.pullRequest.url}) (${delivery.pullRequest.operation})`,
    )
  if (delivery.issue) lines.push(`Issue: [#${delivery.issue.number}](${delivery.issue.url})`)
  if (delivery.issueError) lines.push(`The notification issue could not be opened: ${escapeCell(delivery.issueError)}`)
  return lines
}

/** Every paper that left the digest in this run, and why. */
function removalLines({ update }: Delivery): string[] {
  const lines = update.removedSections.map(
    (section) =>
      `Removed the section ${inlineText(section.title)} with its ${section.papers} ${section.papers === 1 ? 'paper' : 'papers'}: its keyword is no longer in \`keywords\`.`,
  )
  for (const change of update.changes)
    if (change.removed.length > 0)
      lines.push(
        `${inlineText(change.title)}: ${change.removed.length} older ${change.removed.length === 1 ? 'paper' : 'papers'} left the section (\`max-papers\` or \`exclude\`).`,
      )
  return lines
}

/**
 * The job summary in Markdown (a heading, a blank line, then the table: an HTML heading right
 * above the table would swallow it): papers per keyword, what was delivered, and the new papers,
 * shortened to stay under GitHub's step summary limit.
 */
export function summaryMarkdown(delivery: Delivery, readmePath: string): string {
  const failed = new Map(delivery.update.failures.map((failure) => [failure.title, failure.error]))
  const isNew = (paper: { id: string }) => delivery.newIds.has(paper.id)
  const rows = delivery.update.changes.map((change) => [
    change.title,
    `${change.added.filter(isNew).length}${change.restored.length > 0 ? ` (+${change.restored.length} restored)` : ''}`,
    String(change.papers.length),
    failed.has(change.title) ? `failed: ${failed.get(change.title) ?? ''}` : 'ok',
  ])
  for (const [title, error] of failed) {
    if (!delivery.update.changes.some((change) => change.title === title))
      rows.push([title, '0', '0', `failed: ${error}`])
  }
  const table = [
    '| Keyword | New | Kept | Status |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row.map(inlineText).join(' | ')} |`),
  ].join('\n')
  const head = `## arXiv daily digest\n\n${table}\n\n${[...removalLines(delivery), ...deliveredLines(delivery, readmePath)].join('\n\n')}\n`
  const blocks: Block[] = []
  for (const change of delivery.update.changes) {
    const papers = change.added.filter(isNew)
    if (papers.length === 0) continue
    blocks.push({ text: `\n### New in ${inlineText(change.title)}\n\n`, papers: 0 })
    for (const paper of papers)
      blocks.push({ text: `- ${paperLink(paper)}${byline(paper)} (${paper.date})\n`, papers: 1 })
  }
  return fitBlocks(
    head,
    blocks,
    '',
    `The ${readmePath} holds every paper.`,
    SUMMARY_BUDGET,
    (text) => Buffer.byteLength(text),
    "GitHub's 1 MiB step summary limit",
  )
}
