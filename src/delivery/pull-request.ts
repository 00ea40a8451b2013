import { findMarker } from '../common/markers.js'
import { withoutRegionDate } from '../readme/document.js'
import { paperIds } from '../plan/merge.js'
import {
  describedHead,
  freshInBody,
  isUpdatePullRequest,
  replacedInBody,
  listedInBody,
  pullRequestBody,
  sameListing,
} from '../report/bodies.js'
import { readExisting } from './existing.js'
import { BranchMoved, isOwnCommit, recordedTree, untilBranchHolds, type BranchCommit, type Head } from './git-data.js'
import type { GitHubRepository } from './github-repository.js'
import { afterWrite, type Delivery, type FileReader, type Planner } from './target.js'
import type { Digest } from '../readme/model.js'
import type { Update } from '../plan/update.js'
import { closeForOtherBases, closeFromOtherBranches, type PullSummary } from './superseded.js'
import { createPullRequest, syncPullRequest } from './pull-request-api.js'
import { writtenFiles } from './written.js'

/*
 * `mode: pull-request`: one update branch per base and README, one open pull request from it.
 * The branch is rebuilt as one commit on the base while it holds only the action's commits; a
 * commit by anyone else (a reviewer's fix) is never discarded: updates then go on top of it.
 */

async function listPulls(target: GitHubRepository, branch: string): Promise<PullSummary[]> {
  const { git } = target
  const { data } = await git.call('list pull requests', 'pull-requests: write', () =>
    git.octokit.rest.pulls.list({
      ...git.repo,
      state: 'all',
      head: `${git.repo.owner}:${branch}`,
      sort: 'created',
      direction: 'desc',
      per_page: 100,
    }),
  )
  return data
}

export async function deliverPullRequest(target: GitHubRepository, plan: Planner): Promise<Delivery> {
  return untilBranchHolds(target.settings.github.prBranch, (fresh) => deliverOnce(target, plan, fresh))
}

async function deliverOnce(target: GitHubRepository, plan: Planner, fresh: boolean): Promise<Delivery> {
  const { git, settings } = target
  const base = await target.base()
  const { prBranch } = settings.github
  if (prBranch === base)
    throw new Error(`Input "pr-branch" is the same as the base branch "${base}"; choose another branch name.`)
  const pulls = await listPulls(target, prBranch)
  const ours = pulls.filter((pull) => isUpdatePullRequest(pull.body))
  const open = pulls.find((pull) => pull.state === 'open' && pull.base.ref === base)
  const branchHead = await target.updateBranchHead(fresh)
  const ahead = branchHead ? await git.commitsAhead(base, prBranch) : []
  const foreign = ahead.filter((commit) => !isOwnCommit(commit))
  if (
    branchHead &&
    !open &&
    ours.length === 0 &&
    !(foreign.length === 0 && (ahead.length > 0 || isOwnCommit(branchHead)))
  ) {
    throw new Error(
      `The branch "${prBranch}" exists and holds commits the action did not make, so it will not be overwritten. Set "pr-branch" to a branch name of the action's own (the default "arxiv-daily/update" is), or delete that branch if it is no longer needed.`,
    )
  }
  // Update pull requests into the base closed without merging: "not these papers", in every
  // later one, merged ones between them or not.
  const rejected = ours
    .filter((pull) => pull.base.ref === base && pull.state === 'closed' && !pull.merged_at)
    .slice(0, REJECTED_READ)
  const delivery =
    open && branchHead && foreign.length > 0
      ? await onTopOfBranch(target, plan, open, branchHead, ahead, rejected)
      : await rebuildOnBase(target, plan, open, branchHead, latestClosed(ours, base), rejected)
  const replacement = delivery.pullRequest
  if (replacement && replacement.operation !== 'none') {
    await afterWrite(delivery, async () => {
      await closeForOtherBases(target, pulls, base, replacement.number)
      if (replacement.operation === 'created') await closeFromOtherBranches(target, base, replacement.number)
    })
  }
  return delivery
}

/**
 * How many of the newest update pull requests closed without merging keep their papers out
 * (each costs a read of its README); older ones hold papers long past any fetch window.
 */
const REJECTED_READ = 3

/** The commits at which pull requests closed without merging left their branch. */
const headsOf = (pulls: readonly PullSummary[]): string[] =>
  pulls.flatMap((pull) => (pull.head.sha ? [pull.head.sha] : []))

/** Several delivered digests as one: their sections side by side; undefined for none. */
function together(digests: readonly (Digest | undefined)[]): Digest | undefined {
  const sections = digests.flatMap((digest) => digest?.sections ?? [])
  return digests.some((digest) => digest !== undefined) ? { lastUpdate: undefined, sections } : undefined
}

