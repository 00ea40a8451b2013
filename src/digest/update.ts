import { isExcluded, type FetchOutcome } from '../arxiv/fetch.js'
import { parseReadme, type ReadmeDocument } from './document.js'
import { layOut, linkedPath, withOverflow } from './overflow.js'
import { START_MARKER } from './render.js'
import { findSection, mergeSection, sameContent, type SectionChange } from './merge.js'
import { paperUrl, type Digest, type Section } from './model.js'

export interface UpdateOptions {
  readonly readmePath: string
  readonly maxPapers: number
  readonly exclude: readonly string[]
  /** `YYYY-MM-DD` for the `Last update:` line when something changed. */
  readonly today: string
  /** README size budget in bytes; older papers move to linked files beyond it. */
  readonly budgetBytes: number
  /** Texts of the overflow files the README links to, by repository path. */
  readonly overflowTexts?: ReadonlyMap<string, string | undefined>
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
  /** Every file to write when something changed (README included); null deletes the file. */
  readonly files: ReadonlyMap<string, string | null>
  readonly document: ReadmeDocument
  /** All papers of every section, including those laid out into overflow files. */
  readonly digest: Digest
  readonly changes: readonly SectionChange[]
  readonly failures: readonly { readonly title: string; readonly error: string }[]
}

function unchangedSection(section: Section): SectionChange {
  return { title: section.title, papers: section.papers, added: [], revised: [], removed: [] }
}

function mergeAll(held: Digest, outcomes: readonly FetchOutcome[], options: UpdateOptions): { changes: SectionChange[]; failures: { title: string; error: string }[] } {
  const extra = options.alsoHeld === undefined ? undefined : parseReadme(options.alsoHeld, options.readmePath).digest
  const changes: SectionChange[] = []
  const failures: { title: string; error: string }[] = []
  const keep = (paper: { title: string; abstract: string }) => !isExcluded(paper, options.exclude)
  for (const outcome of outcomes) {
    const section = findSection(held, outcome.title)
    const pending = extra ? (findSection(extra, outcome.title)?.papers ?? []) : []
    if (outcome.error !== undefined) failures.push({ title: outcome.title, error: outcome.error })
    if (outcome.error !== undefined && pending.length === 0) {
      if (section) changes.push(unchangedSection(section))
      continue
    }
    changes.push(mergeSection(outcome.title, section?.papers ?? [], [...pending, ...(outcome.papers ?? [])], options.maxPapers, keep))
  }
  return { changes, failures }
}

/** True when the new layout shows the same papers in the README as it did, and links the same. */
function sameLayout(before: Digest, inline: readonly number[], after: Digest): boolean {
  return before.sections.every((section, i) => section.papers.length === inline[i] && (section.overflow !== undefined) === (after.sections[i]!.papers.length > inline[i]!))
}

/**
 * The pure heart of a run: the README (and its overflow files) as they are plus what arXiv
 * answered gives the files as they should be. No I/O; the same inputs always give the same text.
 */
export function planUpdate(existing: string | undefined, outcomes: readonly FetchOutcome[], options: UpdateOptions): PlannedUpdate {
  const document = parseReadme(existing, options.readmePath)
  const overflowTexts = options.overflowTexts ?? new Map<string, string | undefined>()
  const held = withOverflow(document.digest, overflowTexts, options.readmePath)
  const { changes, failures } = mergeAll(held, outcomes, options)
  const sections = changes.map(({ title, papers }) => ({ title, papers, overflow: findSection(held, title)?.overflow }))
  const fresh = document.origin === 'appended' || document.origin === 'created'
  const contentChanged = fresh || !sameContent(held, { lastUpdate: undefined, sections })
  const digest: Digest = { lastUpdate: contentChanged ? options.today : held.lastUpdate, sections }
  const layout = layOut(document, digest, options.readmePath, options.budgetBytes)
  if (!contentChanged && sameLayout(document.digest, layout.inline, digest)) {
    return { text: existing ?? '', changed: false, files: new Map(), document, digest, changes, failures }
  }
  const files = new Map<string, string | null>([[options.readmePath, layout.readme]])
  for (const [file, text] of layout.overflow) {
    if (text !== (overflowTexts.get(file) ?? null)) files.set(file, text)
  }
  return { text: layout.readme, changed: true, files, document, digest, changes, failures }
}

/** The overflow files a README links to, as repository paths. */
export function overflowPaths(readme: string | undefined, readmePath: string): string[] {
  return parseReadme(readme, readmePath)
    .digest.sections.map((section) => section.overflow)
    .filter((link): link is string => link !== undefined)
    .map((link) => linkedPath(readmePath, link))
}

export function newPapers(changes: readonly SectionChange[]): NewPaper[] {
  return changes.flatMap((change) =>
    change.added.map((paper) => ({ id: paper.id, title: paper.title, url: paperUrl(paper), date: paper.date, keyword: change.title })),
  )
}

/** Today's date in an IANA time zone, as `YYYY-MM-DD`. */
export function dateIn(timeZone: string, now: Date = new Date()): string {
  if (timeZone === 'UTC') return now.toISOString().slice(0, 10)
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/**
 * True when `branchText` (whose `Last update:` date is `branchDate`) already is this update apart
 * from that date: the open pull request needs no new commit (and its reviewers no notification).
 */
export function branchHolds(branchText: string, branchDate: string | undefined, update: PlannedUpdate): boolean {
  const eol = update.document.eol
  const line = (date: string | undefined) => `${START_MARKER}${eol}Last update: ${date ?? ''}`
  return update.text.replace(line(update.digest.lastUpdate), line(branchDate)) === branchText
}
