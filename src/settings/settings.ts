import * as core from '@actions/core'
import { hideInMessages } from '../common/secrets.js'
import type { KeywordQuery, SortBy } from '../arxiv/query.js'
import { DEFAULTS, defaultPrBranch, Inputs, SettingsError } from './inputs.js'
import { ignoredInputs, refuseBracketedList, suggestMode, suggestZone } from './mistakes.js'
import {
  ARXIV_MIN_DELAY_MS,
  isArxivHost,
  readArxivUrl,
  parseList,
  readChoice,
  readInteger,
  readReadmePath,
  readSeconds,
  readTimezone,
  readFolderPath,
  readUrl,
} from './values.js'
import { categoryProblem, parseColumns, parseKeywords } from './keywords.js'

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
/** The user's own model (the `llm-*` inputs); undefined when `llm-api-url` is empty. */
export interface ModelSettings {
  readonly url: string
  readonly model: string
  readonly apiKey: string
  readonly language: string
  /** Papers asked at most per run. */
  readonly maxPapers: number
  /** The file the answers are kept in, owned by the action. */
  readonly summariesPath: string
  /** `interests`: the reader's words, and arXiv ids of papers they wrote or liked; undefined when empty. */
  readonly interests: { readonly text: string; readonly ids: readonly string[] } | undefined
  /** `min-relevance`: papers scored below it stay out of the digest; undefined keeps all. */
  readonly minRelevance: number | undefined
}

export interface Settings {
  /** Inputs set that this mode does not read, said before the run. */
  readonly warnings: readonly string[]
  readonly keywords: readonly KeywordQuery[]
  /** The user's own model, when `llm-api-url` is set. */
  readonly llm: ModelSettings | undefined
  readonly maxPapers: number
  /** max-papers was given (not left to its default): adopting a README may then cut sections. */
  readonly maxPapersSet: boolean
  readonly categories: readonly string[]
  readonly exclude: readonly string[]
  readonly sortBy: SortBy
  /** The table's columns (Title and Date first); undefined follows the README's table. */
  readonly columns: readonly string[] | undefined
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
  /** Folder of the Atom feeds, relative to the repository root; undefined writes none. */
  readonly feedDir: string | undefined
  /** File of the digest as JSON, relative to the repository root; undefined writes none. */
  readonly jsonPath: string | undefined
  /** Folder of the page to read the digest (`index.html`, `abstracts.json`); undefined writes none. */
  readonly siteDir: string | undefined
  readonly github: GitHubSettings
}

const readInput = (name: string): string => core.getInput(name)
/** An input, or its default when left empty. */
const readOr = (name: keyof typeof DEFAULTS): string => readInput(name) || DEFAULTS[name]

/** `getBooleanInput`, with an unset input read as false (as when run outside action.yml's defaults). */
function readFlag(name: string): boolean {
  if (readInput(name) === '') return false
  try {
    return core.getBooleanInput(name)
  } catch {
    throw new SettingsError(name, `must be "true" or "false"; got ${JSON.stringify(readInput(name))}`)
  }
}

function readGitHubSettings(mode: Mode, readme: string): GitHubSettings {
  const token = readInput(Inputs.GithubToken)
  hideInMessages(token)
  if (mode !== 'local' && token === '') {
    throw new SettingsError(
      Inputs.GithubToken,
      `is empty; mode "${mode}" needs a token (the default \${{ github.token }} works), or use mode "local"`,
    )
  }
  const optional = (name: string): string | undefined => readInput(name).trim() || undefined
  return {
    token,
    base: optional(Inputs.Base),
    commitMessage: optional(Inputs.CommitMessage),
    prBranch: optional(Inputs.PrBranch) ?? defaultPrBranch(optional(Inputs.Base), readme),
    prTitle: optional(Inputs.PrTitle) ?? DEFAULTS[Inputs.PrTitle],
    prLabels: parseList(readInput(Inputs.PrLabels)),
    prAssignees: parseList(readInput(Inputs.PrAssignees)),
    prReviewers: parseList(readInput(Inputs.PrReviewers)),
    prDraft: readFlag(Inputs.PrDraft),
    issue: readFlag(Inputs.Issue),
    issueTitle: optional(Inputs.IssueTitle),
    issueLabels: parseList(readInput(Inputs.IssueLabels)),
    issueClosePrevious: readFlag(Inputs.IssueClosePrevious),
  }
}

/** `json-path`: a file inside the repository, not the README itself; empty is none. */
function jsonPath(readme: string): string | undefined {
  const value = readInput(Inputs.JsonPath)
  if (value.trim() === '') return undefined
  const file = readReadmePath(Inputs.JsonPath, value)
  if (file === readme)
    throw new SettingsError(
      Inputs.JsonPath,
      `is the README itself (${JSON.stringify(file)}); name another file such as "digest.json"`,
    )
  return file
}

