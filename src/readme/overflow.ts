import path from 'node:path'
import { writeMarker } from '../common/markers.js'
import { parseReadme, renderReadme, type ReadmeDocument } from './document.js'
import { escapeHeading } from './cells.js'
import type { Digest, Paper, Section } from './model.js'
import { overflowLine, renderRow } from './render.js'
import { DEFAULT_COLUMNS, delimiterLine, headerLine, type Columns } from './table.js'

// Stands for the table a section will show, when measuring a section that had none.
const tableOf = (columns: Columns) => ({ header: headerLine(columns), delimiter: delimiterLine(columns), columns })

/*
 * The size budget. GitHub shows at most 500 KiB of a README and silently cuts the rest, so when
 * the papers would exceed the budget, each section keeps its newest papers in the README and the
 * older ones move to `papers/<slug>.md` beside it, in the same table format, linked from the
 * section.
 */

export const OVERFLOW_FOLDER = 'papers'

/**
 * The first line of every overflow file: the action writes and deletes only files that carry it
 * (or the sentence its first version wrote), never a file a person keeps next to the digest.
 */
export const OVERFLOW_MARK = writeMarker('overflow')
const V1_SENTENCE = 'The arXiv daily digest action rewrites this file on each update.'

/** True when the action made this file (so it may rewrite or delete it). */
export function isOverflowFile(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(OVERFLOW_MARK) || text.slice(0, 2000).includes(V1_SENTENCE)
}

/** The repository path of a file linked from the README (links are relative to its folder). */
export function linkedPath(readmePath: string, link: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(readmePath), link))
}

// Names Windows reserves for devices, with or without an extension: a repository holding
// `papers/nul.md` cannot be checked out there.
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/

export function slug(title: string): string {
  const base = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  if (WINDOWS_RESERVED.test(base)) return `${base}-keyword`
  return base || 'keyword'
}

/**
 * The file name for a title: its slug, or `<slug>-2`, `<slug>-3`... when `taken` says the name
 * is in use. Overflow files and feeds name themselves this way.
 */
export function uniqueSlug(title: string, taken: (name: string) => boolean): string {
  const base = slug(title)
  let name = base
  for (let n = 2; taken(name); n++) name = `${base}-${n}`
  return name
}

/**
 * The folder, relative to the README, of its overflow files: `papers` for a `README.md`, and
 * `papers/<name>` for any other file, so that two digests in one folder (`ML.md`, `CV.md`) never
 * share a file.
 */
function overflowFolder(readmePath: string): string {
  const name = path.posix.basename(readmePath)
  if (name.toLowerCase() === 'readme.md') return OVERFLOW_FOLDER
  return `${OVERFLOW_FOLDER}/${slug(name.replace(/\.[^.]*$/, ''))}`
}

/**
 * A link per section, stable across runs (an existing link is kept), unique within the README,
 * and never a repository path in `unusable` (files the action did not make).
 */
function overflowLinks(sections: readonly Section[], readmePath: string, unusable: ReadonlySet<string>): string[] {
  const folder = overflowFolder(readmePath)
  const taken = new Set(
    sections.map((section) => section.overflow).filter((link): link is string => link !== undefined),
  )
  const free = (link: string): boolean => !taken.has(link) && !unusable.has(linkedPath(readmePath, link))
  return sections.map((section) => {
    if (section.overflow) return section.overflow
    const link = `${folder}/${uniqueSlug(section.title, (name) => !free(`${folder}/${name}.md`))}.md`
    taken.add(link)
    return link
  })
}

/**
 * The papers each overflow file holds, by repository path. A missing file holds none, and so
 * does a linked file the action did not make.
 */
export function movedPapers(texts: ReadonlyMap<string, string | undefined>): Map<string, readonly Paper[]> {
  const moved = new Map<string, readonly Paper[]>()
  for (const [file, text] of texts) {
    moved.set(
      file,
      text === undefined || !isOverflowFile(text) ? [] : (parseReadme(text, file).digest.sections[0]?.papers ?? []),
    )
  }
  return moved
}

/** Puts the papers of the linked files back into their sections, so that merging sees them all. */
export function withMoved(digest: Digest, moved: ReadonlyMap<string, readonly Paper[]>, readmePath: string): Digest {
  return {
    ...digest,
    sections: digest.sections.map((section) => {
      if (!section.overflow) return section
      const papers = moved.get(linkedPath(readmePath, section.overflow)) ?? []
      return { ...section, papers: [...section.papers, ...papers] }
    }),
  }
}

