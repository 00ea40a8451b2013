import * as core from '@actions/core'
import { entryToPaper, fetchAll } from './arxiv/fetch.js'
import { ArxivClient } from './arxiv/client.js'
import { findSection } from './digest/merge.js'
import type { Digest, FetchOutcome } from './digest/model.js'
import { dateIn, planUpdate, sortSwitched, type PlannedUpdate } from './digest/update.js'
import { isOverflowFile } from './digest/overflow.js'
import { readExisting, type Existing } from './delivery/existing.js'
import { LocalTarget } from './delivery/local.js'
import type { Delivery, FileReader, Target } from './delivery/target.js'
import type { Settings } from './settings.js'
import { checkPublishPaths, publishOptions, readPublished } from './publish-run.js'
import path from 'node:path'
import { AdoptionError, adoptionProblems, distance } from './digest/adoption-checks.js'
import { DEFAULT_COLUMNS, isKnownColumn, unknownColumns, type Columns } from './digest/table.js'
import {
  idsLacking,
  metadataFromFeed,
  metadataFromJson,
  metadataNeeds,
  metadataOf,
  withMetadata,
  type Metadata,
} from './digest/metadata.js'
import { errorMessage } from './errors.js'
import { parseReadme } from './digest/document.js'
import { CHOOSABLE_COLUMNS } from './settings-arxiv.js'
import { Inputs, SettingsError } from './settings-parse.js'

/*
 * The stages of a run after its inputs are valid: read what the README holds, fetch arXiv, plan
 * the update and deliver it. Loaded by main only once the inputs passed, so that a run stopped
 * by a mistaken input does not load the parser and the rest.
 */

export const USER_AGENT =
  'arxiv-daily-digest-action/1.1 (+https://github.com/marketplace/actions/arxiv-daily-digest-readme)'

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

/** Ids per `id_list` look-up: 200 ids fit a URL of about 2.5 KB. */
const LOOKUP_SIZE = 200

/**
 * Looks up, in requests of many ids, papers the outputs need more of (authors, dates) than the
 * README and the published files hold; papers fetched this run already have it. A failed look-up
 * leaves the papers as they are; the next run tries again.
 */
async function lookUpMetadata(client: ArxivClient, ids: readonly string[]): Promise<Map<string, Metadata>> {
  const known = new Map<string, Metadata>()
  for (let start = 0; start < ids.length; start += LOOKUP_SIZE) {
    const chunk = ids.slice(start, start + LOOKUP_SIZE)
    try {
      const feed = await client.lookup(chunk)
      for (const entry of feed.entries) known.set(entry.id, metadataOf(entryToPaper(entry, 'updated')))
    } catch (error) {
      core.warning(
        `The authors and dates of ${ids.length - start} held papers could not be looked up (${errorMessage(error)}); the next run tries again`,
        { title: 'arXiv look-up failed' },
      )
      break
    }
  }
  if (ids.length > 0)
    core.info(
      `arXiv: looked up the authors and dates of ${known.size} of ${ids.length} held papers, ${Math.ceil(ids.length / LOOKUP_SIZE)} at most ${LOOKUP_SIZE} at a time`,
    )
  return known
}

/** The table's columns: the `columns` input, or the README's table; a fork's own column only if the README has it. */
function tableColumns(settings: Settings, digest: Digest): Columns {
  if (settings.columns === undefined) return digest.columns ?? DEFAULT_COLUMNS
  for (const name of settings.columns)
    if (!isKnownColumn(name) && !(digest.columns ?? []).includes(name))
      throw new SettingsError(
        Inputs.Columns,
        `"${name}" is not a column the action fills (${CHOOSABLE_COLUMNS.join(', ')}), nor a column of ${settings.readmePath}'s table`,
      )
  return settings.columns
}

/** What the published files (JSON digest, feeds) say of each paper, by id. */
function readBack(publishedTexts: ReadonlyMap<string, string | undefined>): Map<string, Metadata> {
  const known = new Map<string, Metadata>()
  for (const [file, text] of publishedTexts) {
    const found = file.endsWith('.json') ? metadataFromJson(text) : metadataFromFeed(text)
    for (const [id, metadata] of found) known.set(id, { ...metadata, ...known.get(id) })
  }
  return known
}

