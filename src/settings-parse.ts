import path from 'node:path'
import { keywordQuery, queryProblem, type KeywordQuery } from './arxiv/query.js'
import { ARXIV_ARCHIVES, ARXIV_CATEGORIES } from './arxiv/taxonomy.js'

/**
 * The input names and how each kind of input value is read and checked: the pieces settings.ts
 * puts together. Every problem is a SettingsError naming the input and what it accepts.
 */

/** Input names, the action's public interface (see action.yml). */
export const Inputs = {
  Keywords: 'keywords',
  MaxPapers: 'max-papers',
  Categories: 'categories',
  Exclude: 'exclude',
  SortBy: 'sort-by',
  ReadmePath: 'readme-path',
  Mode: 'mode',
  ArxivApiUrl: 'arxiv-api-url',
  RequestDelay: 'request-delay',
  Timezone: 'timezone',
  MaxRetries: 'max-retries',
  Timeout: 'timeout',
  FailOnError: 'fail-on-error',
  PageSize: 'page-size',
  OverlapDays: 'overlap-days',
  MaxReadmeKib: 'max-readme-kib',
  GithubToken: 'github-token',
  Base: 'base',
  CommitMessage: 'commit-message',
  PrBranch: 'pr-branch',
  PrTitle: 'pr-title',
  PrLabels: 'pr-labels',
  PrAssignees: 'pr-assignees',
  PrReviewers: 'pr-reviewers',
  PrDraft: 'pr-draft',
  Issue: 'issue',
  IssueTitle: 'issue-title',
  IssueLabels: 'issue-labels',
  IssueClosePrevious: 'issue-close-previous',
  FeedDir: 'feed-dir',
  JsonPath: 'json-path',
} as const

/** A mistaken input: the message names the input and what it accepts. */
export class SettingsError extends Error {
  constructor(input: string, problem: string) {
    super(`Input "${input}": ${problem}`)
    this.name = 'SettingsError'
  }
}

export const MAX_KEYWORD_LENGTH = 200
const EMPTY_KEYWORDS = 'is empty; give one keyword per line, for example "Reward Model"'

/** Items separated by newlines or commas, trimmed, empty ones dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/**
 * One keyword per line; a line may hold several separated by commas. `Title = query` uses the
 * query verbatim (commas and all) under that section title.
 */
export function parseKeywords(value: string): KeywordQuery[] {
  const keywords: KeywordQuery[] = []
  for (const line of value.split('\n')) {
    const raw = /^([^=]+?)\s*=\s*(.*)$/.exec(line.trim())
    if (raw) {
      const [, title = '', query = ''] = raw
      const problem = queryProblem(query)
      if (problem)
        throw new SettingsError(
          Inputs.Keywords,
          `the arXiv query of "${title}" is malformed: ${problem}. Write it as "Section title = ti:\\"phrase\\" AND cat:cs.CL"`,
        )
      keywords.push({ title, query: query.trim() })
      continue
    }
    for (const keyword of parseList(line))
      keywords.push({ title: keyword.replace(/\s+/g, ' '), query: keywordQuery(keyword) })
  }
  if (keywords.length === 0) throw new SettingsError(Inputs.Keywords, EMPTY_KEYWORDS)
  const seen = new Set<string>()
  for (const { title } of keywords) {
    // A keyword of punctuation only would search for nothing (`ti:"" AND abs:""`).
    if (!/[\p{L}\p{N}]/u.test(title)) {
      throw new SettingsError(
        Inputs.Keywords,
        `${JSON.stringify(title)} has nothing to search for (no letter or digit); give words such as "Reward Model"`,
      )
    }
    if (title.length > MAX_KEYWORD_LENGTH)
      throw new SettingsError(
        Inputs.Keywords,
        `"${title.slice(0, 40)}..." is longer than ${MAX_KEYWORD_LENGTH} characters`,
      )
    const key = title.toLowerCase()
    if (seen.has(key))
      throw new SettingsError(
        Inputs.Keywords,
        `"${title}" appears twice (keywords are compared without case); each keyword becomes one section`,
      )
    seen.add(key)
  }
  return keywords
}

export function readInteger(name: string, value: string, min: number, max: number): number {
  const trimmed = value.trim()
  const parsed = Number(trimmed)
  if (!/^-?\d+$/.test(trimmed) || parsed < min || parsed > max) {
    throw new SettingsError(name, `must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`)
  }
  return parsed
}

