import { clock } from '../common/clock.js'
import { errorMessage } from '../common/secrets.js'
import { ArxivApiError, ArxivFormatError, describeBody, parseAtom, type ArxivFeed } from './atom.js'
import { BodyTooLargeError, HttpClient, HttpTimeoutError, type HttpResponse } from './http.js'
import { buildIdListUrl, buildQueryUrl, type SortBy } from './query.js'

export interface ArxivClientOptions {
  readonly endpoint: string
  /** Minimum time between the starts of two requests. */
  readonly requestDelayMs: number
  /** Per request, headers and body together. */
  readonly timeoutMs: number
  readonly maxRetries: number
  readonly userAgent: string
  /** Told of each retry (reason, attempt, wait), so that a run waiting on arXiv never looks hung. */
  readonly onRetry?: ((message: string) => void) | undefined
}

const sleep = (ms: number): Promise<void> => clock.wait(ms)

/** No real answer comes close: 2000 entries are about 6 MB. Anything larger is cut off. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024
/** A `Retry-After` longer than this is not waited for: the keyword fails instead of the job hanging. */
export const MAX_RETRY_AFTER_MS = 60_000
const MAX_BACKOFF_MS = 60_000

/** A failure worth another try (5xx, 429, a body that is not Atom, a network error). */
class TransientError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message)
  }
}

/** The request failed for good; the message says why in the user's terms. */
export class ArxivRequestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArxivRequestError'
  }
}

/** arXiv failed with server or network errors through every retry: it is down, or unreachable. */
export class ArxivUnavailableError extends ArxivRequestError {
  constructor(message: string) {
    super(message)
    this.name = 'ArxivUnavailableError'
  }
}

export interface SearchRequest {
  readonly query: string
  readonly sortBy: SortBy
  readonly start: number
  readonly maxResults: number
  /** An empty page is suspicious (the section already holds papers): retry it before believing it. */
  readonly expectEntries?: boolean
}

/** Parses `Retry-After` given in seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs)
}

/**
 * The arXiv API client: one request at a time, request starts spaced by `requestDelayMs` (the
 * time a response takes counts toward the delay), bounded retries, a cap on the body size.
 */
export class ArxivClient {
  private lastStart = Number.NEGATIVE_INFINITY
  private readonly http = new HttpClient()
  /** Bytes of response bodies received, for the benchmark and the job summary. */
  bytesReceived = 0
  requests = 0

  constructor(private readonly options: ArxivClientOptions) {}

  async search(request: SearchRequest): Promise<ArxivFeed> {
    const url = buildQueryUrl(this.options.endpoint, request.query, request.sortBy, request.start, request.maxResults)
    return this.retried(url, request.expectEntries === true)
  }

  /** The papers with these ids (without version: arXiv answers with the latest), paced and retried. */
  async lookup(ids: readonly string[]): Promise<ArxivFeed> {
    return this.retried(buildIdListUrl(this.options.endpoint, ids), true)
  }

  private async retried(url: string, expectEntries: boolean): Promise<ArxivFeed> {
    const request = { expectEntries }
    for (let attempt = 0; ; attempt++) {
      try {
        const feed = await this.fetchOnce(url)
        // arXiv is known to send spurious empty pages: a section that holds papers is kept as it
        // was rather than believed empty.
        if (request.expectEntries && feed.entries.length === 0) {
          throw new TransientError(
            'arXiv returned no papers, although the section holds papers; the section was kept as it was',
          )
        }
        return feed
      } catch (error) {
        if (!(error instanceof TransientError)) throw error
        if (attempt >= this.options.maxRetries) {
          throw new ArxivUnavailableError(`${error.message} (gave up after ${attempt + 1} attempts)`)
        }
        const wait = this.backoff(attempt, error.retryAfterMs)
        this.options.onRetry?.(
          `arXiv: ${error.message}; attempt ${attempt + 1} of ${this.options.maxRetries + 1} failed, trying again in ${(wait / 1000).toFixed(1)} s`,
        )
        await sleep(wait)
      }
    }
  }

