/** One arXiv paper as the digest keeps it: the fields of a table row. */
export interface Paper {
  /** arXiv id without version: `2503.08342`, `hep-th/9901001`. The identity of a paper. */
  readonly id: string
  /** Version number from the link (`v2` → 2); 0 when the link carried none (hand-written rows). */
  readonly version: number
  readonly title: string
  /** `YYYY-MM-DD`, the date the table shows and sorts by. */
  readonly date: string
  readonly abstract: string
  readonly comment: string
  /** Authors in order, when known (a README's Authors cell holds only the first). */
  readonly authors?: readonly string[] | undefined
  /** arXiv categories, the primary one first, when known. */
  readonly categories?: readonly string[] | undefined
  /** When arXiv listed the first version and the latest, as ISO 8601 timestamps, when known. */
  readonly published?: string | undefined
  readonly updated?: string | undefined
  readonly doi?: string | undefined
  readonly journalRef?: string | undefined
  /** Cells of columns the action does not fill (a fork's own), by column name, kept verbatim. */
  readonly cells?: Readonly<Record<string, string>> | undefined
  /**
   * The reader's own marks around the title's link in its cell (`⭐ `, ` ✅ read`), kept byte for
   * byte in that row whatever the action rewrites.
   */
  readonly marks?: { readonly before: string; readonly after: string } | undefined
  /** What the user's model wrote of the paper (`llm-*` inputs): a TL;DR, the title in `llm-language`. */
  readonly tldr?: string | undefined
  readonly titleTranslated?: string | undefined
  /** How close the paper is to the reader's `interests` (0 to 10), and why, as their model said. */
  readonly relevance?: { readonly score: number; readonly reason: string } | undefined
}

/**
 * How the README wrote a section around its table, kept so that a run rewrites only the rows:
 * every other line (a note, a "No new papers" line, an `Archive:` link, blank lines) stays
 * where it was relative to its section.
 */
export interface SectionText {
  /** The heading line as written, kept while the section's title is unchanged. */
  readonly heading: string
  /** Lines between the heading and the table, verbatim. */
  readonly head: readonly string[]
  /** The table's header and delimiter lines as written, or undefined when it had no table. */
  readonly table?:
    { readonly header: string; readonly delimiter: string; readonly columns: readonly string[] } | undefined
  /** Lines after the table (or after the head when there is no table), verbatim. */
  readonly tail: readonly string[]
}

/** One `## Keyword` section of the managed region. */
export interface Section {
  readonly title: string
  readonly papers: readonly Paper[]
  /**
   * Link, relative to the README, to the file holding the papers that the size budget moved out
   * of the README (`papers/<slug>.md`); undefined when the section holds all its papers.
   */
  readonly overflow?: string | undefined
  /** Link, relative to the README, to the section's Atom feed when feeds are on (not parsed back). */
  readonly feed?: string | undefined
  /** The section's own lines as the README wrote them; undefined for a section not yet written. */
  readonly text?: SectionText | undefined
  /**
   * The papers the section showed within `overlap-days` of its newest one, pushed out since or
   * not (`<!-- arxiv-daily:shown 2511.01234@2025-11-20 ... -->`): the reader has seen them, so one
   * deleted by hand or pushed out by `max-papers` that arXiv lists again (revised, say) is put
   * back, not announced as new. Undefined when the README records none.
   */
  readonly shown?: readonly Shown[] | undefined
  /**
   * The section's own table layout, when it has columns of its own that the digest's table has
   * not (a fork's `Notes` under one keyword) and `columns` is not set: kept, cells and all.
   */
  readonly columns?: readonly string[] | undefined
}

/** A paper the section showed, and the date its row had then. */
export interface Shown {
  readonly id: string
  readonly date: string
}

/** The managed region of the README, parsed. */
export interface Digest {
  /** `YYYY-MM-DD` of the `Last update:` line, or undefined when the region has none. */
  readonly lastUpdate: string | undefined
  readonly sections: readonly Section[]
  /** The date the rows show and are sorted by, as recorded in the region's start marker. */
  readonly sortedBy?: 'updated' | 'published' | undefined
  /** Link, relative to the README, to the feed of every keyword when feeds are on. */
  readonly feed?: string | undefined
  /** Lines between `Last update:` and the first section (notes, credits), verbatim. */
  readonly intro?: readonly string[] | undefined
  /** The table's columns as the README holds them; undefined means the default table. */
  readonly columns?: readonly string[] | undefined
}

/** What a run got for one keyword: its papers, or why it has none. */
export type FetchOutcome =
  | {
      readonly title: string
      readonly papers: readonly Paper[]
      readonly error?: undefined
      /** Entries arXiv answered, before the filters; unknown for outcomes made elsewhere (tests). */
      readonly answered?: number
      /** Of those, how many `categories` and `exclude` left out. */
      readonly filtered?: { readonly categories: number; readonly exclude: number }
    }
  | { readonly title: string; readonly papers?: undefined; readonly error: string }

export const ARXIV_ABS = 'https://arxiv.org/abs/'

/** What arXiv said of a paper beyond its row: kept from run to run wherever an output shows it. */
export const METADATA = ['authors', 'categories', 'published', 'updated', 'doi', 'journalRef'] as const

/** True when the paper holds everything arXiv says of it (all authors, both dates). */
export function hasMetadata(paper: Paper): boolean {
  return (
    paper.published !== undefined &&
    paper.updated !== undefined &&
    paper.authors !== undefined &&
    paper.categories !== undefined
  )
}

/** The first author followed by "et al." when there are more, as lists of papers show them. */
export function firstAuthor(paper: Pick<Paper, 'authors'>): string | undefined {
  const [first, ...rest] = paper.authors ?? []
  return first === undefined ? undefined : rest.length > 0 ? `${first} et al.` : first
}

/** The link a row points at: the exact version when known. */
export function paperUrl(paper: Pick<Paper, 'id' | 'version'>): string {
  return `${ARXIV_ABS}${paper.id}${paper.version > 0 ? `v${paper.version}` : ''}`
}

/** Newest first; ties broken by id descending so the order never depends on arXiv's answer order. */
export function comparePapers(a: Paper, b: Paper): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  if (a.id !== b.id) return a.id < b.id ? 1 : -1
  return 0
}

/** The newest date the papers show, as `YYYY-MM-DD`; undefined for no papers. */
export function newestDate(papers: readonly Pick<Paper, 'date'>[]): string | undefined {
  const newest = papers.reduce((max, paper) => (paper.date > max ? paper.date : max), '')
  return newest === '' ? undefined : newest
}

/**
 * The first day of the window for papers arXiv indexes late: `days` before the newest paper's
 * date. Fetching reaches back to it, and a paper the section lacked counts as new from it on.
 */
export function windowStart(papers: readonly Pick<Paper, 'date'>[], days: number): string | undefined {
  const newest = newestDate(papers)
  if (newest === undefined) return undefined
  return new Date(Date.parse(`${newest}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

/** Every keyword a paper appears under, by id, in section order. */
export function keywordsById(sections: readonly Section[]): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const section of sections)
    for (const paper of section.papers) found.set(paper.id, [...(found.get(paper.id) ?? []), section.title])
  return found
}

/** The newest papers across sections, each once (its newest version): all.xml, the page. */
export function newestAcross(sections: readonly Section[], limit: number): Paper[] {
  const byId = new Map<string, Paper>()
  for (const section of sections) {
    for (const paper of section.papers) {
      const held = byId.get(paper.id)
      if (!held || paper.version > held.version) byId.set(paper.id, paper)
    }
  }
  return [...byId.values()].sort(comparePapers).slice(0, limit)
}
