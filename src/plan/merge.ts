import { filledFrom } from '../publish/metadata.js'
import { comparePapers, type Digest, type Paper, type Section, type Shown } from '../readme/model.js'

/** What merging one keyword's fetched papers into its section did. */
export interface SectionChange {
  readonly title: string
  readonly papers: readonly Paper[]
  /** Papers new on arXiv: the section did not hold them, and they are newer than what it held. */
  readonly added: readonly Paper[]
  /**
   * Papers the section did not hold that come back from further down arXiv's list
   * (`max-papers` raised, a row or a `More:` link deleted by hand): put back, not new.
   */
  readonly restored: readonly Paper[]
  /** Papers kept with a newer version than the section held. */
  readonly revised: readonly Paper[]
  /** Papers the section held before that are no longer in it. */
  readonly removed: readonly Paper[]
  /** Of `removed`, those that match `exclude`. */
  readonly excluded: readonly Paper[]
  /** Each of `removed` with why it left. */
  readonly left?: readonly { readonly paper: Paper; readonly reason: LeaveReason }[]
}

/**
 * Why a paper leaves a section: `max-papers` kept newer ones, it matches `exclude`, its categories
 * are outside `categories`, or a `sort-by` rebuild did not bring it back.
 */
export type LeaveReason = 'max-papers' | 'exclude' | 'categories' | 'relevance' | 'sort-by'

/** Which filter leaves a paper out of a section, if one does. */
export type Filter = (paper: Paper) => 'exclude' | 'categories' | 'relevance' | undefined

/**
 * Newer version wins; on equal versions the row already in the README stays as it is. What only
 * the README knew of a paper (a fork's own cells) stays with it, and so does what only arXiv's
 * answer knew (all authors, the categories).
 */
function preferred(existing: Paper, candidate: Paper): Paper {
  const [winner, other] = candidate.version > existing.version ? [candidate, existing] : [existing, candidate]
  return withReadersOwn(filledFrom(winner, other), other)
}

/** `paper` with what only the README held of it (a fork's own cells, the reader's marks) from `held`. */
function withReadersOwn(paper: Paper, held: Paper | undefined): Paper {
  if (!held) return paper
  const cells = paper.cells === undefined && held.cells !== undefined ? { cells: held.cells } : {}
  const marks = paper.marks === undefined && held.marks !== undefined ? { marks: held.marks } : {}
  return held.cells === undefined && held.marks === undefined ? paper : { ...paper, ...cells, ...marks }
}

const tieKey = (paper: Paper): string =>
  `${paper.date}\u0000${paper.title}\u0000${paper.abstract}\u0000${paper.comment}`

/**
 * Merges fetched papers into a section. Identity is the id without version; the result is
 * ordered newest first (then id descending) and cut to `maxPapers`. Linear in the number of
 * papers apart from the sort.
 */
