export const id = 913;
export const ids = [913];
export const modules = {

/***/ 5539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readExisting)
/* harmony export */ });
/* harmony import */ var _digest_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2071);
/* harmony import */ var _digest_overflow_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5159);
/* harmony import */ var _digest_overflow_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7846);



/**
 * Reads the README and its overflow files. `known` is what an earlier read found: files with the
 * same text are not parsed again (a run reads the README before fetching and again to plan).
 */
async function readExisting(read, readmePath, known) {
    const readme = await read(readmePath);
    const document = known !== undefined && known.readme === readme ? known.document : (0,_digest_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReadme */ .ci)(readme, readmePath);
    const overflowTexts = new Map();
    for (const file of (0,_digest_overflow_files_js__WEBPACK_IMPORTED_MODULE_2__/* .overflowPaths */ .HX)(document, readmePath))
        overflowTexts.set(file, await read(file));
    const same = known !== undefined && [...overflowTexts].every(([file, text]) => known.overflowTexts.get(file) === text);
    const moved = same ? known.moved : (0,_digest_overflow_js__WEBPACK_IMPORTED_MODULE_1__/* .movedPapers */ .Py)(overflowTexts);
    return { readme, document, overflowTexts, moved, digest: (0,_digest_overflow_js__WEBPACK_IMPORTED_MODULE_1__/* .withMoved */ .I3)(document.digest, moved, readmePath) };
}


/***/ }),

/***/ 9529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ retryAfterSeconds),
/* harmony export */   Hz: () => (/* binding */ isNotFastForward),
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   Yo: () => (/* binding */ isReferenceExists),
/* harmony export */   b3: () => (/* binding */ FolderError),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   rg: () => (/* binding */ SpecialPathError)
/* harmony export */ });
function asHttpError(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const { status, message, response } = error;
    if (typeof status !== 'number')
        return undefined;
    return { status, message: typeof message === 'string' ? message : '', headers: response?.headers ?? {} };
}
/** Seconds GitHub asked to wait (`Retry-After`), for a refusal that is not a used-up primary limit. */
function retryAfterSeconds(error) {
    const http = asHttpError(error);
    return http && retryAfterOf(http);
}
function retryAfterOf(http) {
    if ((http.status !== 403 && http.status !== 429) || http.headers['x-ratelimit-remaining'] === '0')
        return undefined;
    const value = Number(http.headers['retry-after']);
    return Number.isFinite(value) && String(http.headers['retry-after'] ?? '') !== '' ? Math.max(0, value) : undefined;
}
function httpStatus(error) {
    return asHttpError(error)?.status;
}
/** The ref update was refused because the branch moved since it was read. */
function isNotFastForward(error) {
    const http = asHttpError(error);
    return http !== undefined && http.status === 422 && /fast.?forward/i.test(http.message);
}
function isReferenceExists(error) {
    const http = asHttpError(error);
    return http !== undefined && http.status === 422 && /already exists/i.test(http.message);
}
const PR_SETTING = 'Allow it in the repository (or organization) settings: Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests", or pass a personal access token as github-token.';
const RULE_REFUSAL = /protected branch|rule violation|repository rule|required status check|changes must be made through a pull request|cannot force-push|not authorized to push|cannot create ref|cannot update this protected ref/i;
/** What to do when a branch rule (ruleset or branch protection) refuses the action's push. */
const RULE_ADVICE = {
    commit: `A branch rule refuses direct pushes to this branch. Use "mode: pull-request" so the update arrives as a pull request, or let the workflow's token bypass the rule.`,
    'pull-request': 'A branch rule (a ruleset or branch protection) covers the update branch, which the action creates and rewrites on each update. Exclude the update branch (arxiv-daily/**) from the rule, or set "pr-branch" to a name no rule covers.',
};
/** When the token's hourly limit is used up (it resets at a known time), or GitHub asked for a long wait. */
function rateLimitAdvice(http) {
    if (http.status !== 403 && http.status !== 429)
        return undefined;
    if (http.headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(http.headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0
            ? new Date(reset * 1000)
                .toISOString()
                .replace(/:\d{2}\.\d{3}Z$/, ' UTC')
                .replace('T', ' ')
            : 'within the hour';
        return `The token's API rate limit is used up until ${when}; nothing more was done, and a run after that time will work.`;
    }
    const wait = retryAfterOf(http);
    if (wait !== undefined)
        return `GitHub asked to wait ${wait} s before the next request, longer than the action waits (60 s); the next scheduled run will try again.`;
    return undefined;
}
/**
 * Turns a GitHub API failure into a message that says what happened and what to do. `step` says
 * what the action was doing; `permission` is what that step needs from the workflow's token.
 */
function explainGitHubError(error, step, permission, mode = 'commit') {
    const http = asHttpError(error);
    if (!http)
        return error instanceof Error ? error : new Error(String(error));
    // GitHub's whole message: a rule violation names the rule on its later lines.
    const said = http.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    const base = `GitHub refused to ${step} (HTTP ${http.status}: ${said}).`;
    if (/not permitted to create or approve pull requests/i.test(said))
        return new Error(`${base} ${PR_SETTING}`);
    if (RULE_REFUSAL.test(said))
        return new Error(`${base} ${RULE_ADVICE[mode]}`);
    const limit = rateLimitAdvice(http);
    if (limit)
        return new Error(`${base} ${limit}`);
    if (http.status === 410 && permission === 'issues: write')
        return new Error(`${base} Issues are disabled in this repository: enable them (Settings → General → Features → Issues) or set "issue: false".`);
    if (http.status === 401)
        return new Error(`${base} The token is invalid or expired; check the github-token input.`);
    if ((http.status === 403 || http.status === 429) && /rate limit/i.test(said))
        return new Error(`${base} The API rate limit was hit and retries ran out; the next scheduled run will try again.`);
    if (http.status === 403 || (http.status === 404 && permission !== 'contents: read')) {
        return new Error(`${base} The workflow's token needs "${permission}": add it under "permissions:" in the workflow (or the job).`);
    }
    if (http.status >= 500)
        return new Error(`${base} GitHub had a server error and retries ran out; the next run will try again.`);
    return new Error(base);
}
/** A path the action refuses to write; the target turns it into an input error when it is readme-path. */
class SpecialPathError extends Error {
    path;
    problem;
    constructor(path, problem) {
        super(`"${path}" ${problem}.`);
        this.path = path;
        this.problem = problem;
        this.name = 'SpecialPathError';
    }
}
/** `readme-path` names a folder in the repository. */
class FolderError extends Error {
    path;
    constructor(path) {
        super(`${path} is a folder`);
        this.path = path;
        this.name = 'FolderError';
    }
}


/***/ }),

