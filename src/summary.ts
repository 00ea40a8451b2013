import * as core from '@actions/core'
import { escapeCell } from './digest/cells.js'
import type { Delivery } from './delivery/target.js'
import type { Settings } from './settings.js'

function deliveredLines(delivery: Delivery, settings: Settings): string[] {
  const lines: string[] = []
  if (!delivery.update.changed) lines.push(`\`${settings.readmePath}\` was already up to date: nothing was written.`)
  if (delivery.file && delivery.update.changed) lines.push(`Wrote \`${delivery.file}\`.`)
  if (delivery.commit) lines.push(`Commit: [${delivery.commit.sha.slice(0, 7)}](${delivery.commit.url})`)
  if (delivery.pullRequest) lines.push(`Pull request: [#${delivery.pullRequest.number}](${delivery.pullRequest.url}) (${delivery.pullRequest.operation})`)
  if (delivery.issue) lines.push(`Issue: [#${delivery.issue.number}](${delivery.issue.url})`)
  return lines
}

/** The job summary: new papers per keyword, failures, and what was delivered. */
export async function writeSummary(delivery: Delivery, settings: Settings): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const failed = new Map(delivery.update.failures.map((failure) => [failure.title, failure.error]))
  const rows = delivery.update.changes.map((change) => [
    escapeCell(change.title),
    String(change.added.filter((paper) => delivery.newIds.has(paper.id)).length),
    String(change.papers.length),
    failed.has(change.title) ? `failed: ${escapeCell(failed.get(change.title) ?? '')}` : 'ok',
  ])
  for (const [title, error] of failed) {
    if (!delivery.update.changes.some((change) => change.title === title)) rows.push([escapeCell(title), '0', '0', `failed: ${escapeCell(error)}`])
  }
  const table = ['| Keyword | New | Kept | Status |', '| --- | ---: | ---: | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
  await core.summary
    .addHeading('arXiv daily digest', 2)
    .addRaw(`${table}\n\n`)
    .addRaw(deliveredLines(delivery, settings).join('<br>\n'))
    .addEOL()
    .write()
}
