import { readFileSync } from 'node:fs'
import * as core from '@actions/core'
import { fetchAll } from './arxiv/fetch.js'
import { ArxivClient } from './arxiv/client.js'
import { findSection } from './digest/merge.js'
import type { FetchOutcome } from './digest/model.js'
import { dateIn, planUpdate, sortSwitched, type PlannedUpdate } from './digest/update.js'
import { isOverflowFile } from './digest/overflow.js'
import { publishPaths, type PublishOptions } from './digest/publish.js'
import { readExisting, type Existing } from './delivery/existing.js'
import { LocalTarget } from './delivery/local.js'
import type { Delivery, FileReader, Target } from './delivery/target.js'
import { Inputs, SettingsError, type Settings } from './settings.js'
import { FolderError } from './delivery/github-errors.js'

/**
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

async function fetchPapers(settings: Settings, target: Target, existing: Existing): Promise<FetchOutcome[]> {
  const { digest } = existing
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
  const outcomes = await fetchAll(
    client,
    settings.keywords,
    held,
    { ...settings, today: dateIn(settings.timezone) },
    logOutcome,
  ).finally(() => client.close())
  core.info(`arXiv: ${client.requests} requests, ${(client.bytesReceived / 1024).toFixed(0)} KiB received`)
  return outcomes
}

/** Runs every stage; throws when every keyword failed (then nothing is written). */
export async function runUpdate(settings: Settings): Promise<{ delivery: Delivery; failed: readonly FetchOutcome[] }> {
  const target = await createTarget(settings)
  // Parsing first means a README the action cannot read stops the run before any arXiv request.
  const first = await readExisting((file) => target.read(file), settings.readmePath)
  await checkPublishPaths(target, settings)
  const outcomes = await fetchPapers(settings, target, first)
  const failed = outcomes.filter((outcome) => outcome.error !== undefined)
  for (const failure of failed)
    core.warning(`Keyword "${failure.title}" was not updated: ${failure.error}`, { title: 'arXiv request failed' })
  if (failed.length === outcomes.length) {
    throw new Error(`Every keyword failed, so nothing was written. First error: ${failed[0]?.error ?? 'unknown'}`)
  }
  const today = dateIn(settings.timezone)
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

/** `json-path` must not be a folder, nor `feed-dir` a file: refused before any arXiv request. */
async function checkPublishPaths(target: Target, settings: Settings): Promise<void> {
  const isFolder = (error: unknown) =>
    error instanceof FolderError || (error as NodeJS.ErrnoException).code === 'EISDIR'
  if (settings.jsonPath !== undefined) {
    await target.read(settings.jsonPath).catch((error: unknown) => {
      if (isFolder(error))
        throw new SettingsError(
          Inputs.JsonPath,
          `${JSON.stringify(settings.jsonPath)} is a folder; name a file such as "${settings.jsonPath}/digest.json"`,
        )
      throw error
    })
  }
  if (settings.feedDir !== undefined) {
    const text = await target.read(settings.feedDir).catch((error: unknown) => {
      if (isFolder(error)) return undefined
      throw error
    })
    if (text !== undefined)
      throw new SettingsError(
        Inputs.FeedDir,
        `${JSON.stringify(settings.feedDir)} is a file; name a folder such as "feeds"`,
      )
  }
}

/** Where feeds and JSON go and what they link to; undefined when neither input is set. */
function publishOptions(settings: Settings): PublishOptions | undefined {
  if (settings.feedDir === undefined && settings.jsonPath === undefined) return undefined
  const repository = process.env.GITHUB_REPOSITORY
  const site = repository
    ? {
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
        repository,
        branch: publishedBranch(settings),
      }
    : undefined
  const queries = new Map(settings.keywords.map((keyword) => [keyword.title, keyword.query]))
  return { readmePath: settings.readmePath, feedDir: settings.feedDir, jsonPath: settings.jsonPath, queries, site }
}

/** The branch the files end up on: `base`, else the repository's default branch, else the workflow's. */
function publishedBranch(settings: Settings): string {
  if (settings.github.base) return settings.github.base
  try {
    const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      repository?: { default_branch?: string }
    }
    if (event.repository?.default_branch) return event.repository.default_branch
  } catch {
    // No event payload (a local run): the workflow's branch, or main.
  }
  return process.env.GITHUB_REF_NAME || 'main'
}

/** The feed and JSON files as they are where the update lands. */
async function readPublished(
  read: FileReader,
  publish: PublishOptions | undefined,
  settings: Settings,
  previous: readonly { title: string }[],
): Promise<Map<string, string | undefined>> {
  const texts = new Map<string, string | undefined>()
  if (!publish) return texts
  const titles = settings.keywords.map((keyword) => keyword.title)
  for (const file of publishPaths(
    titles,
    previous.map((section) => section.title),
    publish,
  ))
    texts.set(file, await read(file))
  return texts
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