async function fetchPapers(
  settings: Settings,
  { digest }: Existing,
  today: string,
  lacking: readonly string[],
  pending: Digest | undefined,
): Promise<{ outcomes: FetchOutcome[]; looked: Map<string, Metadata> }> {
  const client = new ArxivClient({
    endpoint: settings.arxivApiUrl,
    requestDelayMs: settings.requestDelayMs,
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    userAgent: USER_AGENT,
    onRetry: (message: string) => core.info(message),
  })
  // After a switch of sort-by every section is fetched whole: its rows carry the other date.
  const switched = sortSwitched(digest, settings.sortBy)
  if (switched) core.info(`sort-by is now "${settings.sortBy}": every section is rebuilt from a full fetch`)
  const held = (title: string) => findSection(digest, title)
  const onDown = (skipped: number, reason: string): void =>
    core.warning(
      `arXiv looks down (${reason}), so the other ${skipped} keywords were not asked; the next run catches up`,
      {
        title: 'arXiv is down',
      },
    )
  // A section only the open update branch holds: an empty page for it is retried too.
  const heldElsewhere = (title: string): boolean =>
    pending ? (findSection(pending, title)?.papers.length ?? 0) > 0 : false
  const onRejected = (problem: string): void =>
    core.warning(`arXiv's answer held ${problem}; it was left out`, { title: 'arXiv entry left out' })
  const outcomes = await fetchAll(
    client,
    settings.keywords,
    held,
    { ...settings, today, onRejected, onDown, rebuild: switched, heldElsewhere },
    logOutcome,
  )
  const fetched = new Set(outcomes.flatMap((outcome) => (outcome.papers ?? []).map((paper) => paper.id)))
  const looked = await lookUpMetadata(
    client,
    lacking.filter((id) => !fetched.has(id)),
  ).finally(() => client.close())
  core.info(`arXiv: ${client.requests} requests, ${(client.bytesReceived / 1024).toFixed(0)} KiB received`)
  return { outcomes, looked }
}

