export const id = 419;
export const ids = [419,195];
export const modules = {

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubTarget: () => (/* binding */ GitHubTarget)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 3 modules
var github = __webpack_require__(722);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/common/secrets.ts
var secrets = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/settings/settings.ts + 3 modules
var settings = __webpack_require__(3725);
// EXTERNAL MODULE: ./src/report/bodies.ts
var bodies = __webpack_require__(7792);
;// CONCATENATED MODULE: ./src/delivery/notification.ts



/*
 * The notification issue: this run's new papers, where they are, and (with
 * `issue-close-previous`) the previous issue for the same README closed in its favour.
 */
/** Where the announced papers are, with a link, for the issue. */
function where(delivery, readmePath) {
    if (delivery.pullRequest)
        return `They are in pull request [#${delivery.pullRequest.number}](${delivery.pullRequest.url}), until it is merged.`;
    if (delivery.commit)
        return `\`${readmePath}\` holds every paper since commit [${delivery.commit.sha.slice(0, 7)}](${delivery.commit.url}).`;
    return `\`${readmePath}\` holds every paper.`;
}
async function openIssue(target, delivery) {
    const { git, settings } = target;
    const { issueTitle, issueLabels, issueClosePrevious } = settings.github;
    const isNew = (paper) => delivery.update.newIds.has(paper.id);
    const count = (0,bodies/* countNew */.Sh)(delivery.update.changes, isNew);
    const title = issueTitle ?? `New arXiv papers: ${count} on ${delivery.update.digest.lastUpdate ?? ''}`.trim();
    const body = `${(0,bodies/* issueBody */.y6)(delivery.update.changes, isNew, where(delivery, settings.readmePath))}${(0,bodies/* issueMarker */.Q_)(settings.readmePath)}\n`;
    const { data } = await git.call('open the notification issue', 'issues: write', () => git.octokit.rest.issues.create({ ...git.repo, title, body, labels: [...issueLabels] }));
    const issue = { number: data.number, url: data.html_url };
    if (issueClosePrevious)
        await closePrevious(target, { ...issue, author: data.user?.login });
    return issue;
}
/**
 * Open notification issues for this README other than `next` are closed, each with a link to it:
 * only those the action's own identity opened (the author of `next`), as anyone can open an issue
 * whose body holds the marker. Every page of open issues is read.
 */
async function closePrevious(target, next) {
    const { git, settings } = target;
    const marker = (0,bodies/* issueMarker */.Q_)(settings.readmePath);
    try {
        const open = await git.call('list the notification issues', 'issues: write', () => git.octokit.paginate(git.octokit.rest.issues.listForRepo, { ...git.repo, state: 'open', per_page: 100 }));
        for (const issue of open) {
            if (issue.number === next.number || issue.pull_request || !issue.body?.includes(marker))
                continue;
            if (next.author === undefined || issue.user?.login !== next.author)
                continue;
            const comment = `Closed by the arXiv daily digest action: the newer papers are in #${next.number} (input "issue-close-previous").`;
            await git.call('comment on the previous issue', 'issues: write', () => git.octokit.rest.issues.createComment({ ...git.repo, issue_number: issue.number, body: comment }));
            await git.call('close the previous issue', 'issues: write', () => git.octokit.rest.issues.update({
                ...git.repo,
                issue_number: issue.number,
                state: 'closed',
                state_reason: 'completed',
            }));
            core/* info */.pq(`Closed the previous notification issue #${issue.number}`);
        }
    }
    catch (error) {
        core/* warning */.$e(`The previous notification issue could not be closed: ${(0,secrets/* errorMessage */.gJ)(error)}. Issue #${next.number} is open.`, { title: 'Previous issue not closed' });
    }
}

// EXTERNAL MODULE: ./src/common/clock.ts
var clock = __webpack_require__(9987);
// EXTERNAL MODULE: ./src/common/network.ts
var network = __webpack_require__(1451);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 3 modules
var dist_src = __webpack_require__(1267);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/delivery/github-errors.ts
var github_errors = __webpack_require__(9529);
;// CONCATENATED MODULE: ./src/delivery/github-client.ts









/*
 * Octokit with retries and GitHub's rate-limit guidance (throttling), logging to the debug log,
 * through the runner's proxy (common/network.ts).
 */
const GitHubClient = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** Secondary rate limits and 5xx are waited out this many times, each wait at most a minute. */
const MAX_API_RETRIES = 3;
const MAX_RATE_LIMIT_WAIT_S = 60;
/** True for an API on this machine (a test server), where GitHub's pacing of writes does not apply. */
function isLoopback(baseUrl) {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}
function createClient(token, baseUrl, userAgent) {
    const retryOnLimit = (retryAfter, _options, _octokit, retryCount) => retryCount < MAX_API_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    // GitHub asks for a second between writes and three between requests that notify people
    // (pull requests, issues, comments); a loopback server is a test fake and needs neither.
    const pacing = () => new (light_default()).Group({ maxConcurrent: 1, minTime: 10 });
    const write = isLoopback(baseUrl) ? { write: pacing(), notifications: pacing() } : {};
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
            warn: (message) => core/* debug */.Yz(message),
            error: (message) => core/* debug */.Yz(message),
        },
    });
    octokit.hook.wrap('request', (request, options) => honourRetryAfter(() => request(options)));
    return octokit;
}
/**
 * A 403 or 429 with `Retry-After` that the throttling plugin leaves alone (its message does not
 * say "secondary rate limit") is waited out when the wait is short; a longer one fails at once,
 * explained. Wraps outside the plugins, so it sees what they gave up on.
 */
