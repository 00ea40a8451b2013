import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { ArxivClient } from './arxiv/client.js'
import { entryToPaper, fetchAll } from './arxiv/fetch.js'
import { errorMessage } from './common/secrets.js'
import { AdoptionError, adoptionProblems, distance } from './readme/adoption-checks.js'
import { parseReadme } from './readme/document.js'
import { findSection } from './plan/merge.js'
import {
  idsLacking,
  metadataFromFeed,
  metadataFromJson,
  metadataNeeds,
  metadataOf,
  withMetadata,
  type Metadata,
} from './publish/metadata.js'
import { newestAcross, type Digest, type FetchOutcome } from './readme/model.js'
import { isOverflowFile } from './readme/overflow.js'
import { trimMessage } from './publish/budget.js'
import { publishPaths, type PublishOptions } from './publish/publish.js'
import { DEFAULT_COLUMNS, isKnownColumn, unknownColumns, type Columns } from './readme/table.js'
import { dateIn, planUpdate, rebuildsSections, type Update, type UpdateOptions } from './plan/update.js'
import { readExisting, type Existing } from './delivery/existing.js'
import { filteredAwayMessage, leavingSentences } from './report/bodies.js'
import { FolderError } from './delivery/github-errors.js'
import { LocalTarget } from './delivery/local.js'
import type { Delivery, FileReader, PlanContext, Planner, Target } from './delivery/target.js'
import type { ModelStats } from './model/ask.js'
import { Inputs, SettingsError } from './settings/inputs.js'
import { CHOOSABLE_COLUMNS } from './readme/table.js'
import type { ModelSettings, Settings } from './settings/settings.js'
import { abstractKey, answers, interestsKey, readAnswers, type Interests, type Summary } from './plan/summaries.js'

/*
 * A run once its inputs are valid, as named stages: open the target (a folder or a GitHub branch),
 * read what the README holds, fetch arXiv, ask the user's model (when one is set), then deliver:
 * the target calls the `planner` with the
 * README where the update lands (again after a branch moved) and writes the update when something
 * changed; last, say what left the digest. Loaded by main only once the inputs passed, so that a
 * run stopped by a mistaken input does not load the parser and the rest.
 */

export const USER_AGENT =
  'arxiv-daily-digest-action/1.1 (+https://github.com/marketplace/actions/arxiv-daily-digest-readme)'

/** What the run found where the README lives, before asking arXiv anything. */
interface Held {
  /** The README and its overflow files as the run starts. */
  readonly existing: Existing
  /** The digest the open update pull request proposes (pull-request mode), else undefined. */
  readonly proposed: Digest | undefined
  readonly columns: Columns
  readonly publish: PublishOptions | undefined
  /** Held papers whose metadata the outputs need and neither the README nor published files hold. */
  readonly lacking: readonly string[]
  /** What the open update branch's published files say of its papers (pull-request mode). */
  readonly proposedMetadata: ReadonlyMap<string, Metadata>
}

/** What arXiv answered: each keyword's papers, and what a look-up found of held papers. */
interface Fetched {
  readonly outcomes: readonly FetchOutcome[]
  readonly looked: ReadonlyMap<string, Metadata>
}

/** Runs every stage; throws when every keyword failed (then nothing is written). */
export async function updateDigest(
  settings: Settings,
): Promise<{ delivery: Delivery; failed: readonly FetchOutcome[] }> {
  const target = await stage(`Open ${settings.mode === 'local' ? 'the folder' : 'the repository'}`, () =>
    openTarget(settings),
  )
  const held = await stage(`Read ${settings.readmePath}`, () => readHeld(target, settings))
  // One date for the whole run: the fetch sizes requests by it, the plan writes it.
  const today = dateIn(settings.timezone)
  const fetched = await stage('Ask arXiv', () => fetchArxiv(settings, held, today))
  const failed = fetched.outcomes.filter((outcome) => outcome.error !== undefined)
  for (const failure of failed)
    core.warning(`Keyword "${failure.title}" was not updated: ${failure.error}`, { title: 'arXiv request failed' })
  if (failed.length === fetched.outcomes.length) throw new EveryKeywordFailed(failed)
  const llm = settings.llm
  const model = llm ? await stage('Ask the model', () => summarize(llm, settings, target, held, fetched)) : undefined
  const delivered = await stage(`Deliver (${settings.mode})`, () =>
    target.deliver(planner(target, settings, held, fetched, today, model)),
  )
  logRemovals(delivered.update)
  return { delivery: model ? { ...delivered, model: model.stats } : delivered, failed }
}

