import { sameColumns, DEFAULT_COLUMNS } from '../readme/table.js'
import type { Update } from '../plan/update.js'
import { plural } from '../report/bodies.js'

/*
 * What a run wrote, file by file, and why: for the log, the job summary, the commit message and
 * the pull request body, so that none of them names a file that was not written or calls a
 * change of columns "0 new papers".
 */

export interface WrittenFile {
  readonly path: string
  /** Why, in a few words: "2 new papers", "the columns changed", "the page", "deleted". */
  readonly why: string
  /** The short form for a commit message: "papers", "columns", "layout", "feeds", "JSON", "page", "overflow". */
  readonly kind: string
}

export interface WrittenPaths {
  readonly readmePath: string
  readonly feedDir?: string | undefined
  readonly jsonPath?: string | undefined
  readonly siteDir?: string | undefined
  readonly llm?: { readonly summariesPath: string } | undefined
}

/** Why the README changed: its papers, else its columns, else its layout (a setting, a repair). */
function readmeWhy(update: Update): { why: string; kind: string } {
  if (update.document.origin === 'created') return { why: 'created', kind: 'papers' }
  if (update.papersChanged) {
    const count = (key: 'restored' | 'revised' | 'removed') =>
      update.changes.reduce((sum, change) => sum + change[key].length, 0)
    const [restored, revised, removed] = [count('restored'), count('revised'), count('removed')]
    const parts = [
      ...(update.newPapers.length > 0 ? [plural(update.newPapers.length, 'new paper')] : []),
      ...(restored > 0 ? [`${restored} put back`] : []),
      ...(revised > 0 ? [`${revised} updated`] : []),
      ...(removed > 0 ? [`${removed} left`] : []),
    ]
    return { why: parts.length > 0 ? parts.join(', ') : 'papers changed', kind: 'papers' }
  }
  const before = update.document.digest.columns ?? DEFAULT_COLUMNS
  const after = update.digest.columns ?? DEFAULT_COLUMNS
  if (!sameColumns(before, after)) return { why: 'the columns changed', kind: 'columns' }
  return { why: 'the layout of the digest (a setting changed, or a part was put back in shape)', kind: 'layout' }
}

/** Every file the update writes or deletes, in the order it lists them, each with why. */
export function writtenFiles(update: Update, paths: WrittenPaths): WrittenFile[] {
  const under = (folder: string | undefined, file: string) => folder !== undefined && file.startsWith(`${folder}/`)
  return [...update.files].map(([path, text]): WrittenFile => {
    if (text === null) return { path, why: 'deleted: no longer needed', kind: 'files' }
    if (path === paths.readmePath) return { path, ...readmeWhy(update) }
    if (path === paths.jsonPath) return { path, why: 'the JSON digest', kind: 'JSON' }
    if (path === paths.llm?.summariesPath)
      return { path, why: "the model's answers, kept to ask each paper once", kind: 'answers' }
    if (under(paths.siteDir, path)) return { path, why: 'the page', kind: 'page' }
    if (under(paths.feedDir, path)) return { path, why: 'a feed', kind: 'feeds' }
    return { path, why: "older papers, moved out of the README's size budget", kind: 'overflow' }
  })
}

/** The default commit message: papers when they changed, else what did. */
export function commitMessageFor(update: Update, paths: WrittenPaths): string {
  const files = writtenFiles(update, paths)
  const created = update.document.origin === 'created'
  if (created) return `Create ${paths.readmePath} with arXiv papers (${update.newPapers.length} new)`
  if (update.papersChanged) return `Update arXiv papers (${update.newPapers.length} new)`
  const kinds = [...new Set(files.map((file) => file.kind))]
  return `Update the arXiv digest (${kinds.join(', ')})`
}

/** One line a file, for the log and the job summary. */
export function writtenLines(files: readonly WrittenFile[], code: (path: string) => string = (path) => path): string[] {
  return files.map((file) => `${code(file.path)}: ${file.why}`)
}