/***/ 913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runUpdate: () => (/* binding */ runUpdate)
});

// UNUSED EXPORTS: USER_AGENT

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/arxiv/fetch.ts


/** `cs` matches `cs.CL`; `cs.CL` matches only itself. */
function categoryMatches(filter, term) {
    return term === filter || term.startsWith(`${filter}.`);
}
function entryToPaper(entry, sortBy) {
    const timestamp = sortBy === 'updated' ? entry.updated : entry.published;
    return {
        id: entry.id,
        version: entry.version,
        title: entry.title,
        date: timestamp.slice(0, 10),
        abstract: entry.abstract,
        comment: entry.comment,
    };
}
function accepted(entry, options) {
    if (options.categories.length > 0 &&
        !entry.categories.some((term) => options.categories.some((filter) => categoryMatches(filter, term)))) {
        return false;
    }
    return !(0,src_text/* isExcluded */.RF)(entry, options.exclude);
}
/** Room, in papers, for late-indexed arrivals beyond what the section's own pace predicts. */
const SLACK = 5;
/** How much busier than its average day a day may be before a second request is needed. */
const MARGIN = 1.5;
const DAY_MS = 86_400_000;
const dayNumber = (date) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
function daysBefore(date, days) {
    return new Date((dayNumber(date) - days) * DAY_MS).toISOString().slice(0, 10);
}
/**
 * How many results reach back to `cutoff`, estimated from what the section itself shows: the
 * papers it holds from `cutoff` on (arXiv still lists them), plus what arrived since its newest
 * paper at the pace its dates show (papers per day over the span they cover), with a margin for
 * a busier day and room for late-indexed papers.
 */
function firstRequestSize(papers, cutoff, today, maxPapers) {
    const dates = papers.map((paper) => paper.date);
    const newest = dates.reduce((max, date) => (date > max ? date : max), '');
    const oldest = dates.reduce((min, date) => (date < min ? date : min), newest);
    const perDay = papers.length / (dayNumber(newest) - dayNumber(oldest) + 1);
    const inWindow = dates.filter((date) => date >= cutoff).length;
    const sinceNewest = Math.max(1, dayNumber(today) - dayNumber(newest));
    return Math.min(maxPapers, inWindow + Math.ceil(perDay * sinceNewest * MARGIN) + SLACK);
}
/**
 * Fetches one keyword. A section that is not full asks for `maxPapers` in one request. A full
 * section asks only for what is new: newest first, down to `overlapDays` before its newest paper
 * (papers that arXiv indexes late keep an older date, and the window catches them). The first
 * request is sized from the section (see firstRequestSize), or is `pageSize` when that input is
 * set; a further request follows only when the answer did not reach back to the window (a burst,
 * a long pause). Never more than `maxPapers` results in all, as a full fetch would ask.
 */
