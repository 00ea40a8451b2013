import { parseReadme, type ReadmeDocument } from '../readme/document.js'
import type { Digest, Paper } from '../readme/model.js'
import { movedPapers, withMoved } from '../readme/overflow.js'
import { overflowPaths } from '../plan/overflow-files.js'
import type { FileReader } from './target.js'

/** What a place (a folder, a commit) already holds: the README and the overflow files it links. */
export interface Existing {
  readonly readme: string | undefined
  /** The README parsed. */
  readonly document: ReadmeDocument
  readonly overflowTexts: ReadonlyMap<string, string | undefined>
  /** The papers of each overflow file, by repository path. */
  readonly moved: ReadonlyMap<string, readonly Paper[]>
  /** Every paper of every section, overflow files included. */
  readonly digest: Digest
}

/**
 * Reads the README and its overflow files. `earlier` is what an earlier read found: files with the
 * same text are not parsed again (a run reads the README before fetching and again to plan).
 */
export async function readExisting(
  read: FileReader,
  readmePath: string,
  earlier?: Existing,
  keywords: readonly string[] = [],
): Promise<Existing> {
  const readme = await read(readmePath)
  const document =
    earlier !== undefined && earlier.readme === readme
      ? earlier.document
      : parseReadme(readme, readmePath, { keywords })
  const overflowTexts = new Map<string, string | undefined>()
  for (const file of overflowPaths(document, readmePath)) overflowTexts.set(file, await read(file))
  const same =
    earlier !== undefined && [...overflowTexts].every(([file, text]) => earlier.overflowTexts.get(file) === text)
  const moved = same ? earlier.moved : movedPapers(overflowTexts)
  return { readme, document, overflowTexts, moved, digest: withMoved(document.digest, moved, readmePath) }
}
