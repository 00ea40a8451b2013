import type { ArxivEntry } from './atom.js'
import type { ArxivClient } from './client.js'
import type { KeywordQuery, SortBy } from './query.js'
import type { Paper, Section } from '../digest/model.js'

/** What the run got for one keyword: its papers, or why it has none. */
export type FetchOutcome =
  | { readonly title: string; readonly papers: readonly Paper[]; readonly error?: undefined }
  | { readonly title: string; readonly papers?: undefined; readonly error: string }

export interface FetchOptions {
  readonly sortBy: SortBy
  readonly maxPapers: number
  readonly pageSize: number
  readonly overlapDays: number
  readonly categories: readonly string[]
  readonly exclude: readonly string[]
}

/** `cs` matches `cs.CL`; `cs.CL` matches only itself. */
export function categoryMatches(filter: string, term: string): boolean {
  return term === filter || term.startsWith(`${filter}.`)
}

export function entryToPaper(entry: ArxivEntry, sortBy: SortBy): Paper {
  const timestamp = sortBy === 'updated' ? entry.updated : entry.published
  return {
    id: entry.id,
    version: entry.version,
    title: entry.title,
    date: timestamp.slice(0, 10),
    abstract: entry.abstract,
    comment: entry.comment,
  }
}

/** `exclude` applies to every paper (a word added later also clears the rows already shown). */
export function isExcluded(paper: Pick<Paper, 'title' | 'abstract'>, exclude: readonly string[]): boolean {
  if (exclude.length === 0) return false
  const text = `${paper.title}\n${paper.abstract}`.toLowerCase()
  return exclude.some((word) => text.includes(word))
}

function accepted(entry: ArxivEntry, options: FetchOptions): boolean {
  if (options.categories.length > 0 && !entry.categories.some((term) => options.categories.some((filter) => categoryMatches(filter, term)))) {
    return false
  }
  return !isExcluded(entry, options.exclude)
}

/** Room for papers indexed late, beyond the held ones still expected in the window. */
const TAIL_MARGIN = 5

function daysBefore(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) - days * 86_400_000
  return new Date(time).toISOString().slice(0, 10)
}

/**
 * Fetches one keyword. A section that is full asks only for what is new: pages of `pageSize`,
 * stopping once a page reaches `overlapDays` before the newest paper it holds (papers that arXiv
 * indexes late keep an older date, and the window catches them). Never more than `maxPapers`
 * results in all, as a full fetch would ask.
 */
export async function fetchKeyword(client: ArxivClient, keyword: KeywordQuery, held: Section | undefined, options: FetchOptions): Promise<Paper[]> {
  const papers = held?.papers ?? []
  const expectEntries = papers.length > 0
  const request = { query: keyword.query, sortBy: options.sortBy, expectEntries }
  if (papers.length < options.maxPapers) {
    const feed = await client.search({ ...request, start: 0, maxResults: options.maxPapers })
    return feed.entries.filter((entry) => accepted(entry, options)).map((entry) => entryToPaper(entry, options.sortBy))
  }
  const newest = papers.reduce((max, paper) => (paper.date > max ? paper.date : max), '')
  const cutoff = daysBefore(newest, options.overlapDays)
  // Held papers inside the window that arXiv has not shown yet.
  const unseen = new Set(papers.filter((paper) => paper.date >= cutoff).map((paper) => paper.id))
  const found: Paper[] = []
  let start = 0
  let size = Math.min(options.pageSize, options.maxPapers)
  while (start < options.maxPapers) {
    const feed = await client.search({ ...request, expectEntries: expectEntries && start === 0, start, maxResults: size })
    const page = feed.entries.map((entry) => ({ entry, paper: entryToPaper(entry, options.sortBy) }))
    for (const { entry, paper } of page) {
      unseen.delete(paper.id)
      if (accepted(entry, options)) found.push(paper)
    }
    const oldest = page.at(-1)?.paper.date
    if (page.length < size || oldest === undefined || oldest < cutoff) break
    start += size
    // The next page only needs room for the held papers still expected plus a few late arrivals.
    size = Math.min(options.pageSize, unseen.size + TAIL_MARGIN, options.maxPapers - start)
  }
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
  for (const keyword of keywords) {
    let outcome: FetchOutcome
    try {
      outcome = { title: keyword.title, papers: await fetchKeyword(client, keyword, held(keyword.title), options) }
    } catch (error) {
      outcome = { title: keyword.title, error: (error as Error).message }
    }
    onDone(outcome)
    outcomes.push(outcome)
  }
  return outcomes
}
