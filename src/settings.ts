import * as core from '@actions/core'
import path from 'node:path'
import { keywordQuery, queryProblem, type KeywordQuery, type SortBy } from './arxiv/query.js'
import { ARXIV_ARCHIVES, ARXIV_CATEGORIES } from './arxiv/taxonomy.js'

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
} as const

export type Mode = 'local' | 'commit' | 'pull-request'

export interface GitHubSettings {
  readonly token: string
  /** Branch that receives the update; undefined means the repository's default branch. */
  readonly base: string | undefined
  readonly commitMessage: string | undefined
  readonly prBranch: string
  readonly prTitle: string
  readonly prLabels: readonly string[]
  readonly prAssignees: readonly string[]
  readonly prReviewers: readonly string[]
  readonly prDraft: boolean
  readonly issue: boolean
  readonly issueTitle: string | undefined
  readonly issueLabels: readonly string[]
  /** Close the previous notification issue (for this README) when opening the next. */
  readonly issueClosePrevious: boolean
}

/** Everything a run needs, read and validated once before any network call. */
export interface Settings {
  readonly keywords: readonly KeywordQuery[]
  readonly maxPapers: number
  readonly categories: readonly string[]
  readonly exclude: readonly string[]
  readonly sortBy: SortBy
  /** Relative to the repository root, POSIX separators, normalized. */
  readonly readmePath: string
  readonly mode: Mode
  readonly arxivApiUrl: string
  readonly requestDelayMs: number
  readonly timezone: string
  readonly maxRetries: number
  readonly timeoutMs: number
  readonly failOnError: boolean
  /** Empty input: the first request of a full section is sized from the section. */
  readonly pageSize: number | undefined
  readonly overlapDays: number
  /** README size budget; older papers move to linked files beyond it. */
  readonly budgetBytes: number
  readonly github: GitHubSettings
}

/** A mistaken input: the message names the input and what it accepts. */
export class SettingsError extends Error {
  constructor(input: string, problem: string) {
    super(`Input "${input}": ${problem}`)
    this.name = 'SettingsError'
  }
}

export const MAX_KEYWORD_LENGTH = 200
const EMPTY_KEYWORDS = 'is empty; give one keyword per line, for example "Reward Model"'
export const DEFAULT_PR_TITLE = 'Update arXiv papers'

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
      if (problem) throw new SettingsError(Inputs.Keywords, `the arXiv query of "${title}" is malformed: ${problem}. Write it as "Section title = ti:\\"phrase\\" AND cat:cs.CL"`)
      keywords.push({ title, query: query.trim() })
      continue
    }
    for (const keyword of parseList(line)) keywords.push({ title: keyword.replace(/\s+/g, ' '), query: keywordQuery(keyword) })
  }
  if (keywords.length === 0) throw new SettingsError(Inputs.Keywords, EMPTY_KEYWORDS)
  const seen = new Set<string>()
  for (const { title } of keywords) {
    // A keyword of punctuation only would search for nothing (`ti:"" AND abs:""`).
    if (!/[\p{L}\p{N}]/u.test(title)) {
      throw new SettingsError(Inputs.Keywords, `${JSON.stringify(title)} has nothing to search for (no letter or digit); give words such as "Reward Model"`)
    }
    if (title.length > MAX_KEYWORD_LENGTH) throw new SettingsError(Inputs.Keywords, `"${title.slice(0, 40)}..." is longer than ${MAX_KEYWORD_LENGTH} characters`)
    const key = title.toLowerCase()
    if (seen.has(key)) throw new SettingsError(Inputs.Keywords, `"${title}" appears twice (keywords are compared without case); each keyword becomes one section`)
    seen.add(key)
  }
  return keywords
}

function integer(name: string, value: string, min: number, max: number): number {
  const trimmed = value.trim()
  const parsed = Number(trimmed)
  if (!/^-?\d+$/.test(trimmed) || parsed < min || parsed > max) {
    throw new SettingsError(name, `must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`)
  }
  return parsed
}