/** The newest update pull request into `base` closed without merging: "not these papers". */
function latestClosed(pulls: readonly PullSummary[], base: string): PullSummary | undefined {
  const latest = pulls.find((pull) => pull.base.ref === base)
  return latest && latest.state === 'closed' && !latest.merged_at ? latest : undefined
}

/**
 * True when `head` already holds every planned file (the dates aside). Of the README only the
 * managed region counts: a person's commit to the base branch (a line of prose) with nothing new
 * is no reason to rebuild and force-push the update branch, which GitHub merges with it as it is.
 */
async function branchHasUpdate(target: GitHubRepository, head: string, update: Update): Promise<boolean> {
  const readmePath = target.settings.readmePath
  for (const [file, text] of update.files) {
    const held = await target.readAt(head, file)
    if (text === null) {
      if (held !== undefined) return false
      continue
    }
    if (held === undefined) return false
    const same =
      file === readmePath
        ? regionOf(held) === regionOf(text)
        : file === target.settings.jsonPath
          ? withoutJsonDate(held) === withoutJsonDate(text)
          : withoutRegionDate(held) === withoutRegionDate(text)
    if (!same) return false
  }
  return true
}

/** The JSON digest without its top-level `updated` date, which moves with the README's. */
function withoutJsonDate(text: string): string {
  return text.replace(/^(\{\s*"version": \d+,\s*"updated": )(?:"\d{4}-\d{2}-\d{2}"|null)/, '$1""')
}

/** The managed region of a README, its date taken out; the whole text when it has no markers. */
function regionOf(text: string): string {
  const plain = withoutRegionDate(text)
  const start = findMarker('start', plain)
  const end = findMarker('end', plain)
  return start && end ? plain.slice(start.index, end.index) : plain
}

async function rebuildOnBase(
  target: GitHubRepository,
  plan: Planner,
  open: PullSummary | undefined,
  branchHead: Head | undefined,
  closed: PullSummary | undefined,
  rejected: readonly PullSummary[],
): Promise<Delivery> {
  const { git, settings } = target
  const baseHead = await target.baseHead(false)
  const baseRead: FileReader = (path) => target.readAt(baseHead.sha, path)
  const digestAt = async (sha: string) =>
    (await readExisting((path) => target.readAt(sha, path), settings.readmePath)).digest
  const onBranch = branchHead && (open || closed) ? await digestAt(branchHead.sha) : undefined
  // The papers of the pull requests closed without merging, each read at its own head: the branch
  // has been rebuilt since.
  const refused = together(await Promise.all(headsOf(rejected).map(digestAt)))
  // An open pull request's papers count as held; those of one closed without merging stay out.
  const delivered = open ? refused : together([closed ? onBranch : undefined, refused])
  const update = await plan(baseRead, {
    ...(open && onBranch ? { proposed: onBranch, announced: listedInBody(open.body, branchHead?.sha ?? '') } : {}),
    ...(delivered ? { delivered } : {}),
  })
  // After a pull request was closed without merging, only new papers justify another one.
  const papersMoved = update.changes.some(
    (change) => change.added.length + change.restored.length + change.revised.length + change.removed.length > 0,
  )
  if (!update.changed || (closed && !papersMoved)) return { update }
  const bodyFor = (head: string): string =>
    pullRequestBody(update.changes, {
      readmePath: settings.readmePath,
      failures: update.failures,
      created: update.document.origin === 'created',
      files: writtenFiles(update, settings),
      head,
      // On an update of an open pull request, what arrived since the reviewer last looked is marked;
      // a run that adds nothing keeps the marks the body has, so that it is left as it is.
      fresh:
        open && onBranch && paperIds(onBranch).size > 0
          ? update.newIds.size > 0
            ? { ids: update.newIds, date: update.digest.lastUpdate ?? '' }
            : freshInBody(open.body)
          : undefined,
    })
  if (open && branchHead && (await branchHasUpdate(target, branchHead.sha, update))) {
    const body = bodyFor(branchHead.sha)
    // The branch holds these papers: a keyword arXiv failed for today (or recovered) is no reason
    // to edit the description.
    const kept = open.body && sameListing(open.body, body) ? open.body : body
    const pullRequest = await syncPullRequest(target, open, kept, false)
    return { update, pullRequest }
  }
  const sha = await git.commit(baseHead, update.files, target.commitMessage(update))
  // A reviewer who pushed since the branch was checked keeps their commit: the run starts over.
  if (!(await git.moveBranch(settings.github.prBranch, branchHead, sha))) throw new BranchMoved()
  const commit = { sha, url: target.commitUrl(sha), branch: settings.github.prBranch }
  const body = bodyFor(sha)
  const pullRequest = await afterWrite<NonNullable<Delivery['pullRequest']>>({ update, commit }, () =>
    open ? syncPullRequest(target, open, body, true) : createPullRequest(target, body),
  )
  return { update, commit, pullRequest }
}

/** A reviewer's commits are on the branch: merge what is new into the branch as they left it. */
async function onTopOfBranch(
  target: GitHubRepository,
  plan: Planner,
  open: PullSummary,
  firstHead: Head,
  ahead: readonly BranchCommit[],
  rejected: readonly PullSummary[],
): Promise<Delivery> {
  const { git, settings } = target
  const readAt =
    (sha: string): FileReader =>
    (path) =>
      target.readAt(sha, path)
  // Papers a reviewer removed stay removed, however many updates ago: every state of the branch
  // the action left and someone then edited (and the action's last one) counts as delivered.
  const edited = ahead.filter((commit, i) => {
    const next = ahead[i + 1]
    return isOwnCommit(commit) && (next === undefined || !isOwnCommit(next))
  })
  // The commit the body describes is the action's last push, even when a reviewer amended it
  // away (git keeps it): what it held and the branch lacks, the reviewer removed. Such pushes
  // are recorded in the body, so that they count on every later update too.
  const pushed = describedHead(open.body)
  const onBranch = new Set(ahead.map((commit) => commit.sha))
  const replaced = [...new Set([...replacedInBody(open.body), ...(pushed ? [pushed] : [])])].filter(
    (sha) => !onBranch.has(sha),
  )
  const digestAt = async (sha: string): Promise<Digest> => (await readExisting(readAt(sha), settings.readmePath)).digest
  // Only what a person took out stays out, not what the action itself pushed out since (by
  // max-papers, by a sort-by switch): each reviewer's commit is compared with the state it started
  // from. Papers of pull requests closed without merging stay out of this one too.
  const removed = await removedByReviewers(target, ahead, replaced, digestAt)
  const refused = together(await Promise.all(headsOf(rejected).map(digestAt)))
  const onHead = paperIds(await digestAt(firstHead.sha))
  for (const id of refused ? paperIds(refused) : []) if (!onHead.has(id)) removed.add(id)
  // Every state the action left counts for what the reader was shown, and so does the base: a
  // paper it holds that the branch lacks (pushed out there) is not news when it comes back.
  const base = await digestAt((await target.baseHead(false)).sha)
  const delivered = together([
    ...(await Promise.all(
      [...new Set([...edited.map((commit) => commit.sha), ...replaced, ...headsOf(rejected)])].map(digestAt),
    )),
    asShown(base),
  ])
  const update = await plan(readAt(firstHead.sha), { ...(delivered ? { delivered } : {}), removed })
  const none = { number: open.number, url: open.html_url, operation: 'none' as const }
  // Only papers justify a commit on a branch a person works on, not a table's shape.
  if (!update.papersChanged) return { update, pullRequest: none, othersCommits: true }
  const sha = await git.commit(firstHead, update.files, target.commitMessage(update))
  // A reviewer pushed meanwhile: the whole plan starts over on top of their commit.
  if (!(await git.fastForward(settings.github.prBranch, sha))) throw new BranchMoved()
  const body = pullRequestBody(update.changes, {
    readmePath: settings.readmePath,
    head: sha,
    failures: update.failures,
    othersCommits: true,
    files: writtenFiles(update, settings),
    replaced,
  })
  const commit = { sha, url: target.commitUrl(sha), branch: settings.github.prBranch }
  const pullRequest = await afterWrite({ update, commit }, () => syncPullRequest(target, open, body, true))
  return { update, commit, pullRequest, othersCommits: true }
}

/**
 * The papers reviewers took out of the update branch: for each commit of theirs, those of the
 * state it started from that it no longer holds. That state is its parent, or, for a commit of the
 * action's that a reviewer amended (its message still records the action's tree), the action's
 * push it replaced.
 */
async function removedByReviewers(
  target: GitHubRepository,
  ahead: readonly BranchCommit[],
  replaced: readonly string[],
  digestAt: (sha: string) => Promise<Digest>,
): Promise<Set<string>> {
  const byTree = new Map<string, string>()
  for (const sha of replaced) {
    const facts = await target.git.commitFacts(sha)
    if (facts) byTree.set(facts.treeSha, sha)
  }
  const removed = new Set<string>()
  for (const commit of ahead) {
    if (isOwnCommit(commit)) continue
    const tree = recordedTree(commit.message)
    const before = (tree === undefined ? undefined : byTree.get(tree)) ?? commit.parents?.[0]
    if (before === undefined) continue
    const [was, now] = await Promise.all([digestAt(before), digestAt(commit.sha)])
    const kept = paperIds(now)
    for (const id of paperIds(was)) if (!kept.has(id)) removed.add(id)
  }
  return removed
}

/** A digest's rows as a record of what its reader was shown (no rows of its own). */
function asShown(digest: Digest): Digest {
  return {
    lastUpdate: undefined,
    sections: digest.sections.map((section) => ({
      title: section.title,
      papers: [],
      shown: section.papers.map((paper) => ({ id: paper.id, date: paper.date })),
    })),
  }
}
