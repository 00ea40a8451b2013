import { trimMessage } from './publish/budget.js'
import { escapeCell } from './readme/cells.js'
import {
  byline,
  modelLine,
  filteredAwayMessage,
  fitBlocks,
  inlineText,
  leavingSentences,
  paperLink,
  type Block,
} from './report/bodies.js'
import { wroteSomething, type Delivery } from './delivery/target.js'

/** GitHub's limit on one step's summary, in bytes. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024
const SUMMARY_BUDGET = STEP_SUMMARY_LIMIT - 16 * 1024

/** How a pull request operation reads in the summary and the log. */
export const OPERATION = { created: 'opened', updated: 'updated', none: 'unchanged' } as const

/** The files a run wrote and why (see delivery/written.ts), as the summary lists them. */
export type Written = readonly { readonly path: string; readonly why: string }[]

function deliveredLines(delivery: Delivery, readmePath: string, written: Written = []): string[] {
  const lines: string[] = []
  if (!wroteSomething(delivery)) {
    lines.push(
      delivery.pullRequest
        ? 'The pull request already holds this update: nothing was written.'
        : `\`${readmePath}\` was already up to date: nothing was written.`,
    )
  }
  if ((delivery.file !== undefined || delivery.commit !== undefined) && written.length > 0)
    lines.push(
      `${delivery.commit ? 'Committed' : 'Wrote'}: ${written.map((file) => `\`${escapeCell(file.path)}\` (${file.why})`).join(', ')}.`,
    )
  else if (delivery.file) lines.push(`Wrote \`${delivery.file}\`.`)
  else if (wroteSomething(delivery) && !delivery.commit)
    lines.push("Updated the pull request's description; no file changed.")
  if (delivery.model)
    lines.push(
      `Model: ${delivery.model.answered} papers answered in ${delivery.model.requests} requests (${delivery.model.tokensIn} tokens in, ${delivery.model.tokensOut} out); ${delivery.model.left} left for a later run.`,
    )
  if (delivery.commit)
    lines.push(
      `Commit: [${delivery.commit.sha.slice(0, 7)}](${delivery.commit.url}) on the branch \`${escapeCell(delivery.commit.branch)}\``,
    )
  if (delivery.pullRequest)
    lines.push(
      `Pull request: [#${delivery.pullRequest.number}](${delivery.pullRequest.url}) (${OPERATION[delivery.pullRequest.operation]})`,
    )
  if (delivery.issue) lines.push(`Issue: [#${delivery.issue.number}](${delivery.issue.url})`)
  if (delivery.issueError) lines.push(`The notification issue could not be opened: ${escapeCell(delivery.issueError)}`)
  return lines
}

/** Every paper that left the digest in this run, and why. */
function removalLines({ update }: Delivery): string[] {
  const lines = update.foundNothing.map(
    (title) =>
      `arXiv found no paper for ${inlineText(title)}, so it has no section yet: check its spelling, or give it a query of your own (\`${inlineText(title)} = ti:"..."\`).`,
  )
  lines.push(
    ...update.droppedColumns.map(
      ({ name, cells }) =>
        `Removed the column ${inlineText(name)} with its ${cells} filled cells: \`columns\` does not name it.`,
    ),
    ...update.trims.map((trim) => inlineText(trimMessage(trim))),
    ...update.filteredAway.map((away) => `${inlineText(filteredAwayMessage(away))}.`),
    ...update.removedSections.map(
      (section) =>
        `Removed the section ${inlineText(section.title)} with its ${section.papers} ${section.papers === 1 ? 'paper' : 'papers'}: its keyword is no longer in \`keywords\`.`,
    ),
  )
  for (const change of update.changes)
    for (const sentence of leavingSentences(change, (input) => `\`${input}\``))
      lines.push(`${inlineText(change.title)}: ${sentence}.`)

  return lines
}

