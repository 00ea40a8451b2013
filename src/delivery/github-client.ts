import * as core from '@actions/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck/light.js'

/** Octokit with retries and GitHub's rate-limit guidance (throttling), logging to the debug log. */

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
  return new GitHubClient({
    auth: token,
    baseUrl,
    userAgent,
    throttle: { onRateLimit: retryOnLimit, onSecondaryRateLimit: retryOnLimit, ...write },
    retry: { retries: MAX_API_RETRIES },
    log: { debug: () => undefined, info: () => undefined, warn: (message: string) => core.debug(message), error: (message: string) => core.debug(message) },
  })
}
