import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { newPapers } from '../digest/update.js'
import type { Delivery, Planner, Target } from './target.js'

/** `mode: local`: the README is a file under the workspace; no GitHub call is made. */
export class LocalTarget implements Target {
  readonly file: string

  constructor(workspace: string, readmePath: string) {
    this.file = path.resolve(workspace, readmePath)
  }

  async read(): Promise<string | undefined> {
    try {
      // Decoded without stripping a byte order mark, which must survive the update.
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(this.file))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  async deliver(plan: Planner): Promise<Delivery> {
    const update = plan(await this.read())
    if (update.changed) {
      await mkdir(path.dirname(this.file), { recursive: true })
      // Write then rename, so that a run killed midway never leaves half a README.
      const temporary = `${this.file}.arxiv-daily.tmp`
      await writeFile(temporary, update.text, 'utf8')
      await rename(temporary, this.file)
    }
    return { update, newIds: new Set(newPapers(update.changes).map((paper) => paper.id)), file: this.file }
  }
}