async function fetchKeyword(client, keyword, held, options) {
    const papers = held?.papers ?? [];
    const expectEntries = papers.length > 0;
    const request = { query: keyword.query, sortBy: options.sortBy, expectEntries };
    if (papers.length < options.maxPapers) {
        const feed = await client.search({ ...request, start: 0, maxResults: options.maxPapers });
        return feed.entries.filter((entry) => accepted(entry, options)).map((entry) => entryToPaper(entry, options.sortBy));
    }
    const newest = papers.reduce((max, paper) => (paper.date > max ? paper.date : max), '');
    const cutoff = daysBefore(newest, options.overlapDays);
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const found = [];
    let start = 0;
    let size = options.pageSize ?? firstRequestSize(papers, cutoff, today, options.maxPapers);
    while (start < options.maxPapers) {
        size = Math.min(size, options.maxPapers - start);
        const feed = await client.search({
            ...request,
            expectEntries: expectEntries && start === 0,
            start,
            maxResults: size,
        });
        let oldest;
        for (const entry of feed.entries) {
            const paper = entryToPaper(entry, options.sortBy);
            oldest = paper.date;
            if (accepted(entry, options))
                found.push(paper);
        }
        if (feed.entries.length < size || oldest === undefined || oldest < cutoff)
            break;
        start += size;
        // Past the estimate: the rest of what a full fetch would ask, in one request (or pages).
        size = options.pageSize ?? options.maxPapers - start;
    }
    return found;
}
/**
 * Fetches every keyword in turn. A keyword that fails is reported and does not stop the others:
 * its section is kept as it was.
 */
