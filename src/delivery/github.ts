import { context } from '@actions/github'
import * as core from '@actions/core'
import { errorMessage } from '../common/secrets.js'
import { Inputs, SettingsError } from '../settings/inputs.js'
import { type Settings } from '../settings/settings.js'
import { countNew } from '../report/bodies.js'
import { openIssue } from './notification.js'
import { createClient } from './github-client.js'
import { BranchMoved, GitData, untilBranchHolds, type Head } from './git-data.js'
import type { Update } from '../plan/update.js'
import { commitMessageFor } from './written.js'
import { FolderError } from './github-errors.js'
import { SpecialPathError } from './paths.js'
import { closeAfterCommit } from './superseded.js'
import { deliverPullRequest } from './pull-request.js'
import type { GitHubRepository } from './github-repository.js'
import type { Delivery, Planner, Target } from './target.js'

/**
 * `mode: commit` and `mode: pull-request`: the README is read from and written to a branch
 * through the REST API only (no checkout, no git CLI).
 */
export class GitHubTarget implements Target, GitHubRepository {
  private baseBranch: string | undefined
  private first: Head | undefined

  constructor(
    readonly git: GitData,
    readonly settings: Settings,
    private readonly serverUrl: string,
  ) {
    this.baseBranch = settings.github.base
  }

  static fromEnvironment(settings: Settings, userAgent: string): GitHubTarget {
    core.setSecret(settings.github.token)
    if (!process.env.GITHUB_REPOSITORY)
      throw new Error(
        'GITHUB_REPOSITORY is not set: modes "commit" and "pull-request" run inside GitHub Actions; use "mode: local" elsewhere',
      )
    const runner = runnerContext()
    const git = new GitData(
      createClient(settings.github.token, runner.apiUrl, userAgent),
      runner.repo,
      settings.mode === 'pull-request' ? 'pull-request' : 'commit',
    )
    const target = new GitHubTarget(git, settings, runner.serverUrl)
    const payload = runner.payload as { repository?: { default_branch?: string } }
    target.baseBranch ??= payload.repository?.default_branch
    return target
  }

  async base(): Promise<string> {
    if (this.baseBranch) return this.baseBranch
    const { data } = await this.git.call('read the repository', 'contents: read', () =>
      this.git.octokit.rest.repos.get({ ...this.git.repo }),
    )
    this.baseBranch = data.default_branch
    return data.default_branch
  }

  private async requireHead(branch: string): Promise<Head> {
    const head = await this.git.head(branch)
    if (head) return head
    const { owner, repo } = this.git.repo
    if (this.settings.github.base === undefined) {
      // The default branch is missing only in a repository without any commit.
      throw new Error(
        `The repository ${owner}/${repo} has no commits yet, so there is no branch to update. Push a first commit (for example a README.md) and run again.`,
      )
    }
    throw new Error(`The branch "${branch}" does not exist in ${owner}/${repo}; check the "base" input.`)
  }

  /** The base branch's head; the first delivery attempt reuses the one `read` saw. */
  async baseHead(fresh: boolean): Promise<Head> {
    if (!fresh && this.first) return this.first
    this.first = await this.requireHead(await this.base())
    return this.first
  }

  /** A file at a commit; `readme-path` naming a folder is a mistaken input. */
  async readAt(commit: string, path: string): Promise<string | undefined> {
    try {
      return await this.git.read(commit, path)
    } catch (error) {
      if (error instanceof FolderError && path === this.settings.readmePath) {
        throw new SettingsError(
          Inputs.ReadmePath,
          `${JSON.stringify(path)} is a folder in the repository; name a file in it, such as "${path}/README.md"`,
        )
      }
      throw error
    }
  }

  private updateHead: Promise<Head | undefined> | undefined

  /** The update branch's head as the run first saw it (one look-up a run), or anew when `fresh`. */
  updateBranchHead(fresh = false): Promise<Head | undefined> {
    if (fresh || !this.updateHead) this.updateHead = this.git.head(this.settings.github.prBranch)
    return this.updateHead
  }

  async readProposed(path: string): Promise<string | undefined> {
    if (this.settings.mode !== 'pull-request') return undefined
    const head = await this.updateBranchHead()
    return head ? this.readAt(head.sha, path) : undefined
  }

  async list(folder: string): Promise<string[]> {
    return this.git.paths.names((await this.baseHead(false)).treeSha, folder)
  }

  async read(path: string): Promise<string | undefined> {
    return this.readAt((await this.baseHead(false)).sha, path)
  }

  commitMessage(update: Update): string {
    return this.settings.github.commitMessage ?? commitMessageFor(update, this.settings)
  }

  commitUrl(sha: string): string {
    return `${this.serverUrl}/${this.git.repo.owner}/${this.git.repo.repo}/commit/${sha}`
  }

  async deliver(plan: Planner): Promise<Delivery> {
    const delivery = await this.deliverByMode(plan).catch((error: unknown) => {
      if (error instanceof SpecialPathError && error.path === this.settings.readmePath) throw error.asReadmePathError()
      throw error
    })
    if (
      !this.settings.github.issue ||
      countNew(delivery.update.changes, (paper) => delivery.update.newIds.has(paper.id)) === 0
    )
      return delivery
    // The update is delivered by now: a refused issue must not hide that.
    try {
      return { ...delivery, issue: await openIssue(this, delivery) }
    } catch (error) {
      return { ...delivery, issueError: errorMessage(error) }
    }
  }

  private deliverByMode(plan: Planner): Promise<Delivery> {
    return this.settings.mode === 'pull-request' ? deliverPullRequest(this, plan) : this.deliverCommit(plan)
  }

  private async deliverCommit(plan: Planner): Promise<Delivery> {
    const branch = await this.base()
    return untilBranchHolds(branch, async (fresh) => {
      // A branch that moved since the first read makes the ref update fail; then read afresh.
      const head = await this.baseHead(fresh)
      const update = await plan((path) => this.readAt(head.sha, path))
      if (!update.changed) return { update }
      const sha = await this.git.commit(head, update.files, this.commitMessage(update))
      // Another run or a person pushed in between: read again and merge on top, never force.
      if (!(await this.git.fastForward(branch, sha))) throw new BranchMoved()
      const commit = { sha, url: this.commitUrl(sha), branch }
      await closeAfterCommit(this, branch, commit)
      return { update, commit }
    })
  }
}

/**
 * The runner's context (`GITHUB_*` variables, the event file), read on each run: the `context`
 * of `@actions/github` is read once at import, and one process may run the action twice.
 */
function runnerContext(): typeof context {
  const Context = context.constructor as new () => typeof context
  return new Context()
}
