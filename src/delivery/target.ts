import { errorMessage } from '../common/secrets.js'
import type { Digest } from '../readme/model.js'
import type { ModelStats } from '../model/ask.js'
import type { Update } from '../plan/update.js'

export type PullRequestOperation = 'created' | 'updated' | 'none'

/** What a run delivered, for outputs and the job summary. */
export interface Delivery {
  readonly update: Update
  /** What the user's model did this run (llm-* inputs); undefined without one. */
  readonly model?: ModelStats | undefined
  /** The commit written, and the branch it was pushed to. */
  readonly commit?: { readonly sha: string; readonly url: string; readonly branch: string }
  readonly pullRequest?: { readonly number: number; readonly url: string; readonly operation: PullRequestOperation }
  readonly issue?: { readonly number: number; readonly url: string }
  /** Why the notification issue could not be opened, after the update itself was delivered. */
  readonly issueError?: string
  /** The update branch also holds commits the action did not make (a reviewer's). */
  readonly othersCommits?: boolean
  /** Where the README was written, in local mode when the run wrote it. */
  readonly file?: string
}

/**
 * The run wrote to GitHub (a branch moved), then a later step failed. It carries what was
 * written, so that the outputs and the summary still say so, and the step fails with both.
 */
export class DeliveredThenFailed extends Error {
  constructor(
    readonly delivery: Delivery,
    cause: unknown,
  ) {
    const written = delivery.commit
      ? `commit ${delivery.commit.sha.slice(0, 7)} was pushed to the branch "${delivery.commit.branch}"`
      : 'the update was delivered'
    super(
      `The update itself was written (${written}), but a later step failed: ${errorMessage(cause)} The next run brings the pull request up to date.`,
    )
    this.name = 'DeliveredThenFailed'
  }
}

/** Runs `step` after `delivery` was written; a failure keeps what was written. */
export async function afterWrite<T>(delivery: Delivery, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (error) {
    throw new DeliveredThenFailed(delivery, error)
  }
}

/** True when the run wrote something: a commit, the files on disk, or the pull request. */
export function wroteSomething(delivery: Delivery): boolean {
  return delivery.commit !== undefined || delivery.file !== undefined || delivery.pullRequest?.operation === 'updated'
}

/** Reads a file (repository path) where the update lands; undefined when it does not exist. */
export type FileReader = (path: string) => Promise<string | undefined>

/** What else a plan takes into account besides the files where the update lands. */
export interface PlanContext {
  /** The digest of an open update pull request's branch, whose papers count as held. */
  readonly proposed?: Digest
  /** The papers the open pull request's body lists as new (the others on its branch were put back). */
  readonly announced?: ReadonlySet<string> | undefined
  /** A digest delivered there earlier: papers a person removed since are not added back. */
  readonly delivered?: Digest
  /**
   * The papers people removed, when the target knows them exactly (a reviewer's commits on the
   * update branch): then only these stay out, not every paper of `delivered` the place lacks.
   */
  readonly removed?: ReadonlySet<string>
}

/** Given where the update lands, what the files should become. */
export type Planner = (read: FileReader, context?: PlanContext) => Promise<Update>

/** Where the README lives and how an update reaches it: a folder on disk or a GitHub branch. */
export interface Target {
  /** A file as the run starts, to know what the sections hold before fetching. */
  read(path: string): Promise<string | undefined>
  /** Plans against the freshest README (re-planning if it moved) and writes when something changed. */
  deliver(plan: Planner): Promise<Delivery>
  /** The file on the open update branch (pull-request mode), before fetching; undefined elsewhere. */
  readProposed?(path: string): Promise<string | undefined>
  /** The names in a folder where the update lands (empty when missing), to suggest a path. */
  list(folder: string): Promise<string[]>
}