/** The `llm-*` inputs; the key is masked and kept out of every message. */
function readModelSettings(readme: string): ModelSettings | undefined {
  const apiKey = readInput(Inputs.LlmApiKey).trim()
  if (apiKey !== '') {
    core.setSecret(apiKey)
    hideInMessages(apiKey)
  }
  const raw = readInput(Inputs.LlmApiUrl).trim()
  if (raw === '') return undefined
  const url = readUrl(Inputs.LlmApiUrl, raw)
  const model = readInput(Inputs.LlmModel).trim()
  if (model === '')
    throw new SettingsError(
      Inputs.LlmModel,
      'is empty while llm-api-url is set; name the model to ask, such as "gpt-4o-mini" or "deepseek-chat"',
    )
  const language = readOr(Inputs.LlmLanguage).trim()
  if (!/^[\p{L}][\p{L} ()-]{0,39}$/u.test(language))
    throw new SettingsError(
      Inputs.LlmLanguage,
      `must name a language, such as "English" or "Chinese"; got ${JSON.stringify(language)}`,
    )
  const slug =
    readme === 'README.md'
      ? ''
      : `-${readme
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}`
  const interestsText = readInput(Inputs.Interests).trim()
  const ids = [...new Set(interestsText.match(/\b(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?\b/g) ?? [])]
    .map((id) => id.replace(/v\d+$/, ''))
    .slice(0, 20)
  const min = readInput(Inputs.MinRelevance).trim()
  const minRelevance = min === '' ? undefined : Number(min)
  if (minRelevance !== undefined && !(Number.isFinite(minRelevance) && minRelevance >= 0 && minRelevance <= 10))
    throw new SettingsError(Inputs.MinRelevance, `must be a number from 0 to 10; got ${JSON.stringify(min)}`)
  if (minRelevance !== undefined && interestsText === '')
    throw new SettingsError(
      Inputs.MinRelevance,
      'needs interests: a few lines on what you work on, which papers are scored against',
    )
  return {
    interests: interestsText === '' ? undefined : { text: interestsText, ids },
    minRelevance,
    url: url.href,
    model,
    apiKey,
    language,
    maxPapers: readInteger(Inputs.LlmMaxPapers, readOr(Inputs.LlmMaxPapers), 0, 2000),
    summariesPath: `.arxiv-daily/summaries${slug}.json`,
  }
}

/** Reads every input once (through `INPUT_*`, as the runner passes them) and validates it. */
export function readSettings(): Settings {
  // Not `required: true`: its message would not say what to write.
  const keywords = parseKeywords(readInput(Inputs.Keywords))
  const mode = readChoice(Inputs.Mode, readOr(Inputs.Mode), ['local', 'commit', 'pull-request'] as const, suggestMode)
  const endpoint = readArxivUrl(Inputs.ArxivApiUrl, readOr(Inputs.ArxivApiUrl))
  const requestDelayMs = readSeconds(Inputs.RequestDelay, readOr(Inputs.RequestDelay), 0, 600)
  if (requestDelayMs < ARXIV_MIN_DELAY_MS && isArxivHost(endpoint.hostname)) {
    throw new SettingsError(
      Inputs.RequestDelay,
      `must be at least 3 seconds for ${endpoint.hostname} (arXiv's terms of use ask for one request every three seconds); lower values are for mirrors and test servers only`,
    )
  }
  const readme = readReadmePath(Inputs.ReadmePath, readOr(Inputs.ReadmePath))
  for (const list of [Inputs.Categories, Inputs.Columns, Inputs.Exclude]) refuseBracketedList(list, readInput(list))
  const categories = parseList(readInput(Inputs.Categories))
  for (const category of categories) {
    const problem = categoryProblem(category)
    if (problem) throw new SettingsError(Inputs.Categories, problem)
  }
  return {
    keywords,
    maxPapers: readInteger(Inputs.MaxPapers, readOr(Inputs.MaxPapers), 1, 2000),
    maxPapersSet: readInput(Inputs.MaxPapers) !== '',
    categories,
    exclude: parseList(readInput(Inputs.Exclude)).map((word) => word.toLowerCase()),
    columns: parseColumns(readInput(Inputs.Columns)),
    sortBy: readChoice(Inputs.SortBy, readOr(Inputs.SortBy), ['updated', 'published'] as const),
    readmePath: readme,
    mode,
    arxivApiUrl: endpoint.href,
    requestDelayMs,
    timezone: readTimezone(Inputs.Timezone, readInput(Inputs.Timezone), suggestZone),
    maxRetries: readInteger(Inputs.MaxRetries, readOr(Inputs.MaxRetries), 0, 10),
    timeoutMs: readSeconds(Inputs.Timeout, readOr(Inputs.Timeout), 1, 300),
    failOnError: readFlag(Inputs.FailOnError),
    pageSize:
      readInput(Inputs.PageSize) === '' ? undefined : readInteger(Inputs.PageSize, readInput(Inputs.PageSize), 1, 2000),
    overlapDays: readInteger(Inputs.OverlapDays, readOr(Inputs.OverlapDays), 0, 365),
    budgetBytes: readInteger(Inputs.MaxReadmeKib, readOr(Inputs.MaxReadmeKib), 16, 100_000) * 1024,
    feedDir: readFolderPath(Inputs.FeedDir, readInput(Inputs.FeedDir)),
    jsonPath: jsonPath(readme),
    siteDir: readFolderPath(Inputs.SiteDir, readInput(Inputs.SiteDir)),
    github: readGitHubSettings(mode, readme),
    llm: readModelSettings(readme),
    warnings: ignoredInputs(mode, readInput),
  }
}
