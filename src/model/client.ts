import { MAX_RETRY_AFTER_MS, parseRetryAfter } from '../arxiv/client.js'
import { clock } from '../common/clock.js'
import { proxiedFetch } from '../common/network.js'
import { errorMessage } from '../common/secrets.js'
import type { promptFor } from '../plan/summaries.js'

/*
 * One OpenAI-compatible endpoint the user names (OpenAI, DeepSeek, Gemini's compatible endpoint,
 * OpenRouter, a self-hosted Ollama or vLLM): POST {llm-api-url}/chat/completions. Written by hand
 * over fetch rather than with the `openai` package: one request shape is all the action sends, and
 * the package would add about a megabyte to a bundle already past its target.
 */

export interface ModelEndpoint {
  readonly url: string
  readonly model: string
  /** Empty for a server that needs none (a local Ollama). */
  readonly apiKey: string
  readonly timeoutMs: number
  /** Tries after the first for a 429, a 5xx or a time-out. */
  readonly maxRetries: number
}

/** The key was refused (401, 403): asking again this run would be refused too. */
export class ModelRefused extends Error {}
/** The model did not answer after every retry (429, 5xx, time-outs): the papers wait for a later run. */
export class ModelUnavailable extends Error {}

export interface Completion {
  readonly content: string
  readonly tokensIn: number
  readonly tokensOut: number
}

export class ModelClient {
  requests = 0

  constructor(private readonly endpoint: ModelEndpoint) {}

  /** One chat completion asking for JSON; retried within bounds, then ModelUnavailable. */
  async complete(messages: ReturnType<typeof promptFor>): Promise<Completion> {
    const { url, model, apiKey, timeoutMs, maxRetries } = this.endpoint
    const target = `${url.replace(/\/+$/, '')}/chat/completions`
    let jsonMode = true
    for (let attempt = 0; ; attempt++) {
      let wait: number | undefined
      let problem: string
      try {
        this.requests++
        const response = await proxiedFetch(target, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
          },
          body: JSON.stringify({
            model,
            messages,
            temperature: 0.2,
            ...(jsonMode ? { response_format: { type: 'json_object' } } : {}),
          }),
          signal: AbortSignal.timeout(timeoutMs),
        })
        const text = await response.text()
        if (response.status === 401 || response.status === 403)
          throw new ModelRefused(`the model's endpoint refused the key (HTTP ${response.status})`)
        // A server that does not know JSON mode says so once; the prompt asks for JSON anyway.
        if (response.status === 400 && jsonMode && /response_format|json/i.test(text)) {
          jsonMode = false
          attempt--
          continue
        }
        if (response.ok) {
          const data = JSON.parse(text) as {
            choices?: { message?: { content?: unknown } }[]
            usage?: { prompt_tokens?: unknown; completion_tokens?: unknown }
          }
          const content = data.choices?.[0]?.message?.content
          return {
            content: typeof content === 'string' ? content : '',
            tokensIn: Number(data.usage?.prompt_tokens) || 0,
            tokensOut: Number(data.usage?.completion_tokens) || 0,
          }
        }
        if (response.status !== 429 && response.status < 500)
          throw new ModelUnavailable(`the model's endpoint answered HTTP ${response.status}: ${text.slice(0, 200)}`)
        problem = `HTTP ${response.status}`
        wait = parseRetryAfter(response.headers.get('retry-after'))
      } catch (error) {
        if (error instanceof ModelRefused || error instanceof ModelUnavailable) throw error
        problem =
          error instanceof Error && error.name === 'TimeoutError'
            ? `no answer within ${timeoutMs / 1000} s`
            : errorMessage(error)
      }
      if (attempt >= maxRetries || (wait !== undefined && wait > MAX_RETRY_AFTER_MS))
        throw new ModelUnavailable(
          `the model did not answer (${problem}${attempt > 0 ? `, after ${attempt + 1} attempts` : ''})`,
        )
      await clock.wait(wait ?? 1000 * 2 ** attempt)
    }
  }
}
