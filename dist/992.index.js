export const id = 992;
export const ids = [992];
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
/* harmony export */   nG: () => (/* binding */ httpStatus)
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

/***/ 7498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ refuseCaseTwin),
/* harmony export */   Fo: () => (/* binding */ symbolicLinkError),
/* harmony export */   rg: () => (/* binding */ SpecialPathError)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6353);


/*
 * Paths the action refuses to write, in every mode: a symbolic link (writing would replace the
 * link with a file, and the file it points to would never be updated), and a new file whose name
 * differs only in case from one that exists (checkouts on macOS and Windows would collide).
 */
/** A path the action refuses to write; `problem` completes the sentence that starts with it. */
class SpecialPathError extends Error {
    path;
    problem;
    constructor(path, problem) {
        super(`"${path}" ${problem}.`);
        this.path = path;
        this.problem = problem;
        this.name = 'SpecialPathError';
    }
    /** The same refusal as a mistaken `readme-path`, which is what it is when the README is refused. */
    asReadmePathError() {
        return new _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .GN(_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ReadmePath, `${JSON.stringify(this.path)} ${this.problem}`);
    }
}
function symbolicLinkError(file, where) {
    return new SpecialPathError(file, `is a symbolic link ${where}; the action does not write through links. Name the file it points to instead`);
}
/**
 * Refuses `file` when it does not exist but a name in its folder differs from it only in case;
 * `names` are the folder's entries.
 */
function refuseCaseTwin(file, names) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(file).toLowerCase();
    const twin = [...names].find((other) => other.toLowerCase() === name);
    if (twin === undefined)
        return;
    const existing = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(file), twin);
    throw new SpecialPathError(file, `does not exist, but "${existing}" does: names that differ only in case collide in checkouts on macOS and Windows. Use "${existing}"`);
}


/***/ }),

/***/ 2071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ci: () => (/* binding */ parseReadme),
  t$: () => (/* binding */ renderReadme),
  bk: () => (/* binding */ withoutRegionDate)
});

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/digest/cells.ts + 2 modules
var cells = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/digest/parse.ts


/** A line of the managed region that the action cannot read; nothing is written when it is thrown. */
class ReadmeFormatError extends Error {
    path;
    line;
    constructor(path, line, reason) {
        super(`${path} line ${line}: ${reason}`);
        this.path = path;
        this.line = line;
        this.name = 'ReadmeFormatError';
    }
}
const LAST_UPDATE = /^Last update:\s*(\d{4}-\d{2}-\d{2})?\s*$/;
const HEADING = /^##\s+(.*?)\s*$/;
const TABLE_HEADER_PATTERN = /^\|\s*\*\*Title\*\*\s*\|\s*\*\*Date\*\*\s*\|\s*\*\*Abstract\*\*\s*\|\s*\*\*Comment\*\*\s*\|\s*$/i;
const DELIMITER = /^\|(?:\s*:?-{3,}:?\s*\|){4}\s*$/;
// Anchored on the fixed parts of a row, so that the unescaped pipes of older DailyArXiv READMEs
// (which broke the table on GitHub) are still read back into the right fields.
const ROW = /^\|\s*\*\*\[(.*)\]\(https?:\/\/arxiv\.org\/abs\/([^\s)]+)\)\*\*\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|\s*<details><summary>Show<\/summary><p>(.*)<\/p><\/details>\s*\|(.*)\|\s*$/;
// Only links the action writes (`papers/<slug>.md`): a hand-written `../` could otherwise make
// a run read or write outside the repository.
const OVERFLOW_LINE_PATTERN = /^More: \[\d+ older papers?\]\((papers\/(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*\.md)\)\s*$/;
const FOLDED_COMMENT = /^<details><summary>.*?<\/summary><p>(.*)<\/p><\/details>$/;
function cellText(cell) {
    return (0,src_text/* normalizeText */.fQ)((0,cells/* unescapeCell */.bX)(cell));
}
/** Reads one table row; undefined when the line is not a row of the digest's format. */
function parseRow(line) {
    const match = ROW.exec(line);
    if (!match)
        return undefined;
    const [, title = '', idv = '', date = '', abstract = '', rawComment = ''] = match;
    const commentCell = rawComment.trim();
    const folded = FOLDED_COMMENT.exec(commentCell);
    const { id, version } = (0,src_text/* splitVersionedId */.pI)(idv);
    return {
        id,
        version,
        title: cellText(title),
        date,
        abstract: cellText(abstract),
        comment: cellText(folded ? (folded[1] ?? '') : commentCell),
    };
}
/**
 * Why a row's date cannot be right: not a calendar date, or later than tomorrow (a date typed
 * into the future would stay on top and narrow every later fetch). Reads the clock: the only
 * thing in parsing that does, as no paper can come from the future whatever the run's date.
 */
function badDate(date) {
    const time = Date.parse(`${date}T00:00:00Z`);
    if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date)
        return 'is not a calendar date';
    if (date > new Date(Date.now() + 86_400_000).toISOString().slice(0, 10))
        return 'is later than tomorrow';
    return undefined;
}
/** A feed link the action writes when feeds are on; rendered anew from the inputs, not kept. */
const FEED_LINE = /^Subscribe: \[[^\]]*\]\([^)\s]*\)\s*$/;
function show(line) {
    const text = line.length > 80 ? `${line.slice(0, 77)}...` : line;
    return JSON.stringify(text);
}
/**
 * Parses the lines of the managed region. `firstLine` is the 1-based line number of `lines[0]`
 * in the file, so that errors name the line a user has to fix.
 */
function parseRegion(lines, firstLine, path) {
    let lastUpdate;
    const sections = [];
    let current;
    lines.forEach((line, index) => {
        const lineNumber = firstLine + index;
        const fail = (reason) => {
            throw new ReadmeFormatError(path, lineNumber, `${reason}: ${show(line)}`);
        };
        if (line.trim() === '' || FEED_LINE.test(line))
            return;
        const lastUpdateMatch = LAST_UPDATE.exec(line);
        if (lastUpdateMatch) {
            lastUpdate = lastUpdateMatch[1];
            return;
        }
        const heading = HEADING.exec(line);
        if (heading) {
            const title = cellText(heading[1] ?? '');
            if (title === '')
                fail('empty section heading');
            // A heading written twice (by hand) is one section: the papers of both are kept and
            // merged, never dropped.
            const same = sections.find((section) => section.title.toLowerCase() === title.toLowerCase());
            current = same ?? { title, papers: [], hasHeader: false };
            current.hasHeader = false;
            if (!same)
                sections.push(current);
            return;
        }
        if (!current)
            return fail('text before the first "## " section, which the action cannot keep');
        const overflow = OVERFLOW_LINE_PATTERN.exec(line);
        if (overflow) {
            current.overflow = overflow[1];
            return;
        }
        if (TABLE_HEADER_PATTERN.test(line)) {
            current.hasHeader = true;
            return;
        }
        if (DELIMITER.test(line))
            return;
        if (!current.hasHeader)
            return fail('not the table header "| **Title** | **Date** | **Abstract** | **Comment** |" that a section starts with (tables with other columns cannot be adopted)');
        const paper = parseRow(line);
        if (!paper)
            return fail('not a paper row of the form "| **[Title](https://arxiv.org/abs/ID)** | YYYY-MM-DD | <details>... | Comment |"');
        const dateProblem = badDate(paper.date);
        if (dateProblem)
            return fail(`the date ${paper.date} ${dateProblem}; fix it to the paper's date (YYYY-MM-DD)`);
        current.papers.push(paper);
    });
    return {
        lastUpdate,
        sections: sections.map(({ title, papers, overflow }) => overflow ? { title, papers, overflow } : { title, papers }),
    };
}

