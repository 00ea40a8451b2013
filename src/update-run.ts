import * as core from '@actions/core'
import { fetchAll, type FetchOutcome } from './arxiv/fetch.js'
import { ArxivClient } from './arxiv/client.js'
import { findSection } from './digest/merge.js'
import { dateIn, planUpdate } from './digest/update.js'
import { readExisting } from './delivery/existing.js'
import { LocalTarget } from './delivery/local.js'
import type { Delivery, Target } from './delivery/target.js'
import type { Settings } from './settings.js'

/**
 * The stages of a run after its inputs are valid: read what the README holds, fetch arXiv, plan
 * the update and deliver it. Loaded by main only once the inputs passed, so that a run stopped
 * by a mistaken input does not load the parser and the rest.
 */

export const USER_AGENT = 'arxiv-daily-digest-action/1.0 (+https://github.com/marketplace/actions/arxiv-daily-digest-readme)'

async function createTarget(settings: Settings): Promise<Target> {
  if (settings.mode === 'local') return new LocalTarget(process.env.GITHUB_WORKSPACE || process.cwd(), settings.readmePath)
  // Loaded only when needed, so that a local run never pays for Octokit.
  const { GitHubTarget } = await import('./delivery/github.js')
  return GitHubTarget.fromEnvironment(settings, USER_AGENT)
}

function logOutcome(outcome: FetchOutcome): void {
  core.startGroup(`arXiv: ${outcome.title}`)
  if (outcome.error === undefined) core.info(`${outcome.papers.length} papers received`)
  else core.info(`failed: ${outcome.error}`)
  core.endGroup()
}

async function fetchPapers(settings: Settings, target: Target): Promise<FetchOutcome[]> {
  // Parsing first means a README the action cannot read stops the run before any arXiv request.
  const { digest } = await readExisting((file) => target.read(file), settings.readmePath)
  const client = new ArxivClient({
    endpoint: settings.arxivApiUrl,
    requestDelayMs: settings.requestDelayMs,
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    userAgent: USER_AGENT,
  })
  const outcomes = await fetchAll(client, settings.keywords, (title) => findSection(digest, title), settings, logOutcome).finally(() => client.close())
  core.info(`arXiv: ${client.requests} requests, ${(client.bytesReceived / 1024).toFixed(0)} KiB received`)
  return outcomes
}

/** Runs every stage; throws when every keyword failed (then nothing is written). */
export async function runUpdate(settings: Settings): Promise<{ delivery: Delivery; failed: readonly FetchOutcome[] }> {
  const target = await createTarget(settings)
  const outcomes = await fetchPapers(settings, target)
  const failed = outcomes.filter((outcome) => outcome.error !== undefined)
  for (const failure of failed) core.warning(`Keyword "${failure.title}" was not updated: ${failure.error}`, { title: 'arXiv request failed' })
  if (failed.length === outcomes.length) {
    throw new Error(`Every keyword failed, so nothing was written. First error: ${failed[0]?.error ?? 'unknown'}`)
  }
  const today = dateIn(settings.timezone)
  const delivery = await target.deliver(async (read, context = {}) => {
    const { readme, overflowTexts } = await readExisting(read, settings.readmePath)
    return planUpdate(readme, outcomes, { ...settings, ...context, today, overflowTexts })
  })
  return { delivery, failed }
}