async function honourRetryAfter(send) {
    for (let attempt = 1;; attempt++) {
        try {
            return await send();
        }
        catch (error) {
            const wait = (0,github_errors/* retryAfterSeconds */.C3)(error);
            const handled = /\bsecondary rate\b/i.test((0,secrets/* errorMessage */.gJ)(error));
            if (wait === undefined || handled || attempt > MAX_API_RETRIES || wait > MAX_RATE_LIMIT_WAIT_S)
                throw error;
            core/* info */.pq(`GitHub asked to wait ${wait} s (Retry-After); waiting before trying again`);
            await clock/* clock */.p.wait(wait * 1000);
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
async function rawFilesAsBytes(input, init) {
    const response = await (0,network/* proxiedFetch */.i)(input, init);
    const accept = new Headers(init?.headers).get('accept') ?? '';
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !accept.includes('raw') || type.includes('json'))
        return response;
    const bytes = await response.arrayBuffer();
    const headers = new Headers(response.headers);
    headers.set('content-type', 'application/octet-stream');
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
}

// EXTERNAL MODULE: ./src/delivery/paths.ts
var paths = __webpack_require__(9208);
// EXTERNAL MODULE: ./src/common/text.ts
var common_text = __webpack_require__(2450);
;// CONCATENATED MODULE: ./src/delivery/git-data.ts




/** The trailer every commit of the action carries. */
const COMMIT_TRAILER = 'Generated-by: arxiv-daily-digest-action';
/** The tree the action wrote, recorded in its own commit's message. */
const TREE_TRAILER = /^Generated-tree: ([0-9a-f]{40})$/;
/** Version 1 wrote no trailer; its default message alone is recognised. */
const V1_MESSAGE = /^Update arXiv papers \(\d+ new\)\s*$/;
const sameSignature = (a, b) => a !== undefined &&
    a !== null &&
    b !== undefined &&
    b !== null &&
    a.name === b.name &&
    a.email === b.email &&
    a.date === b.date;
/**
 * A commit is the action's own when it holds the tree the action wrote: its message records that
 * tree, and a message alone proves nothing (an amended commit, or one whose message was copied,
 * keeps the trailer while its tree holds a reviewer's edit). Commits of versions before 1.2
 * record no tree: one of those counts only while nobody re-committed it (author and committer the
 * same, to the second), as `git commit --amend` or `-C` keep the author and change the committer.
 */
function isOwnCommit(commit) {
    const trailer = commit.message.split(/\r?\n/).some((line) => line.trim() === COMMIT_TRAILER);
    const recorded = recordedTree(commit.message);
    if (recorded !== undefined)
        return trailer && recorded === commit.treeSha;
    return (trailer || V1_MESSAGE.test(commit.message)) && sameSignature(commit.author, commit.committer);
}
/**
 * The tree an action's commit message records. A reviewer's amended commit still records the
 * tree of the commit it replaced, so it names the state the reviewer started from.
 */
function recordedTree(message) {
    for (const line of message.split(/\r?\n/)) {
        const tree = TREE_TRAILER.exec(line.trim())?.[1];
        if (tree !== undefined)
            return tree;
    }
    return undefined;
}
/** The action's commit message: the text, its trailer and the tree it holds. */
function withTrailer(message, treeSha) {
    return `${message.trimEnd()}\n\n${COMMIT_TRAILER}\nGenerated-tree: ${treeSha}\n`;
}
const factsOf = ({ sha, commit, parents }) => ({
    sha,
    treeSha: commit.tree.sha,
    message: commit.message,
    parents: (parents ?? []).map((parent) => parent.sha),
    author: commit.author ?? null,
    committer: commit.committer ?? null,
});
const COMPARE_PAGE = 100;
/** How many times a run plans again on a branch that moved before it gives up. */
const BRANCH_ATTEMPTS = 5;
/** The branch moved between the read and the update: the run plans again on top of it. */
class BranchMoved extends Error {
}
/**
 * Runs `attempt` (told whether to read the branch afresh) until it ends without the branch
 * moving under it: the one retry loop of every mode. A person's push is never overwritten; the
 * update is planned again on top of it.
 */
async function untilBranchHolds(branch, attempt) {
    for (let count = 1;; count++) {
        try {
            return await attempt(count > 1);
        }
        catch (error) {
            if (!(error instanceof BranchMoved))
                throw error;
            if (count >= BRANCH_ATTEMPTS)
                throw new Error(`The branch "${branch}" kept moving during ${BRANCH_ATTEMPTS} attempts; nothing was written. Add a "concurrency:" group to the workflow so runs do not overlap.`, { cause: error });
            core/* info */.pq(`The branch "${branch}" moved while it was updated; planning again on top of it (attempt ${count + 1})`);
        }
    }
}
class GitData {
    octokit;
    repo;
    mode;
    /** Files already read, by commit and path: a commit never changes, so neither do they. */
    files = new Map();
    /** Refuses symbolic links and case twins among the paths a commit writes. */
    paths = new paths/* PathGuard */.Nz(this);
    constructor(octokit, repo, 
    /** The mode in use, so that advice about a refusing branch rule fits it. */
    mode = 'commit') {
        this.octokit = octokit;
        this.repo = repo;
        this.mode = mode;
    }
    explain(error, step, permission) {
        return (0,github_errors/* explainGitHubError */.Pm)(error, step, permission, this.mode);
    }
    async call(step, permission, request) {
        try {
            return await request();
        }
        catch (error) {
            throw this.explain(error, step, permission);
        }
    }
    /** The branch's head commit and tree in one call; undefined when the branch does not exist. */
    async head(branch) {
        try {
            const { data } = await this.octokit.rest.repos.getBranch({ ...this.repo, branch });
            return factsOf(data.commit);
        }
        catch (error) {
            if ((0,github_errors/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw this.explain(error, `read the branch "${branch}"`, 'contents: read');
        }
    }
    /** What one commit is (its tree, parents, message, who made it); undefined when GitHub has it not. */
    async commitFacts(sha) {
        try {
            const { data } = await this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: sha });
            return {
                sha: data.sha,
                treeSha: data.tree.sha,
                message: data.message,
                parents: data.parents.map((parent) => parent.sha),
                author: data.author,
                committer: data.committer,
            };
        }
        catch (error) {
            if ((0,github_errors/* httpStatus */.nG)(error) === 404 || (0,github_errors/* httpStatus */.nG)(error) === 422)
                return undefined;
            throw this.explain(error, `read the commit ${sha.slice(0, 7)}`, 'contents: read');
        }
    }
    read(commit, path) {
        const key = `${commit}:${path}`;
        let file = this.files.get(key);
        if (!file)
            this.files.set(key, (file = this.fetchFile(commit, path)));
        return file;
    }
    /** A file at a commit, exact bytes through the raw media type (works past 1 MB). */
    async fetchFile(ref, path) {
        let data;
        try {
            ;
            ({ data } = await this.octokit.rest.repos.getContent({ ...this.repo, path, ref, mediaType: { format: 'raw' } }));
        }
        catch (error) {
            if ((0,github_errors/* httpStatus */.nG)(error) === 404)
                return undefined;
            throw this.explain(error, `read ${path}`, 'contents: read');
        }
        // The client hands a file over as its bytes (github-client.ts); a folder (or a submodule) is
        // listed as JSON even when the raw file is asked for.
        if (!(data instanceof ArrayBuffer))
            throw new github_errors/* FolderError */.b3(path);
        return (0,common_text/* decodeUtf8 */._6)(data);
    }
    /** One commit holding the new files on top of `parent`, with no custom author so GitHub signs it. */
    async commit(parent, files, message) {
        await this.paths.check(parent.treeSha, [...files].filter(([, text]) => text !== null).map(([file]) => file));
        // A null sha deletes the path: an overflow file the size budget no longer needs.
        const entries = [...files].map(([path, text]) => text === null
            ? { path, mode: '100644', type: 'blob', sha: null }
            : { path, mode: '100644', type: 'blob', content: text });
        const tree = await this.call('create a tree', 'contents: write', () => this.octokit.rest.git.createTree({ ...this.repo, base_tree: parent.treeSha, tree: entries }));
        const commit = await this.call('create a commit', 'contents: write', () => this.octokit.rest.git.createCommit({
            ...this.repo,
            message: withTrailer(message, tree.data.sha),
            tree: tree.data.sha,
            parents: [parent.sha],
        }));
        return commit.data.sha;
    }
    /** Moves `branch` to `sha` only if that keeps every commit it had; false when it moved meanwhile. */
    async fastForward(branch, sha) {
        try {
            await this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: false });
            return true;
        }
        catch (error) {
            if ((0,github_errors/* isNotFastForward */.Hz)(error))
                return false;
            throw this.explain(error, `update the branch "${branch}"`, 'contents: write');
        }
    }
    /**
     * Points `branch` at `sha` when it still is where it was checked (`expected`; undefined: it did
     * not exist), and returns false when it moved meanwhile. Only for branches holding the action's
     * own commits. GitHub's REST API has no compare-and-swap of a ref, so the update is in two steps:
     * a non-forced update onto a child of `expected` (it fails if anyone pushed since, and any push
     * based on `expected` after it is refused by git as not a fast-forward), then the forced one.
     */
    async moveBranch(branch, expected, sha) {
        if (expected === undefined) {
            try {
                await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha });
                return true;
            }
            catch (error) {
                if ((0,github_errors/* isReferenceExists */.Yo)(error))
                    return false;
                throw this.explain(error, `create the branch "${branch}"`, 'contents: write');
            }
        }
        const { data: lock } = await this.call('write a commit', 'contents: write', () => this.octokit.rest.git.createCommit({
            ...this.repo,
            message: withTrailer('Update arXiv papers (replacing this branch)', expected.treeSha),
            tree: expected.treeSha,
            parents: [expected.sha],
        }));
        if (!(await this.fastForward(branch, lock.sha)))
            return false;
        await this.call(`update the branch "${branch}"`, 'contents: write', () => this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: true }));
        return true;
    }
    /**
     * The commits `branch` has that `base` has not, oldest first. GitHub pages them oldest first,
     * so every page is read: a reviewer's newest commits are on the last one.
     */
    async commitsAhead(base, branch) {
        const commits = [];
        for (let page = 1;; page++) {
            const { data } = await this.call(`compare "${branch}" with "${base}"`, 'contents: read', () => this.octokit.rest.repos.compareCommitsWithBasehead({
                ...this.repo,
                basehead: `${base}...${branch}`,
                per_page: COMPARE_PAGE,
                page,
            }));
            commits.push(...data.commits.map(factsOf));
            if (data.commits.length < COMPARE_PAGE || commits.length >= data.total_commits)
                return commits;
        }
    }
}

