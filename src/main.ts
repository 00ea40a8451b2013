import { appendFile } from 'node:fs/promises'
import * as core from '@actions/core'
import { DeliveredThenFailed, wroteSomething, type Delivery } from './delivery/target.js'
import { errorMessage } from './common/secrets.js'
import { setOutputs } from './outputs.js'
import { unknownInputs } from './settings/mistakes.js'
import { readSettings, type Settings } from './settings/settings.js'
import { failureSummaryMarkdown, OPERATION, summaryMarkdown, type RunFailure, type Written } from './summary.js'

async function writeSummary(delivery: Delivery, settings: Settings, written: Written): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await appendFile(process.env.GITHUB_STEP_SUMMARY, summaryMarkdown(delivery, settings.readmePath, written))
}

/** Every failed run writes a summary too (a summary file that cannot be written is no second failure). */
async function writeFailureSummary(failure: RunFailure, settings: Settings | undefined): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const written = failure.delivery && settings ? await filesWritten(failure.delivery, settings) : []
  await appendFile(
    process.env.GITHUB_STEP_SUMMARY,
    failureSummaryMarkdown(failure, settings?.readmePath, written),
  ).catch(() => undefined)
}

/** The files a delivery wrote, and why; none when it wrote no file (loaded only once a run delivered). */
async function filesWritten(delivery: Delivery, settings: Settings): Promise<Written> {
  if (delivery.commit === undefined && delivery.file === undefined) return []
  const { writtenFiles } = await import('./delivery/written.js')
  return writtenFiles(delivery.update, settings)
}

/** Where the update went, in the log, with links. */
function logDelivery(delivery: Delivery): void {
  const { pullRequest, issue, commit } = delivery
  if (commit) core.info(`Commit: ${commit.url} on the branch "${commit.branch}"`)
  if (pullRequest)
    core.info(`Pull request #${pullRequest.number} (${OPERATION[pullRequest.operation]}): ${pullRequest.url}`)
  if (issue) core.info(`Issue #${issue.number}: ${issue.url}`)
}

function deliveredWhere(delivery: Delivery): string {
  if (delivery.pullRequest) return `pull request #${delivery.pullRequest.number}`
  if (delivery.commit) return `commit ${delivery.commit.sha.slice(0, 7)}`
  return 'no change was needed'
}

/**
 * The action: read the inputs, update the digest (the stages are in run.ts), report. Every
 * failure ends here. Named `run`, as the actions/typescript-action layout and local-action expect.
 */
export async function run(): Promise<void> {
  let settings: Settings | undefined
  let asked = false
  try {
    // Said first: a misspelt input (`keyword:`) is often why a setting below is missing.
    for (const warning of unknownInputs(process.env)) core.warning(warning, { title: 'Input does nothing' })
    settings = readSettings()
    for (const warning of settings.warnings) core.warning(warning, { title: 'Input does nothing' })
    const { updateDigest } = await import('./run.js')
    asked = true
    const { delivery, failed } = await updateDigest(settings)
    setOutputs(delivery)
    const written = await filesWritten(delivery, settings)
    await writeSummary(delivery, settings, written)
    logDelivery(delivery)
    if (!wroteSomething(delivery)) core.info('Already up to date; nothing written')
    else if (written.length === 0) core.info("Updated the pull request's description; no file changed")
    for (const file of written) core.info(`Wrote ${file.path}: ${file.why}`)
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
    const { EveryKeywordFailed } = await import('./run.js')
    await writeFailureSummary(
      {
        message,
        delivery,
        failures: error instanceof EveryKeywordFailed ? error.failures : undefined,
        beforeAnyRequest: !asked || stoppedBeforeRequests(error),
      },
      settings,
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
