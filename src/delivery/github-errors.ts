/** The permission each kind of write needs, named in messages when a 403 says it is missing. */
export type Permission = 'contents: write' | 'pull-requests: write' | 'issues: write' | 'contents: read'

interface HttpError {
  status: number
  message: string
}

function asHttpError(error: unknown): HttpError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { status, message } = error as { status?: unknown; message?: unknown }
  return typeof status === 'number' ? { status, message: typeof message === 'string' ? message : '' } : undefined
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

/**
 * Turns a GitHub API failure into a message that says what happened and what to do. `step` says
 * what the action was doing; `permission` is what that step needs from the workflow's token.
 */
export function explainGitHubError(error: unknown, step: string, permission: Permission): Error {
  const http = asHttpError(error)
  if (!http) return error instanceof Error ? error : new Error(String(error))
  const said = http.message.split('\n')[0] ?? ''
  const base = `GitHub refused to ${step} (HTTP ${http.status}: ${said}).`
  if (/not permitted to create or approve pull requests/i.test(said)) return new Error(`${base} ${PR_SETTING}`)
  if (/protected branch|rule violation|repository rule|required status check|changes must be made through a pull request/i.test(said)) {
    return new Error(`${base} The branch is protected. Use "mode: pull-request" so the update arrives as a pull request, or allow the workflow's token to push to this branch.`)
  }
  if (http.status === 410 && permission === 'issues: write') return new Error(`${base} Issues are disabled in this repository: enable them (Settings → General → Features → Issues) or set "issue: false".`)
  if (http.status === 401) return new Error(`${base} The token is invalid or expired; check the github-token input.`)
  if (http.status === 403 && /rate limit/i.test(said)) return new Error(`${base} The API rate limit was hit and retries ran out; the next scheduled run will try again.`)
  if (http.status === 403 || (http.status === 404 && permission !== 'contents: read')) {
    return new Error(`${base} The workflow's token needs "${permission}": add it under "permissions:" in the workflow (or the job).`)
  }
  if (http.status >= 500) return new Error(`${base} GitHub had a server error and retries ran out; the next run will try again.`)
  return new Error(base)
}