  /** Exponential backoff with jitter, based on the request delay; `Retry-After` wins when longer. */
  private backoff(attempt: number, retryAfterMs: number | undefined): number {
    const base = Math.max(this.options.requestDelayMs, 100) * 2 ** attempt
    const jittered = Math.min(MAX_BACKOFF_MS, base + Math.random() * base)
    return Math.max(jittered, retryAfterMs ?? 0)
  }

  private async pace(): Promise<void> {
    const wait = this.lastStart + this.options.requestDelayMs - performance.now()
    if (wait > 0) await sleep(wait)
    this.lastStart = performance.now()
  }

  private async fetchOnce(url: string): Promise<ArxivFeed> {
    await this.pace()
    this.requests++
    const started = performance.now()
    const feed = await this.answer(url)
    // `timeout` bounds the whole request, reading the answer included: a body that takes longer
    // to parse than arXiv's answers ever do is refused, not asked for again.
    const elapsed = performance.now() - started
    if (elapsed > this.options.timeoutMs)
      throw new ArxivRequestError(
        `arXiv's answer took ${(elapsed / 1000).toFixed(1)} s to receive and read, longer than timeout (${this.options.timeoutMs / 1000} s)`,
      )
    return feed
  }

  private async answer(url: string): Promise<ArxivFeed> {
    const { status, headers, body } = await this.get(url)
    if (status === 429 || status >= 500) {
      const retryAfter = parseRetryAfter(typeof headers['retry-after'] === 'string' ? headers['retry-after'] : null)
      if (retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_MS) {
        throw new ArxivRequestError(
          `arXiv answered HTTP ${status} and asked to wait ${Math.ceil(retryAfter / 1000)} s, longer than the ${MAX_RETRY_AFTER_MS / 1000} s this action waits`,
        )
      }
      throw new TransientError(
        `arXiv answered HTTP ${status}${status === 429 ? ' (too many requests)' : ''}`,
        retryAfter,
      )
    }
    if (status !== 200) {
      // The current server explains a rejected query in an Atom error entry with HTTP 400.
      parseOrExplain(body, status)
      throw new ArxivRequestError(`arXiv answered HTTP ${status}: ${describeBody(body)}`)
    }
    return parseOrExplain(body, status)
  }

  private async get(url: string): Promise<HttpResponse> {
    try {
      return await this.http.get(url, {
        headers: { 'User-Agent': this.options.userAgent, Accept: 'application/atom+xml' },
        timeoutMs: this.options.timeoutMs,
        maxBytes: MAX_BODY_BYTES,
        onBytes: (count) => (this.bytesReceived += count),
      })
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        throw new ArxivRequestError(`arXiv's answer exceeded ${MAX_BODY_BYTES / 1024 / 1024} MB; reading stopped`)
      if (error instanceof HttpTimeoutError)
        throw new TransientError(`arXiv did not answer within ${this.options.timeoutMs / 1000} s`)
      const code = (error as NodeJS.ErrnoException).code
      const host = new URL(this.options.endpoint).host
      throw new TransientError(
        `could not reach arXiv at ${host} (${code ?? errorMessage(error)}); check the runner's network, or set arxiv-api-url to a mirror`,
      )
    }
  }

  /** Closes the kept-alive connection, so that the process can exit at once. */
  close(): void {
    this.http.close()
  }
}

/** Parses a body; an error entry is final, a body that is not Atom is worth retrying. */
function parseOrExplain(body: string, status: number): ArxivFeed {
  try {
    return parseAtom(body)
  } catch (error) {
    if (error instanceof ArxivApiError) throw error
    if (error instanceof ArxivFormatError && error.refused) throw new ArxivRequestError(error.message)
    if (status !== 200) throw new ArxivRequestError(`arXiv answered HTTP ${status}: ${describeBody(body)}`)
    throw new TransientError(`arXiv's answer was not a valid Atom feed: ${errorMessage(error)}`)
  }
}