/**
 * The job summary in Markdown (a heading, a blank line, then the table: an HTML heading right
 * above the table would swallow it): papers per keyword, what was delivered, and the new papers,
 * shortened to stay under GitHub's step summary limit.
 */
export function summaryMarkdown(delivery: Delivery, readmePath: string, written: Written = []): string {
  const failed = new Map(delivery.update.failures.map((failure) => [failure.title, failure.error]))
  const isNew = (paper: { id: string }) => delivery.update.newIds.has(paper.id)
  const rows = delivery.update.changes.map((change) => [
    change.title,
    `${change.added.filter(isNew).length}${change.restored.length > 0 ? ` (+${change.restored.length} restored)` : ''}`,
    String(change.papers.length),
    failed.has(change.title)
      ? `failed: ${failed.get(change.title) ?? ''}`
      : delivery.update.foundNothing.includes(change.title)
        ? 'arXiv found nothing'
        : 'ok',
  ])
  for (const [title, error] of failed) {
    if (!delivery.update.changes.some((change) => change.title === title))
      rows.push([title, '0', '0', `failed: ${error}`])
  }
  const table = [
    '| Keyword | New | Papers in the digest | Status |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row.map(inlineText).join(' | ')} |`),
  ].join('\n')
  const head = `## arXiv daily digest\n\n${table}\n\n${[...removalLines(delivery), ...deliveredLines(delivery, readmePath, written)].join('\n\n')}\n`
  const blocks: Block[] = []
  for (const change of delivery.update.changes) {
    const papers = change.added.filter(isNew)
    if (papers.length === 0) continue
    blocks.push({ text: `\n### New in ${inlineText(change.title)}\n\n`, papers: 0 })
    for (const paper of papers)
      blocks.push({ text: `- ${paperLink(paper)}${byline(paper)} (${paper.date})${modelLine(paper)}\n`, papers: 1 })
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

/** What went wrong, for the summary of a failed run: the failures, and what the next run does. */
export interface RunFailure {
  readonly message: string
  /** What was delivered before the failure, if anything. */
  readonly delivery?: Delivery | undefined
  /** Keywords that failed, with why, when the run never got to plan. */
  readonly failures?: readonly { readonly title: string; readonly error?: string | undefined }[]
  /** The run stopped before any request (an input, a README it cannot read). */
  readonly beforeAnyRequest: boolean
}

/**
 * The job summary of a run that failed: the message, what was delivered before (a pushed branch
 * is said), what failed and what the next run will do. Written on every failed run, so that the
 * run page never shows annotations alone.
 */
export function failureSummaryMarkdown(
  failure: RunFailure,
  readmePath: string | undefined,
  written: Written = [],
): string {
  const quote = failure.message
    .split('\n')
    .map((line) => `> ${inlineText(line)}`)
    .join('\n')
  const parts = ['## arXiv daily digest', `**The run failed.**\n\n${quote}`]
  if (failure.failures && failure.failures.length > 0)
    parts.push(
      [
        '| Keyword | Status |',
        '| --- | --- |',
        ...failure.failures.map((f) => `| ${inlineText(f.title)} | failed: ${inlineText(f.error ?? '')} |`),
      ].join('\n'),
    )
  if (failure.delivery) {
    parts.push(
      `What was written before the failure:\n\n${deliveredLines(failure.delivery, readmePath ?? 'README.md', written).join('\n\n')}`,
    )
    parts.push('**Next run:** it brings the pull request up to date; nothing needs to be undone.')
  } else if (failure.beforeAnyRequest) {
    parts.push(
      'Nothing was written and nothing was asked of arXiv. **Next run:** it starts from the fixed input or README as if this run had not happened.',
    )
  } else {
    parts.push(
      'Nothing was written. **Next run:** it asks arXiv again and catches up on what this run missed; a failure of a setting or a permission (above) recurs until that is fixed.',
    )
  }
  return `${parts.join('\n\n')}\n`
}