function seconds(name: string, value: string, min: number, max: number): number {
  const parsed = Number(value.trim())
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new SettingsError(name, `must be a number of seconds from ${min} to ${max}; got ${JSON.stringify(value)}`)
  }
  return Math.round(parsed * 1000)
}

function oneOf<T extends string>(name: string, value: string, accepted: readonly T[]): T {
  const found = accepted.find((candidate) => candidate === value.trim())
  if (!found) throw new SettingsError(name, `must be one of ${accepted.map((a) => `"${a}"`).join(', ')}; got ${JSON.stringify(value)}`)
  return found
}

function url(name: string, value: string): URL {
  try {
    const parsed = new URL(value.trim())
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed
  } catch {
    // reported below
  }
  throw new SettingsError(name, `must be an http(s) URL such as https://export.arxiv.org/api/query; got ${JSON.stringify(value)}`)
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
  if (sameLetters) return `${JSON.stringify(category)} is not an arXiv category; did you mean "${sameLetters}"? (categories are case-sensitive; ${taxonomy})`
  const archive = category.split('.')[0] ?? ''
  const siblings = ARXIV_CATEGORIES.filter((known) => known.startsWith(`${archive}.`))
  if (siblings.length > 0) return `${JSON.stringify(category)} is not an arXiv category; those of "${archive}" are ${siblings.join(', ')} (${taxonomy})`
  return `${JSON.stringify(category)} is not an arXiv category or archive such as "cs", "cs.CL" or "astro-ph.GA" (${taxonomy})`
}

const isArxivHost = (host: string): boolean => host === 'arxiv.org' || host.endsWith('.arxiv.org')

/** arXiv's terms of use ask for at most one request every three seconds. */
export const ARXIV_MIN_DELAY_MS = 3000

function timezone(name: string, value: string): string {
  const zone = value.trim() || 'UTC'
  // The default needs no check; loading the time zone data costs a run 15 ms.
  if (zone === 'UTC') return zone
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone })
    return zone
  } catch {
    throw new SettingsError(name, `${JSON.stringify(value)} is not an IANA time zone; use a name such as "UTC" or "Europe/Berlin"`)
  }
}

/** Keeps the README inside the repository: relative, no `..`, POSIX separators. */
export function readmePath(name: string, value: string): string {
  const raw = value.trim()
  if (raw === '') throw new SettingsError(name, 'is empty; give a path relative to the repository root such as "README.md"')
  if (path.posix.isAbsolute(raw) || path.win32.isAbsolute(raw)) {
    throw new SettingsError(name, `must be relative to the repository root; got ${JSON.stringify(value)}`)
  }
  const normalized = path.posix.normalize(raw.replace(/\\/g, '/'))
  if (normalized === '..' || normalized.startsWith('../') || normalized === '.' || normalized.endsWith('/')) {
    throw new SettingsError(name, `must name a file inside the repository; got ${JSON.stringify(value)}`)
  }
  return normalized
}

const input = (name: string): string => core.getInput(name)

export const DEFAULT_PR_BRANCH = 'arxiv-daily/update'

/**
 * One update branch per base and README: `arxiv-daily/update` for the README.md of the default
 * branch, with the base and the path added when they are not those (`arxiv-daily/update-dev`,
 * `arxiv-daily/update-docs-papers-md`), so that two workflows never share a branch.
 */
export function defaultPrBranch(base: string | undefined, path: string): string {
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')
  const parts = [base === undefined ? '' : slug(base), path === 'README.md' ? '' : slug(path)].filter((part) => part !== '')
  return parts.length === 0 ? DEFAULT_PR_BRANCH : `${DEFAULT_PR_BRANCH}-${parts.join('-')}`
}

/** `getBooleanInput`, with an unset input read as false (as when run outside action.yml's defaults). */
function flag(name: string): boolean {
  if (input(name) === '') return false
  try {
    return core.getBooleanInput(name)
  } catch {
    throw new SettingsError(name, `must be "true" or "false"; got ${JSON.stringify(input(name))}`)
  }
}