export function mergeSection(
  title: string,
  existing: readonly Paper[],
  fetched: readonly Paper[],
  maxPapers: number,
  leaves: Filter = () => undefined,
  {
    replace = false,
    newSince,
    proposed = [],
    shown = [],
    announced,
  }: {
    replace?: boolean
    newSince?: string
    /**
     * Papers the open pull request already proposes (new to the base branch, and shown to its
     * reviewer): they stay new, and what is new besides is judged against them too, so that papers
     * put back from further down the list are restored, not announced.
     */
    proposed?: readonly Paper[]
    /**
     * Papers the section recorded as shown: one that is not held now was deleted by hand or
     * pushed out, and comes back restored, not new.
     */
    shown?: readonly Shown[] | undefined
    /** Of `proposed`, the papers the pull request's body announced as new. */
    announced?: ReadonlySet<string> | undefined
  } = {},
): SectionChange {
  const before = new Map<string, Paper>()
  for (const paper of existing) {
    const earlier = before.get(paper.id)
    before.set(paper.id, earlier ? preferred(earlier, paper) : paper)
  }
  // Replacing (the rows' date changed meaning): the held rows only tell which papers are known.
  const byId = replace ? new Map<string, Paper>() : new Map(before)
  for (const paper of fetched) {
    const held = byId.get(paper.id)
    // Two answers for one version (seen only from a misbehaving server) resolve the same way
    // whatever their order; a row already in the README is never replaced by its own version.
    const tie = held && !before.has(paper.id) && paper.version === held.version && tieKey(paper) > tieKey(held)
    // A rebuild (replace) starts from the answer, yet a row's own cells and marks stay with it.
    byId.set(paper.id, held && !tie ? preferred(held, paper) : withReadersOwn(paper, before.get(paper.id)))
  }
  const papers = [...byId.values()]
    .filter((paper) => leaves(paper) === undefined)
    .sort(comparePapers)
    .slice(0, maxPapers)
  const kept = new Set(papers.map((paper) => paper.id))
  const unknown = papers.filter((paper) => !before.has(paper.id))
  const proposedIds = new Set(proposed.map((paper) => paper.id))
  const dateTest = newPaperTest([...existing, ...proposed], newSince)
  const seen = new Set(shown.map((paper) => paper.id))
  // A paper the open pull request proposes is new as its body announced it (when the body
  // describes the branch), else new to the base; any other is new unless a reader was shown it.
  const isNew = (paper: Paper): boolean =>
    proposedIds.has(paper.id)
      ? (announced?.has(paper.id) ?? !seen.has(paper.id))
      : !seen.has(paper.id) && dateTest(paper)
  const added = unknown.filter(isNew)
  const restored = unknown.filter((paper) => !isNew(paper))
  const revised = papers.filter((paper) => {
    const old = before.get(paper.id)
    return old !== undefined && old !== paper && paper.version > old.version
  })
  const removed = [...before.values()].filter((paper) => !kept.has(paper.id))
  // Not filtered out: newer papers filled the section, or a rebuild by the other date left it out.
  const reasonOf = (paper: Paper): LeaveReason =>
    leaves(byId.get(paper.id) ?? paper) ?? (papers.length >= maxPapers || !replace ? 'max-papers' : 'sort-by')
  const left = removed.map((paper) => ({ paper, reason: reasonOf(paper) }))
  const excluded = left.filter((entry) => entry.reason === 'exclude').map((entry) => entry.paper)
  return { title, papers, added, revised, removed, restored, excluded, left }
}

/**
 * Whether a paper the section did not hold is new: it must be dated `newSince` or later (the
 * newest held date less the window for late indexing) and sort before the section's last row. A
 * paper from further down the list was there all along; only `max-papers` or a person kept it out.
 */
function newPaperTest(existing: readonly Paper[], newSince: string | undefined): (paper: Paper) => boolean {
  if (existing.length === 0 || newSince === undefined) return () => true
  const last = existing.reduce((a, b) => (comparePapers(a, b) > 0 ? a : b))
  return (paper) => paper.date >= newSince && comparePapers(paper, last) < 0
}

function samePaper(a: Paper, b: Paper): boolean {
  return (
    a.id === b.id &&
    a.version === b.version &&
    a.title === b.title &&
    a.date === b.date &&
    a.abstract === b.abstract &&
    a.comment === b.comment
  )
}

/** True when both lists hold the same rows in the same order. */
export function samePapers(a: readonly Paper[], b: readonly Paper[]): boolean {
  return (
    a.length === b.length &&
    a.every((paper, i) => {
      const other = b[i]
      return other !== undefined && samePaper(paper, other)
    })
  )
}

/**
 * True when the two digests hold the same papers under the same section titles (compared
 * without case, in any order); the `Last update:` date is ignored.
 */
export function sameContent(a: Digest, b: Digest): boolean {
  if (a.sections.length !== b.sections.length) return false
  return b.sections.every((section) => {
    const other = findSection(a, section.title)
    return other !== undefined && samePapers(other.papers, section.papers)
  })
}

/** Case-insensitive lookup of a section by its title, as users retype keywords freely. */
export function findSection(digest: Digest, title: string): Section | undefined {
  const key = title.toLowerCase()
  return digest.sections.find((section) => section.title.toLowerCase() === key)
}

/** Every paper id the digest holds, across sections. */
export function paperIds(digest: Digest): Set<string> {
  return new Set(digest.sections.flatMap((section) => section.papers.map((paper) => paper.id)))
}