;// CONCATENATED MODULE: ./src/digest/adopt.ts

const isTableLine = (line) => /^ {0,3}\|/.test(line);
const isHeading = (line) => /^##\s+\S/.test(line);
const LAST_UPDATE_LINE = /^\uFEFF?Last update:\s*(\d{4}-\d{2}-\d{2})?\s*$/;
/**
 * The last line of the DailyArXiv section that starts at `heading`: its heading must be followed
 * by the digest's table header; the section runs to the table's last row (or a `More:` line).
 * Undefined when the section is not a digest section.
 */
function digestSectionEnd(lines, inCode, heading) {
    const text = (i) => lines[i]?.text ?? '';
    let i = heading + 1;
    while (i < lines.length && text(i).trim() === '')
        i++;
    if (i >= lines.length || inCode[i] || !TABLE_HEADER_PATTERN.test(text(i)))
        return undefined;
    let last = i;
    while (last + 1 < lines.length && !inCode[last + 1] && isTableLine(text(last + 1)))
        last++;
    let next = last + 1;
    while (next < lines.length && text(next).trim() === '')
        next++;
    return next < lines.length && OVERFLOW_LINE_PATTERN.test(text(next)) ? next : last;
}
/**
 * DailyArXiv's layout: a `Last update:` line followed by `## Keyword` sections that each hold a
 * digest table. The region runs from that line to the end of the last such section, so a
 * section of another kind (`## Contributors` with its own table) and everything after it stay
 * outside. A `Last update:` line with no digest section after it is prose, not a digest.
 */
function adoptDailyArxiv(text, lines, inCode, path) {
    const textOf = (i) => lines[i]?.text ?? '';
    for (let first = 0; first < lines.length; first++) {
        if (inCode[first] || !LAST_UPDATE_LINE.test(textOf(first)))
            continue;
        let last = first;
        for (let i = first + 1; i < lines.length; i++) {
            if (textOf(i).trim() === '')
                continue;
            const end = !inCode[i] && isHeading(textOf(i)) ? digestSectionEnd(lines, inCode, i) : undefined;
            if (end === undefined)
                break;
            last = end;
            i = end;
        }
        const firstLine = lines[first];
        const lastLine = lines[last];
        if (last === first || !firstLine || !lastLine)
            continue;
        const bomOffset = firstLine.text.startsWith('\uFEFF') ? 1 : 0;
        const region = lines.slice(first, last + 1).map((line) => line.text.replace(/^\uFEFF/, ''));
        const digest = parseRegion(region, first + 1, path);
        return { before: text.slice(0, firstLine.start + bomOffset), after: text.slice(lastLine.end), digest };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/digest/lines.ts
/*
 * A README as lines with their offsets, and which of them lie in fenced code: what finding the
 * managed region (markers, or a DailyArXiv digest to adopt) works on.
 */
function splitLines(text) {
    const lines = [];
    let start = 0;
    while (start <= text.length) {
        const newline = text.indexOf('\n', start);
        const stop = newline === -1 ? text.length : newline;
        const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
        lines.push({ text: text.slice(start, end), start, end });
        if (newline === -1)
            break;
        start = newline + 1;
    }
    return lines;
}
function lineNumberAt(text, offset) {
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}
// Up to three spaces of indentation, as for landmarks: a line indented deeper is indented code.
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/**
 * Which lines lie in a fenced code block (fence lines included). Markers and DailyArXiv
 * landmarks count only where GitHub's Markdown sees them: outside code. Lines indented four
 * spaces or more (indented code) are neither fences nor landmarks.
 */
function fencedLines(lines) {
    const inCode = [];
    let open;
    for (const { text } of lines) {
        const fence = FENCE.exec(text);
        const run = fence?.[1] ?? '';
        const info = fence?.[2] ?? '';
        const char = run.charAt(0);
        if (open) {
            inCode.push(true);
            const closes = fence && char === open.char && run.length >= open.length && info.trim() === '';
            if (closes)
                open = undefined;
            continue;
        }
        // A backtick fence's info string cannot hold a backtick (CommonMark 4.5).
        if (fence && !(char === '`' && info.includes('`'))) {
            open = { char, length: run.length };
            inCode.push(true);
            continue;
        }
        inCode.push(false);
    }
    return inCode;
}

// EXTERNAL MODULE: ./src/digest/render.ts
var render = __webpack_require__(5122);
;// CONCATENATED MODULE: ./src/digest/document.ts




const EMPTY_DIGEST = { lastUpdate: undefined, sections: [] };
const NEW_README_TITLE = '# Daily arXiv Papers';
/** A landmark line: at most three spaces of indentation (more is indented code), then `text`. */
const isLandmark = (line, text) => /^ {0,3}\S/.test(line) && line.trim() === text;
function fromMarkers(text, lines, inCode, path, eol) {
    const starts = lines.filter((line, i) => !inCode[i] &&
        /^ {0,3}\S/.test(line.text) &&
        new RegExp(`^${render/* START_MARKER_PATTERN */.bQ.source}$`).test(line.text.trim()));
    const ends = lines.filter((line, i) => !inCode[i] && isLandmark(line.text, render/* END_MARKER */.$7));
    if (starts.length === 0 && ends.length === 0)
        return undefined;
    const fail = (at, problem) => {
        throw new ReadmeFormatError(path, lineNumberAt(text, at), `${problem}; fix the markers by hand`);
    };
    if (starts.length !== 1 || ends.length !== 1) {
        // The line named is that of the first marker too many (or of the only start marker).
        const line = starts[1] ?? ends[1] ?? starts[0] ?? ends[0];
        fail(line?.start ?? 0, `expected exactly one "${render/* START_MARKER */.sI}" and one "${render/* END_MARKER */.$7}", found ${starts.length} and ${ends.length}`);
    }
    const [startLine] = starts;
    const [endLine] = ends;
    const marker = startLine && render/* START_MARKER_PATTERN */.bQ.exec(startLine.text);
    if (!startLine || !endLine || !marker)
        return undefined;
    const start = startLine.start + marker.index;
    const end = endLine.start + endLine.text.indexOf(render/* END_MARKER */.$7);
    if (end < start)
        fail(end, `"${render/* END_MARKER */.$7}" comes before "${render/* START_MARKER */.sI}"`);
    const innerStart = start + marker[0].length;
    const inner = splitLines(text.slice(innerStart, end)).map((line) => line.text);
    const parsed = parseRegion(inner, lineNumberAt(text, innerStart), path);
    const digest = marker[1] === 'published' ? { ...parsed, sortedBy: 'published' } : parsed;
    return { before: text.slice(0, start), after: text.slice(end + render/* END_MARKER */.$7.length), eol, origin: 'markers', digest };
}
/** Finds (or plans) the managed region of a README. `text` is undefined when the file is missing. */
function parseReadme(text, path) {
    if (text === undefined) {
        return { before: `${NEW_README_TITLE}\n\n`, after: '\n', eol: '\n', origin: 'created', digest: EMPTY_DIGEST };
    }
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = splitLines(text);
    const inCode = fencedLines(lines);
    const found = fromMarkers(text, lines, inCode, path, eol);
    if (found)
        return found;
    const adopted = adoptDailyArxiv(text, lines, inCode, path);
    if (adopted)
        return { ...adopted, eol, origin: 'adopted' };
    const separator = text === '' || text === '\uFEFF' ? '' : text.endsWith('\n') ? eol : eol + eol;
    return { before: text + separator, after: eol, eol, origin: 'appended', digest: EMPTY_DIGEST };
}
/** The whole README with `digest` in the managed region (markers always written). */
function renderReadme(document, digest, overflowCounts = []) {
    const { before, after, eol } = document;
    return [
        `${before}${(0,render/* startMarker */.dE)(digest.sortedBy)}`,
        ...(0,render/* digestLines */.aI)(digest, overflowCounts),
        `${render/* END_MARKER */.$7}${after}`,
    ].join(eol);
}
/**
 * The text with the region's `Last update:` date taken out, to compare two versions of a README
 * or overflow file apart from the day they were written (a `Last update:` line in the user's own
 * text stays as it is).
 */
function withoutRegionDate(text) {
    return text.replace(new RegExp(`(${render/* START_MARKER_PATTERN */.bQ.source}\\r?\\n)Last update: \\d{4}-\\d{2}-\\d{2}`), '$1Last update:');
}


/***/ }),

