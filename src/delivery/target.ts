import type { PlannedUpdate } from '../digest/update.js'

export type PullRequestOperation = 'created' | 'updated' | 'none'

/** What a run delivered, for outputs and the job summary. */
export interface Delivery {
  readonly update: PlannedUpdate
  /** Papers new in this run (not already on an open update pull request). */
  readonly newIds: ReadonlySet<string>
  readonly commit?: { readonly sha: string; readonly url: string }
  readonly pullRequest?: { readonly number: number; readonly url: string; readonly operation: PullRequestOperation }
  readonly issue?: { readonly number: number; readonly url: string }
  /** Where the README was written, for local mode. */
  readonly file?: string
}

/** Given the README text where the update lands (undefined: no file yet), what it should become. */
export type Planner = (existing: string | undefined, alsoHeld?: string) => PlannedUpdate

/** Where the README lives and how an update reaches it: a file on disk or a GitHub branch. */
export interface Target {
  /** The README as the run starts, to parse what the sections hold before fetching. */
  read(): Promise<string | undefined>
  /** Plans against the freshest README (re-planning if it moved) and writes when something changed. */
  deliver(plan: Planner): Promise<Delivery>
}