// EXTERNAL MODULE: ./src/delivery/written.ts
var written = __webpack_require__(8195);
;// CONCATENATED MODULE: ./src/delivery/superseded.ts




/** The branch version 1 used for every README (its pull requests do not name theirs). */
const V1_BRANCH = 'arxiv-daily/update';
function forThisReadme(pull, readmePath) {
    if (!(0,bodies/* isUpdatePullRequest */.Un)(pull.body))
        return false;
    const readme = (0,bodies/* pullRequestReadme */.TX)(pull.body);
    return readme === undefined ? pull.head.ref === V1_BRANCH && readmePath === 'README.md' : readme === readmePath;
}
/**
 * The update pull requests for this README that the action may close: its body's marker says
 * which README, but anyone can quote a marker, so the head must also be a branch of this
 * repository whose newest commit is the action's own (a fork's pull request, a person's branch, or
 * an update branch a reviewer committed to is left open, and the log says so).
 */
async function closable(target, pulls) {
    const { git } = target;
    const here = `${git.repo.owner}/${git.repo.repo}`.toLowerCase();
    const result = [];
    for (const pull of pulls.filter((candidate) => forThisReadme(candidate, target.settings.readmePath))) {
        const sameRepository = pull.head.repo?.full_name.toLowerCase() === here;
        const head = sameRepository ? await git.head(pull.head.ref) : undefined;
        if (head && isOwnCommit(head))
            result.push(pull);
        else
            core/* info */.pq(`Pull request #${pull.number} quotes the action's marker but its branch is not the action's own (${sameRepository ? "its newest commit is not the action's" : 'it comes from another repository'}); it is left open`);
    }
    return result;
}
async function closePullRequest(target, pull, comment) {
    const { git } = target;
    await git.call('comment on the replaced pull request', 'pull-requests: write', () => git.octokit.rest.issues.createComment({ ...git.repo, issue_number: pull.number, body: comment }));
    await git.call('close the replaced pull request', 'pull-requests: write', () => git.octokit.rest.pulls.update({ ...git.repo, pull_number: pull.number, state: 'closed' }));
    core/* info */.pq(`Closed pull request #${pull.number}, which this update replaces`);
}
/** Update pull requests from this branch into another base (the "base" input changed). */
async function closeForOtherBases(target, pulls, base, replacement) {
    for (const pull of pulls.filter((candidate) => candidate.state === 'open' && candidate.base.ref !== base)) {
        const next = replacement !== undefined ? ` by #${replacement}` : '';
        await closePullRequest(target, pull, `Closed by the arXiv daily digest action: the workflow now updates \`${base}\` (input "base"), not \`${pull.base.ref}\`; this pull request is replaced${next}.`);
    }
}
async function openInto(target, base) {
    const { git } = target;
    // Every page: a repository can have more than 100 open pull requests into its base.
    return git.call('list pull requests', 'pull-requests: write', () => git.octokit.paginate(git.octokit.rest.pulls.list, { ...git.repo, state: 'open', base, per_page: 100 }));
}
/** After a pull request was opened from a new update branch: those from the old one go. */
async function closeFromOtherBranches(target, base, replacement) {
    const { github } = target.settings;
    const others = (await openInto(target, base)).filter((pull) => pull.number !== replacement && pull.head.ref !== github.prBranch);
    for (const pull of await closable(target, others)) {
        await closePullRequest(target, pull, `Closed by the arXiv daily digest action: the update branch is now \`${github.prBranch}\` (input "pr-branch"); this pull request is replaced by #${replacement}.`);
    }
}
/**
 * In commit mode, after a commit landed: an update pull request left from pull-request mode is
 * closed. A commit-mode workflow often has no pull request permission: then the look-up is
 * skipped quietly (nothing can be left over that it could close), and only a pull request that
 * was found but could not be closed is a warning.
 */
