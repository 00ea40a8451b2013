import { context } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import * as core from '@actions/core'
import { parseReadme } from '../digest/document.js'
import { paperIds } from '../digest/merge.js'
import { branchHolds, newPapers } from '../digest/update.js'
import { countNew, issueBody, pullRequestBody } from '../report.js'
import type { Settings } from '../settings.js'
import { explainGitHubError, httpStatus, isNotFastForward, isReferenceExists, type Permission } from './github-errors.js'
import { decodeUtf8, type Delivery, type Planner, type Target } from './target.js'

const GitHubClient = Octokit.plugin(retry, throttling)
export type GitHubClient = InstanceType<typeof GitHubClient>

/** How often a commit is re-planned when the branch moved between read and write. */
export const MAX_COMMIT_ATTEMPTS = 5
/** Secondary rate limits and 5xx are waited out this many times, each wait at most a minute. */
const MAX_API_RETRIES = 3
const MAX_RATE_LIMIT_WAIT_S = 60

interface Head {
  readonly sha: string
  readonly treeSha: string
}

interface Repo {
  readonly owner: string
  readonly repo: string
}

export function createClient(token: string, baseUrl: string, userAgent: string): GitHubClient {
  const retryOnLimit = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean =>
    retryCount < MAX_API_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S
  return new GitHubClient({
    auth: token,
    baseUrl,
    userAgent,
    throttle: { onRateLimit: retryOnLimit, onSecondaryRateLimit: retryOnLimit },
    retry: { retries: MAX_API_RETRIES },
    log: { debug: () => undefined, info: () => undefined, warn: (message: string) => core.debug(message), error: (message: string) => core.debug(message) },
  })
}

/**
 * `mode: commit` and `mode: pull-request`: the README is read from and written to a branch
 * through the REST API only (no checkout, no git CLI).
 */
