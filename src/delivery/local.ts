import { lstat, mkdir, readdir, readFile, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { Inputs, SettingsError } from '../settings/inputs.js'
import { SpecialPathError, refuseCaseTwin, symbolicLinkError } from './paths.js'
import { decodeUtf8 } from '../common/text.js'
import type { Delivery, Planner, Target } from './target.js'

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
    let text = this.files.get(file)
    if (!text) this.files.set(file, (text = this.readFromDisk(file)))
    return text
  }

  private async readFromDisk(file: string): Promise<string | undefined> {
    if (file === this.readmePath) await this.refuseSpecialPath(file)
    else await this.refuseLinks(file)
    try {
      return decodeUtf8(await readFile(this.resolve(file)))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') return undefined
      if (file === this.readmePath && code === 'EISDIR') {
        throw new SettingsError(
          Inputs.ReadmePath,
          `${JSON.stringify(file)} is a folder; name a file in it, such as "${path.posix.join(file, 'README.md')}"`,
        )
      }
      if (file === this.readmePath && code === 'ENOTDIR') {
        const blocker = await this.fileOnPath(file)
        throw new SettingsError(
          Inputs.ReadmePath,
          `${JSON.stringify(file)} runs through "${blocker}", which is a file, not a folder; name a file such as "README.md"`,
        )
      }
      throw error
    }
  }

  /**
   * A README that is a symbolic link would be replaced by a file (the file it points to never
   * updated); a new README whose name differs from an existing one only in case collides in
   * checkouts on macOS and Windows. Both are refused before any request, as GitHub mode does.
   */
  private async refuseSpecialPath(file: string): Promise<void> {
    const info = await lstat(this.resolve(file)).catch(() => undefined)
    try {
      await this.refuseLinks(file)
      if (info?.isSymbolicLink()) throw symbolicLinkError(file, `(to "${await readlink(this.resolve(file))}")`)
      if (!info) refuseCaseTwin(file, await readdir(path.dirname(this.resolve(file))).catch(() => []))
    } catch (error) {
      throw error instanceof SpecialPathError ? error.asReadmePathError() : error
    }
  }

  /**
   * A folder on the way to `file` that is a symbolic link would take the write elsewhere (a
   * `docs -> /outside` link in a checkout writes `/outside/README.md`), and so would anything
   * whose real location is outside the workspace: both are refused, for every file the run writes.
   */
  private async refuseLinks(file: string): Promise<void> {
    const parts = file.split('/')
    let existing = this.workspace
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/')
      const info = await lstat(this.resolve(folder)).catch(() => undefined)
      if (!info) break
      if (info.isSymbolicLink())
        throw new SpecialPathError(
          file,
          `runs through "${folder}", a symbolic link (to "${await readlink(this.resolve(folder))}"); the action does not write through links. Name a path without links`,
        )
      existing = this.resolve(folder)
    }
    const root = await realpath(this.workspace)
    const real = await realpath(existing)
    if (real !== root && !real.startsWith(`${root}${path.sep}`))
      throw new SpecialPathError(file, `lies outside the workspace (${root}); the action writes only inside it`)
  }

  /** The first parent of `file` that is a file (what makes ENOTDIR). */
  private async fileOnPath(file: string): Promise<string> {
    const parts = file.split('/')
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/')
      const info = await stat(this.resolve(parent)).catch(() => undefined)
      if (info && !info.isDirectory()) return parent
    }
    return path.posix.dirname(file)
  }

  private async write(file: string, text: string | null): Promise<void> {
    await this.refuseLinks(file)
    const target = this.resolve(file)
    if (text === null) return rm(target, { force: true })
    await mkdir(path.dirname(target), { recursive: true })
    // Write then rename, so that a run killed midway never leaves half a file. The temporary file
    // is created new ('wx' fails on anything already there, a symbolic link included), under a
    // name no checkout can hold in advance: a link planted there would take the text elsewhere.
    const temporary = `${target}.arxiv-daily-${randomBytes(8).toString('hex')}.tmp`
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' })
    await rename(temporary, target).catch(async (error: unknown) => {
      await rm(temporary, { force: true })
      throw error
    })
  }

  async list(folder: string): Promise<string[]> {
    return readdir(this.resolve(folder)).catch(() => [])
  }

  async deliver(plan: Planner): Promise<Delivery> {
    const update = await plan((file) => this.read(file))
    // Every path is checked before the first is written: a refusal leaves nothing half done.
    for (const file of update.files.keys()) await this.refuseLinks(file)
    for (const [file, text] of update.files) await this.write(file, text)
    return update.changed ? { update, file: this.resolve(this.readmePath) } : { update }
  }
}