async function closeAfterCommit(target, base, commit) {
    let open;
    try {
        open = await closable(target, await openInto(target, base));
    }
    catch (error) {
        core/* debug */.Yz(`Update pull requests not looked up: ${(0,secrets/* errorMessage */.gJ)(error)}`);
        return;
    }
    for (const pull of open) {
        try {
            await closePullRequest(target, pull, `Closed by the arXiv daily digest action: the workflow now commits updates to \`${base}\` directly (input "mode" is "commit"); commit [${commit.sha.slice(0, 7)}](${commit.url}) holds these papers.`);
        }
        catch (error) {
            core/* warning */.$e(`Update pull request #${pull.number}, left from pull-request mode, could not be closed: ${(0,secrets/* errorMessage */.gJ)(error)}`, {
                title: 'Pull request not closed',
            });
        }
    }
}

// EXTERNAL MODULE: ./src/common/markers.ts
var markers = __webpack_require__(2710);
// EXTERNAL MODULE: ./src/readme/document.ts + 1 modules
var readme_document = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/plan/merge.ts
var merge = __webpack_require__(9875);
// EXTERNAL MODULE: ./src/delivery/existing.ts
var existing = __webpack_require__(5539);
// EXTERNAL MODULE: ./src/delivery/target.ts
var delivery_target = __webpack_require__(2283);
;// CONCATENATED MODULE: ./src/delivery/pull-request-api.ts


/*
 * The update pull request through the API: open it (with its labels, assignees and reviewers),
 * and bring an open one's title, body and labels in line with the inputs.
 */
function labelNames(pull) {
    return pull.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')));
}
/** `the label "papers"`, `the labels "a", "b"`: what a message names. */
function labelList(labels) {
    return `the label${labels.length === 1 ? '' : 's'} ${labels.map((label) => `"${label}"`).join(', ')}`;
}
/** Brings an open pull request's title, body and labels in line with the inputs; no call when they are. */
async function syncPullRequest(target, open, body, pushed) {
    const { git, settings } = target;
    const { prTitle, prLabels } = settings.github;
    const stale = open.title !== prTitle || open.body !== body;
    if (stale) {
        await git.call('update the pull request', 'pull-requests: write', () => git.octokit.rest.pulls.update({ ...git.repo, pull_number: open.number, title: prTitle, body }));
    }
    const missing = prLabels.filter((label) => !labelNames(open).includes(label));
    if (missing.length > 0)
        await sideRequest(`add ${labelList(missing)}`, open.number, () => git.octokit.rest.issues.addLabels({ ...git.repo, issue_number: open.number, labels: missing }));
    return {
        number: open.number,
        url: open.html_url,
        operation: pushed || stale ? 'updated' : 'none',
    };
}
async function createPullRequest(target, body) {
    const { git, settings } = target;
    const { prTitle, prDraft, prLabels, prAssignees, prReviewers, prBranch } = settings.github;
    const base = await target.base();
    const { data } = await git.call('create a pull request', 'pull-requests: write', () => git.octokit.rest.pulls.create({
        ...git.repo,
        title: prTitle,
        head: prBranch,
        base,
        body,
        draft: prDraft,
        maintainer_can_modify: false,
    }));
    const number = data.number;
    if (prLabels.length > 0)
        await sideRequest(`add ${labelList(prLabels)}`, number, () => git.octokit.rest.issues.addLabels({ ...git.repo, issue_number: number, labels: [...prLabels] }));
    if (prAssignees.length > 0) {
        await sideRequest(`assign ${prAssignees.join(', ')}`, number, () => git.octokit.rest.issues.addAssignees({ ...git.repo, issue_number: number, assignees: [...prAssignees] }));
    }
    if (prReviewers.length > 0) {
        await sideRequest(`request reviews from ${prReviewers.join(', ')}`, number, () => git.octokit.rest.pulls.requestReviewers({ ...git.repo, pull_number: number, reviewers: [...prReviewers] }));
    }
    return { number, url: data.html_url, operation: 'created' };
}
/** Labels, assignees and reviewers are extras: a refusal is a warning, the pull request stands. */
async function sideRequest(what, number, request) {
    try {
        await request();
    }
    catch (error) {
        const status = error.status;
        const reason = (0,secrets/* errorMessage */.gJ)(error).split('\n')[0] ?? '';
        core/* warning */.$e(`Could not ${what} on pull request #${number}: GitHub answered${status ? ` HTTP ${status}` : ''}: ${reason}. The pull request itself is in place.`, {
            title: 'Pull request extra refused',
        });
    }
}

