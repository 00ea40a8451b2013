import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { newPapers } from '../digest/update.js'
import { decodeUtf8, type Delivery, type Planner, type Target } from './target.js'

/** `mode: local`: the README is a file under the workspace; no GitHub call is made. */
export class LocalTarget implements Target {
  /** Files read by this run: planning reads what the fetch stage already read. */
  private readonly files = new Map<string, Promise<string | undefined>>()

  constructor(
    private readonly workspace: string,
    private readonly readmePath: string,
  ) {}

  private resolve(file: string): string {
    return path.resolve(this.workspace, file)
  }

  read(file: string): Promise<string | undefined> {
    if (!this.files.has(file)) this.files.set(file, this.readFromDisk(file))
    return this.files.get(file)!
  }

  private async readFromDisk(file: string): Promise<string | undefined> {
    try {
      return decodeUtf8(await readFile(this.resolve(file)))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  private async write(file: string, text: string | null): Promise<void> {
    const target = this.resolve(file)
    if (text === null) return rm(target, { force: true })
    await mkdir(path.dirname(target), { recursive: true })
    // Write then rename, so that a run killed midway never leaves half a file.
    const temporary = `${target}.arxiv-daily.tmp`
    await writeFile(temporary, text, 'utf8')
    await rename(temporary, target)
  }

  async deliver(plan: Planner): Promise<Delivery> {
    const update = await plan((file) => this.read(file))
    for (const [file, text] of update.files) await this.write(file, text)
    return { update, newIds: new Set(newPapers(update.changes).map((paper) => paper.id)), file: this.resolve(this.readmePath) }
  }
}
