import * as core from '@actions/core'
import { newPapers } from './digest/update.js'
import type { Delivery } from './delivery/target.js'
import { errorMessage } from './errors.js'
import { Outputs } from './report.js'
import { readSettings } from './settings.js'
import { writeSummary } from './summary.js'

function setOutputs(delivery: Delivery): void {
  const papers = newPapers(delivery.update.changes).filter((paper) => delivery.newIds.has(paper.id))
  core.setOutput(Outputs.Changed, String(delivery.update.changed))
  core.setOutput(Outputs.NewPapersCount, String(papers.length))
  core.setOutput(Outputs.NewPapers, JSON.stringify(papers))
  core.setOutput(Outputs.FailedKeywords, JSON.stringify(delivery.update.failures.map((failure) => failure.title)))
  core.setOutput(Outputs.CommitSha, delivery.commit?.sha ?? '')
  core.setOutput(Outputs.PullRequestNumber, delivery.pullRequest ? String(delivery.pullRequest.number) : '')
  core.setOutput(Outputs.PullRequestUrl, delivery.pullRequest?.url ?? '')
  core.setOutput(Outputs.PullRequestOperation, delivery.pullRequest?.operation ?? 'none')
  core.setOutput(Outputs.IssueNumber, delivery.issue ? String(delivery.issue.number) : '')
  core.setOutput(Outputs.IssueUrl, delivery.issue?.url ?? '')
}

/** The action: read inputs, fetch arXiv, merge, deliver, report. Every failure ends here. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    const { runUpdate } = await import('./update-run.js')
    const { delivery, failed } = await runUpdate(settings)
    setOutputs(delivery)
    await writeSummary(delivery, settings)
    core.info(delivery.update.changed ? `${settings.readmePath} updated` : `${settings.readmePath} already up to date; nothing written`)
    if (failed.length > 0 && settings.failOnError) {
      core.setFailed(`${failed.length} of ${settings.keywords.length} keywords failed (fail-on-error is true): ${failed.map((f) => f.title).join(', ')}`)
    }
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}
