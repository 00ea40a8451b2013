import { parseReadme } from '../digest/document.js'
import type { Digest } from '../digest/model.js'
import { withOverflow } from '../digest/overflow.js'
import { overflowPaths } from '../digest/update.js'
import type { FileReader } from './target.js'

/** What a place (a folder, a commit) already holds: the README and the overflow files it links. */
export interface Existing {
  readonly readme: string | undefined
  readonly overflowTexts: ReadonlyMap<string, string | undefined>
  /** Every paper of every section, overflow files included. */
  readonly digest: Digest
}

export async function readExisting(read: FileReader, readmePath: string): Promise<Existing> {
  const readme = await read(readmePath)
  const overflowTexts = new Map<string, string | undefined>()
  for (const file of overflowPaths(readme, readmePath)) overflowTexts.set(file, await read(file))
  const digest = withOverflow(parseReadme(readme, readmePath).digest, overflowTexts, readmePath)
  return { readme, overflowTexts, digest }
}
