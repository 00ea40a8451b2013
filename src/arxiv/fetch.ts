import type { ArxivEntry } from './atom.js'
import { ArxivUnavailableError, type ArxivClient } from './client.js'
import type { KeywordQuery, SortBy } from './query.js'
import { newestDate, windowStart, type FetchOutcome, type Paper, type Section } from '../readme/model.js'
import { errorMessage } from '../common/secrets.js'
import { filteredBy } from '../common/text.js'

export interface FetchOptions {
  readonly sortBy: SortBy
  readonly maxPapers: number
  /** Results per request for a full section; undefined sizes the first request from the section. */
  readonly pageSize?: number | undefined
  readonly overlapDays: number
  /** `YYYY-MM-DD` of the run, to know how long since a section's newest paper (default: the clock). */
  readonly today?: string
  readonly categories: readonly string[]
  readonly exclude: readonly string[]
  /** Told of each entry left out of an answer because it is not arXiv's (a malformed id or date). */
  readonly onRejected?: ((problem: string) => void) | undefined
  /**
   * Every section is fetched whole (after a switch of sort-by its rows carry the other date),
   * while an empty answer for a section that holds papers is still retried, never believed.
   */
  readonly rebuild?: boolean | undefined
  /** True for a keyword whose section holds papers elsewhere (the open update branch): an empty answer is retried. */
  readonly heldElsewhere?: ((title: string) => boolean) | undefined
  /** Told when arXiv looks down and the remaining keywords are not asked. */
  readonly onDown?: ((skipped: number, reason: string) => void) | undefined
}

/** Keywords failing in a row with server or network errors after which arXiv is taken for down. */
const DOWN_AFTER = 2

export { categoryMatches } from '../common/text.js'

export function entryToPaper(entry: ArxivEntry, sortBy: SortBy): Paper {
  const timestamp = sortBy === 'updated' ? entry.updated : entry.published
  return {
    id: entry.id,
    version: entry.version,
    title: entry.title,
    date: timestamp.slice(0, 10),
    abstract: entry.abstract,
    comment: entry.comment,
    authors: entry.authors,
    categories: entry.categories,
    published: entry.published,
    updated: entry.updated,
    ...(entry.doi ? { doi: entry.doi } : {}),
    ...(entry.journalRef ? { journalRef: entry.journalRef } : {}),
  }
}

/** What arXiv answered for one keyword, and how many papers of it a filter left out. */
export interface Tally {
  answered: number
  categories: number
  exclude: number
}

/** Whether the filters keep an entry, counting it in `tally` under the filter that leaves it out. */
function accepted(entry: ArxivEntry, options: FetchOptions, tally?: Tally): boolean {
  if (tally) tally.answered++
  const reason = filteredBy(entry, options.categories, options.exclude)
  if (reason && tally) tally[reason]++
  return reason === undefined
}

/** Room, in papers, for late-indexed arrivals beyond what the section's own pace predicts. */
const SLACK = 5
/** How much busier than its average day a day may be before a second request is needed. */
const MARGIN = 1.5
const DAY_MS = 86_400_000

const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS)

/**
 * How many results reach back to `cutoff`, estimated from what the section itself shows: the
 * papers it holds from `cutoff` on (arXiv still lists them), plus what arrived since its newest
 * paper at the pace its dates show (papers per day over the span they cover), with a margin for
 * a busier day and room for late-indexed papers.
 */
export function firstRequestSize(papers: readonly Paper[], cutoff: string, today: string, maxPapers: number): number {
  const dates = papers.map((paper) => paper.date)
  const newest = newestDate(papers) ?? today
  const oldest = dates.reduce((min, date) => (date < min ? date : min), newest)
  const perDay = papers.length / (dayNumber(newest) - dayNumber(oldest) + 1)
  const inWindow = dates.filter((date) => date >= cutoff).length
  const sinceNewest = Math.max(1, dayNumber(today) - dayNumber(newest))
  return Math.min(maxPapers, inWindow + Math.ceil(perDay * sinceNewest * MARGIN) + SLACK)
}

/**
 * Fetches one keyword. A section that is not full asks for `maxPapers` in one request. A full
 * section asks only for what is new: newest first, down to `overlapDays` before its newest paper
 * (papers that arXiv indexes late keep an older date, and the window catches them). The first
 * request is sized from the section (see firstRequestSize), or is `pageSize` when that input is
 * set; a further request follows only when the answer did not reach back to the window (a burst,
 * a long pause). Never more than `maxPapers` results in all, as a full fetch would ask.
 */
