import * as core from '@actions/core'
import type { GitHubClient } from './github-client.js'
import {
  explainGitHubError,
  FolderError,
  httpStatus,
  isNotFastForward,
  isReferenceExists,
  type Mode,
  type Permission,
} from './github-errors.js'

import { PathGuard } from './paths.js'
import { GENERATOR } from '../common/markers.js'
import { decodeUtf8 } from '../common/text.js'

/*
 * Git data through the REST API: read a file at a commit, write files as one commit, move a
 * branch. No checkout and no git CLI. Every failure comes out explained.
 */

export interface Repo {
  readonly owner: string
  readonly repo: string
}

/** Who wrote a commit, or committed it, as git records it. */
export interface Signature {
  readonly name?: string
  readonly email?: string
  readonly date?: string
}

/** What tells a commit of the action's from a person's: its message, its tree, who made it. */
export interface CommitFacts {
  readonly sha: string
  readonly treeSha: string
  readonly message: string
  /** Its parents' shas (empty when unknown). */
  readonly parents?: readonly string[]
  readonly author?: Signature | null
  readonly committer?: Signature | null
}

export type Head = CommitFacts

/** A commit on a branch that its base does not have. */
export type BranchCommit = CommitFacts

/** The trailer every commit of the action carries. */
export const COMMIT_TRAILER = `Generated-by: ${GENERATOR}`
/** The tree the action wrote, recorded in its own commit's message. */
const TREE_TRAILER = /^Generated-tree: ([0-9a-f]{40})$/

/** Version 1 wrote no trailer; its default message alone is recognised. */
const V1_MESSAGE = /^Update arXiv papers \(\d+ new\)\s*$/

const sameSignature = (a: Signature | null | undefined, b: Signature | null | undefined): boolean =>
  a !== undefined &&
  a !== null &&
  b !== undefined &&
  b !== null &&
  a.name === b.name &&
  a.email === b.email &&
  a.date === b.date

/**
 * A commit is the action's own when it holds the tree the action wrote: its message records that
 * tree, and a message alone proves nothing (an amended commit, or one whose message was copied,
 * keeps the trailer while its tree holds a reviewer's edit). Commits of versions before 1.2
 * record no tree: one of those counts only while nobody re-committed it (author and committer the
 * same, to the second), as `git commit --amend` or `-C` keep the author and change the committer.
 */
export function isOwnCommit(commit: Omit<CommitFacts, 'sha'>): boolean {
  const trailer = commit.message.split(/\r?\n/).some((line) => line.trim() === COMMIT_TRAILER)
  const recorded = recordedTree(commit.message)
  if (recorded !== undefined) return trailer && recorded === commit.treeSha
  return (trailer || V1_MESSAGE.test(commit.message)) && sameSignature(commit.author, commit.committer)
}

/**
 * The tree an action's commit message records. A reviewer's amended commit still records the
 * tree of the commit it replaced, so it names the state the reviewer started from.
 */
export function recordedTree(message: string): string | undefined {
  for (const line of message.split(/\r?\n/)) {
    const tree = TREE_TRAILER.exec(line.trim())?.[1]
    if (tree !== undefined) return tree
  }
  return undefined
}

/** The action's commit message: the text, its trailer and the tree it holds. */
export function withTrailer(message: string, treeSha: string): string {
  return `${message.trimEnd()}\n\n${COMMIT_TRAILER}\nGenerated-tree: ${treeSha}\n`
}

interface ApiCommit {
  readonly sha: string
  readonly parents?: readonly { readonly sha: string }[]
  readonly commit: {
    readonly message: string
    readonly tree: { readonly sha: string }
    readonly author?: Signature | null
    readonly committer?: Signature | null
  }
}

const factsOf = ({ sha, commit, parents }: ApiCommit): CommitFacts => ({
  sha,
  treeSha: commit.tree.sha,
  message: commit.message,
  parents: (parents ?? []).map((parent) => parent.sha),
  author: commit.author ?? null,
  committer: commit.committer ?? null,
})

const COMPARE_PAGE = 100

/** How many times a run plans again on a branch that moved before it gives up. */
export const BRANCH_ATTEMPTS = 5

/** The branch moved between the read and the update: the run plans again on top of it. */
export class BranchMoved extends Error {}

/**
 * Runs `attempt` (told whether to read the branch afresh) until it ends without the branch
 * moving under it: the one retry loop of every mode. A person's push is never overwritten; the
 * update is planned again on top of it.
 */
export async function untilBranchHolds<T>(branch: string, attempt: (fresh: boolean) => Promise<T>): Promise<T> {
  for (let count = 1; ; count++) {
    try {
      return await attempt(count > 1)
    } catch (error) {
      if (!(error instanceof BranchMoved)) throw error
      if (count >= BRANCH_ATTEMPTS)
        throw new Error(
          `The branch "${branch}" kept moving during ${BRANCH_ATTEMPTS} attempts; nothing was written. Add a "concurrency:" group to the workflow so runs do not overlap.`,
          { cause: error },
        )
      core.info(`The branch "${branch}" moved while it was updated; planning again on top of it (attempt ${count + 1})`)
    }
  }
}

export class GitData {
  /** Files already read, by commit and path: a commit never changes, so neither do they. */
  private readonly files = new Map<string, Promise<string | undefined>>()
  /** Refuses symbolic links and case twins among the paths a commit writes. */
  readonly paths = new PathGuard(this)

  constructor(
    readonly octokit: GitHubClient,
    readonly repo: Repo,
    /** The mode in use, so that advice about a refusing branch rule fits it. */
    private readonly mode: Mode = 'commit',
  ) {}

  explain(error: unknown, step: string, permission: Permission): Error {
    return explainGitHubError(error, step, permission, this.mode)
  }

