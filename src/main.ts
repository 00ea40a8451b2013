import { appendFile } from 'node:fs/promises'
import * as core from '@actions/core'
import type { NewPaper } from './digest/update.js'
import { DeliveredThenFailed, wroteSomething, type Delivery } from './delivery/target.js'
import { errorMessage } from './errors.js'
import { Outputs } from './report.js'
import { readSettings, type Settings } from './settings.js'
import { failureSummaryMarkdown, OPERATION, summaryMarkdown, type RunFailure } from './summary.js'

/** GitHub's limit on a step's outputs together; `new-papers` is cut to the newest that fit. */
export const OUTPUTS_LIMIT = 1024 * 1024
const NEW_PAPERS_BUDGET = OUTPUTS_LIMIT - 64 * 1024

/** The newest papers whose JSON fits the budget, and how many were left out. */
export function fitNewPapers(papers: readonly NewPaper[], budget = NEW_PAPERS_BUDGET): { json: string; left: number } {
  const newest = [...papers].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1))
  // Nearly always all of them fit: one serialisation then, not one per paper.
  const whole = JSON.stringify(newest)
  if (Buffer.byteLength(whole) <= budget) return { json: whole, left: 0 }
  const kept: NewPaper[] = []
  let size = 2
  for (const paper of newest) {
    const bytes = Buffer.byteLength(JSON.stringify(paper)) + 1
    if (size + bytes > budget) break
    kept.push(paper)
    size += bytes
  }
  return { json: JSON.stringify(kept), left: papers.length - kept.length }
}

function setOutputs(delivery: Delivery): void {
  const papers = delivery.update.newPapers.filter((paper) => delivery.newIds.has(paper.id))
  const { json, left } = fitNewPapers(papers)
  if (left > 0)
    core.warning(
      `The new-papers output lists the newest ${papers.length - left} of ${papers.length} new papers; ${left} were left out to stay under GitHub's 1 MiB limit on outputs. new-papers-count is exact.`,
    )
  core.setOutput(Outputs.Changed, String(wroteSomething(delivery)))
  core.setOutput(Outputs.NewPapersCount, String(papers.length))
  core.setOutput(Outputs.NewPapers, json)
  core.setOutput(Outputs.FailedKeywords, JSON.stringify(delivery.update.failures.map((failure) => failure.title)))
  core.setOutput(Outputs.CommitSha, delivery.commit?.sha ?? '')
  core.setOutput(Outputs.PullRequestNumber, delivery.pullRequest ? String(delivery.pullRequest.number) : '')
  core.setOutput(Outputs.PullRequestUrl, delivery.pullRequest?.url ?? '')
  core.setOutput(Outputs.PullRequestOperation, delivery.pullRequest?.operation ?? 'none')
  core.setOutput(Outputs.IssueNumber, delivery.issue ? String(delivery.issue.number) : '')
  core.setOutput(Outputs.IssueUrl, delivery.issue?.url ?? '')
}

async function writeSummary(delivery: Delivery, settings: Settings): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await appendFile(process.env.GITHUB_STEP_SUMMARY, summaryMarkdown(delivery, settings.readmePath))
}

/** Every failed run writes a summary too (a summary file that cannot be written is no second failure). */
async function writeFailureSummary(failure: RunFailure, readmePath: string | undefined): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await appendFile(process.env.GITHUB_STEP_SUMMARY, failureSummaryMarkdown(failure, readmePath)).catch(() => undefined)
}

/** Where the update went, in the log, with links. */
function logDelivery(delivery: Delivery): void {
  const { pullRequest, issue, commit } = delivery
  if (commit) core.info(`Commit: ${commit.url}`)
  if (pullRequest)
    core.info(`Pull request #${pullRequest.number} (${OPERATION[pullRequest.operation]}): ${pullRequest.url}`)
  if (issue) core.info(`Issue #${issue.number}: ${issue.url}`)
}

function deliveredWhere(delivery: Delivery): string {
  if (delivery.pullRequest) return `pull request #${delivery.pullRequest.number}`
  if (delivery.commit) return `commit ${delivery.commit.sha.slice(0, 7)}`
  return 'no change was needed'
}

/** The action: read inputs, fetch arXiv, merge, deliver, report. Every failure ends here. */
export async function run(): Promise<void> {
  let settings: Settings | undefined
  let asked = false
  try {
    settings = readSettings()
    const { runUpdate } = await import('./update-run.js')
    asked = true
    const { delivery, failed } = await runUpdate(settings)
    setOutputs(delivery)
    await writeSummary(delivery, settings)
    logDelivery(delivery)
    core.info(wroteSomething(delivery) ? `${settings.readmePath} updated` : 'Already up to date; nothing written')
    if (delivery.issueError !== undefined) {
      core.setFailed(
        `The README update itself was delivered (${deliveredWhere(delivery)}), but the notification issue could not be opened: ${delivery.issueError}`,
      )
      return
    }
    if (failed.length > 0 && settings.failOnError) {
      core.setFailed(
        `${failed.length} of ${settings.keywords.length} keywords failed (fail-on-error is true): ${failed.map((f) => f.title).join(', ')}`,
      )
    }
  } catch (error) {
    // Whatever was written before the failure is still reported.
    const delivery = error instanceof DeliveredThenFailed ? error.delivery : undefined
    if (delivery) setOutputs(delivery)
    const message = errorMessage(error)
    core.setFailed(message)
    const { EveryKeywordFailed } = await import('./update-run.js')
    await writeFailureSummary(
      {
        message,
        delivery,
        failures: error instanceof EveryKeywordFailed ? error.failures : undefined,
        beforeAnyRequest: !asked || stoppedBeforeRequests(error),
      },
      settings?.readmePath,
    )
  }
}

/** Errors that stop a run before it asks arXiv anything: an input, a README it cannot read. */
function stoppedBeforeRequests(error: unknown): boolean {
  return (
    error instanceof Error &&
    ['SettingsError', 'ReadmeFormatError', 'AdoptionError', 'SpecialPathError'].includes(error.name)
  )
}