/***/ 5364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ paperIds),
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   K4: () => (/* binding */ samePapers),
/* harmony export */   ab: () => (/* binding */ mergeSection),
/* harmony export */   rv: () => (/* binding */ findSection)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7445);

/** Newer version wins; on equal versions the row already in the README stays as it is. */
function preferred(existing, candidate) {
    return candidate.version > existing.version ? candidate : existing;
}
const tieKey = (paper) => `${paper.date}\u0000${paper.title}\u0000${paper.abstract}\u0000${paper.comment}`;
/**
 * Merges fetched papers into a section. Identity is the id without version; the result is
 * ordered newest first (then id descending) and cut to `maxPapers`. Linear in the number of
 * papers apart from the sort.
 */
function mergeSection(title, existing, fetched, maxPapers, keep = () => true, { replace = false, newSince } = {}) {
    const before = new Map();
    for (const paper of existing) {
        const earlier = before.get(paper.id);
        before.set(paper.id, earlier ? preferred(earlier, paper) : paper);
    }
    // Replacing (the rows' date changed meaning): the held rows only tell which papers are known.
    const byId = replace ? new Map() : new Map(before);
    for (const paper of fetched) {
        const held = byId.get(paper.id);
        // Two answers for one version (seen only from a misbehaving server) resolve the same way
        // whatever their order; a row already in the README is never replaced by its own version.
        const tie = held && !before.has(paper.id) && paper.version === held.version && tieKey(paper) > tieKey(held);
        byId.set(paper.id, held && !tie ? preferred(held, paper) : paper);
    }
    const papers = [...byId.values()].filter(keep).sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .comparePapers */ .Nb).slice(0, maxPapers);
    const kept = new Set(papers.map((paper) => paper.id));
    const unknown = papers.filter((paper) => !before.has(paper.id));
    const isNew = newPaperTest(existing, newSince);
    const added = unknown.filter(isNew);
    const restored = unknown.filter((paper) => !isNew(paper));
    const revised = papers.filter((paper) => {
        const old = before.get(paper.id);
        return old !== undefined && old !== paper && paper.version > old.version;
    });
    const removed = [...before.values()].filter((paper) => !kept.has(paper.id));
    return { title, papers, added, revised, removed, restored };
}
/**
 * Whether a paper the section did not hold is new: it must be dated `newSince` or later (the
 * newest held date less the window for late indexing) and sort before the section's last row. A
 * paper from further down the list was there all along; only `max-papers` or a person kept it out.
 */
function newPaperTest(existing, newSince) {
    if (existing.length === 0 || newSince === undefined)
        return () => true;
    const last = existing.reduce((a, b) => ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .comparePapers */ .Nb)(a, b) > 0 ? a : b));
    return (paper) => paper.date >= newSince && (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .comparePapers */ .Nb)(paper, last) < 0;
}
function samePaper(a, b) {
    return (a.id === b.id &&
        a.version === b.version &&
        a.title === b.title &&
        a.date === b.date &&
        a.abstract === b.abstract &&
        a.comment === b.comment);
}
/** True when both lists hold the same rows in the same order. */
function samePapers(a, b) {
    return (a.length === b.length &&
        a.every((paper, i) => {
            const other = b[i];
            return other !== undefined && samePaper(paper, other);
        }));
}
/**
 * True when the two digests hold the same papers under the same section titles (compared
 * without case, in any order); the `Last update:` date is ignored.
 */
function sameContent(a, b) {
    if (a.sections.length !== b.sections.length)
        return false;
    return b.sections.every((section) => {
        const other = findSection(a, section.title);
        return other !== undefined && samePapers(other.papers, section.papers);
    });
}
/** Case-insensitive lookup of a section by its title, as users retype keywords freely. */
function findSection(digest, title) {
    const key = title.toLowerCase();
    return digest.sections.find((section) => section.title.toLowerCase() === key);
}
/** Every paper id the digest holds, across sections. */
function paperIds(digest) {
    return new Set(digest.sections.flatMap((section) => section.papers.map((paper) => paper.id)));
}


/***/ }),

/***/ 7846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ withoutLinksTo),
/* harmony export */   Dt: () => (/* binding */ ownOverflow),
/* harmony export */   HX: () => (/* binding */ overflowPaths),
/* harmony export */   j6: () => (/* binding */ overflowWrites)
/* harmony export */ });
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5364);
/* harmony import */ var _overflow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5159);


