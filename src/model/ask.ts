import { errorMessage } from '../common/secrets.js'
import type { Paper } from '../readme/model.js'
import { promptFor, readAnswer, type Asked, type Interests, type Summary } from '../plan/summaries.js'
import { ModelClient, ModelRefused, ModelUnavailable, type ModelEndpoint } from './client.js'

/*
 * Asking the model, within the run's budget: the papers without an answer, newest first, a few
 * abstracts a request, two requests at a time. A refused key stops the asking at once (one
 * warning); a model that stays down leaves the rest for the next run; a wrong answer costs that
 * paper only. The digest is delivered whatever happens here.
 */

/** Abstracts per request: one request's overhead (the instructions) shared by several papers. */
export const PAPERS_PER_REQUEST = 5
/** Requests in flight at once. */
const CONCURRENCY = 2

/** What the user's model did in a run: papers answered, papers left for later, requests, tokens. */
export interface ModelStats {
  /** Papers answered this run. */
  readonly answered: number
  /** Papers that still have no answer (the budget spent, the model down or refused). */
  readonly left: number
  readonly requests: number
  readonly tokensIn: number
  readonly tokensOut: number
}

export interface AskOutcome extends ModelStats {
  readonly summaries: Map<string, Summary>
  /** What went wrong, each said once: a refused key, a model down, answers not as asked. */
  readonly warnings: readonly string[]
  /** Papers whose answer was not usable, each with why (for the log). */
  readonly dropped: readonly string[]
}

export async function askModel(
  endpoint: ModelEndpoint,
  papers: readonly Paper[],
  language: string,
  budget: number,
  interests?: Interests,
): Promise<AskOutcome> {
  const client = new ModelClient(endpoint)
  const chosen = papers.slice(0, budget)
  const batches: Asked[][] = []
  for (let i = 0; i < chosen.length; i += PAPERS_PER_REQUEST)
    batches.push(chosen.slice(i, i + PAPERS_PER_REQUEST).map(({ id, title, abstract }) => ({ id, title, abstract })))
  const summaries = new Map<string, Summary>()
  const warnings: string[] = []
  const dropped: string[] = []
  let tokensIn = 0
  let tokensOut = 0
  let stopped = false
  const worker = async (): Promise<void> => {
    while (!stopped) {
      const batch = batches.shift()
      if (!batch) return
      try {
        const completion = await client.complete(promptFor(batch, language, interests))
        tokensIn += completion.tokensIn
        tokensOut += completion.tokensOut
        const answer = readAnswer(completion.content, batch, language, interests)
        for (const [id, summary] of answer.summaries) summaries.set(id, summary)
        dropped.push(...answer.problems)
      } catch (error) {
        // Whatever went wrong, the digest goes on without the model; said once.
        if (!stopped)
          warnings.push(
            error instanceof ModelRefused
              ? `${errorMessage(error)}: check the secret passed as llm-api-key (and llm-api-url); the digest was updated without the model, and the papers wait for a run with a working key`
              : `${error instanceof ModelUnavailable ? errorMessage(error) : `the model's endpoint could not be asked (${errorMessage(error)})`}; the digest was updated without it, and the papers wait for the next run`,
          )
        stopped = true
        return
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return {
    summaries,
    answered: summaries.size,
    left: papers.length - summaries.size,
    requests: client.requests,
    tokensIn,
    tokensOut,
    warnings,
    dropped,
  }
}