export interface Layout {
  readonly readme: string
  /**
   * Repository path → text of each overflow file this layout uses. A linked file it does not use
   * any more is deleted by overflowWrites, whatever the reason (papers fit again, keyword gone).
   */
  readonly overflow: ReadonlyMap<string, string>
  /** The papers each overflow file holds. */
  readonly moved: ReadonlyMap<string, readonly Paper[]>
}

function overflowFile(
  section: Section,
  papersPath: string,
  readmePath: string,
  { lastUpdate, columns }: Digest,
): string {
  const back = path.posix.relative(path.posix.dirname(papersPath), readmePath)
  const document: ReadmeDocument = {
    before: `${OVERFLOW_MARK}\n# ${escapeHeading(section.title)}: older papers\n\nPapers moved out of [${path.posix.basename(readmePath)}](${back}) to keep it within GitHub's display limit. ${V1_SENTENCE}\n\n`,
    after: '\n',
    eol: '\n',
    origin: 'created',
    digest: { lastUpdate, sections: [] },
  }
  const sections = [{ title: section.title, papers: section.papers }]
  return renderReadme(document, columns ? { lastUpdate, sections, columns } : { lastUpdate, sections })
}

/**
 * Lays the digest out within `budgetBytes`: the largest number of papers per section (the same
 * for every section) that keeps the README within the budget. Row sizes are computed once and
 * summed, so the search costs no rendering.
 */
export function layOut(
  document: ReadmeDocument,
  digest: Digest,
  readmePath: string,
  budgetBytes: number,
  unusable: ReadonlySet<string> = new Set(),
): Layout {
  const eolBytes = Buffer.byteLength(document.eol)
  const rowBytes = digest.sections.map((section) =>
    section.papers.map((paper) => Buffer.byteLength(renderRow(paper, section.columns ?? digest.columns)) + eolBytes),
  )
  const plain = { ...digest, sections: digest.sections.map(({ overflow: _link, ...section }) => section) }
  // Measured without rows, but with the table header of every section that will show rows.
  const fixed = Buffer.byteLength(
    renderReadme(document, {
      ...digest,
      sections: digest.sections.map(({ overflow: _link, ...section }) => ({
        ...section,
        papers: [],
        text:
          section.text && section.papers.length > 0
            ? {
                ...section.text,
                table: section.text.table ?? tableOf(section.columns ?? digest.columns ?? DEFAULT_COLUMNS),
              }
            : section.text,
      })),
    }),
  )
  const whole = rowBytes.reduce((sum, rows) => rows.reduce((a, b) => a + b, sum), fixed)
  // Measured from the row sizes, so that the whole README is rendered once, when it fits.
  if (whole <= budgetBytes) return { readme: renderReadme(document, plain), overflow: new Map(), moved: new Map() }
  const links = overflowLinks(digest.sections, readmePath, unusable)
  const size = (cap: number): number =>
    rowBytes.reduce((sum, rows, i) => {
      const shown = rows.slice(0, cap).reduce((a, b) => a + b, 0)
      const moved = rows.length - Math.min(cap, rows.length)
      return sum + shown + (moved > 0 ? Buffer.byteLength(overflowLine(moved, links[i] ?? '')) + 2 * eolBytes : 0)
    }, fixed)
  let low = 0
  let high = Math.max(0, ...rowBytes.map((rows) => rows.length))
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (size(mid) <= budgetBytes) low = mid
    else high = mid - 1
  }
  const inline = digest.sections.map((section) => Math.min(low, section.papers.length))
  const sections = digest.sections.map((section, i) => ({
    ...section,
    papers: section.papers.slice(0, inline[i]),
    overflow: section.papers.length > (inline[i] ?? 0) ? links[i] : undefined,
  }))
  const overflow = new Map<string, string>()
  const moved = new Map<string, readonly Paper[]>()
  digest.sections.forEach((section, i) => {
    const shown = inline[i] ?? 0
    const link = links[i]
    if (section.papers.length <= shown || link === undefined) return
    const file = linkedPath(readmePath, link)
    const papers = section.papers.slice(shown)
    moved.set(file, papers)
    overflow.set(file, overflowFile({ title: section.title, papers }, file, readmePath, digest))
  })
  const counts = digest.sections.map((section, i) => section.papers.length - (inline[i] ?? 0))
  return { readme: renderReadme(document, { ...digest, sections }, counts), overflow, moved }
}