/**
 * The overflow files to write: a file whose papers did not change is left as it is, even when
 * the `Last update:` line in it would move (no file rewritten for nothing).
 */
function overflowWrites(layout, existing, movedBefore) {
    const files = new Map();
    // Files the README linked that this layout no longer uses (a section shrank or was removed).
    for (const [file, text] of existing)
        if (text !== undefined && !layout.overflow.has(file))
            files.set(file, null);
    for (const [file, text] of layout.overflow) {
        const exists = existing.get(file) !== undefined;
        if (exists && (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .samePapers */ .K4)(movedBefore.get(file) ?? [], layout.moved.get(file) ?? []))
            continue;
        files.set(file, text);
    }
    return files;
}
/**
 * The linked files the action made, and those it did not (a person's file that a `More:` link
 * was pointed at): the latter are neither read as overflow nor ever written or deleted.
 */
function ownOverflow(texts) {
    const overflowTexts = new Map();
    const foreign = new Set();
    for (const [file, text] of texts) {
        if (text === undefined || (0,_overflow_js__WEBPACK_IMPORTED_MODULE_0__/* .isOverflowFile */ .l_)(text))
            overflowTexts.set(file, text);
        else
            foreign.add(file);
    }
    return { overflowTexts, foreign };
}
function withoutLinksTo(digest, files, readmePath) {
    if (files.size === 0)
        return digest;
    const linksTo = (section) => section.overflow !== undefined && files.has((0,_overflow_js__WEBPACK_IMPORTED_MODULE_0__/* .linkedPath */ .nS)(readmePath, section.overflow));
    return {
        ...digest,
        sections: digest.sections.map((section) => linksTo(section) ? { title: section.title, papers: section.papers } : section),
    };
}
/** The overflow files a README links to, as repository paths. */
function overflowPaths(document, readmePath) {
    return document.digest.sections
        .map((section) => section.overflow)
        .filter((link) => link !== undefined)
        .map((link) => (0,_overflow_js__WEBPACK_IMPORTED_MODULE_0__/* .linkedPath */ .nS)(readmePath, link));
}


/***/ }),

/***/ 5159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ withMoved),
/* harmony export */   Py: () => (/* binding */ movedPapers),
/* harmony export */   l_: () => (/* binding */ isOverflowFile),
/* harmony export */   nD: () => (/* binding */ uniqueSlug),
/* harmony export */   nS: () => (/* binding */ linkedPath),
/* harmony export */   v8: () => (/* binding */ layOut),
/* harmony export */   yR: () => (/* binding */ slug)
/* harmony export */ });
/* unused harmony exports OVERFLOW_FOLDER, OVERFLOW_MARK */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2071);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(143);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5122);




/*
 * The size budget. GitHub shows at most 500 KiB of a README and silently cuts the rest, so when
 * the papers would exceed the budget, each section keeps its newest papers in the README and the
 * older ones move to `papers/<slug>.md` beside it, in the same table format, linked from the
 * section.
 */
const OVERFLOW_FOLDER = 'papers';
/**
 * The first line of every overflow file: the action writes and deletes only files that carry it
 * (or the sentence its first version wrote), never a file a person keeps next to the digest.
 */
const OVERFLOW_MARK = '<!-- arxiv-daily:overflow: written by the arXiv daily digest action, which rewrites or deletes this file -->';
const V1_SENTENCE = 'The arXiv daily digest action rewrites this file on each update.';
/** True when the action made this file (so it may rewrite or delete it). */
function isOverflowFile(text) {
    return text.replace(/^\uFEFF/, '').startsWith(OVERFLOW_MARK) || text.slice(0, 2000).includes(V1_SENTENCE);
}
/** The repository path of a file linked from the README (links are relative to its folder). */
function linkedPath(readmePath, link) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(readmePath), link));
}
function slug(title) {
    const base = title
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60);
    return base || 'keyword';
}
/**
 * The file name for a title: its slug, or `<slug>-2`, `<slug>-3`... when `taken` says the name
 * is in use. Overflow files and feeds name themselves this way.
 */
function uniqueSlug(title, taken) {
    const base = slug(title);
    let name = base;
    for (let n = 2; taken(name); n++)
        name = `${base}-${n}`;
    return name;
}
/**
 * The folder, relative to the README, of its overflow files: `papers` for a `README.md`, and
 * `papers/<name>` for any other file, so that two digests in one folder (`ML.md`, `CV.md`) never
 * share a file.
 */
function overflowFolder(readmePath) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(readmePath);
    if (name.toLowerCase() === 'readme.md')
        return OVERFLOW_FOLDER;
    return `${OVERFLOW_FOLDER}/${slug(name.replace(/\.[^.]*$/, ''))}`;
}
/**
 * A link per section, stable across runs (an existing link is kept), unique within the README,
 * and never a repository path in `unusable` (files the action did not make).
 */
function overflowLinks(sections, readmePath, unusable) {
    const folder = overflowFolder(readmePath);
    const taken = new Set(sections.map((section) => section.overflow).filter((link) => link !== undefined));
    const free = (link) => !taken.has(link) && !unusable.has(linkedPath(readmePath, link));
    return sections.map((section) => {
        if (section.overflow)
            return section.overflow;
        const link = `${folder}/${uniqueSlug(section.title, (name) => !free(`${folder}/${name}.md`))}.md`;
        taken.add(link);
        return link;
    });
}
/**
 * The papers each overflow file holds, by repository path. A missing file holds none, and so
 * does a linked file the action did not make.
 */
function movedPapers(texts) {
    const moved = new Map();
    for (const [file, text] of texts) {
        moved.set(file, text === undefined || !isOverflowFile(text) ? [] : ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReadme */ .ci)(text, file).digest.sections[0]?.papers ?? []));
    }
    return moved;
}
/** Puts the papers of the linked files back into their sections, so that merging sees them all. */
function withMoved(digest, moved, readmePath) {
    return {
        ...digest,
        sections: digest.sections.map((section) => {
            if (!section.overflow)
                return section;
            const papers = moved.get(linkedPath(readmePath, section.overflow)) ?? [];
            return { ...section, papers: [...section.papers, ...papers] };
        }),
    };
}
function overflowFile(section, papersPath, readmePath, lastUpdate) {
    const back = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(papersPath), readmePath);
    const document = {
        before: `${OVERFLOW_MARK}\n# ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHeading */ .qS)(section.title)}: older papers\n\nPapers moved out of [${node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(readmePath)}](${back}) to keep it within GitHub's display limit. ${V1_SENTENCE}\n\n`,
        after: '\n',
        eol: '\n',
        origin: 'created',
        digest: { lastUpdate, sections: [] },
    };
    return (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReadme */ .t$)(document, { lastUpdate, sections: [{ title: section.title, papers: section.papers }] });
}
/**
 * Lays the digest out within `budgetBytes`: the largest number of papers per section (the same
 * for every section) that keeps the README within the budget. Row sizes are computed once and
 * summed, so the search costs no rendering.
 */
