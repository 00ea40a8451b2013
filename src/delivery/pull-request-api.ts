import * as core from '@actions/core'
import { errorMessage } from '../common/secrets.js'
import type { GitHubRepository } from './github-repository.js'
import type { PullSummary } from './superseded.js'

/*
 * The update pull request through the API: open it (with its labels, assignees and reviewers),
 * and bring an open one's title, body and labels in line with the inputs.
 */

function labelNames(pull: PullSummary): string[] {
  return pull.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
}

/** `the label "papers"`, `the labels "a", "b"`: what a message names. */
function labelList(labels: readonly string[]): string {
  return `the label${labels.length === 1 ? '' : 's'} ${labels.map((label) => `"${label}"`).join(', ')}`
}

/** Brings an open pull request's title, body and labels in line with the inputs; no call when they are. */
export async function syncPullRequest(target: GitHubRepository, open: PullSummary, body: string, pushed: boolean) {
  const { git, settings } = target
  const { prTitle, prLabels } = settings.github
  const stale = open.title !== prTitle || open.body !== body
  if (stale) {
    await git.call('update the pull request', 'pull-requests: write', () =>
      git.octokit.rest.pulls.update({ ...git.repo, pull_number: open.number, title: prTitle, body }),
    )
  }
  const missing = prLabels.filter((label) => !labelNames(open).includes(label))
  if (missing.length > 0)
    await sideRequest(`add ${labelList(missing)}`, open.number, () =>
      git.octokit.rest.issues.addLabels({ ...git.repo, issue_number: open.number, labels: missing }),
    )
  return {
    number: open.number,
    url: open.html_url,
    operation: pushed || stale ? ('updated' as const) : ('none' as const),
  }
}

export async function createPullRequest(target: GitHubRepository, body: string) {
  const { git, settings } = target
  const { prTitle, prDraft, prLabels, prAssignees, prReviewers, prBranch } = settings.github
  const base = await target.base()
  const { data } = await git.call('create a pull request', 'pull-requests: write', () =>
    git.octokit.rest.pulls.create({
      ...git.repo,
      title: prTitle,
      head: prBranch,
      base,
      body,
      draft: prDraft,
      maintainer_can_modify: false,
    }),
  )
  const number = data.number
  if (prLabels.length > 0)
    await sideRequest(`add ${labelList(prLabels)}`, number, () =>
      git.octokit.rest.issues.addLabels({ ...git.repo, issue_number: number, labels: [...prLabels] }),
    )
  if (prAssignees.length > 0) {
    await sideRequest(`assign ${prAssignees.join(', ')}`, number, () =>
      git.octokit.rest.issues.addAssignees({ ...git.repo, issue_number: number, assignees: [...prAssignees] }),
    )
  }
  if (prReviewers.length > 0) {
    await sideRequest(`request reviews from ${prReviewers.join(', ')}`, number, () =>
      git.octokit.rest.pulls.requestReviewers({ ...git.repo, pull_number: number, reviewers: [...prReviewers] }),
    )
  }
  return { number, url: data.html_url, operation: 'created' as const }
}

/** Labels, assignees and reviewers are extras: a refusal is a warning, the pull request stands. */
async function sideRequest(what: string, number: number, request: () => Promise<unknown>): Promise<void> {
  try {
    await request()
  } catch (error) {
    const status = (error as { status?: number }).status
    const reason = errorMessage(error).split('\n')[0] ?? ''
    core.warning(
      `Could not ${what} on pull request #${number}: GitHub answered${status ? ` HTTP ${status}` : ''}: ${reason}. The pull request itself is in place.`,
      {
        title: 'Pull request extra refused',
      },
    )
  }
}
