export const id = 644;
export const ids = [644];
export const modules = {

/***/ 1644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubTarget: () => (/* binding */ GitHubTarget)
});

// UNUSED EXPORTS: MAX_COMMIT_ATTEMPTS, createClient

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 3 modules
var github = __webpack_require__(722);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 3 modules
var dist_src = __webpack_require__(1267);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/digest/document.ts + 1 modules
var digest_document = __webpack_require__(112);
// EXTERNAL MODULE: ./src/digest/merge.ts
var merge = __webpack_require__(5364);
// EXTERNAL MODULE: ./src/digest/update.ts
var digest_update = __webpack_require__(8015);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/delivery/github-errors.ts
function asHttpError(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const { status, message } = error;
    return typeof status === 'number' ? { status, message: typeof message === 'string' ? message : '' } : undefined;
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
/**
 * Turns a GitHub API failure into a message that says what happened and what to do. `step` says
 * what the action was doing; `permission` is what that step needs from the workflow's token.
 */
function explainGitHubError(error, step, permission) {
    const http = asHttpError(error);
    if (!http)
        return error instanceof Error ? error : new Error(String(error));
    const said = http.message.split('\n')[0] ?? '';
    const base = `GitHub refused to ${step} (HTTP ${http.status}: ${said}).`;
    if (/not permitted to create or approve pull requests/i.test(said))
        return new Error(`${base} ${PR_SETTING}`);
    if (/protected branch|rule violation|repository rule|required status check|changes must be made through a pull request/i.test(said)) {
        return new Error(`${base} The branch is protected. Use "mode: pull-request" so the update arrives as a pull request, or allow the workflow's token to push to this branch.`);
    }
    if (http.status === 401)
        return new Error(`${base} The token is invalid or expired; check the github-token input.`);
    if (http.status === 403 && /rate limit/i.test(said))
        return new Error(`${base} The API rate limit was hit and retries ran out; the next scheduled run will try again.`);
    if (http.status === 403 || (http.status === 404 && permission !== 'contents: read')) {
        return new Error(`${base} The workflow's token needs "${permission}": add it under "permissions:" in the workflow (or the job).`);
    }
    if (http.status >= 500)
        return new Error(`${base} GitHub had a server error and retries ran out; the next run will try again.`);
    return new Error(base);
}

// EXTERNAL MODULE: ./src/delivery/target.ts
var target = __webpack_require__(2283);
;// CONCATENATED MODULE: ./src/delivery/github.ts











const GitHubClient = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** How often a commit is re-planned when the branch moved between read and write. */
const MAX_COMMIT_ATTEMPTS = 5;
/** Secondary rate limits and 5xx are waited out this many times, each wait at most a minute. */
const MAX_API_RETRIES = 3;
const MAX_RATE_LIMIT_WAIT_S = 60;
function createClient(token, baseUrl, userAgent) {
    const retryOnLimit = (retryAfter, _options, _octokit, retryCount) => retryCount < MAX_API_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    return new GitHubClient({
        auth: token,
        baseUrl,
        userAgent,
        throttle: { onRateLimit: retryOnLimit, onSecondaryRateLimit: retryOnLimit },
        retry: { retries: MAX_API_RETRIES },
        log: { debug: () => undefined, info: () => undefined, warn: (message) => core/* debug */.Yz(message), error: (message) => core/* debug */.Yz(message) },
    });
}
/**
 * `mode: commit` and `mode: pull-request`: the README is read from and written to a branch
 * through the REST API only (no checkout, no git CLI).
 */
class GitHubTarget {
    octokit;
    repo;
    settings;
    serverUrl;
    baseBranch;
    first;
    /** Files already read, by commit and path: a commit never changes, so neither do they. */
    files = new Map();
    constructor(octokit, repo, settings, serverUrl) {
        this.octokit = octokit;
        this.repo = repo;
        this.settings = settings;
        this.serverUrl = serverUrl;
        this.baseBranch = settings.github.base;
    }
    static fromEnvironment(settings, userAgent) {
        core/* setSecret */.Pq(settings.github.token);
        if (!process.env.GITHUB_REPOSITORY)
            throw new Error('GITHUB_REPOSITORY is not set: modes "commit" and "pull-request" run inside GitHub Actions; use "mode: local" elsewhere');
        const payload = github/* context */._.payload;
        const target = new GitHubTarget(createClient(settings.github.token, github/* context */._.apiUrl, userAgent), github/* context */._.repo, settings, github/* context */._.serverUrl);
        target.baseBranch ??= payload.repository?.default_branch;
        return target;
    }
    async call(step, permission, request) {
        try {
            return await request();
        }
        catch (error) {
            throw explainGitHubError(error, step, permission);
        }
    }
    async base() {
        if (this.baseBranch)
            return this.baseBranch;
        const { data } = await this.call('read the repository', 'contents: read', () => this.octokit.rest.repos.get({ ...this.repo }));
        this.baseBranch = data.default_branch;
        return data.default_branch;
    }
    /** The branch's head commit and tree in one call; undefined when the branch does not exist. */
    async head(branch) {
        try {
            const { data } = await this.octokit.rest.repos.getBranch({ ...this.repo, branch });
            return { sha: data.commit.sha, treeSha: data.commit.commit.tree.sha };
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return undefined;
            throw explainGitHubError(error, `read the branch "${branch}"`, 'contents: read');
        }
    }
    async requireHead(branch) {
        const head = await this.head(branch);
        if (!head)
            throw new Error(`The branch "${branch}" does not exist in ${this.repo.owner}/${this.repo.repo}; check the "base" input.`);
        return head;
    }
    readAt(ref, path) {
        const key = `${ref}:${path}`;
        if (!this.files.has(key))
            this.files.set(key, this.fetchFile(ref, path));
        return this.files.get(key);
    }
    /** A file at a commit, exact bytes through the raw media type (works past 1 MB). */
    async fetchFile(ref, path) {
        try {
            const { data } = await this.octokit.rest.repos.getContent({
                ...this.repo,
                path,
                ref,
                mediaType: { format: 'raw' },
                request: { parseSuccessResponseBody: false },
            });
            // Decoded by hand: Response.text() would drop a byte order mark.
            return (0,target/* decodeUtf8 */._)(await new Response(data).arrayBuffer());
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return undefined;
            throw explainGitHubError(error, `read ${path}`, 'contents: read');
        }
    }
    /** The base branch's head; the first delivery attempt reuses the one `read` saw. */
    async baseHead(fresh) {
        if (!fresh && this.first)
            return this.first;
        this.first = await this.requireHead(await this.base());
        return this.first;
    }
    async read(path) {
        return this.readAt((await this.baseHead(false)).sha, path);
    }
    /** One commit holding the new files on top of `parent`, with no custom author so GitHub signs it. */
    async commit(parent, files, message) {
        // A null sha deletes the path: an overflow file the size budget no longer needs.
        const entries = [...files].map(([path, text]) => (text === null ? { path, mode: '100644', type: 'blob', sha: null } : { path, mode: '100644', type: 'blob', content: text }));
        const tree = await this.call('create a tree', 'contents: write', () => this.octokit.rest.git.createTree({ ...this.repo, base_tree: parent.treeSha, tree: entries }));
        const commit = await this.call('create a commit', 'contents: write', () => this.octokit.rest.git.createCommit({ ...this.repo, message, tree: tree.data.sha, parents: [parent.sha] }));
        return commit.data.sha;
    }
    commitMessage(count) {
        return this.settings.github.commitMessage ?? `Update arXiv papers (${count} new)`;
    }
    async deliver(plan) {
        const delivery = this.settings.mode === 'pull-request' ? await this.deliverPullRequest(plan) : await this.deliverCommit(plan);
        if (!this.settings.github.issue || (0,report/* countNew */.Sh)(delivery.update.changes, (paper) => delivery.newIds.has(paper.id)) === 0)
            return delivery;
        return { ...delivery, issue: await this.openIssue(delivery) };
    }
    async deliverCommit(plan) {
        const branch = await this.base();
        for (let attempt = 1;; attempt++) {
            // A branch that moved since the first read makes the ref update fail; then read afresh.
            const head = await this.baseHead(attempt > 1);
            const update = await plan((path) => this.readAt(head.sha, path));
            const newIds = new Set((0,digest_update/* newPapers */.Wz)(update.changes).map((paper) => paper.id));
            if (!update.changed)
                return { update, newIds };
            const sha = await this.commit(head, update.files, this.commitMessage(newIds.size));
            try {
                await this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: false });
                return { update, newIds, commit: { sha, url: this.commitUrl(sha) } };
            }
            catch (error) {
                // Another run or a person pushed in between: read again and merge on top, never force.
                if (isNotFastForward(error) && attempt < MAX_COMMIT_ATTEMPTS) {
                    core/* info */.pq(`The branch "${branch}" moved while updating; merging again on top of it (attempt ${attempt + 1})`);
                    continue;
                }
                if (isNotFastForward(error))
                    throw new Error(`The branch "${branch}" kept moving during ${MAX_COMMIT_ATTEMPTS} attempts; nothing was written. Add a "concurrency:" group to the workflow so runs do not overlap.`, { cause: error });
                throw explainGitHubError(error, `update the branch "${branch}"`, 'contents: write');
            }
        }
    }
    commitUrl(sha) {
        return `${this.serverUrl}/${this.repo.owner}/${this.repo.repo}/commit/${sha}`;
    }
    async openPullRequest(branch, base) {
        const { data } = await this.call('list pull requests', 'pull-requests: write', () => this.octokit.rest.pulls.list({ ...this.repo, state: 'open', head: `${this.repo.owner}:${branch}`, base, per_page: 1 }));
        return data[0];
    }
    /** Points the update branch at `sha`; the branch belongs to the action, so it is replaced. */
    async setBranch(branch, sha) {
        try {
            await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha });
        }
        catch (error) {
            if (!isReferenceExists(error))
                throw explainGitHubError(error, `create the branch "${branch}"`, 'contents: write');
            await this.call(`update the branch "${branch}"`, 'contents: write', () => this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: true }));
        }
    }
    async deliverPullRequest(plan) {
        const base = await this.base();
        const { prBranch } = this.settings.github;
        if (prBranch === base)
            throw new Error(`Input "pr-branch" is the same as the base branch "${base}"; choose another branch name.`);
        const head = await this.baseHead(false);
        const open = await this.openPullRequest(prBranch, base);
        const branchText = open ? await this.readAt(open.head.sha, this.settings.readmePath) : undefined;
        const update = await plan((path) => this.readAt(head.sha, path), branchText);
        // Papers already on the open pull request were announced by an earlier run. (The planner
        // parsed the branch's README too; the parser hands the same document out again.)
        const branch = branchText === undefined ? undefined : (0,digest_document/* parseReadme */.c)(branchText, this.settings.readmePath).digest;
        const pending = branch ? (0,merge/* paperIds */.$t)(branch) : new Set();
        const newIds = new Set((0,digest_update/* newPapers */.Wz)(update.changes).map((paper) => paper.id).filter((id) => !pending.has(id)));
        if (!update.changed)
            return { update, newIds };
        if (open && branchText !== undefined && (0,digest_update/* branchHolds */.xA)(branchText, branch?.lastUpdate, update)) {
            return { update, newIds, pullRequest: { number: open.number, url: open.html_url, operation: 'none' } };
        }
        const sha = await this.commit(head, update.files, this.commitMessage((0,digest_update/* newPapers */.Wz)(update.changes).length));
        await this.setBranch(prBranch, sha);
        const body = (0,report/* pullRequestBody */.NF)(update.changes, this.settings.readmePath, update.failures);
        const pullRequest = open ? await this.updatePullRequest(open.number, body) : await this.createPullRequest(prBranch, base, body);
        return { update, newIds, commit: { sha, url: this.commitUrl(sha) }, pullRequest: { ...pullRequest, operation: open ? 'updated' : 'created' } };
    }
    async updatePullRequest(number, body) {
        const { data } = await this.call('update the pull request', 'pull-requests: write', () => this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, body }));
        return { number: data.number, url: data.html_url };
    }
    async createPullRequest(head, base, body) {
        const { prTitle, prDraft, prLabels, prAssignees, prReviewers } = this.settings.github;
        const { data } = await this.call('create a pull request', 'pull-requests: write', () => this.octokit.rest.pulls.create({ ...this.repo, title: prTitle, head, base, body, draft: prDraft, maintainer_can_modify: false }));
        const number = data.number;
        if (prLabels.length > 0) {
            await this.call('label the pull request', 'issues: write', () => this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: number, labels: [...prLabels] }));
        }
        if (prAssignees.length > 0) {
            await this.call('assign the pull request', 'issues: write', () => this.octokit.rest.issues.addAssignees({ ...this.repo, issue_number: number, assignees: [...prAssignees] }));
        }
        if (prReviewers.length > 0) {
            await this.call('request reviewers', 'pull-requests: write', () => this.octokit.rest.pulls.requestReviewers({ ...this.repo, pull_number: number, reviewers: [...prReviewers] }));
        }
        return { number, url: data.html_url };
    }
    async openIssue(delivery) {
        const { issueTitle, issueLabels } = this.settings.github;
        const count = (0,report/* countNew */.Sh)(delivery.update.changes, (paper) => delivery.newIds.has(paper.id));
        const title = issueTitle ?? `New arXiv papers: ${count} on ${delivery.update.digest.lastUpdate ?? ''}`.trim();
        const body = (0,report/* issueBody */.y6)(delivery.update.changes, (paper) => delivery.newIds.has(paper.id));
        const { data } = await this.call('open the notification issue', 'issues: write', () => this.octokit.rest.issues.create({ ...this.repo, title, body, labels: [...issueLabels] }));
        return { number: data.number, url: data.html_url };
    }
}


/***/ })

};
