import { isExcluded, type FetchOutcome } from '../arxiv/fetch.js'
import { parseReadme, renderReadme, type ReadmeDocument } from './document.js'
import { findSection, mergeSection, sameContent, type SectionChange } from './merge.js'
import { paperUrl, type Digest, type Section } from './model.js'

export interface UpdateOptions {
  readonly readmePath: string
  readonly maxPapers: number
  readonly exclude: readonly string[]
  /** `YYYY-MM-DD` for the `Last update:` line when something changed. */
  readonly today: string
  /**
   * Another README whose papers count as held (the open update pull request's branch), so that
   * a pull request rebuilt on the base branch keeps what earlier runs added to it.
   */
  readonly alsoHeld?: string | undefined
}

/** A paper this run added, as the `new-papers` output lists it. */
export interface NewPaper {
  readonly id: string
  readonly title: string
  readonly url: string
  readonly date: string
  readonly keyword: string
}

export interface PlannedUpdate {
  /** The README to write; the original text, byte for byte, when nothing changed. */
  readonly text: string
  readonly changed: boolean
  readonly document: ReadmeDocument
  readonly digest: Digest
  readonly changes: readonly SectionChange[]
  readonly failures: readonly { readonly title: string; readonly error: string }[]
}

function unchangedSection(section: Section): SectionChange {
  return { title: section.title, papers: section.papers, added: [], revised: [], removed: [] }
}

/**
 * The pure heart of a run: the README as it is plus what arXiv answered gives the README as it
 * should be. No I/O; the same inputs always give the same text.
 */
export function planUpdate(existing: string | undefined, outcomes: readonly FetchOutcome[], options: UpdateOptions): PlannedUpdate {
  const document = parseReadme(existing, options.readmePath)
  const extra = options.alsoHeld === undefined ? undefined : parseReadme(options.alsoHeld, options.readmePath).digest
  const changes: SectionChange[] = []
  const failures: { title: string; error: string }[] = []
  for (const outcome of outcomes) {
    const held = findSection(document.digest, outcome.title)
    const pending = extra ? (findSection(extra, outcome.title)?.papers ?? []) : []
    if (outcome.error !== undefined) failures.push({ title: outcome.title, error: outcome.error })
    if (outcome.error !== undefined && pending.length === 0) {
      if (held) changes.push(unchangedSection(held))
      continue
    }
    const fetched = [...pending, ...(outcome.papers ?? [])]
    const keep = (paper: { title: string; abstract: string }) => !isExcluded(paper, options.exclude)
    changes.push(mergeSection(outcome.title, held?.papers ?? [], fetched, options.maxPapers, keep))
  }
  const sections = changes.map(({ title, papers }) => ({ title, papers }))
  const fresh = document.origin === 'appended' || document.origin === 'created'
  const changed = fresh || !sameContent(document.digest, { lastUpdate: undefined, sections })
  const digest: Digest = { lastUpdate: changed ? options.today : document.digest.lastUpdate, sections }
  const text = changed ? renderReadme(document, digest) : (existing ?? '')
  return { text, changed, document, digest, changes, failures }
}

export function newPapers(changes: readonly SectionChange[]): NewPaper[] {
  return changes.flatMap((change) =>
    change.added.map((paper) => ({ id: paper.id, title: paper.title, url: paperUrl(paper), date: paper.date, keyword: change.title })),
  )
}

/** Today's date in an IANA time zone, as `YYYY-MM-DD`. */
export function dateIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/**
 * True when `branchText` already is this update, apart from the `Last update:` date: the open
 * pull request needs no new commit (and its reviewers no notification).
 */
export function branchHolds(branchText: string, update: PlannedUpdate): boolean {
  const { digest } = parseReadme(branchText, 'pull request branch')
  return renderReadme(update.document, { ...update.digest, lastUpdate: digest.lastUpdate }) === branchText
}
