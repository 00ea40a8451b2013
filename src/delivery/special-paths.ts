import path from 'node:path'
import { Inputs, SettingsError } from '../settings.js'

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
