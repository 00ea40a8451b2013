import path from 'node:path'
import { Inputs, SettingsError } from '../settings/inputs.js'
import type { GitHubClient } from './github-client.js'
import type { Permission } from './github-errors.js'

/*
 * Paths the action refuses to write, in every mode: a symbolic link (writing would replace the
 * link with a file, and the file it points to would never be updated), and a new file whose name
 * differs only in case from one that exists (checkouts on macOS and Windows would collide).
 */

/** A path the action refuses to write; `problem` completes the sentence that starts with it. */
export class SpecialPathError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`"${path}" ${problem}.`)
    this.name = 'SpecialPathError'
  }

  /** The same refusal as a mistaken `readme-path`, which is what it is when the README is refused. */
  asReadmePathError(): SettingsError {
    return new SettingsError(Inputs.ReadmePath, `${JSON.stringify(this.path)} ${this.problem}`)
  }
}

export function symbolicLinkError(file: string, where: string): SpecialPathError {
  return new SpecialPathError(
    file,
    `is a symbolic link ${where}; the action does not write through links. Name the file it points to instead`,
  )
}

/**
 * Refuses `file` when it does not exist but a name in its folder differs from it only in case;
 * `names` are the folder's entries.
 */
export function refuseCaseTwin(file: string, names: Iterable<string>): void {
  const name = path.posix.basename(file).toLowerCase()
  const twin = [...names].find((other) => other.toLowerCase() === name)
  if (twin === undefined) return
  const existing = path.posix.join(path.posix.dirname(file), twin)
  throw new SpecialPathError(
    file,
    `does not exist, but "${existing}" does: names that differ only in case collide in checkouts on macOS and Windows. Use "${existing}"`,
  )
}

/** What the guard needs of the git data client (an interface, so that the two do not import each other). */
interface GitCalls {
  readonly octokit: GitHubClient
  readonly repo: { readonly owner: string; readonly repo: string }
  call<T>(step: string, permission: Permission, request: () => Promise<T>): Promise<T>
}

/**
 * The paths a commit writes, checked against the folders they land in (one tree listing per
 * folder, cached: a tree never changes).
 */
export class PathGuard {
  private readonly folders = new Map<string, Promise<Map<string, { mode: string; sha: string }> | undefined>>()

  constructor(private readonly git: GitCalls) {}

  /** The entries of a folder at a tree (cached: a tree never changes); undefined when it is missing. */
  private folder(treeSha: string, folder: string): Promise<Map<string, { mode: string; sha: string }> | undefined> {
    const key = `${treeSha}:${folder}`
    let listing = this.folders.get(key)
    if (!listing) this.folders.set(key, (listing = this.list(treeSha, folder)))
    return listing
  }

  private async list(treeSha: string, folder: string): Promise<Map<string, { mode: string; sha: string }> | undefined> {
    let sha: string | undefined = treeSha
    if (folder !== '.') {
      const parent = await this.folder(treeSha, path.posix.dirname(folder))
      const entry = parent?.get(path.posix.basename(folder))
      sha = entry?.mode === '040000' ? entry.sha : undefined
    }
    if (sha === undefined) return undefined
    const tree = sha
    const { data } = await this.git.call('read a folder', 'contents: read', () =>
      this.git.octokit.rest.git.getTree({ ...this.git.repo, tree_sha: tree }),
    )
    return new Map(data.tree.map((entry) => [entry.path ?? '', { mode: entry.mode ?? '', sha: entry.sha ?? '' }]))
  }

  /** The names in a folder at a tree; empty when the folder is missing. */
  async names(treeSha: string, folder: string): Promise<string[]> {
    return [...((await this.folder(treeSha, folder))?.keys() ?? [])]
  }

  /**
   * Refuses to write a path GitHub treats specially: a symbolic link (writing would replace the
   * link with a file, and the file it points to would never be updated), or a new file whose name
   * differs only in case from one that exists (checkouts on macOS and Windows would collide).
   */
  async check(treeSha: string, paths: Iterable<string>): Promise<void> {
    for (const file of paths) {
      // A folder on the way that is a link: GitHub would replace it with a folder, or refuse.
      const parts = file.split('/')
      for (let i = 1; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/')
        const entry = (await this.folder(treeSha, path.posix.dirname(folder)))?.get(path.posix.basename(folder))
        if (entry === undefined) break
        if (entry.mode === '120000')
          throw new SpecialPathError(
            file,
            `runs through "${folder}", a symbolic link in the repository; the action does not write through links. Name a path without links`,
          )
      }
      const entries = await this.folder(treeSha, path.posix.dirname(file))
      const exact = entries?.get(path.posix.basename(file))
      if (exact?.mode === '120000') throw symbolicLinkError(file, 'in the repository')
      if (!exact) refuseCaseTwin(file, entries?.keys() ?? [])
    }
  }
}