;// CONCATENATED MODULE: ./src/delivery/pull-request.ts










/*
 * `mode: pull-request`: one update branch per base and README, one open pull request from it.
 * The branch is rebuilt as one commit on the base while it holds only the action's commits; a
 * commit by anyone else (a reviewer's fix) is never discarded: updates then go on top of it.
 */
async function listPulls(target, branch) {
    const { git } = target;
    const { data } = await git.call('list pull requests', 'pull-requests: write', () => git.octokit.rest.pulls.list({
        ...git.repo,
        state: 'all',
        head: `${git.repo.owner}:${branch}`,
        sort: 'created',
        direction: 'desc',
        per_page: 100,
    }));
    return data;
}
async function deliverPullRequest(target, plan) {
    return untilBranchHolds(target.settings.github.prBranch, (fresh) => deliverOnce(target, plan, fresh));
}
async function deliverOnce(target, plan, fresh) {
    const { git, settings } = target;
    const base = await target.base();
    const { prBranch } = settings.github;
    if (prBranch === base)
        throw new Error(`Input "pr-branch" is the same as the base branch "${base}"; choose another branch name.`);
    const pulls = await listPulls(target, prBranch);
    const ours = pulls.filter((pull) => (0,bodies/* isUpdatePullRequest */.Un)(pull.body));
    const open = pulls.find((pull) => pull.state === 'open' && pull.base.ref === base);
    const branchHead = await target.updateBranchHead(fresh);
    const ahead = branchHead ? await git.commitsAhead(base, prBranch) : [];
    const foreign = ahead.filter((commit) => !isOwnCommit(commit));
    if (branchHead &&
        !open &&
        ours.length === 0 &&
        !(foreign.length === 0 && (ahead.length > 0 || isOwnCommit(branchHead)))) {
        throw new Error(`The branch "${prBranch}" exists and holds commits the action did not make, so it will not be overwritten. Set "pr-branch" to a branch name of the action's own (the default "arxiv-daily/update" is), or delete that branch if it is no longer needed.`);
    }
    // Update pull requests into the base closed without merging: "not these papers", in every
    // later one, merged ones between them or not.
    const rejected = ours
        .filter((pull) => pull.base.ref === base && pull.state === 'closed' && !pull.merged_at)
        .slice(0, REJECTED_READ);
    const delivery = open && branchHead && foreign.length > 0
        ? await onTopOfBranch(target, plan, open, branchHead, ahead, rejected)
        : await rebuildOnBase(target, plan, open, branchHead, latestClosed(ours, base), rejected);
    const replacement = delivery.pullRequest;
    if (replacement && replacement.operation !== 'none') {
        await (0,delivery_target/* afterWrite */.SE)(delivery, async () => {
            await closeForOtherBases(target, pulls, base, replacement.number);
            if (replacement.operation === 'created')
                await closeFromOtherBranches(target, base, replacement.number);
        });
    }
    return delivery;
}
/**
 * How many of the newest update pull requests closed without merging keep their papers out
 * (each costs a read of its README); older ones hold papers long past any fetch window.
 */
const REJECTED_READ = 3;
/** The commits at which pull requests closed without merging left their branch. */
const headsOf = (pulls) => pulls.flatMap((pull) => (pull.head.sha ? [pull.head.sha] : []));
/** Several delivered digests as one: their sections side by side; undefined for none. */
function together(digests) {
    const sections = digests.flatMap((digest) => digest?.sections ?? []);
    return digests.some((digest) => digest !== undefined) ? { lastUpdate: undefined, sections } : undefined;
}
/** The newest update pull request into `base` closed without merging: "not these papers". */
function latestClosed(pulls, base) {
    const latest = pulls.find((pull) => pull.base.ref === base);
    return latest && latest.state === 'closed' && !latest.merged_at ? latest : undefined;
}
/**
 * True when `head` already holds every planned file (the dates aside). Of the README only the
 * managed region counts: a person's commit to the base branch (a line of prose) with nothing new
 * is no reason to rebuild and force-push the update branch, which GitHub merges with it as it is.
 */