export async function fetchKeyword(
  client: ArxivClient,
  keyword: KeywordQuery,
  held: Section | undefined,
  options: FetchOptions,
  tally?: Tally,
): Promise<Paper[]> {
  const expectEntries = (held?.papers.length ?? 0) > 0 || options.heldElsewhere?.(keyword.title) === true
  const papers = options.rebuild ? [] : (held?.papers ?? [])
  const request = { query: keyword.query, sortBy: options.sortBy, expectEntries }
  if (papers.length < options.maxPapers) {
    const feed = await client.search({ ...request, start: 0, maxResults: options.maxPapers })
    for (const problem of feed.rejected) options.onRejected?.(problem)
    return feed.entries
      .filter((entry) => accepted(entry, options, tally))
      .map((entry) => entryToPaper(entry, options.sortBy))
  }
  const cutoff = windowStart(papers, options.overlapDays) ?? ''
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const found: Paper[] = []
  let start = 0
  // A category filter hides how many papers arXiv lists for the query (the section shows only
  // those that pass), so the pace cannot be read from it: one request of max-papers then.
  const estimate =
    options.categories.length > 0 ? options.maxPapers : firstRequestSize(papers, cutoff, today, options.maxPapers)
  let size = options.pageSize ?? estimate
  // By first-version date, a full section is still asked newest-updated first: a revision of a
  // paper submitted long ago is listed there today, where a full fetch would find it too.
  const byUpdate = { ...request, sortBy: 'updated' as const }
  while (start < options.maxPapers) {
    size = Math.min(size, options.maxPapers - start)
    const feed = await client.search({
      ...byUpdate,
      expectEntries: expectEntries && start === 0,
      start,
      maxResults: size,
    })
    for (const problem of feed.rejected) options.onRejected?.(problem)
    let oldest: string | undefined
    for (const entry of feed.entries) {
      const paper = entryToPaper(entry, options.sortBy)
      oldest = entry.updated.slice(0, 10)
      if (accepted(entry, options, tally)) found.push(paper)
    }
    if (feed.entries.length < size || oldest === undefined || oldest < cutoff) return found
    start += size
    // Past the estimate: the rest of what a full fetch would ask, in one request (or pages).
    size = options.pageSize ?? options.maxPapers - start
  }
  if (options.sortBy === 'updated') return found
  // More than max-papers papers were updated since the window began (revisions of old papers
  // among them), so the newest-updated listing stopped before reaching back to the window: the
  // newest submissions may lie past it. What a full fetch by first-version date gives is asked
  // then, once, so that the section holds paper for paper what a full fetch would.
  const full = await client.search({ ...request, start: 0, maxResults: options.maxPapers })
  for (const problem of full.rejected) options.onRejected?.(problem)
  const ids = new Set(found.map((paper) => paper.id))
  for (const entry of full.entries)
    if (!ids.has(entry.id) && accepted(entry, options, tally)) found.push(entryToPaper(entry, options.sortBy))
  return found
}

/**
 * Fetches every keyword in turn. A keyword that fails is reported and does not stop the others:
 * its section is kept as it was.
 */
export async function fetchAll(
  client: ArxivClient,
  keywords: readonly KeywordQuery[],
  held: (title: string) => Section | undefined,
  options: FetchOptions,
  onDone: (outcome: FetchOutcome) => void = () => undefined,
): Promise<FetchOutcome[]> {
  const outcomes: FetchOutcome[] = []
  let downInARow = 0
  let down: string | undefined
  for (const keyword of keywords) {
    let outcome: FetchOutcome
    if (down !== undefined) {
      outcome = { title: keyword.title, error: `not asked: arXiv looked down (${down}); the next run catches up` }
    } else {
      try {
        const tally: Tally = { answered: 0, categories: 0, exclude: 0 }
        const papers = await fetchKeyword(client, keyword, held(keyword.title), options, tally)
        outcome = {
          title: keyword.title,
          papers,
          answered: tally.answered,
          filtered: { categories: tally.categories, exclude: tally.exclude },
        }
        downInARow = 0
      } catch (error) {
        outcome = { title: keyword.title, error: errorMessage(error) }
        // Two keywords in a row that fail with server or network errors through every retry: arXiv
        // is down, and the same retries for every other keyword would only hold the job.
        downInARow = error instanceof ArxivUnavailableError ? downInARow + 1 : 0
        if (downInARow >= DOWN_AFTER && keywords.length > outcomes.length + 1) {
          down = `${DOWN_AFTER} keywords in a row failed: ${errorMessage(error)}`
          options.onDown?.(keywords.length - outcomes.length - 1, down)
        }
      }
    }
    onDone(outcome)
    outcomes.push(outcome)
  }
  return outcomes
}
