import * as core from '@actions/core'
import { errorMessage } from '../common/secrets.js'
import { isUpdatePullRequest, pullRequestReadme } from '../report/bodies.js'
import { isOwnCommit } from './git-data.js'
import type { GitHubRepository } from './github-repository.js'

/*
 * Update pull requests the workflow no longer uses are closed, each with a comment that says
 * what replaced it: one into an old base (input "base" changed), one from an old update branch
 * (input "pr-branch" changed), and any after a switch to `mode: commit`. Only pull requests the
 * action made for the same README are touched.
 */

export interface PullSummary {
  readonly number: number
  readonly html_url: string
  readonly state: string
  readonly body?: string | null
  readonly title: string
  readonly merged_at?: string | null
  readonly head: {
    readonly ref: string
    readonly sha?: string
    /** The repository the head branch is in: null when a fork was deleted. */
    readonly repo?: { readonly full_name: string } | null
  }
  readonly base: { readonly ref: string }
  readonly labels: readonly ({ readonly name?: string } | string)[]
}

/** The branch version 1 used for every README (its pull requests do not name theirs). */
const V1_BRANCH = 'arxiv-daily/update'

function forThisReadme(pull: PullSummary, readmePath: string): boolean {
  if (!isUpdatePullRequest(pull.body)) return false
  const readme = pullRequestReadme(pull.body)
  return readme === undefined ? pull.head.ref === V1_BRANCH && readmePath === 'README.md' : readme === readmePath
}

/**
 * The update pull requests for this README that the action may close: its body's marker says
 * which README, but anyone can quote a marker, so the head must also be a branch of this
 * repository whose newest commit is the action's own (a fork's pull request, a person's branch, or
 * an update branch a reviewer committed to is left open, and the log says so).
 */
async function closable(target: GitHubRepository, pulls: readonly PullSummary[]): Promise<PullSummary[]> {
  const { git } = target
  const here = `${git.repo.owner}/${git.repo.repo}`.toLowerCase()
  const result: PullSummary[] = []
  for (const pull of pulls.filter((candidate) => forThisReadme(candidate, target.settings.readmePath))) {
    const sameRepository = pull.head.repo?.full_name.toLowerCase() === here
    const head = sameRepository ? await git.head(pull.head.ref) : undefined
    if (head && isOwnCommit(head)) result.push(pull)
    else
      core.info(
        `Pull request #${pull.number} quotes the action's marker but its branch is not the action's own (${sameRepository ? "its newest commit is not the action's" : 'it comes from another repository'}); it is left open`,
      )
  }
  return result
}

export async function closePullRequest(target: GitHubRepository, pull: PullSummary, comment: string): Promise<void> {
  const { git } = target
  await git.call('comment on the replaced pull request', 'pull-requests: write', () =>
    git.octokit.rest.issues.createComment({ ...git.repo, issue_number: pull.number, body: comment }),
  )
  await git.call('close the replaced pull request', 'pull-requests: write', () =>
    git.octokit.rest.pulls.update({ ...git.repo, pull_number: pull.number, state: 'closed' }),
  )
  core.info(`Closed pull request #${pull.number}, which this update replaces`)
}

/** Update pull requests from this branch into another base (the "base" input changed). */
export async function closeForOtherBases(
  target: GitHubRepository,
  pulls: readonly PullSummary[],
  base: string,
  replacement: number | undefined,
): Promise<void> {
  for (const pull of pulls.filter((candidate) => candidate.state === 'open' && candidate.base.ref !== base)) {
    const next = replacement !== undefined ? ` by #${replacement}` : ''
    await closePullRequest(
      target,
      pull,
      `Closed by the arXiv daily digest action: the workflow now updates \`${base}\` (input "base"), not \`${pull.base.ref}\`; this pull request is replaced${next}.`,
    )
  }
}

async function openInto(target: GitHubRepository, base: string): Promise<PullSummary[]> {
  const { git } = target
  // Every page: a repository can have more than 100 open pull requests into its base.
  return git.call('list pull requests', 'pull-requests: write', () =>
    git.octokit.paginate(git.octokit.rest.pulls.list, { ...git.repo, state: 'open', base, per_page: 100 }),
  )
}

/** After a pull request was opened from a new update branch: those from the old one go. */
export async function closeFromOtherBranches(
  target: GitHubRepository,
  base: string,
  replacement: number,
): Promise<void> {
  const { github } = target.settings
  const others = (await openInto(target, base)).filter(
    (pull) => pull.number !== replacement && pull.head.ref !== github.prBranch,
  )
  for (const pull of await closable(target, others)) {
    await closePullRequest(
      target,
      pull,
      `Closed by the arXiv daily digest action: the update branch is now \`${github.prBranch}\` (input "pr-branch"); this pull request is replaced by #${replacement}.`,
    )
  }
}

/**
 * In commit mode, after a commit landed: an update pull request left from pull-request mode is
 * closed. A commit-mode workflow often has no pull request permission: then the look-up is
 * skipped quietly (nothing can be left over that it could close), and only a pull request that
 * was found but could not be closed is a warning.
 */
export async function closeAfterCommit(
  target: GitHubRepository,
  base: string,
  commit: { sha: string; url: string },
): Promise<void> {
  let open: PullSummary[]
  try {
    open = await closable(target, await openInto(target, base))
  } catch (error) {
    core.debug(`Update pull requests not looked up: ${errorMessage(error)}`)
    return
  }
  for (const pull of open) {
    try {
      await closePullRequest(
        target,
        pull,
        `Closed by the arXiv daily digest action: the workflow now commits updates to \`${base}\` directly (input "mode" is "commit"); commit [${commit.sha.slice(0, 7)}](${commit.url}) holds these papers.`,
      )
    } catch (error) {
      core.warning(
        `Update pull request #${pull.number}, left from pull-request mode, could not be closed: ${errorMessage(error)}`,
        {
          title: 'Pull request not closed',
        },
      )
    }
  }
}