async function branchHasUpdate(target, head, update) {
    const readmePath = target.settings.readmePath;
    for (const [file, text] of update.files) {
        const held = await target.readAt(head, file);
        if (text === null) {
            if (held !== undefined)
                return false;
            continue;
        }
        if (held === undefined)
            return false;
        const same = file === readmePath
            ? regionOf(held) === regionOf(text)
            : file === target.settings.jsonPath
                ? withoutJsonDate(held) === withoutJsonDate(text)
                : (0,readme_document/* withoutRegionDate */.bk)(held) === (0,readme_document/* withoutRegionDate */.bk)(text);
        if (!same)
            return false;
    }
    return true;
}
/** The JSON digest without its top-level `updated` date, which moves with the README's. */
function withoutJsonDate(text) {
    return text.replace(/^(\{\s*"version": \d+,\s*"updated": )(?:"\d{4}-\d{2}-\d{2}"|null)/, '$1""');
}
/** The managed region of a README, its date taken out; the whole text when it has no markers. */
function regionOf(text) {
    const plain = (0,readme_document/* withoutRegionDate */.bk)(text);
    const start = (0,markers/* findMarker */.Ed)('start', plain);
    const end = (0,markers/* findMarker */.Ed)('end', plain);
    return start && end ? plain.slice(start.index, end.index) : plain;
}
async function rebuildOnBase(target, plan, open, branchHead, closed, rejected) {
    const { git, settings } = target;
    const baseHead = await target.baseHead(false);
    const baseRead = (path) => target.readAt(baseHead.sha, path);
    const digestAt = async (sha) => (await (0,existing/* readExisting */.Y)((path) => target.readAt(sha, path), settings.readmePath)).digest;
    const onBranch = branchHead && (open || closed) ? await digestAt(branchHead.sha) : undefined;
    // The papers of the pull requests closed without merging, each read at its own head: the branch
    // has been rebuilt since.
    const refused = together(await Promise.all(headsOf(rejected).map(digestAt)));
    // An open pull request's papers count as held; those of one closed without merging stay out.
    const delivered = open ? refused : together([closed ? onBranch : undefined, refused]);
    const update = await plan(baseRead, {
        ...(open && onBranch ? { proposed: onBranch, announced: (0,bodies/* listedInBody */.V9)(open.body, branchHead?.sha ?? '') } : {}),
        ...(delivered ? { delivered } : {}),
    });
    // After a pull request was closed without merging, only new papers justify another one.
    const papersMoved = update.changes.some((change) => change.added.length + change.restored.length + change.revised.length + change.removed.length > 0);
    if (!update.changed || (closed && !papersMoved))
        return { update };
    const bodyFor = (head) => (0,bodies/* pullRequestBody */.NF)(update.changes, {
        readmePath: settings.readmePath,
        failures: update.failures,
        created: update.document.origin === 'created',
        files: (0,written.writtenFiles)(update, settings),
        head,
        // On an update of an open pull request, what arrived since the reviewer last looked is marked;
        // a run that adds nothing keeps the marks the body has, so that it is left as it is.
        fresh: open && onBranch && (0,merge/* paperIds */.$t)(onBranch).size > 0
            ? update.newIds.size > 0
                ? { ids: update.newIds, date: update.digest.lastUpdate ?? '' }
                : (0,bodies/* freshInBody */.SU)(open.body)
            : undefined,
    });
    if (open && branchHead && (await branchHasUpdate(target, branchHead.sha, update))) {
        const body = bodyFor(branchHead.sha);
        // The branch holds these papers: a keyword arXiv failed for today (or recovered) is no reason
        // to edit the description.
        const kept = open.body && (0,bodies/* sameListing */.$p)(open.body, body) ? open.body : body;
        const pullRequest = await syncPullRequest(target, open, kept, false);
        return { update, pullRequest };
    }
    const sha = await git.commit(baseHead, update.files, target.commitMessage(update));
    // A reviewer who pushed since the branch was checked keeps their commit: the run starts over.
    if (!(await git.moveBranch(settings.github.prBranch, branchHead, sha)))
        throw new BranchMoved();
    const commit = { sha, url: target.commitUrl(sha), branch: settings.github.prBranch };
    const body = bodyFor(sha);
    const pullRequest = await (0,delivery_target/* afterWrite */.SE)({ update, commit }, () => open ? syncPullRequest(target, open, body, true) : createPullRequest(target, body));
    return { update, commit, pullRequest };
}
/** A reviewer's commits are on the branch: merge what is new into the branch as they left it. */
async function onTopOfBranch(target, plan, open, firstHead, ahead, rejected) {
    const { git, settings } = target;
    const readAt = (sha) => (path) => target.readAt(sha, path);
    // Papers a reviewer removed stay removed, however many updates ago: every state of the branch
    // the action left and someone then edited (and the action's last one) counts as delivered.
    const edited = ahead.filter((commit, i) => {
        const next = ahead[i + 1];
        return isOwnCommit(commit) && (next === undefined || !isOwnCommit(next));
    });
    // The commit the body describes is the action's last push, even when a reviewer amended it
    // away (git keeps it): what it held and the branch lacks, the reviewer removed. Such pushes
    // are recorded in the body, so that they count on every later update too.
    const pushed = (0,bodies/* describedHead */.QS)(open.body);
    const onBranch = new Set(ahead.map((commit) => commit.sha));
    const replaced = [...new Set([...(0,bodies/* replacedInBody */.k6)(open.body), ...(pushed ? [pushed] : [])])].filter((sha) => !onBranch.has(sha));
    const digestAt = async (sha) => (await (0,existing/* readExisting */.Y)(readAt(sha), settings.readmePath)).digest;
    // Only what a person took out stays out, not what the action itself pushed out since (by
    // max-papers, by a sort-by switch): each reviewer's commit is compared with the state it started
    // from. Papers of pull requests closed without merging stay out of this one too.
    const removed = await removedByReviewers(target, ahead, replaced, digestAt);
    const refused = together(await Promise.all(headsOf(rejected).map(digestAt)));
    const onHead = (0,merge/* paperIds */.$t)(await digestAt(firstHead.sha));
    for (const id of refused ? (0,merge/* paperIds */.$t)(refused) : [])
        if (!onHead.has(id))
            removed.add(id);
    // Every state the action left counts for what the reader was shown, and so does the base: a
    // paper it holds that the branch lacks (pushed out there) is not news when it comes back.
    const base = await digestAt((await target.baseHead(false)).sha);
    const delivered = together([
        ...(await Promise.all([...new Set([...edited.map((commit) => commit.sha), ...replaced, ...headsOf(rejected)])].map(digestAt))),
        asShown(base),
    ]);
    const update = await plan(readAt(firstHead.sha), { ...(delivered ? { delivered } : {}), removed });
    const none = { number: open.number, url: open.html_url, operation: 'none' };
    // Only papers justify a commit on a branch a person works on, not a table's shape.
    if (!update.papersChanged)
        return { update, pullRequest: none, othersCommits: true };
    const sha = await git.commit(firstHead, update.files, target.commitMessage(update));
    // A reviewer pushed meanwhile: the whole plan starts over on top of their commit.
    if (!(await git.fastForward(settings.github.prBranch, sha)))
        throw new BranchMoved();
    const body = (0,bodies/* pullRequestBody */.NF)(update.changes, {
        readmePath: settings.readmePath,
        head: sha,
        failures: update.failures,
        othersCommits: true,
        files: (0,written.writtenFiles)(update, settings),
        replaced,
    });
    const commit = { sha, url: target.commitUrl(sha), branch: settings.github.prBranch };
    const pullRequest = await (0,delivery_target/* afterWrite */.SE)({ update, commit }, () => syncPullRequest(target, open, body, true));
    return { update, commit, pullRequest, othersCommits: true };
}
/**
 * The papers reviewers took out of the update branch: for each commit of theirs, those of the
 * state it started from that it no longer holds. That state is its parent, or, for a commit of the
 * action's that a reviewer amended (its message still records the action's tree), the action's
 * push it replaced.
 */
async function removedByReviewers(target, ahead, replaced, digestAt) {
    const byTree = new Map();
    for (const sha of replaced) {
        const facts = await target.git.commitFacts(sha);
        if (facts)
            byTree.set(facts.treeSha, sha);
    }
    const removed = new Set();
    for (const commit of ahead) {
        if (isOwnCommit(commit))
            continue;
        const tree = recordedTree(commit.message);
        const before = (tree === undefined ? undefined : byTree.get(tree)) ?? commit.parents?.[0];
        if (before === undefined)
            continue;
        const [was, now] = await Promise.all([digestAt(before), digestAt(commit.sha)]);
        const kept = (0,merge/* paperIds */.$t)(now);
        for (const id of (0,merge/* paperIds */.$t)(was))
            if (!kept.has(id))
                removed.add(id);
    }
    return removed;
}
/** A digest's rows as a record of what its reader was shown (no rows of its own). */
function asShown(digest) {
    return {
        lastUpdate: undefined,
        sections: digest.sections.map((section) => ({
            title: section.title,
            papers: [],
            shown: section.papers.map((paper) => ({ id: paper.id, date: paper.date })),
        })),
    };
}

;// CONCATENATED MODULE: ./src/delivery/github.ts














/**
 * `mode: commit` and `mode: pull-request`: the README is read from and written to a branch
 * through the REST API only (no checkout, no git CLI).
 */
class GitHubTarget {
    git;
    settings;
    serverUrl;
    baseBranch;
    first;
    constructor(git, settings, serverUrl) {
        this.git = git;
        this.settings = settings;
        this.serverUrl = serverUrl;
        this.baseBranch = settings.github.base;
    }
    static fromEnvironment(settings, userAgent) {
        core/* setSecret */.Pq(settings.github.token);
        if (!process.env.GITHUB_REPOSITORY)
            throw new Error('GITHUB_REPOSITORY is not set: modes "commit" and "pull-request" run inside GitHub Actions; use "mode: local" elsewhere');
        const runner = runnerContext();
        const git = new GitData(createClient(settings.github.token, runner.apiUrl, userAgent), runner.repo, settings.mode === 'pull-request' ? 'pull-request' : 'commit');
        const target = new GitHubTarget(git, settings, runner.serverUrl);
        const payload = runner.payload;
        target.baseBranch ??= payload.repository?.default_branch;
        return target;
    }
    async base() {
        if (this.baseBranch)
            return this.baseBranch;
        const { data } = await this.git.call('read the repository', 'contents: read', () => this.git.octokit.rest.repos.get({ ...this.git.repo }));
        this.baseBranch = data.default_branch;
        return data.default_branch;
    }
    async requireHead(branch) {
        const head = await this.git.head(branch);
        if (head)
            return head;
        const { owner, repo } = this.git.repo;
        if (this.settings.github.base === undefined) {
            // The default branch is missing only in a repository without any commit.
            throw new Error(`The repository ${owner}/${repo} has no commits yet, so there is no branch to update. Push a first commit (for example a README.md) and run again.`);
        }
        throw new Error(`The branch "${branch}" does not exist in ${owner}/${repo}; check the "base" input.`);
    }
    /** The base branch's head; the first delivery attempt reuses the one `read` saw. */
    async baseHead(fresh) {
        if (!fresh && this.first)
            return this.first;
        this.first = await this.requireHead(await this.base());
        return this.first;
    }
    /** A file at a commit; `readme-path` naming a folder is a mistaken input. */
    async readAt(commit, path) {
        try {
            return await this.git.read(commit, path);
        }
        catch (error) {
            if (error instanceof github_errors/* FolderError */.b3 && path === this.settings.readmePath) {
                throw new inputs/* SettingsError */.GN(inputs/* Inputs */.G0.ReadmePath, `${JSON.stringify(path)} is a folder in the repository; name a file in it, such as "${path}/README.md"`);
            }
            throw error;
        }
    }
    updateHead;
    /** The update branch's head as the run first saw it (one look-up a run), or anew when `fresh`. */
    updateBranchHead(fresh = false) {
        if (fresh || !this.updateHead)
            this.updateHead = this.git.head(this.settings.github.prBranch);
        return this.updateHead;
    }
    async readProposed(path) {
        if (this.settings.mode !== 'pull-request')
            return undefined;
        const head = await this.updateBranchHead();
        return head ? this.readAt(head.sha, path) : undefined;
    }
    async list(folder) {
        return this.git.paths.names((await this.baseHead(false)).treeSha, folder);
    }
    async read(path) {
        return this.readAt((await this.baseHead(false)).sha, path);
    }
    commitMessage(update) {
        return this.settings.github.commitMessage ?? (0,written/* commitMessageFor */.A)(update, this.settings);
    }
    commitUrl(sha) {
        return `${this.serverUrl}/${this.git.repo.owner}/${this.git.repo.repo}/commit/${sha}`;
    }
    async deliver(plan) {
        const delivery = await this.deliverByMode(plan).catch((error) => {
            if (error instanceof paths/* SpecialPathError */.rg && error.path === this.settings.readmePath)
                throw error.asReadmePathError();
            throw error;
        });
        if (!this.settings.github.issue ||
            (0,bodies/* countNew */.Sh)(delivery.update.changes, (paper) => delivery.update.newIds.has(paper.id)) === 0)
            return delivery;
        // The update is delivered by now: a refused issue must not hide that.
        try {
            return { ...delivery, issue: await openIssue(this, delivery) };
        }
        catch (error) {
            return { ...delivery, issueError: (0,secrets/* errorMessage */.gJ)(error) };
        }
    }
    deliverByMode(plan) {
        return this.settings.mode === 'pull-request' ? deliverPullRequest(this, plan) : this.deliverCommit(plan);
    }
    async deliverCommit(plan) {
        const branch = await this.base();
        return untilBranchHolds(branch, async (fresh) => {
            // A branch that moved since the first read makes the ref update fail; then read afresh.
            const head = await this.baseHead(fresh);
            const update = await plan((path) => this.readAt(head.sha, path));
            if (!update.changed)
                return { update };
            const sha = await this.git.commit(head, update.files, this.commitMessage(update));
            // Another run or a person pushed in between: read again and merge on top, never force.
            if (!(await this.git.fastForward(branch, sha)))
                throw new BranchMoved();
            const commit = { sha, url: this.commitUrl(sha), branch };
            await closeAfterCommit(this, branch, commit);
            return { update, commit };
        });
    }
}
/**
 * The runner's context (`GITHUB_*` variables, the event file), read on each run: the `context`
 * of `@actions/github` is read once at import, and one process may run the action twice.
 */
function runnerContext() {
    const Context = github/* context */._.constructor;
    return new Context();
}


/***/ }),