function layOut(document, digest, readmePath, budgetBytes, unusable = new Set()) {
    const eolBytes = Buffer.byteLength(document.eol);
    const rowBytes = digest.sections.map((section) => section.papers.map((paper) => Buffer.byteLength((0,_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderRow */ .re)(paper)) + eolBytes));
    const plain = { ...digest, sections: digest.sections.map(({ title, papers, feed }) => ({ title, papers, feed })) };
    const fixed = Buffer.byteLength((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReadme */ .t$)(document, {
        ...digest,
        sections: digest.sections.map(({ title, feed }) => ({ title, papers: [], feed })),
    }));
    const whole = rowBytes.reduce((sum, rows) => rows.reduce((a, b) => a + b, sum), fixed);
    // Measured from the row sizes, so that the whole README is rendered once, when it fits.
    if (whole <= budgetBytes)
        return { readme: (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReadme */ .t$)(document, plain), overflow: new Map(), moved: new Map() };
    const links = overflowLinks(digest.sections, readmePath, unusable);
    const size = (cap) => rowBytes.reduce((sum, rows, i) => {
        const shown = rows.slice(0, cap).reduce((a, b) => a + b, 0);
        const moved = rows.length - Math.min(cap, rows.length);
        return sum + shown + (moved > 0 ? Buffer.byteLength((0,_render_js__WEBPACK_IMPORTED_MODULE_3__/* .overflowLine */ .z$)(moved, links[i] ?? '')) + 2 * eolBytes : 0);
    }, fixed);
    let low = 0;
    let high = Math.max(0, ...rowBytes.map((rows) => rows.length));
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (size(mid) <= budgetBytes)
            low = mid;
        else
            high = mid - 1;
    }
    const inline = digest.sections.map((section) => Math.min(low, section.papers.length));
    const sections = digest.sections.map((section, i) => ({
        title: section.title,
        papers: section.papers.slice(0, inline[i]),
        overflow: section.papers.length > (inline[i] ?? 0) ? links[i] : undefined,
        feed: section.feed,
    }));
    const overflow = new Map();
    const moved = new Map();
    digest.sections.forEach((section, i) => {
        const shown = inline[i] ?? 0;
        const link = links[i];
        if (section.papers.length <= shown || link === undefined)
            return;
        const file = linkedPath(readmePath, link);
        const papers = section.papers.slice(shown);
        moved.set(file, papers);
        overflow.set(file, overflowFile({ title: section.title, papers }, file, readmePath, digest.lastUpdate));
    });
    const counts = digest.sections.map((section, i) => section.papers.length - (inline[i] ?? 0));
    return { readme: (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReadme */ .t$)(document, { ...digest, sections }, counts), overflow, moved };
}


/***/ }),

/***/ 5122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ END_MARKER),
/* harmony export */   aI: () => (/* binding */ digestLines),
/* harmony export */   bQ: () => (/* binding */ START_MARKER_PATTERN),
/* harmony export */   dE: () => (/* binding */ startMarker),
/* harmony export */   re: () => (/* binding */ renderRow),
/* harmony export */   sI: () => (/* binding */ START_MARKER),
/* harmony export */   z$: () => (/* binding */ overflowLine)
/* harmony export */ });
/* unused harmony exports TABLE_HEADER, TABLE_DELIMITER, feedLine */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(143);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7445);



const START_MARKER = '<!-- arxiv-daily:start -->';
const END_MARKER = '<!-- arxiv-daily:end -->';
/**
 * The start marker records the date a digest is sorted by when it is not the default, so that a
 * run can tell the setting changed: `<!-- arxiv-daily:start sort-by=published -->`. A digest by
 * update date keeps the plain marker, as the first version wrote it.
 */
const START_MARKER_PATTERN = /<!-- arxiv-daily:start(?: sort-by=(updated|published))? -->/;
function startMarker(sortedBy) {
    return sortedBy === 'published' ? '<!-- arxiv-daily:start sort-by=published -->' : START_MARKER;
}
const TABLE_HEADER = '| **Title** | **Date** | **Abstract** | **Comment** |';
const TABLE_DELIMITER = '| --- | --- | --- | --- |';
/** DailyArXiv folds comments longer than this many characters behind a five-character summary. */
const COMMENT_FOLD_LENGTH = 20;
const COMMENT_SUMMARY_LENGTH = 5;
function renderComment(comment) {
    if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .longerThan */ .bi)(comment, COMMENT_FOLD_LENGTH))
        return (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(comment);
    const summary = (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .firstCodePoints */ .jk)(comment, COMMENT_SUMMARY_LENGTH));
    return `<details><summary>${summary}...</summary><p>${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(comment)}</p></details>`;
}
// Laying out a large digest measures and renders the same rows several times (the README, the
// size search, the overflow files); papers are immutable, so each row is escaped once.
const rows = new WeakMap();
/** One table row in DailyArXiv's exact format. */
function renderRow(paper) {
    let row = rows.get(paper);
    if (row === undefined)
        rows.set(paper, (row = renderRowUncached(paper)));
    return row;
}
function renderRowUncached(paper) {
    const title = `**[${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(paper.title)}](${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .paperUrl */ .u3)(paper)})**`;
    const abstract = `<details><summary>Show</summary><p>${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(paper.abstract)}</p></details>`;
    return `| ${title} | ${paper.date} | ${abstract} | ${renderComment(paper.comment)} |`;
}
/** The line under a table that links to the papers moved out by the size budget. */
function overflowLine(count, link) {
    return `More: [${count} older paper${count === 1 ? '' : 's'}](${link})`;
}
/** The lines of one section; `overflowCount` is how many papers the linked file holds. */
function sectionLines(section, lines, overflowCount = 0) {
    lines.push(`## ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHeading */ .qS)(section.title)}`, TABLE_HEADER, TABLE_DELIMITER);
    for (const paper of section.papers)
        lines.push(renderRow(paper));
    if (section.overflow)
        lines.push('', overflowLine(overflowCount, section.overflow));
    if (section.feed)
        lines.push('', feedLine('Atom feed', section.feed));
}
/** The line that links a feed (the parser skips it: links follow the inputs on every run). */
function feedLine(label, link) {
    return `Subscribe: [${label}](${link})`;
}
/**
 * The lines between the markers (markers excluded); `overflowCounts[i]` belongs to section i.
 * Lines rather than one string: the README is joined once, not copied per section and again
 * per region, which matters for a digest of several megabytes.
 */
