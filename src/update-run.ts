import * as core from '@actions/core'
import { fetchAll } from './arxiv/fetch.js'
import { ArxivClient } from './arxiv/client.js'
import { findSection } from './digest/merge.js'
import type { FetchOutcome } from './digest/model.js'
import { dateIn, planUpdate, sortSwitched, type PlannedUpdate } from './digest/update.js'
import { isOverflowFile } from './digest/overflow.js'
import { readExisting, type Existing } from './delivery/existing.js'
import { LocalTarget } from './delivery/local.js'
import type { Delivery, FileReader, Target } from './delivery/target.js'
import type { Settings } from './settings.js'
import { checkPublishPaths, publishOptions, readPublished } from './publish-run.js'

/*
 * The stages of a run after its inputs are valid: read what the README holds, fetch arXiv, plan
 * the update and deliver it. Loaded by main only once the inputs passed, so that a run stopped
 * by a mistaken input does not load the parser and the rest.
 */

export const USER_AGENT =
  'arxiv-daily-digest-action/1.0 (+https://github.com/marketplace/actions/arxiv-daily-digest-readme)'

async function createTarget(settings: Settings): Promise<Target> {
  if (settings.mode === 'local')
    return new LocalTarget(process.env.GITHUB_WORKSPACE || process.cwd(), settings.readmePath)
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

async function fetchPapers(settings: Settings, { digest }: Existing, today: string): Promise<FetchOutcome[]> {
  const client = new ArxivClient({
    endpoint: settings.arxivApiUrl,
    requestDelayMs: settings.requestDelayMs,
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    userAgent: USER_AGENT,
  })
  // After a switch of sort-by every section is fetched whole: its rows carry the other date.
  const switched = sortSwitched(digest, settings.sortBy)
  if (switched) core.info(`sort-by is now "${settings.sortBy}": every section is rebuilt from a full fetch`)
  const held = (title: string) => (switched ? undefined : findSection(digest, title))
  const outcomes = await fetchAll(client, settings.keywords, held, { ...settings, today }, logOutcome).finally(() =>
    client.close(),
  )
  core.info(`arXiv: ${client.requests} requests, ${(client.bytesReceived / 1024).toFixed(0)} KiB received`)
  return outcomes
}

/** Runs every stage; throws when every keyword failed (then nothing is written). */
export async function runUpdate(settings: Settings): Promise<{ delivery: Delivery; failed: readonly FetchOutcome[] }> {
  const target = await createTarget(settings)
  // Parsing first means a README the action cannot read stops the run before any arXiv request.
  const first = await readExisting((file) => target.read(file), settings.readmePath)
  await checkPublishPaths(target, settings)
  // One date for the whole run: the fetch sizes requests by it, the plan writes it.
  const today = dateIn(settings.timezone)
  const outcomes = await fetchPapers(settings, first, today)
  const failed = outcomes.filter((outcome) => outcome.error !== undefined)
  for (const failure of failed)
    core.warning(`Keyword "${failure.title}" was not updated: ${failure.error}`, { title: 'arXiv request failed' })
  if (failed.length === outcomes.length) {
    throw new Error(`Every keyword failed, so nothing was written. First error: ${failed[0]?.error ?? 'unknown'}`)
  }
  const publish = publishOptions(settings)
  const delivery = await target.deliver(async (read, context = {}) => {
    const { readme, overflowTexts, document, moved } = await readExisting(read, settings.readmePath, first)
    const publishedTexts = await readPublished(read, publish, settings, document.digest.sections)
    const options = {
      ...settings,
      ...context,
      today,
      overflowTexts,
      parsed: { document, moved },
      publish,
      publishedTexts,
    }
    return planAroundOthersFiles(
      read,
      (unusable) => planUpdate(readme, outcomes, { ...options, unusable }),
      new Set([settings.readmePath, ...overflowTexts.keys(), ...publishedTexts.keys()]),
    )
  })
  const restored = delivery.update.changes.reduce((sum, change) => sum + change.restored.length, 0)
  if (restored > 0)
    core.info(
      `${restored} ${restored === 1 ? 'paper' : 'papers'} restored (held before or kept out by max-papers; not counted as new)`,
    )
  return { delivery, failed }
}

/**
 * Plans until no new overflow file would land on a file the action did not make (a person's
 * `papers/notes.md`): such a file is left as it is and the plan picks another name.
 */
async function planAroundOthersFiles(
  read: FileReader,
  plan: (unusable: ReadonlySet<string>) => PlannedUpdate,
  known: ReadonlySet<string>,
): Promise<PlannedUpdate> {
  const unusable = new Set<string>()
  for (;;) {
    const update = plan(unusable)
    const created = [...update.files].filter(([file, text]) => text !== null && !known.has(file)).map(([file]) => file)
    let blocked = false
    for (const file of created) {
      const text = await read(file)
      if (text === undefined || isOverflowFile(text)) continue
      core.notice(
        `${file} was not made by this action, so it is left as it is; the older papers go to a file of another name`,
      )
      unusable.add(file)
      blocked = true
    }
    if (!blocked) return update
  }
}