export class GitHubTarget implements Target {
  private baseBranch: string | undefined
  private first: Head | undefined
  /** Files already read, by commit and path: a commit never changes, so neither do they. */
  private readonly files = new Map<string, Promise<string | undefined>>()

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: Repo,
    private readonly settings: Settings,
    private readonly serverUrl: string,
  ) {
    this.baseBranch = settings.github.base
  }

  static fromEnvironment(settings: Settings, userAgent: string): GitHubTarget {
    core.setSecret(settings.github.token)
    if (!process.env.GITHUB_REPOSITORY) throw new Error('GITHUB_REPOSITORY is not set: modes "commit" and "pull-request" run inside GitHub Actions; use "mode: local" elsewhere')
    const payload = context.payload as { repository?: { default_branch?: string } }
    const target = new GitHubTarget(createClient(settings.github.token, context.apiUrl, userAgent), context.repo, settings, context.serverUrl)
    target.baseBranch ??= payload.repository?.default_branch
    return target
  }

  private async call<T>(step: string, permission: Permission, request: () => Promise<T>): Promise<T> {
    try {
      return await request()
    } catch (error) {
      throw explainGitHubError(error, step, permission)
    }
  }

  private async base(): Promise<string> {
    if (this.baseBranch) return this.baseBranch
    const { data } = await this.call('read the repository', 'contents: read', () => this.octokit.rest.repos.get({ ...this.repo }))
    this.baseBranch = data.default_branch
    return data.default_branch
  }

  /** The branch's head commit and tree in one call; undefined when the branch does not exist. */
  private async head(branch: string): Promise<Head | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getBranch({ ...this.repo, branch })
      return { sha: data.commit.sha, treeSha: data.commit.commit.tree.sha }
    } catch (error) {
      if (httpStatus(error) === 404) return undefined
      throw explainGitHubError(error, `read the branch "${branch}"`, 'contents: read')
    }
  }

  private async requireHead(branch: string): Promise<Head> {
    const head = await this.head(branch)
    if (!head) throw new Error(`The branch "${branch}" does not exist in ${this.repo.owner}/${this.repo.repo}; check the "base" input.`)
    return head
  }

  private readAt(ref: string, path: string): Promise<string | undefined> {
    const key = `${ref}:${path}`
    if (!this.files.has(key)) this.files.set(key, this.fetchFile(ref, path))
    return this.files.get(key)!
  }

  /** A file at a commit, exact bytes through the raw media type (works past 1 MB). */
  private async fetchFile(ref: string, path: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        ...this.repo,
        path,
        ref,
        mediaType: { format: 'raw' },
        request: { parseSuccessResponseBody: false },
      })
      // Decoded by hand: Response.text() would drop a byte order mark.
      return decodeUtf8(await new Response(data as unknown as ReadableStream<Uint8Array>).arrayBuffer())
    } catch (error) {
      if (httpStatus(error) === 404) return undefined
      throw explainGitHubError(error, `read ${path}`, 'contents: read')
    }
  }

  /** The base branch's head; the first delivery attempt reuses the one `read` saw. */
  private async baseHead(fresh: boolean): Promise<Head> {
    if (!fresh && this.first) return this.first
    this.first = await this.requireHead(await this.base())
    return this.first
  }

  async read(path: string): Promise<string | undefined> {
    return this.readAt((await this.baseHead(false)).sha, path)
  }

  /** One commit holding the new files on top of `parent`, with no custom author so GitHub signs it. */
  private async commit(parent: Head, files: ReadonlyMap<string, string | null>, message: string): Promise<string> {
    // A null sha deletes the path: an overflow file the size budget no longer needs.
    const entries = [...files].map(([path, text]) => (text === null ? { path, mode: '100644' as const, type: 'blob' as const, sha: null } : { path, mode: '100644' as const, type: 'blob' as const, content: text }))
    const tree = await this.call('create a tree', 'contents: write', () =>
      this.octokit.rest.git.createTree({ ...this.repo, base_tree: parent.treeSha, tree: entries }),
    )
    const commit = await this.call('create a commit', 'contents: write', () =>
      this.octokit.rest.git.createCommit({ ...this.repo, message, tree: tree.data.sha, parents: [parent.sha] }),
    )
    return commit.data.sha
  }

  private commitMessage(count: number): string {
    return this.settings.github.commitMessage ?? `Update arXiv papers (${count} new)`
  }

  async deliver(plan: Planner): Promise<Delivery> {
    const delivery = this.settings.mode === 'pull-request' ? await this.deliverPullRequest(plan) : await this.deliverCommit(plan)
    if (!this.settings.github.issue || countNew(delivery.update.changes, (paper) => delivery.newIds.has(paper.id)) === 0) return delivery
    return { ...delivery, issue: await this.openIssue(delivery) }
  }

  private async deliverCommit(plan: Planner): Promise<Delivery> {
    const branch = await this.base()
    for (let attempt = 1; ; attempt++) {
      // A branch that moved since the first read makes the ref update fail; then read afresh.
      const head = await this.baseHead(attempt > 1)
      const update = await plan((path) => this.readAt(head.sha, path))
      const newIds = new Set(newPapers(update.changes).map((paper) => paper.id))
      if (!update.changed) return { update, newIds }
      const sha = await this.commit(head, update.files, this.commitMessage(newIds.size))
      try {
        await this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: false })
        return { update, newIds, commit: { sha, url: this.commitUrl(sha) } }
      } catch (error) {
        // Another run or a person pushed in between: read again and merge on top, never force.
        if (isNotFastForward(error) && attempt < MAX_COMMIT_ATTEMPTS) {
          core.info(`The branch "${branch}" moved while updating; merging again on top of it (attempt ${attempt + 1})`)
          continue
        }
        if (isNotFastForward(error)) throw new Error(`The branch "${branch}" kept moving during ${MAX_COMMIT_ATTEMPTS} attempts; nothing was written. Add a "concurrency:" group to the workflow so runs do not overlap.`, { cause: error })
        throw explainGitHubError(error, `update the branch "${branch}"`, 'contents: write')
      }
    }
  }

  private commitUrl(sha: string): string {
    return `${this.serverUrl}/${this.repo.owner}/${this.repo.repo}/commit/${sha}`
  }

  private async openPullRequest(branch: string, base: string): Promise<{ number: number; html_url: string; head: { sha: string } } | undefined> {
    const { data } = await this.call('list pull requests', 'pull-requests: write', () =>
      this.octokit.rest.pulls.list({ ...this.repo, state: 'open', head: `${this.repo.owner}:${branch}`, base, per_page: 1 }),
    )
    return data[0]
  }

  /** Points the update branch at `sha`; the branch belongs to the action, so it is replaced. */
  private async setBranch(branch: string, sha: string): Promise<void> {
    try {
      await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha })
    } catch (error) {
      if (!isReferenceExists(error)) throw explainGitHubError(error, `create the branch "${branch}"`, 'contents: write')
      await this.call(`update the branch "${branch}"`, 'contents: write', () =>
        this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: true }),
      )
    }
  }

  private async deliverPullRequest(plan: Planner): Promise<Delivery> {
    const base = await this.base()
    const { prBranch } = this.settings.github
    if (prBranch === base) throw new Error(`Input "pr-branch" is the same as the base branch "${base}"; choose another branch name.`)
    const head = await this.baseHead(false)
    const open = await this.openPullRequest(prBranch, base)
    const branchText = open ? await this.readAt(open.head.sha, this.settings.readmePath) : undefined
    const update = await plan((path) => this.readAt(head.sha, path), branchText)
    // Papers already on the open pull request were announced by an earlier run. (The planner
    // parsed the branch's README too; the parser hands the same document out again.)
    const branch = branchText === undefined ? undefined : parseReadme(branchText, this.settings.readmePath).digest
    const pending = branch ? paperIds(branch) : new Set<string>()
    const newIds = new Set(newPapers(update.changes).map((paper) => paper.id).filter((id) => !pending.has(id)))
    if (!update.changed) return { update, newIds }
    if (open && branchText !== undefined && branchHolds(branchText, branch?.lastUpdate, update)) {
      return { update, newIds, pullRequest: { number: open.number, url: open.html_url, operation: 'none' } }
    }
    const sha = await this.commit(head, update.files, this.commitMessage(newPapers(update.changes).length))
    await this.setBranch(prBranch, sha)
    const body = pullRequestBody(update.changes, this.settings.readmePath, update.failures)
    const pullRequest = open ? await this.updatePullRequest(open.number, body) : await this.createPullRequest(prBranch, base, body)
    return { update, newIds, commit: { sha, url: this.commitUrl(sha) }, pullRequest: { ...pullRequest, operation: open ? 'updated' : 'created' } }
  }

  private async updatePullRequest(number: number, body: string): Promise<{ number: number; url: string }> {
    const { data } = await this.call('update the pull request', 'pull-requests: write', () =>
      this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, body }),
    )
    return { number: data.number, url: data.html_url }
  }

  private async createPullRequest(head: string, base: string, body: string): Promise<{ number: number; url: string }> {
    const { prTitle, prDraft, prLabels, prAssignees, prReviewers } = this.settings.github
    const { data } = await this.call('create a pull request', 'pull-requests: write', () =>
      this.octokit.rest.pulls.create({ ...this.repo, title: prTitle, head, base, body, draft: prDraft, maintainer_can_modify: false }),
    )
    const number = data.number
    if (prLabels.length > 0) {
      await this.call('label the pull request', 'issues: write', () => this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: number, labels: [...prLabels] }))
    }
    if (prAssignees.length > 0) {
      await this.call('assign the pull request', 'issues: write', () =>
        this.octokit.rest.issues.addAssignees({ ...this.repo, issue_number: number, assignees: [...prAssignees] }),
      )
    }
    if (prReviewers.length > 0) {
      await this.call('request reviewers', 'pull-requests: write', () =>
        this.octokit.rest.pulls.requestReviewers({ ...this.repo, pull_number: number, reviewers: [...prReviewers] }),
      )
    }
    return { number, url: data.html_url }
  }

  private async openIssue(delivery: Delivery): Promise<{ number: number; url: string }> {
    const { issueTitle, issueLabels } = this.settings.github
    const count = countNew(delivery.update.changes, (paper) => delivery.newIds.has(paper.id))
    const title = issueTitle ?? `New arXiv papers: ${count} on ${delivery.update.digest.lastUpdate ?? ''}`.trim()
    const body = issueBody(delivery.update.changes, (paper) => delivery.newIds.has(paper.id))
    const { data } = await this.call('open the notification issue', 'issues: write', () =>
      this.octokit.rest.issues.create({ ...this.repo, title, body, labels: [...issueLabels] }),
    )
    return { number: data.number, url: data.html_url }
  }
}
