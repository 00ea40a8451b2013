/** The permission each kind of write needs, named in messages when a 403 says it is missing. */
export type Permission = 'contents: write' | 'pull-requests: write' | 'issues: write' | 'contents: read'

export type Mode = 'commit' | 'pull-request'

interface HttpError {
  status: number
  message: string
  headers: Record<string, string | number | undefined>
}

function asHttpError(error: unknown): HttpError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { status, message, response } = error as {
    status?: unknown
    message?: unknown
    response?: { headers?: HttpError['headers'] }
  }
  if (typeof status !== 'number') return undefined
  return { status, message: typeof message === 'string' ? message : '', headers: response?.headers ?? {} }
}

/** Seconds GitHub asked to wait (`Retry-After`), for a refusal that is not a used-up primary limit. */
export function retryAfterSeconds(error: unknown): number | undefined {
  const http = asHttpError(error)
  return http && retryAfterOf(http)
}

function retryAfterOf(http: HttpError): number | undefined {
  if ((http.status !== 403 && http.status !== 429) || http.headers['x-ratelimit-remaining'] === '0') return undefined
  const value = Number(http.headers['retry-after'])
  return Number.isFinite(value) && String(http.headers['retry-after'] ?? '') !== '' ? Math.max(0, value) : undefined
}

export function httpStatus(error: unknown): number | undefined {
  return asHttpError(error)?.status
}

/** The ref update was refused because the branch moved since it was read. */
export function isNotFastForward(error: unknown): boolean {
  const http = asHttpError(error)
  return http !== undefined && http.status === 422 && /fast.?forward/i.test(http.message)
}

export function isReferenceExists(error: unknown): boolean {
  const http = asHttpError(error)
  return http !== undefined && http.status === 422 && /already exists/i.test(http.message)
}

const PR_SETTING =
  'Allow it in the repository (or organization) settings: Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests", or pass a personal access token as github-token.'

const RULE_REFUSAL =
  /protected branch|rule violation|repository rule|required status check|changes must be made through a pull request|cannot force-push|not authorized to push|cannot create ref|cannot update this protected ref/i

/** What to do when a branch rule (ruleset or branch protection) refuses the action's push. */
const RULE_ADVICE: Record<Mode, string> = {
  commit: `A branch rule refuses direct pushes to this branch. Use "mode: pull-request" so the update arrives as a pull request, or let the workflow's token bypass the rule.`,
  'pull-request':
    'A branch rule (a ruleset or branch protection) covers the update branch, which the action creates and rewrites on each update. Exclude the update branch (arxiv-daily/**) from the rule, or set "pr-branch" to a name no rule covers.',
}

/** When the token's hourly limit is used up (it resets at a known time), or GitHub asked for a long wait. */
function rateLimitAdvice(http: HttpError): string | undefined {
  if (http.status !== 403 && http.status !== 429) return undefined
  if (http.headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(http.headers['x-ratelimit-reset'])
    const when =
      Number.isFinite(reset) && reset > 0
        ? new Date(reset * 1000)
            .toISOString()
            .replace(/:\d{2}\.\d{3}Z$/, ' UTC')
            .replace('T', ' ')
        : 'within the hour'
    return `The token's API rate limit is used up until ${when}; nothing more was done, and a run after that time will work.`
  }
  const wait = retryAfterOf(http)
  if (wait !== undefined)
    return `GitHub asked to wait ${wait} s before the next request, longer than the action waits (60 s); the next scheduled run will try again.`
  return undefined
}

/**
 * Turns a GitHub API failure into a message that says what happened and what to do. `step` says
 * what the action was doing; `permission` is what that step needs from the workflow's token.
 */
export function explainGitHubError(error: unknown, step: string, permission: Permission, mode: Mode = 'commit'): Error {
  const http = asHttpError(error)
  if (!http) return error instanceof Error ? error : new Error(String(error))
  // GitHub's whole message: a rule violation names the rule on its later lines.
  const said = http.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '')
  const base = `GitHub refused to ${step} (HTTP ${http.status}: ${said}).`
  if (/not permitted to create or approve pull requests/i.test(said)) return new Error(`${base} ${PR_SETTING}`)
  if (RULE_REFUSAL.test(said)) return new Error(`${base} ${RULE_ADVICE[mode]}`)
  const limit = rateLimitAdvice(http)
  if (limit) return new Error(`${base} ${limit}`)
  if (http.status === 410 && permission === 'issues: write')
    return new Error(
      `${base} Issues are disabled in this repository: enable them (Settings → General → Features → Issues) or set "issue: false".`,
    )
  if (http.status === 401) return new Error(`${base} The token is invalid or expired; check the github-token input.`)
  if ((http.status === 403 || http.status === 429) && /rate limit/i.test(said))
    return new Error(`${base} The API rate limit was hit and retries ran out; the next scheduled run will try again.`)
  if (http.status === 403 || (http.status === 404 && permission !== 'contents: read')) {
    return new Error(
      `${base} The workflow's token needs "${permission}": add it under "permissions:" in the workflow (or the job).`,
    )
  }
  if (http.status >= 500)
    return new Error(`${base} GitHub had a server error and retries ran out; the next run will try again.`)
  return new Error(base)
}

/** `readme-path` names a folder in the repository. */
export class FolderError extends Error {
  constructor(readonly path: string) {
    super(`${path} is a folder`)
    this.name = 'FolderError'
  }
}