async function fetchAll(client, keywords, held, options, onDone = () => undefined) {
    const outcomes = [];
    for (const keyword of keywords) {
        let outcome;
        try {
            outcome = { title: keyword.title, papers: await fetchKeyword(client, keyword, held(keyword.title), options) };
        }
        catch (error) {
            outcome = { title: keyword.title, error: (0,errors/* errorMessage */.g)(error) };
        }
        onDone(outcome);
        outcomes.push(outcome);
    }
    return outcomes;
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 28 modules
var XMLParser = __webpack_require__(8879);
;// CONCATENATED MODULE: ./src/arxiv/atom.ts



/** arXiv answered with its Atom error entry (title `Error`, author `arXiv api core`). */
class ArxivApiError extends Error {
    constructor(message) {
        super(`arXiv rejected the query: ${message}`);
        this.name = 'ArxivApiError';
    }
}
/**
 * The body is not an Atom feed at all (HTML page, `Rate exceeded.`, truncated XML, ...). Such
 * answers come and go with arXiv's load, so they are worth another try, unless `refused`: a body
 * that is not merely broken but hostile (entity definitions), which asking again will not mend.
 */
class ArxivFormatError extends Error {
    refused;
    constructor(message, refused = false) {
        super(message);
        this.refused = refused;
        this.name = 'ArxivFormatError';
    }
}
// Namespace prefixes are dropped (`arxiv:comment` → `comment`) so that a feed declaring its
// namespaces on the root (new server) or on each element (old server) reads the same. Values
// stay strings: a paper titled `0` must not turn into the number 0.
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Entities are decoded by `text` below, only in the fields the digest reads.
    processEntities: false,
    htmlEntities: false,
    // Callbacks get no path strings: building them for every tag halves the parser's speed.
    jPath: false,
    isArray: (name) => name === 'entry' || name === 'category' || name === 'author' || name === 'link',
});
function isNode(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The five predefined XML entities and character references; anything else stays as written. */
function decodeEntities(raw) {
    if (!raw.includes('&'))
        return raw;
    return raw.replace(/&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-z]+);/g, (whole, name) => (0,src_text/* decodeReference */.i6)(name, src_text/* XML_ENTITIES */.ot) ?? whole);
}
// One pass over the feed before parsing, which the parser (reading character by character)
// would otherwise spend most of its time on:
// - long text (titles, abstracts, comments) is lifted out and put back after parsing; text in
//   XML cannot hold U+FFFF, so a placeholder cannot be confused with text arXiv sent;
// - elements the digest never reads (authors, 34 in some entries; links; DOIs; journal refs)
//   are dropped.
// Text in a feed is escaped, so these patterns only ever meet elements; quoted attribute values
// may hold '>'.
const LIFT = '\uffff';
const PREPASS = /<((?:[a-z]+:)?(?:summary|title|comment))(\s[^>]*)?>([^<]*)<\/\1>|<((?:[a-z]+:)?(?:author|doi|journal_ref|affiliation))\b(?:[^>"]|"[^"]*")*>[\s\S]*?<\/\4>|<(?:[a-z]+:)?(?:link|primary_category)\b(?:[^>"]|"[^"]*")*\/>/g;
/** The pre-pass; `keepUnused` keeps the authors, by which arXiv's error entry is recognised. */
function prepare(xml, keepUnused) {
    const lifted = [];
    const slim = xml.replace(PREPASS, (whole, tag, attributes, body) => {
        if (tag === undefined)
            return keepUnused ? whole : '';
        lifted.push(body ?? '');
        return `<${tag}${attributes ?? ''}>${LIFT}${lifted.length - 1}</${tag}>`;
    });
    return { slim, lifted };
}
/** Text content of an element that may carry attributes (`<title type="html">`). */
function atom_text(value, lifted = []) {
    if (typeof value === 'string')
        return decodeEntities(value.startsWith(LIFT) ? (lifted[Number(value.slice(1))] ?? '') : value);
    if (typeof value === 'number')
        return String(value);
    if (isNode(value))
        return atom_text(value['#text'], lifted);
    return '';
}
function list(value) {
    return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
const DTD = /<!DOCTYPE|<!ENTITY/i;
const FEED_END = /<\/(?:[a-z]+:)?feed>\s*$/;
const ERROR_AUTHOR = /<(?:[a-z]+:)?name\b[^>]*>\s*arXiv api core\s*<\//;
// An error page from a proxy or the load balancer in front of arXiv: worth another try.
const HTML = /^\s*(<!doctype html|<html)/i;
function parseEntry(entry, lifted) {
    const rawId = (0,src_text/* normalizeText */.fQ)(atom_text(entry.id));
    const abs = rawId.lastIndexOf('/abs/');
    if (abs === -1)
        throw new ArxivFormatError(`an entry has an unexpected id ${JSON.stringify(rawId)}`);
    const { id, version } = (0,src_text/* splitVersionedId */.pI)(rawId.slice(abs + '/abs/'.length));
    const updated = (0,src_text/* normalizeText */.fQ)(atom_text(entry.updated));
    const published = (0,src_text/* normalizeText */.fQ)(atom_text(entry.published)) || updated;
    return {
        id,
        version,
        title: (0,src_text/* normalizeText */.fQ)(atom_text(entry.title, lifted)),
        abstract: (0,src_text/* normalizeText */.fQ)(atom_text(entry.summary, lifted)),
        comment: (0,src_text/* normalizeText */.fQ)(atom_text(entry.comment, lifted)),
        updated: updated || published,
        published,
        categories: list(entry.category)
            .map((category) => isNode(category) ? decodeEntities(typeof category['@term'] === 'string' ? category['@term'] : '') : '')
            .filter((term) => term !== ''),
    };
}
function isErrorEntry(entry, lifted) {
    const authors = list(entry.author).map((author) => (isNode(author) ? (0,src_text/* normalizeText */.fQ)(atom_text(author.name)) : ''));
    return (0,src_text/* normalizeText */.fQ)(atom_text(entry.title, lifted)) === 'Error' && authors.includes('arXiv api core');
}
/**
 * Parses an arXiv API response. Throws `ArxivApiError` for arXiv's error entry and
 * `ArxivFormatError` for anything that is not an Atom feed.
 */
function parseAtom(xml) {
    // Entity definitions are refused before parsing: no real answer has them, and expanding
    // them is how a hostile body would exhaust memory.
    if (HTML.test(xml))
        throw new ArxivFormatError(`arXiv answered with an HTML page instead of Atom: ${describeBody(xml.replace(/<[^>]*>/g, ' '))}`);
    if (xml.includes('<!') && DTD.test(xml))
        throw new ArxivFormatError('the answer contains a DOCTYPE or entity definitions, which arXiv never sends', true);
    // The error entry is recognised by its author, so a feed that may hold one keeps its authors.
    const possibleError = xml.includes('arXiv api core') && ERROR_AUTHOR.test(xml);
    let document;
    const { slim, lifted } = prepare(xml, possibleError);
    try {
        // The parser's own validation pass costs as much as parsing: a feed that is cut off is caught
        // by its missing `</feed>`, and mismatched tags make the parser throw.
        if (!FEED_END.test(xml.slice(-100)))
            throw new Error('the feed is cut off before </feed>');
        document = parser.parse(slim);
    }
    catch (error) {
        throw new ArxivFormatError(`the answer is not well-formed XML (${(0,errors/* errorMessage */.g)(error).split('\n')[0]})`);
    }
    const feed = isNode(document) ? document.feed : undefined;
    if (!isNode(feed))
        throw new ArxivFormatError(`the answer is not an Atom feed: ${describeBody(xml)}`);
    const entries = list(feed.entry).filter(isNode);
    const error = entries.find((entry) => isErrorEntry(entry, lifted));
    if (error)
        throw new ArxivApiError((0,src_text/* normalizeText */.fQ)(atom_text(error.summary, lifted)) || 'no reason given');
    const total = Number.parseInt((0,src_text/* normalizeText */.fQ)(atom_text(feed.totalResults)), 10);
    return {
        entries: entries.map((entry) => parseEntry(entry, lifted)),
        totalResults: Number.isNaN(total) ? undefined : total,
    };
}
/** A short, safe description of a body that is not Atom, for error messages. */
function describeBody(body) {
    const trimmed = (0,src_text/* normalizeText */.fQ)(body);
    if (trimmed === '')
        return 'an empty body';
    return JSON.stringify(trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/arxiv/http.ts


/** The body passed `maxBytes`; reading stopped there. */
class BodyTooLargeError extends Error {
}
/** No complete answer within the time allowed (headers and body together). */
class HttpTimeoutError extends Error {
}
/**
 * One GET over a kept-alive connection. node:http rather than fetch: for bodies of a few hundred
 * kilobytes it is several times lighter than WHATWG streams, and arXiv answers are all we read.
 */
class HttpClient {
    agents = {
        'http:': new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 1 }),
        'https:': new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: 1 }),
    };
    get(url, options) {
        const target = new URL(url);
        const transport = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        return new Promise((resolve, reject) => {
            const request = transport.get(target, { headers: options.headers, agent: this.agents[target.protocol] }, (response) => {
                const chunks = [];
                let size = 0;
                response.on('data', (chunk) => {
                    size += chunk.length;
                    options.onBytes?.(chunk.length);
                    if (size > options.maxBytes) {
                        request.destroy(new BodyTooLargeError(`the answer exceeded ${options.maxBytes / 1024 / 1024} MB; reading stopped`));
                        return;
                    }
                    chunks.push(chunk);
                });
                response.on('end', () => {
                    clearTimeout(timer);
                    resolve({
                        status: response.statusCode ?? 0,
                        headers: response.headers,
                        body: Buffer.concat(chunks).toString('utf8'),
                    });
                });
                response.on('error', reject);
                response.on('aborted', () => reject(new Error('the connection closed before the answer was complete')));
            });
            const timer = setTimeout(() => request.destroy(new HttpTimeoutError(`no complete answer within ${options.timeoutMs / 1000} s`)), options.timeoutMs);
            request.on('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
        });
    }
    close() {
        this.agents['http:'].destroy();
        this.agents['https:'].destroy();
    }
}

// EXTERNAL MODULE: ./src/arxiv/query.ts
var query = __webpack_require__(8802);
;// CONCATENATED MODULE: ./src/arxiv/client.ts




const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** No real answer comes close: 2000 entries are about 6 MB. Anything larger is cut off. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** A `Retry-After` longer than this is not waited for: the keyword fails instead of the job hanging. */
const MAX_RETRY_AFTER_MS = 60_000;
const MAX_BACKOFF_MS = 60_000;
/** A failure worth another try (5xx, 429, a body that is not Atom, a network error). */
class TransientError extends Error {
    retryAfterMs;
    constructor(message, retryAfterMs) {
        super(message);
        this.retryAfterMs = retryAfterMs;
    }
}
/** The request failed for good; the message says why in the user's terms. */
class ArxivRequestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArxivRequestError';
    }
}
/** Parses `Retry-After` given in seconds or as an HTTP date. */
function parseRetryAfter(value, nowMs = Date.now()) {
    if (!value)
        return undefined;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
/**
 * The arXiv API client: one request at a time, request starts spaced by `requestDelayMs` (the
 * time a response takes counts toward the delay), bounded retries, a cap on the body size.
 */
class ArxivClient {
    options;
    lastStart = Number.NEGATIVE_INFINITY;
    http = new HttpClient();
    /** Bytes of response bodies received, for the benchmark and the job summary. */
    bytesReceived = 0;
    requests = 0;
    constructor(options) {
        this.options = options;
    }
    async search(request) {
        const url = (0,query/* buildQueryUrl */.GH)(this.options.endpoint, request.query, request.sortBy, request.start, request.maxResults);
        for (let attempt = 0;; attempt++) {
            try {
                const feed = await this.fetchOnce(url);
                // arXiv is known to send spurious empty pages: a section that holds papers is kept as it
                // was rather than believed empty.
                if (request.expectEntries && feed.entries.length === 0) {
                    throw new TransientError('arXiv returned no papers, although the section holds papers; the section was kept as it was');
                }
                return feed;
            }
            catch (error) {
                if (!(error instanceof TransientError))
                    throw error;
                if (attempt >= this.options.maxRetries) {
                    throw new ArxivRequestError(`${error.message} (gave up after ${attempt + 1} attempts)`);
                }
                await sleep(this.backoff(attempt, error.retryAfterMs));
            }
        }
    }
    /** Exponential backoff with jitter, based on the request delay; `Retry-After` wins when longer. */
    backoff(attempt, retryAfterMs) {
        const base = Math.max(this.options.requestDelayMs, 100) * 2 ** attempt;
        const jittered = Math.min(MAX_BACKOFF_MS, base + Math.random() * base);
        return Math.max(jittered, retryAfterMs ?? 0);
    }
    async pace() {
        const wait = this.lastStart + this.options.requestDelayMs - performance.now();
        if (wait > 0)
            await sleep(wait);
        this.lastStart = performance.now();
    }
    async fetchOnce(url) {
        await this.pace();
        this.requests++;
        const { status, headers, body } = await this.get(url);
        if (status === 429 || status >= 500) {
            const retryAfter = parseRetryAfter(typeof headers['retry-after'] === 'string' ? headers['retry-after'] : null);
            if (retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_MS) {
                throw new ArxivRequestError(`arXiv answered HTTP ${status} and asked to wait ${Math.ceil(retryAfter / 1000)} s, longer than the ${MAX_RETRY_AFTER_MS / 1000} s this action waits`);
            }
            throw new TransientError(`arXiv answered HTTP ${status}${status === 429 ? ' (too many requests)' : ''}`, retryAfter);
        }
        if (status !== 200) {
            // The current server explains a rejected query in an Atom error entry with HTTP 400.
            parseOrExplain(body, status);
            throw new ArxivRequestError(`arXiv answered HTTP ${status}: ${describeBody(body)}`);
        }
        return parseOrExplain(body, status);
    }
    async get(url) {
        try {
            return await this.http.get(url, {
                headers: { 'User-Agent': this.options.userAgent, Accept: 'application/atom+xml' },
                timeoutMs: this.options.timeoutMs,
                maxBytes: MAX_BODY_BYTES,
                onBytes: (count) => (this.bytesReceived += count),
            });
        }
        catch (error) {
            if (error instanceof BodyTooLargeError)
                throw new ArxivRequestError(`arXiv's answer exceeded ${MAX_BODY_BYTES / 1024 / 1024} MB; reading stopped`);
            if (error instanceof HttpTimeoutError)
                throw new TransientError(`arXiv did not answer within ${this.options.timeoutMs / 1000} s`);
            const code = error.code;
            throw new TransientError(`could not reach arXiv (${code ?? (0,errors/* errorMessage */.g)(error)})`);
        }
    }
    /** Closes the kept-alive connection, so that the process can exit at once. */
    close() {
        this.http.close();
    }
}
/** Parses a body; an error entry is final, a body that is not Atom is worth retrying. */
function parseOrExplain(body, status) {
    try {
        return parseAtom(body);
    }
    catch (error) {
        if (error instanceof ArxivApiError)
            throw error;
        if (error instanceof ArxivFormatError && error.refused)
            throw new ArxivRequestError(error.message);
        if (status !== 200)
            throw new ArxivRequestError(`arXiv answered HTTP ${status}: ${describeBody(body)}`);
        throw new TransientError(`arXiv's answer was not a valid Atom feed: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/digest/merge.ts
var merge = __webpack_require__(5364);
// EXTERNAL MODULE: ./src/digest/update.ts
var digest_update = __webpack_require__(8015);
// EXTERNAL MODULE: ./src/digest/overflow.ts
var overflow = __webpack_require__(5159);
// EXTERNAL MODULE: ./src/delivery/existing.ts
var existing = __webpack_require__(5539);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/settings.ts + 3 modules
var src_settings = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/delivery/target.ts
var target = __webpack_require__(2283);
;// CONCATENATED MODULE: ./src/delivery/local.ts





/** `mode: local`: the README is a file under the workspace; no GitHub call is made. */
class LocalTarget {
    workspace;
    readmePath;
    /** Files read by this run: planning reads what the fetch stage already read. */
    files = new Map();
    constructor(workspace, readmePath) {
        this.workspace = workspace;
        this.readmePath = readmePath;
    }
    resolve(file) {
        return external_node_path_default().resolve(this.workspace, file);
    }
    read(file) {
        if (!this.files.has(file))
            this.files.set(file, this.readFromDisk(file));
        return this.files.get(file);
    }
    async readFromDisk(file) {
        if (file === this.readmePath)
            await this.refuseSpecialPath(file);
        try {
            return (0,target/* decodeUtf8 */._6)(await (0,promises_.readFile)(this.resolve(file)));
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT')
                return undefined;
            if (file === this.readmePath && code === 'EISDIR') {
                throw new src_settings/* SettingsError */.GN(src_settings/* Inputs */.G0.ReadmePath, `${JSON.stringify(file)} is a folder; name a file in it, such as "${external_node_path_default().posix.join(file, 'README.md')}"`);
            }
            if (file === this.readmePath && code === 'ENOTDIR') {
                const blocker = await this.fileOnPath(file);
                throw new src_settings/* SettingsError */.GN(src_settings/* Inputs */.G0.ReadmePath, `${JSON.stringify(file)} runs through "${blocker}", which is a file, not a folder; name a file such as "README.md"`);
            }
            throw error;
        }
    }
    /**
     * A README that is a symbolic link would be replaced by a file (the file it points to never
     * updated); a new README whose name differs from an existing one only in case collides in
     * checkouts on macOS and Windows. Both are refused before any request, as GitHub mode does.
     */
    async refuseSpecialPath(file) {
        const info = await (0,promises_.lstat)(this.resolve(file)).catch(() => undefined);
        if (info?.isSymbolicLink()) {
            const target = await (0,promises_.readlink)(this.resolve(file));
            throw new src_settings/* SettingsError */.GN(src_settings/* Inputs */.G0.ReadmePath, `${JSON.stringify(file)} is a symbolic link (to "${target}"); the action does not write through links. Name the file it points to instead`);
        }
        if (info)
            return;
        const names = await (0,promises_.readdir)(external_node_path_default().dirname(this.resolve(file))).catch(() => []);
        const twin = names.find((name) => name.toLowerCase() === external_node_path_default().posix.basename(file).toLowerCase());
        if (twin !== undefined) {
            const existing = external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), twin);
            throw new src_settings/* SettingsError */.GN(src_settings/* Inputs */.G0.ReadmePath, `${JSON.stringify(file)} does not exist, but "${existing}" does: names that differ only in case collide in checkouts on macOS and Windows. Use "${existing}"`);
        }
    }
    /** The first parent of `file` that is a file (what makes ENOTDIR). */
    async fileOnPath(file) {
        const parts = file.split('/');
        for (let i = 1; i < parts.length; i++) {
            const parent = parts.slice(0, i).join('/');
            const info = await (0,promises_.stat)(this.resolve(parent)).catch(() => undefined);
            if (info && !info.isDirectory())
                return parent;
        }
        return external_node_path_default().posix.dirname(file);
    }
    async write(file, text) {
        const target = this.resolve(file);
        if (text === null)
            return (0,promises_.rm)(target, { force: true });
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        // Write then rename, so that a run killed midway never leaves half a file.
        const temporary = `${target}.arxiv-daily.tmp`;
        await (0,promises_.writeFile)(temporary, text, 'utf8');
        await (0,promises_.rename)(temporary, target);
    }
    async deliver(plan) {
        const update = await plan((file) => this.read(file));
        for (const [file, text] of update.files)
            await this.write(file, text);
        const newIds = new Set((0,digest_update/* newPapers */.Wz)(update.changes).map((paper) => paper.id));
        return update.changed ? { update, newIds, file: this.resolve(this.readmePath) } : { update, newIds };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/digest/publish.ts + 1 modules
var digest_publish = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/delivery/github-errors.ts
var github_errors = __webpack_require__(9529);
;// CONCATENATED MODULE: ./src/publish-run.ts




/** The run's side of feeds and JSON: where they go, what they link to, what they are now. */
/** `json-path` must not be a folder, nor `feed-dir` a file: refused before any arXiv request. */
async function checkPublishPaths(target, settings) {
    const isFolder = (error) => error instanceof github_errors/* FolderError */.b3 || error.code === 'EISDIR';
    if (settings.jsonPath !== undefined) {
        await target.read(settings.jsonPath).catch((error) => {
            if (isFolder(error))
                throw new src_settings/* SettingsError */.GN(src_settings/* Inputs */.G0.JsonPath, `${JSON.stringify(settings.jsonPath)} is a folder; name a file such as "${settings.jsonPath}/digest.json"`);
            throw error;
        });
    }
    if (settings.feedDir !== undefined) {
        const text = await target.read(settings.feedDir).catch((error) => {
            if (isFolder(error))
                return undefined;
            throw error;
        });
        if (text !== undefined)
            throw new src_settings/* SettingsError */.GN(src_settings/* Inputs */.G0.FeedDir, `${JSON.stringify(settings.feedDir)} is a file; name a folder such as "feeds"`);
    }
}
/** Where feeds and JSON go and what they link to; undefined when neither input is set. */
function publishOptions(settings) {
    if (settings.feedDir === undefined && settings.jsonPath === undefined)
        return undefined;
    const repository = process.env.GITHUB_REPOSITORY;
    const site = repository
        ? {
            serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
            repository,
            branch: publishedBranch(settings),
        }
        : undefined;
    const queries = new Map(settings.keywords.map((keyword) => [keyword.title, keyword.query]));
    return { readmePath: settings.readmePath, feedDir: settings.feedDir, jsonPath: settings.jsonPath, queries, site };
}
/** The branch the files end up on: `base`, else the repository's default branch, else the workflow's. */
function publishedBranch(settings) {
    if (settings.github.base)
        return settings.github.base;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH ?? '', 'utf8'));
        if (event.repository?.default_branch)
            return event.repository.default_branch;
    }
    catch {
        // No event payload (a local run): the workflow's branch, or main.
    }
    return process.env.GITHUB_REF_NAME || 'main';
}
/** The feed and JSON files as they are where the update lands. */
async function readPublished(read, publish, settings, previous) {
    const texts = new Map();
    if (!publish)
        return texts;
    const titles = settings.keywords.map((keyword) => keyword.title);
    for (const file of (0,digest_publish/* publishPaths */.gX)(titles, previous.map((section) => section.title), publish))
        texts.set(file, await read(file));
    return texts;
}

;// CONCATENATED MODULE: ./src/update-run.ts









/**
 * The stages of a run after its inputs are valid: read what the README holds, fetch arXiv, plan
 * the update and deliver it. Loaded by main only once the inputs passed, so that a run stopped
 * by a mistaken input does not load the parser and the rest.
 */
const USER_AGENT = 'arxiv-daily-digest-action/1.0 (+https://github.com/marketplace/actions/arxiv-daily-digest-readme)';
async function createTarget(settings) {
    if (settings.mode === 'local')
        return new LocalTarget(process.env.GITHUB_WORKSPACE || process.cwd(), settings.readmePath);
    // Loaded only when needed, so that a local run never pays for Octokit.
    const { GitHubTarget } = await Promise.all(/* import() */[__webpack_require__.e(997), __webpack_require__.e(39)]).then(__webpack_require__.bind(__webpack_require__, 2039));
    return GitHubTarget.fromEnvironment(settings, USER_AGENT);
}
function logOutcome(outcome) {
    core/* startGroup */.Oh(`arXiv: ${outcome.title}`);
    if (outcome.error === undefined)
        core/* info */.pq(`${outcome.papers.length} papers received`);
    else
        core/* info */.pq(`failed: ${outcome.error}`);
    core/* endGroup */.N4();
}
async function fetchPapers(settings, target, existing) {
    const { digest } = existing;
    const client = new ArxivClient({
        endpoint: settings.arxivApiUrl,
        requestDelayMs: settings.requestDelayMs,
        timeoutMs: settings.timeoutMs,
        maxRetries: settings.maxRetries,
        userAgent: USER_AGENT,
    });
    // After a switch of sort-by every section is fetched whole: its rows carry the other date.
    const switched = (0,digest_update/* sortSwitched */._C)(digest, settings.sortBy);
    if (switched)
        core/* info */.pq(`sort-by is now "${settings.sortBy}": every section is rebuilt from a full fetch`);
    const held = (title) => (switched ? undefined : (0,merge/* findSection */.rv)(digest, title));
    const outcomes = await fetchAll(client, settings.keywords, held, { ...settings, today: (0,digest_update/* dateIn */.m7)(settings.timezone) }, logOutcome).finally(() => client.close());
    core/* info */.pq(`arXiv: ${client.requests} requests, ${(client.bytesReceived / 1024).toFixed(0)} KiB received`);
    return outcomes;
}
/** Runs every stage; throws when every keyword failed (then nothing is written). */
async function runUpdate(settings) {
    const target = await createTarget(settings);
    // Parsing first means a README the action cannot read stops the run before any arXiv request.
    const first = await (0,existing/* readExisting */.Y)((file) => target.read(file), settings.readmePath);
    await checkPublishPaths(target, settings);
    const outcomes = await fetchPapers(settings, target, first);
    const failed = outcomes.filter((outcome) => outcome.error !== undefined);
    for (const failure of failed)
        core/* warning */.$e(`Keyword "${failure.title}" was not updated: ${failure.error}`, { title: 'arXiv request failed' });
    if (failed.length === outcomes.length) {
        throw new Error(`Every keyword failed, so nothing was written. First error: ${failed[0]?.error ?? 'unknown'}`);
    }
    const today = (0,digest_update/* dateIn */.m7)(settings.timezone);
    const publish = publishOptions(settings);
    const delivery = await target.deliver(async (read, context = {}) => {
        const { readme, overflowTexts, document, moved } = await (0,existing/* readExisting */.Y)(read, settings.readmePath, first);
        const publishedTexts = await readPublished(read, publish, settings, document.digest.sections);
        const options = {
            ...settings,
            ...context,
            today,
            overflowTexts,
            parsed: { document, moved },
            publish,
            publishedTexts,
        };
        return planAroundOthersFiles(read, (unusable) => (0,digest_update/* planUpdate */.ZL)(readme, outcomes, { ...options, unusable }), new Set([settings.readmePath, ...overflowTexts.keys(), ...publishedTexts.keys()]));
    });
    const restored = delivery.update.changes.reduce((sum, change) => sum + change.restored.length, 0);
    if (restored > 0)
        core/* info */.pq(`${restored} ${restored === 1 ? 'paper' : 'papers'} restored (held before or kept out by max-papers; not counted as new)`);
    return { delivery, failed };
}
/**
 * Plans until no new overflow file would land on a file the action did not make (a person's
 * `papers/notes.md`): such a file is left as it is and the plan picks another name.
 */
async function planAroundOthersFiles(read, plan, known) {
    const unusable = new Set();
    for (;;) {
        const update = plan(unusable);
        const created = [...update.files].filter(([file, text]) => text !== null && !known.has(file)).map(([file]) => file);
        let blocked = false;
        for (const file of created) {
            const text = await read(file);
            if (text === undefined || (0,overflow/* isOverflowFile */.l_)(text))
                continue;
            core/* notice */.lm(`${file} was not made by this action, so it is left as it is; the older papers go to a file of another name`);
            unusable.add(file);
            blocked = true;
        }
        if (!blocked)
            return update;
    }
}


/***/ })

};