  async call<T>(step: string, permission: Permission, request: () => Promise<T>): Promise<T> {
    try {
      return await request()
    } catch (error) {
      throw this.explain(error, step, permission)
    }
  }

  /** The branch's head commit and tree in one call; undefined when the branch does not exist. */
  async head(branch: string): Promise<Head | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getBranch({ ...this.repo, branch })
      return factsOf(data.commit)
    } catch (error) {
      if (httpStatus(error) === 404) return undefined
      throw this.explain(error, `read the branch "${branch}"`, 'contents: read')
    }
  }

  /** What one commit is (its tree, parents, message, who made it); undefined when GitHub has it not. */
  async commitFacts(sha: string): Promise<CommitFacts | undefined> {
    try {
      const { data } = await this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: sha })
      return {
        sha: data.sha,
        treeSha: data.tree.sha,
        message: data.message,
        parents: data.parents.map((parent) => parent.sha),
        author: data.author,
        committer: data.committer,
      }
    } catch (error) {
      if (httpStatus(error) === 404 || httpStatus(error) === 422) return undefined
      throw this.explain(error, `read the commit ${sha.slice(0, 7)}`, 'contents: read')
    }
  }

  read(commit: string, path: string): Promise<string | undefined> {
    const key = `${commit}:${path}`
    let file = this.files.get(key)
    if (!file) this.files.set(key, (file = this.fetchFile(commit, path)))
    return file
  }

  /** A file at a commit, exact bytes through the raw media type (works past 1 MB). */
  private async fetchFile(ref: string, path: string): Promise<string | undefined> {
    let data: unknown
    try {
      ;({ data } = await this.octokit.rest.repos.getContent({ ...this.repo, path, ref, mediaType: { format: 'raw' } }))
    } catch (error) {
      if (httpStatus(error) === 404) return undefined
      throw this.explain(error, `read ${path}`, 'contents: read')
    }
    // The client hands a file over as its bytes (github-client.ts); a folder (or a submodule) is
    // listed as JSON even when the raw file is asked for.
    if (!(data instanceof ArrayBuffer)) throw new FolderError(path)
    return decodeUtf8(data)
  }

  /** One commit holding the new files on top of `parent`, with no custom author so GitHub signs it. */
  async commit(parent: Head, files: ReadonlyMap<string, string | null>, message: string): Promise<string> {
    await this.paths.check(
      parent.treeSha,
      [...files].filter(([, text]) => text !== null).map(([file]) => file),
    )
    // A null sha deletes the path: an overflow file the size budget no longer needs.
    const entries = [...files].map(([path, text]) =>
      text === null
        ? { path, mode: '100644' as const, type: 'blob' as const, sha: null }
        : { path, mode: '100644' as const, type: 'blob' as const, content: text },
    )
    const tree = await this.call('create a tree', 'contents: write', () =>
      this.octokit.rest.git.createTree({ ...this.repo, base_tree: parent.treeSha, tree: entries }),
    )
    const commit = await this.call('create a commit', 'contents: write', () =>
      this.octokit.rest.git.createCommit({
        ...this.repo,
        message: withTrailer(message, tree.data.sha),
        tree: tree.data.sha,
        parents: [parent.sha],
      }),
    )
    return commit.data.sha
  }

  /** Moves `branch` to `sha` only if that keeps every commit it had; false when it moved meanwhile. */
  async fastForward(branch: string, sha: string): Promise<boolean> {
    try {
      await this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: false })
      return true
    } catch (error) {
      if (isNotFastForward(error)) return false
      throw this.explain(error, `update the branch "${branch}"`, 'contents: write')
    }
  }

  /**
   * Points `branch` at `sha` when it still is where it was checked (`expected`; undefined: it did
   * not exist), and returns false when it moved meanwhile. Only for branches holding the action's
   * own commits. GitHub's REST API has no compare-and-swap of a ref, so the update is in two steps:
   * a non-forced update onto a child of `expected` (it fails if anyone pushed since, and any push
   * based on `expected` after it is refused by git as not a fast-forward), then the forced one.
   */
  async moveBranch(branch: string, expected: Head | undefined, sha: string): Promise<boolean> {
    if (expected === undefined) {
      try {
        await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha })
        return true
      } catch (error) {
        if (isReferenceExists(error)) return false
        throw this.explain(error, `create the branch "${branch}"`, 'contents: write')
      }
    }
    const { data: lock } = await this.call('write a commit', 'contents: write', () =>
      this.octokit.rest.git.createCommit({
        ...this.repo,
        message: withTrailer('Update arXiv papers (replacing this branch)', expected.treeSha),
        tree: expected.treeSha,
        parents: [expected.sha],
      }),
    )
    if (!(await this.fastForward(branch, lock.sha))) return false
    await this.call(`update the branch "${branch}"`, 'contents: write', () =>
      this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: true }),
    )
    return true
  }

  /**
   * The commits `branch` has that `base` has not, oldest first. GitHub pages them oldest first,
   * so every page is read: a reviewer's newest commits are on the last one.
   */
  async commitsAhead(base: string, branch: string): Promise<BranchCommit[]> {
    const commits: BranchCommit[] = []
    for (let page = 1; ; page++) {
      const { data } = await this.call(`compare "${branch}" with "${base}"`, 'contents: read', () =>
        this.octokit.rest.repos.compareCommitsWithBasehead({
          ...this.repo,
          basehead: `${base}...${branch}`,
          per_page: COMPARE_PAGE,
          page,
        }),
      )
      commits.push(...data.commits.map(factsOf))
      if (data.commits.length < COMPARE_PAGE || commits.length >= data.total_commits) return commits
    }
  }
}
