import * as core from '@actions/core'
import { errorMessage } from '../common/secrets.js'
import { countNew, issueBody, issueMarker } from '../report/bodies.js'
import type { GitHubRepository } from './github-repository.js'
import type { Delivery } from './target.js'

/*
 * The notification issue: this run's new papers, where they are, and (with
 * `issue-close-previous`) the previous issue for the same README closed in its favour.
 */

/** Where the announced papers are, with a link, for the issue. */
function where(delivery: Delivery, readmePath: string): string {
  if (delivery.pullRequest)
    return `They are in pull request [#${delivery.pullRequest.number}](${delivery.pullRequest.url}), until it is merged.`
  if (delivery.commit)
    return `\`${readmePath}\` holds every paper since commit [${delivery.commit.sha.slice(0, 7)}](${delivery.commit.url}).`
  return `\`${readmePath}\` holds every paper.`
}

export async function openIssue(
  target: GitHubRepository,
  delivery: Delivery,
): Promise<{ number: number; url: string }> {
  const { git, settings } = target
  const { issueTitle, issueLabels, issueClosePrevious } = settings.github
  const isNew = (paper: { id: string }) => delivery.update.newIds.has(paper.id)
  const count = countNew(delivery.update.changes, isNew)
  const title = issueTitle ?? `New arXiv papers: ${count} on ${delivery.update.digest.lastUpdate ?? ''}`.trim()
  const body = `${issueBody(delivery.update.changes, isNew, where(delivery, settings.readmePath))}${issueMarker(settings.readmePath)}\n`
  const { data } = await git.call('open the notification issue', 'issues: write', () =>
    git.octokit.rest.issues.create({ ...git.repo, title, body, labels: [...issueLabels] }),
  )
  const issue = { number: data.number, url: data.html_url }
  if (issueClosePrevious) await closePrevious(target, { ...issue, author: data.user?.login })
  return issue
}

/**
 * Open notification issues for this README other than `next` are closed, each with a link to it:
 * only those the action's own identity opened (the author of `next`), as anyone can open an issue
 * whose body holds the marker. Every page of open issues is read.
 */
async function closePrevious(
  target: GitHubRepository,
  next: { number: number; url: string; author: string | undefined },
): Promise<void> {
  const { git, settings } = target
  const marker = issueMarker(settings.readmePath)
  try {
    const open = await git.call('list the notification issues', 'issues: write', () =>
      git.octokit.paginate(git.octokit.rest.issues.listForRepo, { ...git.repo, state: 'open', per_page: 100 }),
    )
    for (const issue of open) {
      if (issue.number === next.number || issue.pull_request || !issue.body?.includes(marker)) continue
      if (next.author === undefined || issue.user?.login !== next.author) continue
      const comment = `Closed by the arXiv daily digest action: the newer papers are in #${next.number} (input "issue-close-previous").`
      await git.call('comment on the previous issue', 'issues: write', () =>
        git.octokit.rest.issues.createComment({ ...git.repo, issue_number: issue.number, body: comment }),
      )
      await git.call('close the previous issue', 'issues: write', () =>
        git.octokit.rest.issues.update({
          ...git.repo,
          issue_number: issue.number,
          state: 'closed',
          state_reason: 'completed',
        }),
      )
      core.info(`Closed the previous notification issue #${issue.number}`)
    }
  } catch (error) {
    core.warning(
      `The previous notification issue could not be closed: ${errorMessage(error)}. Issue #${next.number} is open.`,
      { title: 'Previous issue not closed' },
    )
  }
}
