import { clock } from '../common/clock.js'
import { proxiedFetch } from '../common/network.js'
import { errorMessage } from '../common/secrets.js'
import * as core from '@actions/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck/light.js'
import { retryAfterSeconds } from './github-errors.js'

/*
 * Octokit with retries and GitHub's rate-limit guidance (throttling), logging to the debug log,
 * through the runner's proxy (common/network.ts).
 */

const GitHubClient = Octokit.plugin(retry, throttling)
export type GitHubClient = InstanceType<typeof GitHubClient>

/** Secondary rate limits and 5xx are waited out this many times, each wait at most a minute. */
const MAX_API_RETRIES = 3
const MAX_RATE_LIMIT_WAIT_S = 60

/** True for an API on this machine (a test server), where GitHub's pacing of writes does not apply. */
function isLoopback(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.')
}

export function createClient(token: string, baseUrl: string, userAgent: string): GitHubClient {
  const retryOnLimit = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean =>
    retryCount < MAX_API_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S
  // GitHub asks for a second between writes and three between requests that notify people
  // (pull requests, issues, comments); a loopback server is a test fake and needs neither.
  const pacing = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 10 })
  const write = isLoopback(baseUrl) ? { write: pacing(), notifications: pacing() } : {}
  const octokit = new GitHubClient({
    auth: token,
    baseUrl,
    userAgent,
    request: { fetch: rawFilesAsBytes },
    throttle: { onRateLimit: retryOnLimit, onSecondaryRateLimit: retryOnLimit, ...write },
    // A rule's refusal (409) stays a refusal, and a 429 waits for what GitHub asks (below).
    retry: { retries: MAX_API_RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (message: string) => core.debug(message),
      error: (message: string) => core.debug(message),
    },
  })
  octokit.hook.wrap('request', (request, options) => honourRetryAfter(() => request(options)))
  return octokit
}

/**
 * A 403 or 429 with `Retry-After` that the throttling plugin leaves alone (its message does not
 * say "secondary rate limit") is waited out when the wait is short; a longer one fails at once,
 * explained. Wraps outside the plugins, so it sees what they gave up on.
 */
async function honourRetryAfter<T>(send: () => T | Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send()
    } catch (error) {
      const wait = retryAfterSeconds(error)
      const handled = /\bsecondary rate\b/i.test(errorMessage(error))
      if (wait === undefined || handled || attempt > MAX_API_RETRIES || wait > MAX_RATE_LIMIT_WAIT_S) throw error
      core.info(`GitHub asked to wait ${wait} s (Retry-After); waiting before trying again`)
      await clock.wait(wait * 1000)
    }
  }
}

/**
 * A file read through the raw media type comes back as its bytes (an ArrayBuffer: a byte order
 * mark kept, which decoding as text would drop), read here while the answer is held. Handing on
 * the answer's body stream instead lets the answer be collected first, which cancels the stream
 * ("Response body object should not be disturbed or locked", now and then in a long run). A
 * folder, listed as JSON whatever was asked, is left for Octokit to parse.
 */
async function rawFilesAsBytes(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await proxiedFetch(input, init)
  const accept = new Headers(init?.headers).get('accept') ?? ''
  const type = response.headers.get('content-type') ?? ''
  if (!response.ok || !accept.includes('raw') || type.includes('json')) return response
  const bytes = await response.arrayBuffer()
  const headers = new Headers(response.headers)
  headers.set('content-type', 'application/octet-stream')
  headers.delete('content-encoding')
  headers.delete('content-length')
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers })
}
