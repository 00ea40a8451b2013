export const id = 81;
export const ids = [81];
export const modules = {

/***/ 2081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  askModel: () => (/* binding */ askModel)
});

// UNUSED EXPORTS: PAPERS_PER_REQUEST

// EXTERNAL MODULE: ./src/common/secrets.ts
var secrets = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/plan/summaries.ts
var plan_summaries = __webpack_require__(8300);
// EXTERNAL MODULE: ./src/arxiv/client.ts + 2 modules
var client = __webpack_require__(791);
// EXTERNAL MODULE: ./src/common/clock.ts
var clock = __webpack_require__(9987);
// EXTERNAL MODULE: ./src/common/network.ts
var network = __webpack_require__(1451);
;// CONCATENATED MODULE: ./src/model/client.ts




/** The key was refused (401, 403): asking again this run would be refused too. */
class ModelRefused extends Error {
}
/** The model did not answer after every retry (429, 5xx, time-outs): the papers wait for a later run. */
class ModelUnavailable extends Error {
}
/** A `Retry-After` longer than this is not waited for: the papers wait for the next run instead. */
const MAX_WAIT_MS = 60_000;
class ModelClient {
    endpoint;
    requests = 0;
    constructor(endpoint) {
        this.endpoint = endpoint;
    }
    /** One chat completion asking for JSON; retried within bounds, then ModelUnavailable. */
    async complete(messages) {
        const { url, model, apiKey, timeoutMs, maxRetries } = this.endpoint;
        const target = `${url.replace(/\/+$/, '')}/chat/completions`;
        let jsonMode = true;
        for (let attempt = 0;; attempt++) {
            let wait;
            let problem;
            try {
                this.requests++;
                const response = await (0,network/* proxiedFetch */.i)(target, {
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
                });
                const text = await response.text();
                if (response.status === 401 || response.status === 403)
                    throw new ModelRefused(`the model's endpoint refused the key (HTTP ${response.status})`);
                // A server that does not know JSON mode says so once; the prompt asks for JSON anyway.
                if (response.status === 400 && jsonMode && /response_format|json/i.test(text)) {
                    jsonMode = false;
                    attempt--;
                    continue;
                }
                if (response.ok) {
                    const data = JSON.parse(text);
                    const content = data.choices?.[0]?.message?.content;
                    return {
                        content: typeof content === 'string' ? content : '',
                        tokensIn: Number(data.usage?.prompt_tokens) || 0,
                        tokensOut: Number(data.usage?.completion_tokens) || 0,
                    };
                }
                if (response.status !== 429 && response.status < 500)
                    throw new ModelUnavailable(`the model's endpoint answered HTTP ${response.status}: ${text.slice(0, 200)}`);
                problem = `HTTP ${response.status}`;
                wait = (0,client/* parseRetryAfter */.mu)(response.headers.get('retry-after'));
            }
            catch (error) {
                if (error instanceof ModelRefused || error instanceof ModelUnavailable)
                    throw error;
                problem =
                    error instanceof Error && error.name === 'TimeoutError'
                        ? `no answer within ${timeoutMs / 1000} s`
                        : (0,secrets/* errorMessage */.gJ)(error);
            }
            if (attempt >= maxRetries || (wait !== undefined && wait > MAX_WAIT_MS))
                throw new ModelUnavailable(`the model did not answer (${problem}${attempt > 0 ? `, after ${attempt + 1} attempts` : ''})`);
            await clock/* clock */.p.wait(wait ?? 1000 * 2 ** attempt);
        }
    }
}

;// CONCATENATED MODULE: ./src/model/ask.ts



/*
 * Asking the model, within the run's budget: the papers without an answer, newest first, a few
 * abstracts a request, two requests at a time. A refused key stops the asking at once (one
 * warning); a model that stays down leaves the rest for the next run; a wrong answer costs that
 * paper only. The digest is delivered whatever happens here.
 */
/** Abstracts per request: one request's overhead (the instructions) shared by several papers. */
const PAPERS_PER_REQUEST = 5;
/** Requests in flight at once. */
const CONCURRENCY = 2;
async function askModel(endpoint, papers, language, budget, interests) {
    const client = new ModelClient(endpoint);
    const chosen = papers.slice(0, budget);
    const batches = [];
    for (let i = 0; i < chosen.length; i += PAPERS_PER_REQUEST)
        batches.push(chosen.slice(i, i + PAPERS_PER_REQUEST).map(({ id, title, abstract }) => ({ id, title, abstract })));
    const summaries = new Map();
    const warnings = [];
    const dropped = [];
    let tokensIn = 0;
    let tokensOut = 0;
    let stopped = false;
    const worker = async () => {
        while (!stopped) {
            const batch = batches.shift();
            if (!batch)
                return;
            try {
                const completion = await client.complete((0,plan_summaries/* promptFor */.k)(batch, language, interests));
                tokensIn += completion.tokensIn;
                tokensOut += completion.tokensOut;
                const answer = (0,plan_summaries/* readAnswer */.JN)(completion.content, batch, language, interests);
                for (const [id, summary] of answer.summaries)
                    summaries.set(id, summary);
                dropped.push(...answer.problems);
            }
            catch (error) {
                // Whatever went wrong, the digest goes on without the model; said once.
                if (!stopped)
                    warnings.push(error instanceof ModelRefused
                        ? `${(0,secrets/* errorMessage */.gJ)(error)}: check the secret passed as llm-api-key (and llm-api-url); the digest was updated without the model, and the papers wait for a run with a working key`
                        : `${error instanceof ModelUnavailable ? (0,secrets/* errorMessage */.gJ)(error) : `the model's endpoint could not be asked (${(0,secrets/* errorMessage */.gJ)(error)})`}; the digest was updated without it, and the papers wait for the next run`);
                stopped = true;
                return;
            }
        }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return {
        summaries,
        answered: summaries.size,
        left: papers.length - summaries.size,
        requests: client.requests,
        tokensIn,
        tokensOut,
        warnings,
        dropped,
    };
}


/***/ })

};
