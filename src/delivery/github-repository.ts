import type { Settings } from '../settings/settings.js'
import type { GitData, Head } from './git-data.js'
import type { Update } from '../plan/update.js'

/**
 * What the pull request, notification and superseding flows need of the GitHub target: its git
 * data, its settings, the base branch and where things are shown. An interface of its own, so
 * that those flows and the target that uses them do not import each other.
 */
export interface GitHubRepository {
  readonly git: GitData
  readonly settings: Settings
  /** The base branch's name. */
  base(): Promise<string>
  /** The base branch's head; `fresh` reads it again. */
  baseHead(fresh: boolean): Promise<Head>
  /** A file at a commit, undefined when missing. */
  readAt(commit: string, path: string): Promise<string | undefined>
  /** The message of the action's commit; `created` when it creates the README. */
  commitMessage(update: Update): string
  /** The update branch's head as the run first saw it, or anew when `fresh`. */
  updateBranchHead(fresh?: boolean): Promise<Head | undefined>
  commitUrl(sha: string): string
}
