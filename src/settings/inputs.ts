/*
 * The action's inputs as data: their names (action.yml's), the defaults of those left empty, and
 * the error that names a mistaken one. action.yml states the same defaults; a test keeps the two
 * equal.
 */

/** Input names, the action's public interface (see action.yml). */
export const Inputs = {
  Keywords: 'keywords',
  MaxPapers: 'max-papers',
  Categories: 'categories',
  Exclude: 'exclude',
  SortBy: 'sort-by',
  Columns: 'columns',
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
  SiteDir: 'site-dir',
  LlmApiUrl: 'llm-api-url',
  LlmModel: 'llm-model',
  LlmApiKey: 'llm-api-key',
  LlmLanguage: 'llm-language',
  LlmMaxPapers: 'llm-max-papers',
  Interests: 'interests',
  MinRelevance: 'min-relevance',
} as const

/** A mistaken input: the message names the input and what it accepts. */
export class SettingsError extends Error {
  constructor(input: string, problem: string) {
    super(`Input "${input}": ${problem}`)
    this.name = 'SettingsError'
  }
}

/** The value of an input left empty (or unset, as outside action.yml). */
export const DEFAULTS = {
  [Inputs.Mode]: 'commit',
  [Inputs.ArxivApiUrl]: 'https://export.arxiv.org/api/query',
  [Inputs.RequestDelay]: '3',
  [Inputs.ReadmePath]: 'README.md',
  [Inputs.MaxPapers]: '100',
  [Inputs.SortBy]: 'updated',
  [Inputs.MaxRetries]: '3',
  [Inputs.Timeout]: '30',
  [Inputs.OverlapDays]: '7',
  [Inputs.MaxReadmeKib]: '450',
  [Inputs.PrTitle]: 'Update arXiv papers',
  [Inputs.LlmLanguage]: 'English',
  [Inputs.LlmMaxPapers]: '50',
} as const

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