/***/ 8195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ commitMessageFor),
/* harmony export */   writtenFiles: () => (/* binding */ writtenFiles)
/* harmony export */ });
/* unused harmony export writtenLines */
/* harmony import */ var _readme_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7758);
/* harmony import */ var _report_bodies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7792);


/** Why the README changed: its papers, else its columns, else its layout (a setting, a repair). */
function readmeWhy(update) {
    if (update.document.origin === 'created')
        return { why: 'created', kind: 'papers' };
    if (update.papersChanged) {
        const count = (pick) => update.changes.reduce((sum, change) => sum + pick(change), 0);
        const parts = [
            ...(update.newPapers.length > 0 ? [(0,_report_bodies_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(update.newPapers.length, 'new paper')] : []),
            ...(count((c) => c.restored.length) > 0 ? [`${count((c) => c.restored.length)} put back`] : []),
            ...(count((c) => c.revised.length) > 0 ? [`${count((c) => c.revised.length)} updated`] : []),
            ...(count((c) => c.removed.length) > 0 ? [`${count((c) => c.removed.length)} left`] : []),
        ];
        return { why: parts.length > 0 ? parts.join(', ') : 'papers changed', kind: 'papers' };
    }
    const before = update.document.digest.columns ?? _readme_table_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COLUMNS */ ._X;
    const after = update.digest.columns ?? _readme_table_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COLUMNS */ ._X;
    if (!(0,_readme_table_js__WEBPACK_IMPORTED_MODULE_0__/* .sameColumns */ .G7)(before, after))
        return { why: 'the columns changed', kind: 'columns' };
    return { why: 'the layout of the digest (a setting changed, or a part was put back in shape)', kind: 'layout' };
}
/** Every file the update writes or deletes, in the order it lists them, each with why. */
function writtenFiles(update, paths) {
    const under = (folder, file) => folder !== undefined && file.startsWith(`${folder}/`);
    return [...update.files].map(([path, text]) => {
        if (text === null)
            return { path, why: 'deleted: no longer needed', kind: 'files' };
        if (path === paths.readmePath)
            return { path, ...readmeWhy(update) };
        if (path === paths.jsonPath)
            return { path, why: 'the JSON digest', kind: 'JSON' };
        if (path === paths.llm?.summariesPath)
            return { path, why: "the model's answers, kept to ask each paper once", kind: 'answers' };
        if (under(paths.siteDir, path))
            return { path, why: 'the page', kind: 'page' };
        if (under(paths.feedDir, path))
            return { path, why: 'a feed', kind: 'feeds' };
        return { path, why: "older papers, moved out of the README's size budget", kind: 'overflow' };
    });
}
/** The default commit message: papers when they changed, else what did. */
function commitMessageFor(update, paths) {
    const files = writtenFiles(update, paths);
    const created = update.document.origin === 'created';
    if (created)
        return `Create ${paths.readmePath} with arXiv papers (${update.newPapers.length} new)`;
    if (update.papersChanged)
        return `Update arXiv papers (${update.newPapers.length} new)`;
    const kinds = [...new Set(files.map((file) => file.kind))];
    return `Update the arXiv digest (${kinds.join(', ')})`;
}
/** One line a file, for the log and the job summary. */
function writtenLines(files, code = (path) => path) {
    return files.map((file) => `${code(file.path)}: ${file.why}`);
}


/***/ })

};