function github(mode: Mode, readme: string): GitHubSettings {
  const token = input(Inputs.GithubToken)
  if (mode !== 'local' && token === '') {
    throw new SettingsError(Inputs.GithubToken, `is empty; mode "${mode}" needs a token (the default \${{ github.token }} works), or use mode "local"`)
  }
  const optional = (name: string): string | undefined => input(name).trim() || undefined
  return {
    token,
    base: optional(Inputs.Base),
    commitMessage: optional(Inputs.CommitMessage),
    prBranch: optional(Inputs.PrBranch) ?? defaultPrBranch(optional(Inputs.Base), readme),
    prTitle: optional(Inputs.PrTitle) ?? DEFAULT_PR_TITLE,
    prLabels: parseList(input(Inputs.PrLabels)),
    prAssignees: parseList(input(Inputs.PrAssignees)),
    prReviewers: parseList(input(Inputs.PrReviewers)),
    prDraft: flag(Inputs.PrDraft),
    issue: flag(Inputs.Issue),
    issueTitle: optional(Inputs.IssueTitle),
    issueLabels: parseList(input(Inputs.IssueLabels)),
    issueClosePrevious: flag(Inputs.IssueClosePrevious),
  }
}

/** Reads every input once (through `INPUT_*`, as the runner passes them) and validates it. */
export function readSettings(): Settings {
  // Not `required: true`: its message would not say what to write.
  const keywords = parseKeywords(input(Inputs.Keywords))
  const mode = oneOf(Inputs.Mode, input(Inputs.Mode) || 'commit', ['local', 'commit', 'pull-request'] as const)
  const endpoint = url(Inputs.ArxivApiUrl, input(Inputs.ArxivApiUrl) || 'https://export.arxiv.org/api/query')
  const requestDelayMs = seconds(Inputs.RequestDelay, input(Inputs.RequestDelay) || '3', 0, 600)
  if (requestDelayMs < ARXIV_MIN_DELAY_MS && isArxivHost(endpoint.hostname)) {
    throw new SettingsError(Inputs.RequestDelay, `must be at least 3 seconds for ${endpoint.hostname} (arXiv's terms of use ask for one request every three seconds); lower values are for mirrors and test servers only`)
  }
  const readme = readmePath(Inputs.ReadmePath, input(Inputs.ReadmePath) || 'README.md')
  const categories = parseList(input(Inputs.Categories))
  for (const category of categories) {
    const problem = categoryProblem(category)
    if (problem) throw new SettingsError(Inputs.Categories, problem)
  }
  return {
    keywords,
    maxPapers: integer(Inputs.MaxPapers, input(Inputs.MaxPapers) || '100', 1, 2000),
    categories,
    exclude: parseList(input(Inputs.Exclude)).map((word) => word.toLowerCase()),
    sortBy: oneOf(Inputs.SortBy, input(Inputs.SortBy) || 'updated', ['updated', 'published'] as const),
    readmePath: readme,
    mode,
    arxivApiUrl: endpoint.href,
    requestDelayMs,
    timezone: timezone(Inputs.Timezone, input(Inputs.Timezone)),
    maxRetries: integer(Inputs.MaxRetries, input(Inputs.MaxRetries) || '3', 0, 10),
    timeoutMs: seconds(Inputs.Timeout, input(Inputs.Timeout) || '30', 1, 300),
    failOnError: flag(Inputs.FailOnError),
    pageSize: input(Inputs.PageSize) === '' ? undefined : integer(Inputs.PageSize, input(Inputs.PageSize), 1, 2000),
    overlapDays: integer(Inputs.OverlapDays, input(Inputs.OverlapDays) || '7', 0, 365),
    budgetBytes: integer(Inputs.MaxReadmeKib, input(Inputs.MaxReadmeKib) || '450', 16, 100_000) * 1024,
    github: github(mode, readme),
  }
}
