import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  explainGitHubError,
  isNotFastForward,
  isReferenceExists,
  retryAfterSeconds,
} from '../../../src/delivery/github-errors.js'

/** An error as Octokit throws it. */
const refusal = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } })

// Each refusal GitHub gives, and the sentence that says what to do about it.
const cases: [ReturnType<typeof refusal>, Parameters<typeof explainGitHubError>[3], RegExp][] = [
  [
    refusal(403, 'Resource not accessible by integration'),
    'commit',
    /needs "contents: write": add it under "permissions:"/,
  ],
  [refusal(404, 'Not Found'), 'commit', /needs "contents: write"/],
  [refusal(401, 'Bad credentials'), 'commit', /The token is invalid or expired/],
  [refusal(422, 'Protected branch update failed for refs/heads/main.'), 'commit', /Use "mode: pull-request"/],
  [refusal(422, 'Repository rule violations found'), 'pull-request', /Exclude the update branch \(arxiv-daily\/\*\*\)/],
  [
    refusal(403, 'GitHub Actions is not permitted to create or approve pull requests.'),
    'pull-request',
    /Allow GitHub Actions to create and approve pull requests/,
  ],
  [
    refusal(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1764590400' }),
    'commit',
    /rate limit is used up until 2025-12-01 12:00 UTC/,
  ],
  [refusal(403, 'You have exceeded a secondary rate limit', { 'retry-after': '120' }), 'commit', /asked to wait 120 s/],
  [refusal(502, 'Bad Gateway'), 'commit', /server error and retries ran out/],
]

test('every refusal says what GitHub said, what the action was doing, and what to do', () => {
  for (const [error, mode, advice] of cases) {
    const message = explainGitHubError(error, 'update the branch main', 'contents: write', mode).message
    assert.ok(message.startsWith(`GitHub refused to update the branch main (HTTP ${error.status}: `), message)
    assert.match(message, advice)
  }
  assert.match(
    explainGitHubError(refusal(410, 'Issues are disabled for this repo'), 'open the issue', 'issues: write').message,
    /Issues are disabled in this repository: enable them .* or set "issue: false"/,
  )
  const plain = new Error('socket hang up')
  assert.equal(explainGitHubError(plain, 'x', 'contents: read'), plain)
})

test('the refusals the action acts on are told apart', () => {
  assert.ok(isNotFastForward(refusal(422, 'Update is not a fast forward')))
  assert.ok(!isNotFastForward(refusal(422, 'Reference already exists')))
  assert.ok(isReferenceExists(refusal(422, 'Reference already exists')))
  assert.equal(retryAfterSeconds(refusal(429, 'slow down', { 'retry-after': '7' })), 7)
  assert.equal(
    retryAfterSeconds(refusal(403, 'limit', { 'retry-after': '7', 'x-ratelimit-remaining': '0' })),
    undefined,
  )
})