export function readSeconds(name: string, value: string, min: number, max: number): number {
  const parsed = Number(value.trim())
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new SettingsError(name, `must be a number of seconds from ${min} to ${max}; got ${JSON.stringify(value)}`)
  }
  return Math.round(parsed * 1000)
}

export function readChoice<T extends string>(name: string, value: string, accepted: readonly T[]): T {
  const found = accepted.find((candidate) => candidate === value.trim())
  if (!found)
    throw new SettingsError(
      name,
      `must be one of ${accepted.map((a) => `"${a}"`).join(', ')}; got ${JSON.stringify(value)}`,
    )
  return found
}

export function readUrl(name: string, value: string): URL {
  try {
    const parsed = new URL(value.trim())
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed
  } catch {
    // reported below
  }
  throw new SettingsError(
    name,
    `must be an http(s) URL such as https://export.arxiv.org/api/query; got ${JSON.stringify(value)}`,
  )
}

const KNOWN_CATEGORIES = new Set([...ARXIV_ARCHIVES, ...ARXIV_CATEGORIES])

/**
 * Why `category` is not one arXiv tags papers with (undefined when it is): a filter that matches
 * nothing would silently empty every section. Suggests the spelling a user most likely meant.
 */
export function categoryProblem(category: string): string | undefined {
  if (KNOWN_CATEGORIES.has(category)) return undefined
  const taxonomy = 'see https://arxiv.org/category_taxonomy'
  const sameLetters = [...KNOWN_CATEGORIES].find((known) => known.toLowerCase() === category.toLowerCase())
  if (sameLetters)
    return `${JSON.stringify(category)} is not an arXiv category; did you mean "${sameLetters}"? (categories are case-sensitive; ${taxonomy})`
  const archive = category.split('.')[0] ?? ''
  const siblings = ARXIV_CATEGORIES.filter((known) => known.startsWith(`${archive}.`))
  if (siblings.length > 0)
    return `${JSON.stringify(category)} is not an arXiv category; those of "${archive}" are ${siblings.join(', ')} (${taxonomy})`
  return `${JSON.stringify(category)} is not an arXiv category or archive such as "cs", "cs.CL" or "astro-ph.GA" (${taxonomy})`
}

export const isArxivHost = (host: string): boolean => host === 'arxiv.org' || host.endsWith('.arxiv.org')

/** arXiv's terms of use ask for at most one request every three seconds. */
export const ARXIV_MIN_DELAY_MS = 3000

export function readTimezone(name: string, value: string): string {
  const zone = value.trim() || 'UTC'
  // The default needs no check; loading the time zone data costs a run 15 ms.
  if (zone === 'UTC') return zone
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone })
    return zone
  } catch {
    throw new SettingsError(
      name,
      `${JSON.stringify(value)} is not an IANA time zone; use a name such as "UTC" or "Europe/Berlin"`,
    )
  }
}

/** Keeps the README inside the repository: relative, no `..`, POSIX separators. */
export function readReadmePath(name: string, value: string): string {
  const raw = value.trim()
  if (raw === '')
    throw new SettingsError(name, 'is empty; give a path relative to the repository root such as "README.md"')
  if (path.posix.isAbsolute(raw) || path.win32.isAbsolute(raw)) {
    throw new SettingsError(name, `must be relative to the repository root; got ${JSON.stringify(value)}`)
  }
  const normalized = path.posix.normalize(raw.replace(/\\/g, '/'))
  if (normalized === '..' || normalized.startsWith('../') || normalized === '.' || normalized.endsWith('/')) {
    throw new SettingsError(name, `must name a file inside the repository; got ${JSON.stringify(value)}`)
  }
  return normalized
}

export const DEFAULT_PR_BRANCH = 'arxiv-daily/update'

/**
 * One update branch per base and README: `arxiv-daily/update` for the README.md of the default
 * branch, with the base and the path added when they are not those (`arxiv-daily/update-dev`,
 * `arxiv-daily/update-docs-papers-md`), so that two workflows never share a branch.
 */
export function defaultPrBranch(base: string | undefined, path: string): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
  const parts = [base === undefined ? '' : slug(base), path === 'README.md' ? '' : slug(path)].filter(
    (part) => part !== '',
  )
  return parts.length === 0 ? DEFAULT_PR_BRANCH : `${DEFAULT_PR_BRANCH}-${parts.join('-')}`
}

/** A folder inside the repository (`feed-dir`): relative, no `..`, POSIX separators; empty is none. */
export function readFolderPath(name: string, value: string): string | undefined {
  if (value.trim() === '') return undefined
  const folder = readReadmePath(name, value.trim().replace(/[\\/]+$/, ''))
  return folder
}