function digestLines(digest, overflowCounts = []) {
    const lines = [`Last update: ${digest.lastUpdate ?? ''}`.trimEnd()];
    if (digest.feed)
        lines.push('', feedLine('Atom feed of every keyword', digest.feed));
    digest.sections.forEach((section, i) => {
        lines.push('');
        sectionLines(section, lines, overflowCounts[i]);
    });
    return lines;
}


/***/ }),

/***/ 7992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runUpdate: () => (/* binding */ runUpdate)
});

// UNUSED EXPORTS: USER_AGENT

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/digest/model.ts
var model = __webpack_require__(7445);
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
/**
 * How many results reach back to `cutoff`, estimated from what the section itself shows: the
 * papers it holds from `cutoff` on (arXiv still lists them), plus what arrived since its newest
 * paper at the pace its dates show (papers per day over the span they cover), with a margin for
 * a busier day and room for late-indexed papers.
 */
function firstRequestSize(papers, cutoff, today, maxPapers) {
    const dates = papers.map((paper) => paper.date);
    const newest = (0,model/* newestDate */.T4)(papers) ?? today;
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
    const cutoff = (0,model/* windowStart */.Nf)(papers, options.overlapDays) ?? '';
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const found = [];
    let start = 0;
    // A category filter hides how many papers arXiv lists for the query (the section shows only
    // those that pass), so the pace cannot be read from it: one request of max-papers then.
    const estimate = options.categories.length > 0 ? options.maxPapers : firstRequestSize(papers, cutoff, today, options.maxPapers);
    let size = options.pageSize ?? estimate;
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
//   are dropped, and so is the indentation between tags.
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
    // Whitespace between tags (the feed's indentation) is a third of what is left to parse, and
    // each category's scheme attribute (the same URL every time) another tenth.
    return { slim: slim.replace(/>\s+</g, '><').replace(/ scheme="[^"]*"/g, ''), lifted };
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/digest/feed.ts
/**
 * One Atom feed (RFC 4287) as text: entries keyed by arXiv id without version, text escaped and
 * stripped of what XML 1.0 forbids, no generation time (the same papers give the same bytes).
 */

/** The second line of every feed: the action writes and deletes only feeds that carry it. */
const FEED_MARK = '<!-- arxiv-daily:feed: written by the arXiv daily digest action, which rewrites or deletes this file -->';
function isOwnFeed(text) {
    return text.slice(0, 300).includes(FEED_MARK);
}
// XML 1.0 allows tab, newline, carriage return and the ranges below; anything else (controls,
// lone surrogates, U+FFFE/U+FFFF) is dropped so that no title can break the document.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function xmlText(text) {
    return text
        .replace(NOT_XML, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
const stamp = (date) => `${date}T00:00:00Z`;
function entryXml({ paper, keywords }) {
    const summary = paper.comment ? `${paper.abstract}\n\nComment: ${paper.comment}` : paper.abstract;
    return [
        '  <entry>',
        `    <id>https://arxiv.org/abs/${xmlText(paper.id)}</id>`,
        `    <title type="text">${xmlText(paper.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${xmlText((0,model/* paperUrl */.u3)(paper))}"/>`,
        `    <updated>${stamp(paper.date)}</updated>`,
        `    <published>${stamp(paper.date)}</published>`,
        `    <summary type="text">${xmlText(summary)}</summary>`,
        ...keywords.map((keyword) => `    <category term="${xmlText(keyword)}"/>`),
        '  </entry>',
    ].join('\n');
}
function feedXml(file, title, entries, site, readmePath) {
    const id = site
        ? `${site.serverUrl}/${site.repository}/blob/${site.branch}/${file}`
        : `urn:arxiv-daily-digest:${file}`;
    const links = site
        ? [
            `  <link rel="alternate" type="text/html" href="${xmlText(`${site.serverUrl}/${site.repository}/blob/${site.branch}/${readmePath}`)}"/>`,
            `  <link rel="self" type="application/atom+xml" href="${xmlText(`https://raw.githubusercontent.com/${site.repository}/${site.branch}/${file}`)}"/>`,
        ]
        : [];
    return `${[
        '<?xml version="1.0" encoding="utf-8"?>',
        FEED_MARK,
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        `  <id>${xmlText(id)}</id>`,
        `  <title type="text">${xmlText(title)}</title>`,
        `  <updated>${stamp((0,model/* newestDate */.T4)(entries.map((entry) => entry.paper)) ?? '1970-01-01')}</updated>`,
        '  <author><name>arXiv daily digest</name></author>',
        '  <generator>arXiv daily digest action</generator>',
        ...links,
        ...entries.map(entryXml),
        '</feed>',
    ].join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/digest/overflow.ts
var overflow = __webpack_require__(5159);
;// CONCATENATED MODULE: ./src/digest/publish.ts
/**
 * The digest as files to subscribe to: an Atom feed (RFC 4287) per keyword plus `all.xml`, and
 * one JSON document of the whole digest. Pure: the same digest always gives the same bytes, so
 * a run that changes no paper leaves every file as it was (no generation time in them).
 */




/** The newest papers across keywords that all.xml holds. */
const ALL_FEED_PAPERS = 200;
const ALL_FEED = 'all';
/** A JSON file the action wrote: version 1 with a keywords array. */
function isOwnJson(text) {
    try {
        const value = JSON.parse(text);
        return value.version === 1 && Array.isArray(value.keywords);
    }
    catch {
        return false;
    }
}
/** Feed file names per section title, unique (`all` is the combined feed's), in section order. */
function feedSlugs(titles) {
    const taken = new Set([ALL_FEED]);
    const slugs = new Map();
    for (const title of titles) {
        const name = (0,overflow/* uniqueSlug */.nD)(title, (candidate) => taken.has(candidate));
        taken.add(name);
        slugs.set(title, name);
    }
    return slugs;
}
function feedPath(feedDir, name) {
    return external_node_path_default().posix.join(feedDir, `${name}.xml`);
}
/** Links, relative to the README, to each section's feed and to all.xml (for the README). */
function feedLinks(titles, feedDir, readmePath) {
    const from = external_node_path_default().posix.dirname(readmePath);
    const link = (name) => external_node_path_default().posix.relative(from, feedPath(feedDir, name));
    const sections = new Map([...feedSlugs(titles)].map(([title, name]) => [title, link(name)]));
    return { all: link(ALL_FEED), sections };
}
/** Every keyword a paper appears under, by id, in section order. */
function keywordsById(sections) {
    const found = new Map();
    for (const section of sections)
        for (const paper of section.papers)
            found.set(paper.id, [...(found.get(paper.id) ?? []), section.title]);
    return found;
}
/** The newest papers across sections, each once (its newest version), for all.xml. */
function newestAcross(sections, limit) {
    const byId = new Map();
    for (const section of sections) {
        for (const paper of section.papers) {
            const held = byId.get(paper.id);
            if (!held || paper.version > held.version)
                byId.set(paper.id, paper);
        }
    }
    return [...byId.values()].sort(model/* comparePapers */.Nb).slice(0, limit);
}
function digestJson(digest, options) {
    const keywords = digest.sections.map((section) => ({
        title: section.title,
        query: options.queries.get(section.title) ?? '',
        papers: section.papers.map((paper) => ({
            id: paper.id,
            version: paper.version,
            url: (0,model/* paperUrl */.u3)(paper),
            title: paper.title,
            date: paper.date,
            abstract: paper.abstract,
            comment: paper.comment,
        })),
    }));
    return `${JSON.stringify({ version: 1, updated: digest.lastUpdate ?? null, keywords }, null, 2)}\n`;
}
/**
 * The files to publish for `digest` (every paper of every section, overflow files included), by
 * repository path.
 */
function publishedFiles(digest, options) {
    const files = new Map();
    if (options.feedDir !== undefined) {
        const keywords = keywordsById(digest.sections);
        const entry = (paper) => ({ paper, keywords: keywords.get(paper.id) ?? [] });
        const slugs = feedSlugs(digest.sections.map((section) => section.title));
        for (const section of digest.sections) {
            const file = feedPath(options.feedDir, slugs.get(section.title) ?? (0,overflow/* slug */.yR)(section.title));
            files.set(file, feedXml(file, `arXiv papers: ${section.title}`, section.papers.map(entry), options.site, options.readmePath));
        }
        const all = feedPath(options.feedDir, ALL_FEED);
        files.set(all, feedXml(all, 'arXiv papers', newestAcross(digest.sections, ALL_FEED_PAPERS).map(entry), options.site, options.readmePath));
    }
    if (options.jsonPath !== undefined)
        files.set(options.jsonPath, digestJson(digest, options));
    return files;
}
/** The feed files a digest with these section titles has (to delete those of removed keywords). */
function feedFiles(titles, feedDir) {
    return [...feedSlugs(titles).values()].map((name) => feedPath(feedDir, name));
}
/** A feed or JSON file is in the way: a file the action did not write. */
class PublishConflictError extends Error {
    path;
    constructor(path, input) {
        super(`${path} exists and was not written by this action, so it is left as it is and nothing was written. Move it, or set "${input}" to another place.`);
        this.path = path;
        this.name = 'PublishConflictError';
    }
}
/** Every file the publishing may read: the feeds of the current and previous sections, all.xml, the JSON. */
function publishPaths(titles, previousTitles, options) {
    const paths = new Set();
    if (options.feedDir !== undefined) {
        for (const file of [...feedFiles(titles, options.feedDir), ...feedFiles(previousTitles, options.feedDir)])
            paths.add(file);
        paths.add(feedPath(options.feedDir, ALL_FEED));
    }
    if (options.jsonPath !== undefined)
        paths.add(options.jsonPath);
    return [...paths];
}
/** The digest with links to its feeds, for the README (unchanged when feeds are off). */
function withFeedLinks(digest, options) {
    if (options?.feedDir === undefined)
        return digest;
    const links = feedLinks(digest.sections.map((section) => section.title), options.feedDir, options.readmePath);
    return {
        ...digest,
        feed: links.all,
        sections: digest.sections.map((section) => ({ ...section, feed: links.sections.get(section.title) })),
    };
}
/**
 * The published files to write (text) or delete (null): only those whose text changes, and the
 * feeds of sections that are gone. A file in the way that the action did not write stops the run.
 */
function publishWrites(digest, previousTitles, options, existing) {
    const writes = new Map();
    const wanted = publishedFiles(digest, options);
    for (const [file, text] of wanted) {
        const before = existing.get(file);
        if (before === text)
            continue;
        const json = file === options.jsonPath;
        if (before !== undefined && !(json ? isOwnJson(before) : isOwnFeed(before))) {
            throw new PublishConflictError(file, json ? 'json-path' : 'feed-dir');
        }
        writes.set(file, text);
    }
    if (options.feedDir !== undefined) {
        for (const file of feedFiles(previousTitles, options.feedDir)) {
            const before = existing.get(file);
            if (!wanted.has(file) && before !== undefined && isOwnFeed(before))
                writes.set(file, null);
        }
    }
    return writes;
}

// EXTERNAL MODULE: ./src/digest/document.ts + 3 modules
var digest_document = __webpack_require__(2071);
// EXTERNAL MODULE: ./src/digest/overflow-files.ts
var overflow_files = __webpack_require__(7846);
;// CONCATENATED MODULE: ./src/digest/update.ts







/** True when the README's rows are dated by another date than `sortBy` asks for. */
function sortSwitched(digest, sortBy) {
    return digest.sections.some((section) => section.papers.length > 0) && (digest.sortedBy ?? 'updated') !== sortBy;
}
function unchangedSection(section) {
    return { title: section.title, papers: section.papers, added: [], revised: [], removed: [], restored: [] };
}
/** Late indexing: arXiv may show a paper days after the date it carries. */
const DEFAULT_WINDOW_DAYS = 7;
function mergeAll(held, outcomes, options) {
    const extra = options.pendingOnBranch;
    const heldIds = (0,merge/* paperIds */.$t)(held);
    const removed = new Set(options.delivered ? [...(0,merge/* paperIds */.$t)(options.delivered)].filter((id) => !heldIds.has(id)) : []);
    const changes = [];
    const failures = [];
    const keep = (paper) => !(0,src_text/* isExcluded */.RF)(paper, options.exclude);
    const wanted = (paper) => !removed.has(paper.id);
    const replace = options.sortBy !== undefined && sortSwitched(held, options.sortBy);
    for (const outcome of outcomes) {
        const section = (0,merge/* findSection */.rv)(held, outcome.title);
        const pending = extra ? ((0,merge/* findSection */.rv)(extra, outcome.title)?.papers ?? []) : [];
        if (outcome.error !== undefined)
            failures.push({ title: outcome.title, error: outcome.error });
        if (outcome.error !== undefined && pending.length === 0) {
            if (section)
                changes.push(unchangedSection(section));
            continue;
        }
        const heldPapers = section?.papers ?? [];
        const newSince = (0,model/* windowStart */.Nf)(heldPapers, options.overlapDays ?? DEFAULT_WINDOW_DAYS);
        const fetched = [...pending, ...(outcome.papers ?? [])].filter(wanted);
        changes.push((0,merge/* mergeSection */.ab)(outcome.title, heldPapers, fetched, options.maxPapers, keep, {
            replace: replace && outcome.error === undefined,
            newSince,
        }));
    }
    return { changes, failures };
}
/**
 * The pure heart of a run: the README (and its overflow files) as they are plus what arXiv
 * answered gives the files as they should be. No I/O; the same inputs always give the same text.
 * The `Last update:` date moves only when a paper was added, updated or removed; the README is
 * written whenever its text would differ (sections reordered, a table repaired).
 */
function planUpdate(existing, outcomes, options) {
    const document = options.parsed?.document ?? (0,digest_document/* parseReadme */.ci)(existing, options.readmePath);
    const { overflowTexts, foreign } = (0,overflow_files/* ownOverflow */.Dt)(options.overflowTexts ?? new Map());
    const movedBefore = options.parsed?.moved ?? (0,overflow/* movedPapers */.Py)(overflowTexts);
    const held = (0,overflow/* withMoved */.I3)((0,overflow_files/* withoutLinksTo */.Bw)(document.digest, foreign, options.readmePath), movedBefore, options.readmePath);
    const { changes, failures } = mergeAll(held, outcomes, options);
    const sections = changes.map(({ title, papers }) => ({ title, papers, overflow: (0,merge/* findSection */.rv)(held, title)?.overflow }));
    const fresh = document.origin === 'appended' || document.origin === 'created';
    const papersChanged = fresh || !(0,merge/* sameContent */.Cm)(held, { lastUpdate: undefined, sections });
    // After a switch of sort-by, the new date is recorded only once every section was rebuilt by it.
    const sortedBy = options.sortBy === undefined || (failures.length > 0 && sortSwitched(held, options.sortBy))
        ? held.sortedBy
        : options.sortBy;
    const lastUpdate = papersChanged ? options.today : held.lastUpdate;
    // Only a digest by first-version date records it (the plain marker means update date).
    const digest = sortedBy === 'published' ? { lastUpdate, sections, sortedBy } : { lastUpdate, sections };
    const unusable = new Set([...(options.unusable ?? []), ...foreign]);
    const linked = withFeedLinks(digest, options.publish);
    const layout = (0,overflow/* layOut */.v8)(document, linked, options.readmePath, options.budgetBytes, unusable);
    const files = (0,overflow_files/* overflowWrites */.j6)(layout, overflowTexts, movedBefore);
    if (layout.readme !== existing)
        files.set(options.readmePath, layout.readme);
    if (options.publish) {
        const previous = document.digest.sections.map((section) => section.title);
        for (const [file, text] of publishWrites(digest, previous, options.publish, options.publishedTexts ?? new Map()))
            files.set(file, text);
    }
    // Nothing to write: the original text, byte for byte.
    const changed = files.size > 0;
    const text = changed ? layout.readme : (existing ?? '');
    return { text, changed, papersChanged, files, document, digest, changes, newPapers: newPapers(changes), failures };
}
function newPapers(changes) {
    return changes.flatMap((change) => change.added.map((paper) => ({
        id: paper.id,
        title: paper.title,
        url: (0,model/* paperUrl */.u3)(paper),
        date: paper.date,
        keyword: change.title,
    })));
}
/** Today's date in an IANA time zone, as `YYYY-MM-DD`. */
function dateIn(timeZone, now = new Date()) {
    if (timeZone === 'UTC')
        return now.toISOString().slice(0, 10);
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
    }).formatToParts(now);
    const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}

// EXTERNAL MODULE: ./src/delivery/existing.ts
var existing = __webpack_require__(5539);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/settings.ts + 3 modules
var src_settings = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/delivery/special-paths.ts
var special_paths = __webpack_require__(7498);
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
        let text = this.files.get(file);
        if (!text)
            this.files.set(file, (text = this.readFromDisk(file)));
        return text;
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
        try {
            if (info?.isSymbolicLink())
                throw (0,special_paths/* symbolicLinkError */.Fo)(file, `(to "${await (0,promises_.readlink)(this.resolve(file))}")`);
            if (!info)
                (0,special_paths/* refuseCaseTwin */.Bh)(file, await (0,promises_.readdir)(external_node_path_default().dirname(this.resolve(file))).catch(() => []));
        }
        catch (error) {
            throw error instanceof special_paths/* SpecialPathError */.rg ? error.asReadmePathError() : error;
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
        const newIds = new Set(update.newPapers.map((paper) => paper.id));
        return update.changed ? { update, newIds, file: this.resolve(this.readmePath) } : { update, newIds };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/delivery/github-errors.ts
var github_errors = __webpack_require__(9529);
;// CONCATENATED MODULE: ./src/publish-run.ts




/* The run's side of feeds and JSON: where they go, what they link to, what they are now. */
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
    for (const file of publishPaths(titles, previous.map((section) => section.title), publish))
        texts.set(file, await read(file));
    return texts;
}

;// CONCATENATED MODULE: ./src/update-run.ts









/*
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
async function fetchPapers(settings, { digest }, today) {
    const client = new ArxivClient({
        endpoint: settings.arxivApiUrl,
        requestDelayMs: settings.requestDelayMs,
        timeoutMs: settings.timeoutMs,
        maxRetries: settings.maxRetries,
        userAgent: USER_AGENT,
    });
    // After a switch of sort-by every section is fetched whole: its rows carry the other date.
    const switched = sortSwitched(digest, settings.sortBy);
    if (switched)
        core/* info */.pq(`sort-by is now "${settings.sortBy}": every section is rebuilt from a full fetch`);
    const held = (title) => (switched ? undefined : (0,merge/* findSection */.rv)(digest, title));
    const outcomes = await fetchAll(client, settings.keywords, held, { ...settings, today }, logOutcome).finally(() => client.close());
    core/* info */.pq(`arXiv: ${client.requests} requests, ${(client.bytesReceived / 1024).toFixed(0)} KiB received`);
    return outcomes;
}
/** Runs every stage; throws when every keyword failed (then nothing is written). */
async function runUpdate(settings) {
    const target = await createTarget(settings);
    // Parsing first means a README the action cannot read stops the run before any arXiv request.
    const first = await (0,existing/* readExisting */.Y)((file) => target.read(file), settings.readmePath);
    await checkPublishPaths(target, settings);
    // One date for the whole run: the fetch sizes requests by it, the plan writes it.
    const today = dateIn(settings.timezone);
    const outcomes = await fetchPapers(settings, first, today);
    const failed = outcomes.filter((outcome) => outcome.error !== undefined);
    for (const failure of failed)
        core/* warning */.$e(`Keyword "${failure.title}" was not updated: ${failure.error}`, { title: 'arXiv request failed' });
    if (failed.length === outcomes.length) {
        throw new Error(`Every keyword failed, so nothing was written. First error: ${failed[0]?.error ?? 'unknown'}`);
    }
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
        return planAroundOthersFiles(read, (unusable) => planUpdate(readme, outcomes, { ...options, unusable }), new Set([settings.readmePath, ...overflowTexts.keys(), ...publishedTexts.keys()]));
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