/** Runs every stage; throws when every keyword failed (then nothing is written). */
export async function runUpdate(settings: Settings): Promise<{ delivery: Delivery; failed: readonly FetchOutcome[] }> {
  const target = await createTarget(settings)
  // Parsing first means a README the action cannot read stops the run before any arXiv request.
  const titles = settings.keywords.map((keyword) => keyword.title)
  const first = await readExisting((file) => target.read(file), settings.readmePath, undefined, titles)
  if (first.readme === undefined) await warnNewReadme(target, settings.readmePath)
  const pending = await pendingDigest(target, settings.readmePath)
  const columns = tableColumns(settings, first.digest)
  checkAdoption(first, settings, columns)
  await checkPublishPaths(target, settings)
  const publish = publishOptions(settings)
  // Papers the outputs need more of than the README and the published files hold are looked up.
  const publishedFirst = await readPublished((file) => target.read(file), publish, settings, first.digest.sections)
  const needs = metadataNeeds(columns, publish !== undefined)
  const lacking = idsLacking(withMetadata(first.digest, readBack(publishedFirst)), needs)
  // One date for the whole run: the fetch sizes requests by it, the plan writes it.
  const today = dateIn(settings.timezone)
  const { outcomes, looked } = await fetchPapers(settings, first, today, lacking, pending)
  const failed = outcomes.filter((outcome) => outcome.error !== undefined)
  for (const failure of failed)
    core.warning(`Keyword "${failure.title}" was not updated: ${failure.error}`, { title: 'arXiv request failed' })
  if (failed.length === outcomes.length) throw new EveryKeywordFailed(failed)
  const delivery = await target.deliver(async (read, context = {}) => {
    const { readme, overflowTexts, document, moved } = await readExisting(read, settings.readmePath, first, titles)
    const publishedTexts = await readPublished(read, publish, settings, document.digest.sections, (folder) =>
      target.list(folder),
    )
    const metadata = new Map([...readBack(publishedTexts), ...looked])
    const options = {
      ...settings,
      ...context,
      columns,
      metadata,
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
  logRemovals(delivery.update)
  const restored = delivery.update.changes.reduce((sum, change) => sum + change.restored.length, 0)
  if (restored > 0)
    core.info(
      `${restored} ${restored === 1 ? 'paper' : 'papers'} restored (held before or kept out by max-papers; not counted as new)`,
    )
  return { delivery, failed }
}

/**
 * The run that adopts a README stops before any request when it would delete a section or cut
 * one (see adoptionProblems); a fork's own column is said once, as the action cannot fill it.
 */
function checkAdoption({ document }: Existing, settings: Settings, columns: Columns): void {
  const unknown = unknownColumns(columns)
  if (unknown.length > 0)
    core.info(
      `The column${unknown.length === 1 ? '' : 's'} ${unknown.map((name) => `"${name}"`).join(', ')} of ${settings.readmePath} ${unknown.length === 1 ? 'is' : 'are'} kept as written for the papers held; the action cannot fill ${unknown.length === 1 ? 'it' : 'them'}, so new papers leave ${unknown.length === 1 ? 'it' : 'them'} empty`,
    )
  if (document.origin !== 'adopted') return
  const titles = settings.keywords.map((keyword) => keyword.title)
  const problem = adoptionProblems(document.digest, titles, settings.maxPapers, settings.maxPapersSet)
  if (problem) throw new AdoptionError(problem)
  core.info(
    `Adopting the DailyArXiv digest of ${settings.readmePath}: ${document.digest.sections.length} sections, ${document.digest.sections.reduce((n, section) => n + section.papers.length, 0)} papers`,
  )
}

/** The digest on the open update branch, in pull-request mode; undefined elsewhere or unreadable. */
async function pendingDigest(target: Target, readmePath: string): Promise<Digest | undefined> {
  const text = await target.readPending?.(readmePath)
  if (text === undefined) return undefined
  try {
    return parseReadme(text, readmePath).digest
  } catch {
    return undefined
  }
}

/** No keyword got an answer from arXiv: nothing is written, and each failure is reported. */
export class EveryKeywordFailed extends Error {
  constructor(readonly failures: readonly FetchOutcome[]) {
    super(`Every keyword failed, so nothing was written. First error: ${failures[0]?.error ?? 'unknown'}`)
    this.name = 'EveryKeywordFailed'
  }
}

/**
 * A readme-path that does not exist is created, and said: a misspelt path (`READEM.md`) would
 * otherwise put a second digest in a new file. A file of a close name is suggested.
 */
async function warnNewReadme(target: Target, readmePath: string): Promise<void> {
  const folder = path.posix.dirname(readmePath)
  const name = path.posix.basename(readmePath)
  const near = (await target.list(folder))
    .filter((other) => other !== name && distance(other.toLowerCase(), name.toLowerCase()) <= 2)
    .map((other) => (folder === '.' ? other : `${folder}/${other}`))
  core.warning(
    `${readmePath} does not exist, so the action creates it${near.length > 0 ? `; did you mean ${near.map((file) => `"${file}"`).join(' or ')}? Then set readme-path to it` : ''}`,
    { title: 'README created' },
  )
}

/** No paper leaves the digest, and no keyword finds nothing, without a line saying why. */
function logRemovals(update: PlannedUpdate): void {
  for (const title of update.foundNothing)
    core.warning(
      `arXiv found no paper for the keyword "${title}", so it has no section yet: check its spelling, or give it a query of your own ("${title} = ti:"..." AND cat:cs.CL")`,
      { title: 'Keyword found nothing' },
    )
  for (const { name, cells } of update.droppedColumns)
    core.warning(
      `The column "${name}" was removed from the table with its ${cells} filled cells: the columns input does not name it (name it to keep it)`,
      { title: 'Column removed' },
    )
  for (const section of update.removedSections)
    core.warning(
      `The section "${section.title}" was removed with its ${section.papers} papers: its keyword is no longer in keywords`,
      { title: 'Section removed' },
    )
  for (const change of update.changes)
    if (change.removed.length > 0)
      core.info(
        `${change.title}: ${change.removed.length} older ${change.removed.length === 1 ? 'paper' : 'papers'} left the section (max-papers, or exclude)`,
      )
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