/**
 * One stage of the run as one group of the log, named as the stages here are, so that a reader
 * of a failed run sees which stage failed (GitHub does not nest groups: one at a time). Warnings
 * and errors still show as annotations.
 */
async function stage<T>(name: string, work: () => Promise<T>): Promise<T> {
  core.startGroup(name)
  try {
    return await work()
  } finally {
    core.endGroup()
  }
}

// ---- Stage 1: the target -----------------------------------------------------------------------

async function openTarget(settings: Settings): Promise<Target> {
  if (settings.mode === 'local')
    return new LocalTarget(process.env.GITHUB_WORKSPACE || process.cwd(), settings.readmePath)
  // Loaded only when needed, so that a local run never pays for Octokit.
  const { GitHubTarget } = await import('./delivery/github.js')
  return GitHubTarget.fromEnvironment(settings, USER_AGENT)
}

// ---- Stage 2: what the README holds ------------------------------------------------------------

/**
 * Reads and checks what the target holds. Parsing first means a README the action cannot read,
 * an adoption that would cut a section or a path that cannot be written stops the run before
 * any arXiv request.
 */
async function readHeld(target: Target, settings: Settings): Promise<Held> {
  const titles = settings.keywords.map((keyword) => keyword.title)
  const existing = await readExisting((file) => target.read(file), settings.readmePath, undefined, titles)
  if (existing.readme === undefined) await warnNewReadme(target, settings.readmePath)
  const proposed = await proposedDigest(target, settings.readmePath)
  const columns = tableColumns(settings, existing.digest)
  checkAdoption(existing, settings, columns)
  await checkPublishPaths(target, settings)
  const publish = publishOptions(settings)
  // Papers the outputs need more of than the README and the published files hold are looked up.
  const published = await readPublished((file) => target.read(file), publish, settings, existing.digest.sections)
  // Papers only the open update branch holds have their arXiv dates in the branch's files.
  const readProposed = target.readProposed?.bind(target)
  const proposedMetadata =
    proposed && readProposed
      ? readBack(await readPublished(readProposed, publish, settings, proposed.sections))
      : new Map<string, Metadata>()
  const needs = metadataNeeds(columns, publish !== undefined)
  const known = new Map([...proposedMetadata, ...readBack(published)])
  const lacking = [
    ...new Set([
      ...idsLacking(withMetadata(existing.digest, known), needs),
      ...(proposed ? idsLacking(withMetadata(proposed, known), needs) : []),
    ]),
  ]
  return { existing, proposed, columns, publish, lacking, proposedMetadata }
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

/** The digest on the open update branch, in pull-request mode; undefined elsewhere or unreadable. */
async function proposedDigest(target: Target, readmePath: string): Promise<Digest | undefined> {
  const text = await target.readProposed?.(readmePath)
  if (text === undefined) return undefined
  try {
    return parseReadme(text, readmePath).digest
  } catch {
    return undefined
  }
}

/** The table's columns: the `columns` input, or the README's table; a fork's own column only if the README has it. */
function tableColumns(settings: Settings, digest: Digest): Columns {
  if (settings.columns === undefined) return digest.columns ?? DEFAULT_COLUMNS
  // A column of the README's own may be named when any of its tables has it.
  const own = new Set([...(digest.columns ?? []), ...digest.sections.flatMap((s) => s.text?.table?.columns ?? [])])
  for (const name of settings.columns)
    if (!isKnownColumn(name) && !own.has(name))
      throw new SettingsError(
        Inputs.Columns,
        `"${name}" is not a column the action fills (${CHOOSABLE_COLUMNS.join(', ')}), nor a column of ${settings.readmePath}'s table`,
      )
  return settings.columns
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

/** `json-path` must not be a folder, nor `feed-dir` a file: refused before any arXiv request. */
export async function checkPublishPaths(target: Target, settings: Settings): Promise<void> {
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
  for (const [input, folder] of [
    [Inputs.FeedDir, settings.feedDir],
    [Inputs.SiteDir, settings.siteDir],
  ] as const) {
    if (folder === undefined) continue
    const text = await target.read(folder).catch((error: unknown) => {
      if (isFolder(error)) return undefined
      throw error
    })
    if (text !== undefined)
      throw new SettingsError(
        input,
        `${JSON.stringify(folder)} is a file; name a folder such as "${input === Inputs.SiteDir ? 'docs' : 'feeds'}"`,
      )
  }
}

/** Where feeds and JSON go and what they link to; undefined when neither input is set. */
export function publishOptions(settings: Settings): PublishOptions | undefined {
  if (settings.feedDir === undefined && settings.jsonPath === undefined && settings.siteDir === undefined)
    return undefined
  const repository = process.env.GITHUB_REPOSITORY
  const site = repository
    ? {
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
        repository,
        branch: publishedBranch(settings),
      }
    : undefined
  const queries = new Map(settings.keywords.map((keyword) => [keyword.title, keyword.query]))
  return {
    readmePath: settings.readmePath,
    feedDir: settings.feedDir,
    jsonPath: settings.jsonPath,
    siteDir: settings.siteDir,
    queries,
    site,
  }
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
export async function readPublished(
  read: FileReader,
  publish: PublishOptions | undefined,
  settings: Settings,
  previous: readonly { title: string }[],
  list: (folder: string) => Promise<string[]> = () => Promise.resolve([]),
): Promise<Map<string, string | undefined>> {
  const texts = new Map<string, string | undefined>()
  if (!publish) return texts
  const titles = settings.keywords.map((keyword) => keyword.title)
  const files = publishPaths(
    titles,
    previous.map((section) => section.title),
    publish,
  )
  // Every feed in the folder, so that one no section has any more (left while feeds were off) goes.
  if (publish.feedDir !== undefined)
    for (const name of await list(publish.feedDir)) if (name.endsWith('.xml')) files.push(`${publish.feedDir}/${name}`)
  for (const file of new Set(files)) texts.set(file, await read(file))
  return texts
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

/** A client of arXiv as the settings say (pacing, time-out, retries), each retry a line of the log. */
function arxivClient(settings: Settings): ArxivClient {
  return new ArxivClient({
    endpoint: settings.arxivApiUrl,
    requestDelayMs: settings.requestDelayMs,
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    userAgent: USER_AGENT,
    onRetry: (message: string) => core.info(message),
  })
}

// ---- Stage 3: arXiv ---------------------------------------------------------------------------

/**
 * Each keyword's newest papers (a full fetch of every section after a switch of sort-by), then,
 * in requests of many ids, what the outputs need of held papers that this fetch did not bring.
 */
async function fetchArxiv(settings: Settings, held: Held, today: string): Promise<Fetched> {
  const { digest } = held.existing
  const client = arxivClient(settings)
  const switched = rebuildsSections(digest, settings.sortBy)
  if (switched) core.info(`sort-by is now "${settings.sortBy}": every section is rebuilt from a full fetch`)
  const section = (title: string) => findSection(digest, title)
  const onDown = (skipped: number, reason: string): void =>
    core.warning(
      `arXiv looks down (${reason}), so the other ${skipped} keywords were not asked; the next run catches up`,
      {
        title: 'arXiv is down',
      },
    )
  // A section only the open update branch holds: an empty page for it is retried too.
  const heldElsewhere = (title: string): boolean =>
    held.proposed ? (findSection(held.proposed, title)?.papers.length ?? 0) > 0 : false
  const onRejected = (problem: string): void =>
    core.warning(`arXiv's answer held ${problem}; it was left out`, { title: 'arXiv entry left out' })
  const outcomes = await fetchAll(
    client,
    settings.keywords,
    section,
    {
      sortBy: settings.sortBy,
      maxPapers: settings.maxPapers,
      pageSize: settings.pageSize,
      overlapDays: settings.overlapDays,
      categories: settings.categories,
      exclude: settings.exclude,
      today,
      onRejected,
      onDown,
      rebuild: switched,
      heldElsewhere,
    },
    logOutcome,
  )
  const fetched = new Set(outcomes.flatMap((outcome) => (outcome.papers ?? []).map((paper) => paper.id)))
  const looked = await lookUpMetadata(
    client,
    held.lacking.filter((id) => !fetched.has(id)),
  ).finally(() => client.close())
  core.info(`arXiv: ${client.requests} requests, ${(client.bytesReceived / 1024).toFixed(0)} KiB received`)
  return { outcomes, looked }
}

function logOutcome(outcome: FetchOutcome): void {
  const line = (text: string) => core.info(`${outcome.title}: ${text}`)
  if (outcome.error !== undefined) line(`failed: ${outcome.error}`)
  else if (!outcome.filtered || outcome.filtered.categories + outcome.filtered.exclude === 0)
    line(`${outcome.papers.length} papers received`)
  else {
    const { categories, exclude } = outcome.filtered
    const by = [
      ...(categories > 0 ? [`${categories} outside categories`] : []),
      ...(exclude > 0 ? [`${exclude} matching exclude`] : []),
    ]
    line(
      `${outcome.answered ?? outcome.papers.length} papers received, ${by.join(' and ')} left out: ${outcome.papers.length} kept`,
    )
  }
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

/** No keyword got an answer from arXiv: nothing is written, and each failure is reported. */
export class EveryKeywordFailed extends Error {
  constructor(readonly failures: readonly FetchOutcome[]) {
    super(`Every keyword failed, so nothing was written. First error: ${failures[0]?.error ?? 'unknown'}`)
    this.name = 'EveryKeywordFailed'
  }
}

// ---- Stage 4: the model ----------------------------------------------------------------------

interface Summarized {
  /** Every answer known: kept before, found in the README's columns, and asked this run. */
  readonly known: ReadonlyMap<string, Summary>
  readonly stats: ModelStats
  /** The interests scores are asked for, with their papers' titles and abstracts; undefined without. */
  readonly interests: Interests | undefined
}

/**
 * Asks the user's model for what it has not answered yet: the papers each section will show,
 * newest first, within `llm-max-papers`. Papers answered before (in the action's file, or in a
 * TL;DR column of the README) are never asked again. Whatever the model does, the run goes on.
 */
async function summarize(
  llm: ModelSettings,
  settings: Settings,
  target: Target,
  held: Held,
  fetched: Fetched,
): Promise<Summarized | undefined> {
  const onBase = readAnswers(await target.read(llm.summariesPath))
  const onBranch = readAnswers(await target.readProposed?.(llm.summariesPath))
  if (onBase === undefined) {
    core.warning(
      `${llm.summariesPath} exists and was not written by this action, so the model was not asked and it is left as it is; move it to let the action keep its answers there`,
      { title: 'Model not asked' },
    )
    return undefined
  }
  const known = new Map([...onBase.summaries, ...(onBranch?.summaries ?? [])])
  const key = interestsKey(llm.interests)
  // The papers of interests kept in the file; those it lacks are looked up only when a paper waits.
  const kept = onBase.interestPapers.filter((paper) => llm.interests?.ids.includes(paper.id))
  let interests: Interests | undefined = llm.interests && { ...llm.interests, papers: kept }
  const pools = settings.keywords.map((keyword) => {
    const outcome = fetched.outcomes.find((o) => o.title === keyword.title)
    // arXiv's answer first: of two rows of one version, its abstract is the one the README may not show.
    const papers = [
      ...(outcome?.papers ?? []),
      ...(findSection(held.existing.digest, keyword.title)?.papers ?? []),
      ...(held.proposed ? (findSection(held.proposed, keyword.title)?.papers ?? []) : []),
    ]
    return newestAcross([{ title: keyword.title, papers }], settings.maxPapers)
  })
  const shown = newestAcross(
    pools.map((papers, i) => ({ title: String(i), papers })),
    Infinity,
  )
  // A TL;DR the README already shows (a column) is an answer for the version its row shows:
  // never asked again. (arXiv's answer, taken first above, carries no TL;DR of the README's.)
  const rows = new Map(
    [...held.existing.digest.sections, ...(held.proposed?.sections ?? [])]
      .flatMap((section) => section.papers)
      .filter((row) => row.tldr !== undefined)
      .map((row) => [row.id, row] as const),
  )
  for (const paper of shown) {
    const row = rows.get(paper.id)
    if (key !== undefined || row?.tldr === undefined || row.version !== paper.version) continue
    if (answers(known.get(paper.id), paper, llm.language)) continue
    known.set(paper.id, {
      abstract: abstractKey(paper.abstract),
      language: llm.language,
      tldr: row.tldr,
      ...(row.titleTranslated !== undefined ? { title: row.titleTranslated } : {}),
    })
  }
  const waiting = shown.filter((paper) => !answers(known.get(paper.id), paper, llm.language, key))
  const rescored = waiting.filter((paper) => {
    const interests = known.get(paper.id)?.interests
    return key !== undefined && interests !== undefined && interests !== key
  }).length
  if (rescored > 0)
    core.info(`Model: interests changed, so ${rescored} papers are scored again, newest first, within llm-max-papers`)
  const none: ModelStats = { answered: 0, left: waiting.length, requests: 0, tokensIn: 0, tokensOut: 0 }
  if (waiting.length === 0 || llm.maxPapers === 0) {
    core.info(
      `Model: nothing to ask${waiting.length > 0 ? ` (llm-max-papers is 0; ${waiting.length} papers wait)` : ''}`,
    )
    return { known, stats: none, interests }
  }
  if (llm.interests) interests = await interestsOf(llm.interests, kept, settings)
  const { askModel } = await import('./model/ask.js')
  const outcome = await askModel(
    {
      url: llm.url,
      model: llm.model,
      apiKey: llm.apiKey,
      timeoutMs: settings.timeoutMs,
      maxRetries: settings.maxRetries,
    },
    waiting,
    llm.language,
    llm.maxPapers,
    interests,
  )
  const { summaries, dropped, warnings, ...stats } = outcome
  for (const [id, summary] of summaries) known.set(id, summary)
  for (const problem of dropped) core.info(`Model: the answer for ${problem}; the paper is asked again on a later run`)
  for (const warning of warnings) core.warning(warning, { title: 'Model not used' })
  core.info(
    `Model: ${stats.answered} papers answered in ${stats.requests} requests (${stats.tokensIn} tokens in, ${stats.tokensOut} out); ${stats.left} left for a later run`,
  )
  return { known, interests, stats }
}

/**
 * The reader's interests with the titles and abstracts of the papers they name: kept in the
 * answers file once looked up on arXiv (one request for those it lacks).
 */
async function interestsOf(
  wanted: { readonly text: string; readonly ids: readonly string[] },
  kept: Interests['papers'],
  settings: Settings,
): Promise<Interests> {
  const missing = wanted.ids.filter((id) => !kept.some((paper) => paper.id === id))
  let found: Interests['papers'] = []
  if (missing.length > 0) {
    const client = arxivClient(settings)
    try {
      const feed = await client.lookup(missing)
      found = feed.entries.map((entry) => ({ id: entry.id, title: entry.title, abstract: entry.abstract }))
    } catch (error) {
      core.warning(
        `The papers named in interests could not be looked up (${errorMessage(error)}); the next run tries again`,
      )
    } finally {
      client.close()
    }
  }
  const papers = [...kept, ...found].filter((paper) => wanted.ids.includes(paper.id))
  return { ...wanted, papers }
}

// ---- Stage 5: the update, planned where it lands ---------------------------------------------

/**
 * The plan of the update at the place where it lands (the base branch as it is now, the update
 * branch): the README and its overflow and published files read there, what arXiv answered
 * merged in. `context` is what the target knows besides (an open pull request's papers, what
 * was delivered before). The target calls it again when the place moved.
 */
function planner(
  target: Target,
  settings: Settings,
  held: Held,
  fetched: Fetched,
  today: string,
  model: Summarized | undefined,
): Planner {
  const titles = settings.keywords.map((keyword) => keyword.title)
  return async (read: FileReader, context: PlanContext = {}): Promise<Update> => {
    // Read again where the update lands; what the first read parsed is not parsed again.
    const { readme, overflowTexts, document, moved } = await readExisting(
      read,
      settings.readmePath,
      held.existing,
      titles,
    )
    const publishedTexts = await readPublished(read, held.publish, settings, document.digest.sections, (folder) =>
      target.list(folder),
    )
    const options: UpdateOptions = {
      ...updateOptions(settings, held, today),
      ...context,
      metadata: new Map([...held.proposedMetadata, ...readBack(publishedTexts), ...fetched.looked]),
      ...(model && settings.llm
        ? {
            summaries: {
              known: model.known,
              language: settings.llm.language,
              path: settings.llm.summariesPath,
              text: await read(settings.llm.summariesPath),
              interests: interestsKey(settings.llm.interests),
              minRelevance: settings.llm.minRelevance,
              interestPapers: model.interests?.papers,
            },
          }
        : {}),
      overflowTexts,
      parsed: { document, moved },
      publishedTexts,
    }
    return planAroundOthersFiles(
      read,
      (unusable) => planUpdate(readme, fetched.outcomes, { ...options, unusable }),
      new Set([
        settings.readmePath,
        ...overflowTexts.keys(),
        ...publishedTexts.keys(),
        ...(settings.llm ? [settings.llm.summariesPath] : []),
      ]),
    )
  }
}

/** The settings the plan uses, named one by one. */
function updateOptions(settings: Settings, held: Held, today: string): UpdateOptions {
  return {
    readmePath: settings.readmePath,
    maxPapers: settings.maxPapers,
    exclude: settings.exclude,
    categories: settings.categories,
    today,
    budgetBytes: settings.budgetBytes,
    sortBy: settings.sortBy,
    overlapDays: settings.overlapDays,
    columns: held.columns,
    columnsChosen: settings.columns !== undefined,
    publish: held.publish,
  }
}

/**
 * Plans until no new overflow file would land on a file the action did not make (a person's
 * `papers/notes.md`): such a file is left as it is and the plan picks another name.
 */
async function planAroundOthersFiles(
  read: FileReader,
  plan: (unusable: ReadonlySet<string>) => Update,
  ownFiles: ReadonlySet<string>,
): Promise<Update> {
  const unusable = new Set<string>()
  for (;;) {
    const update = plan(unusable)
    const created = [...update.files]
      .filter(([file, text]) => text !== null && !ownFiles.has(file))
      .map(([file]) => file)
    let blocked = false
    for (const file of created) {
      const text = await read(file)
      if (text === undefined || isOverflowFile(text)) continue
      // A plan that writes a file it was told it cannot use would never settle.
      if (unusable.has(file)) throw new Error(`${file} was not made by this action and cannot be written; move it`)
      core.notice(
        `${file} was not made by this action, so it is left as it is; the older papers go to a file of another name`,
      )
      unusable.add(file)
      blocked = true
    }
    if (!blocked) return update
  }
}

// ---- Stage 6: what left the digest -----------------------------------------------------------

/** No paper leaves the digest, and no keyword finds nothing, without a line saying why. */
function logRemovals(update: Update): void {
  for (const title of update.foundNothing)
    core.warning(
      `arXiv found no paper for the keyword "${title}", so it has no section yet: check its spelling, or give it a query of your own ("${title} = ti:"..." AND cat:cs.CL")`,
      { title: 'Keyword found nothing' },
    )
  for (const away of update.filteredAway) core.warning(filteredAwayMessage(away), { title: 'Keyword filtered out' })
  for (const { name, cells } of update.droppedColumns)
    core.warning(
      `The column "${name}" was removed from the table with its ${cells} filled cells: the columns input does not name it (name it to keep it)`,
      { title: 'Column removed' },
    )
  for (const trim of update.trims) core.warning(trimMessage(trim), { title: 'File cut to its size budget' })
  for (const section of update.removedSections)
    core.warning(
      `The section "${section.title}" was removed with its ${section.papers} papers: its keyword is no longer in keywords`,
      { title: 'Section removed' },
    )
  for (const change of update.changes)
    for (const sentence of leavingSentences(change)) core.info(`${change.title}: ${sentence}`)
  const restored = update.changes.reduce((sum, change) => sum + change.restored.length, 0)
  if (restored > 0)
    core.info(
      `${restored} ${restored === 1 ? 'paper' : 'papers'} restored (held before or kept out by max-papers; not counted as new)`,
    )
}
