import { filteredBy } from '../common/text.js'
import { withMetadata, type Metadata } from '../publish/metadata.js'
import { DEFAULT_COLUMNS, sameColumns, unknownColumns, type Columns } from '../readme/table.js'
import { publishWrites, withFeedLinks, type PublishOptions } from '../publish/publish.js'
import type { Trim } from '../publish/budget.js'
import {
  ownsAnswersFile,
  withSummaries,
  withSummary,
  writeSummaries,
  type Interests,
  type Summary,
} from './summaries.js'
import { parseReadme, type ReadmeDocument } from '../readme/document.js'
import { layOut, movedPapers, withMoved } from '../readme/overflow.js'
import { overflowWrites, ownOverflow, withoutLinksTo } from './overflow-files.js'

import {
  findSection,
  mergeSection,
  paperIds,
  sameContent,
  samePapers,
  type Filter,
  type SectionChange,
} from './merge.js'
import {
  paperUrl,
  windowStart,
  type Digest,
  type FetchOutcome,
  type Paper,
  type Section,
  type Shown,
} from '../readme/model.js'

export interface UpdateOptions {
  readonly readmePath: string
  readonly maxPapers: number
  readonly exclude: readonly string[]
  /** `categories`: held papers whose categories are known and outside them leave, as fetched ones do. */
  readonly categories?: readonly string[]
  /** `YYYY-MM-DD` for the `Last update:` line when something changed. */
  readonly today: string
  /** README size budget in bytes; older papers move to linked files beyond it. */
  readonly budgetBytes: number
  /** Texts of the overflow files the README links to, by repository path. */
  readonly overflowTexts?: ReadonlyMap<string, string | undefined>
  /** `existing` already parsed, and the papers of its overflow files, so they are not parsed again. */
  readonly parsed?: { readonly document: ReadmeDocument; readonly moved: ReadonlyMap<string, readonly Paper[]> }
  /**
   * Another digest whose papers count as held (the open update pull request's branch, overflow
   * files included), so that a pull request rebuilt on the base branch keeps what earlier runs
   * added to it.
   */
  readonly proposed?: Digest | undefined
  /** Of `proposed`'s papers, those its pull request announced as new (undefined: all). */
  readonly announced?: ReadonlySet<string> | undefined
  /**
   * A digest delivered earlier to where the update lands (the action's last commit on an update
   * branch, or a pull request closed without merging): its papers that are no longer held there
   * were removed by a person, and are not added back.
   */
  readonly delivered?: Digest | undefined
  /** The papers people removed, when known exactly: they replace what `delivered` implies. */
  readonly removed?: ReadonlySet<string> | undefined
  /**
   * Repository paths of files that exist and that the action did not make: never used as an
   * overflow file name (another name is picked), never written or deleted.
   */
  readonly unusable?: ReadonlySet<string>
  /** Feeds and JSON to publish with the README; undefined publishes none. */
  readonly publish?: PublishOptions | undefined
  /** Texts of the published files as they are (see publishPaths), by repository path. */
  readonly publishedTexts?: ReadonlyMap<string, string | undefined>
  /** The date rows show; when it differs from what the README records, sections are rebuilt. */
  readonly sortBy?: 'updated' | 'published'
  /** Days before a section's newest paper within which a paper it lacked counts as new. */
  readonly overlapDays?: number
  /** The table's columns; undefined keeps the README's. */
  readonly columns?: readonly string[] | undefined
  /**
   * The `columns` input chose the columns: a table's own columns it does not name leave (with a
   * word). Otherwise each table keeps columns of its own.
   */
  readonly columnsChosen?: boolean
  /**
   * What the user's model wrote (llm-* inputs): the answers known, the language asked, the file
   * they are kept in and its text where the update lands (written when it changes).
   */
  readonly summaries?:
    | {
        readonly known: ReadonlyMap<string, Summary>
        readonly language: string
        readonly path: string
        readonly text: string | undefined
        /** Fingerprint of the interests scores are asked for; undefined without interests. */
        readonly interests?: string | undefined
        /** Papers scored below it stay out, as `exclude` keeps them out. */
        readonly minRelevance?: number | undefined
        /** The papers of `interests`, looked up once and kept in the file. */
        readonly interestPapers?: Interests['papers'] | undefined
      }
    | undefined
  /** What is known of held papers beyond their rows (published files, a look-up), by id. */
  readonly metadata?: ReadonlyMap<string, Metadata> | undefined
}

/**
 * The one rule for a change of settings: only `sort-by` changes what a row's date means, so
 * only a switch of it rebuilds sections, from a full fetch (until every section was rebuilt, the
 * region keeps recording the old date). A change of `columns` re-renders the rows held, looking
 * up what new cells need, and a change of `max-papers` keeps or drops rows: neither refetches.
 */
export function rebuildsSections(digest: Digest, sortBy: 'updated' | 'published'): boolean {
  return digest.sections.some((section) => section.papers.length > 0) && (digest.sortedBy ?? 'updated') !== sortBy
}

/** A paper this run added, as the `new-papers` output lists it. */
export interface NewPaper {
  readonly id: string
  readonly title: string
  readonly url: string
  readonly date: string
  readonly keyword: string
}

export interface Update {
  /** The README to write; the original text, byte for byte, when nothing changed. */
  readonly text: string
  readonly changed: boolean
  /** A paper was added, updated or removed (the `Last update:` date moved). */
  readonly papersChanged: boolean
  /** Every file to write when something changed (README included); null deletes the file. */
  readonly files: ReadonlyMap<string, string | null>
  readonly document: ReadmeDocument
  /** All papers of every section, including those laid out into overflow files. */
  readonly digest: Digest
  readonly changes: readonly SectionChange[]
  /** The papers added against the base, computed once for every report (outputs, bodies, summary). */
  readonly newPapers: readonly NewPaper[]
  /**
   * The ids of the papers new in this run: added, and not already proposed by the open update
   * pull request (its reader has seen those). The one answer to "what is new" for the outputs,
   * the summary and the issue.
   */
  readonly newIds: ReadonlySet<string>
  readonly failures: readonly { readonly title: string; readonly error: string }[]
  /** A fork's own columns the table no longer has (`columns` does not name them), with the cells they held. */
  readonly droppedColumns: readonly { readonly name: string; readonly cells: number }[]
  /** New keywords arXiv found no paper for: their sections are not written until they have one. */
  readonly foundNothing: readonly string[]
  /** New keywords whose papers arXiv found and `categories` or `exclude` all left out. */
  readonly filteredAway: readonly {
    readonly title: string
    readonly answered: number
    readonly categories: number
    readonly exclude: number
  }[]
  /** Sections the README held whose keyword is no longer in the inputs: deleted, with their papers. */
  readonly removedSections: readonly { readonly title: string; readonly papers: number }[]
  /** Published files cut to stay within their budget (the README and overflow files hold every paper). */
  readonly trims: readonly Trim[]
}

/**
 * The sections of this run, each keeping the README's own lines; the lines of a section whose
 * keyword left the inputs (a note, an `Archive:` link) move to the end of the section before
 * it (or before the first section), so that no line a person wrote is lost with the section.
 */
function keepNotes(held: Digest, sections: Section[]): { sections: Section[]; intro: readonly string[] | undefined } {
  let intro = held.intro
  const kept = new Set(sections.map((section) => section.title.toLowerCase()))
  let previous: string | undefined
  const moved = new Map<string, string[]>()
  for (const section of held.sections) {
    if (kept.has(section.title.toLowerCase())) {
      previous = section.title.toLowerCase()
      continue
    }
    const lines = [...(section.text?.head ?? []), ...(section.text?.tail ?? [])]
    if (!lines.some((line) => line.trim() !== '')) continue
    if (previous === undefined) intro = [...(intro ?? []), ...(intro && intro.length > 0 ? [''] : []), ...lines]
    else moved.set(previous, [...(moved.get(previous) ?? []), '', ...lines])
  }
  if (moved.size === 0) return { sections, intro }
  return {
    intro,
    sections: sections.map((section) => {
      const extra = moved.get(section.title.toLowerCase())
      if (!extra) return section
      const text = section.text ?? { heading: '', head: [], tail: [], table: undefined }
      return { ...section, text: { ...text, tail: [...text.tail, ...extra] } }
    }),
  }
}

/** Late indexing: arXiv may show a paper days after the date it carries. */
const DEFAULT_WINDOW_DAYS = 7

/**
 * What a section records as shown when the action writes it: every paper it showed (held now,
 * pushed out this run, or recorded before) dated within the window in which a paper it lacks
 * could still count as new. A section whose papers did not change keeps the record it had, so
 * that a README is never rewritten for the record alone.
 */
function shownRecord(
  change: SectionChange,
  before: readonly Shown[],
  overlapDays = DEFAULT_WINDOW_DAYS,
): Shown[] | undefined {
  const since = windowStart(change.papers, overlapDays)
  if (since === undefined) return undefined
  const record = new Map<string, string>()
  for (const { id, date } of [...change.papers, ...change.removed, ...before])
    if (date >= since && !record.has(id)) record.set(id, date)
  // Newest first, then by id: the same papers always give the same line, whatever the sources' order.
  return [...record]
    .map(([id, date]) => ({ id, date }))
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1))
}

function unchangedSection(section: Section): SectionChange {
  return {
    title: section.title,
    papers: section.papers,
    added: [],
    revised: [],
    removed: [],
    restored: [],
    excluded: [],
  }
}

/** What the reader was shown of a section: the base's record, the open pull request's, and the delivered one's. */
function shownBefore(
  section: Section | undefined,
  onBranch: Section | undefined,
  options: UpdateOptions,
  title: string,
): Shown[] {
  return [
    ...(section?.shown ?? []),
    // The branch's record minus its own rows: those are proposed, new or put back as announced.
    ...(onBranch?.shown ?? []).filter((paper) => !onBranch?.papers.some((row) => row.id === paper.id)),
    // Several delivered states side by side (see the pull-request flow): every one's record counts.
    ...(options.delivered?.sections ?? [])
      .filter((delivered) => delivered.title.toLowerCase() === title.toLowerCase())
      .flatMap((delivered) => delivered.shown ?? []),
  ]
}

function mergeAll(
  held: Digest,
  outcomes: readonly FetchOutcome[],
  options: UpdateOptions,
): { changes: SectionChange[]; failures: { title: string; error: string }[] } {
  const proposed = options.proposed
  const heldIds = paperIds(held)
  const removed =
    options.removed ??
    new Set(options.delivered ? [...paperIds(options.delivered)].filter((id) => !heldIds.has(id)) : [])
  const changes: SectionChange[] = []
  const failures: { title: string; error: string }[] = []
  // categories and exclude alike leave out held papers as they leave out fetched ones.
  const min = options.summaries?.minRelevance
  // A paper with no score (the model down, an answer without one) is never kept out for it.
  const leaves: Filter = (paper) =>
    filteredBy(paper, options.categories ?? [], options.exclude) ??
    (min !== undefined && paper.relevance !== undefined && paper.relevance.score < min ? 'relevance' : undefined)
  const wanted = (paper: { id: string }) => !removed.has(paper.id)
  const replace = options.sortBy !== undefined && rebuildsSections(held, options.sortBy)
  for (const outcome of outcomes) {
    const section = findSection(held, outcome.title)
    const onBranch = proposed ? findSection(proposed, outcome.title) : undefined
    const proposedRows = onBranch?.papers ?? []
    if (outcome.error !== undefined) failures.push({ title: outcome.title, error: outcome.error })
    if (outcome.error !== undefined && proposedRows.length === 0) {
      if (section) changes.push(unchangedSection(section))
      continue
    }
    const heldPapers = section?.papers ?? []
    // A rebuild never empties a section: an answer with no paper for a section that holds some
    // is a failed rebuild (the switch is finished by a later run), not an empty section.
    // (arXiv answered papers that a filter all left out is an answer: the section follows the filter.)
    const answeredNothing = outcome.error === undefined && (outcome.answered ?? outcome.papers.length) === 0
    if (replace && outcome.error === undefined && answeredNothing && heldPapers.length > 0) {
      failures.push({
        title: outcome.title,
        error: 'arXiv answered no papers while the section was rebuilt; it was kept as it was',
      })
      if (section) changes.push(unchangedSection(section))
      continue
    }
    const newSince = windowStart([...heldPapers, ...proposedRows], options.overlapDays ?? DEFAULT_WINDOW_DAYS)
    const merge = {
      newSince,
      announced: options.announced,
      shown: shownBefore(section, onBranch, options, outcome.title),
    }
    if (outcome.error !== undefined) {
      // A keyword arXiv failed for has no answer: it keeps the pull request's section exactly,
      // whatever max-papers, exclude or sort-by say now (as it keeps the README's section), and
      // the marker keeps the old date until every section is rebuilt.
      changes.push(
        mergeSection(outcome.title, heldPapers, proposedRows, proposedRows.length, () => undefined, {
          ...merge,
          replace: true,
          proposed: proposedRows,
        }),
      )
      continue
    }
    // Papers on the update branch are dated by the branch's sort-by: when it is not this run's,
    // they are only known ids (for what is new), never rows; this run's answer dates them anew.
    const usable =
      options.sortBy !== undefined && (options.proposed?.sortedBy ?? 'updated') !== options.sortBy ? [] : proposedRows
    const fetched = [...usable, ...outcome.papers].filter(wanted)
    changes.push(
      mergeSection(outcome.title, heldPapers, fetched, options.maxPapers, leaves, {
        ...merge,
        replace,
        proposed: usable,
      }),
    )
  }
  return { changes, failures }
}

/**
 * The pure heart of a run: the README (and its overflow files) as they are plus what arXiv
 * answered gives the files as they should be. No I/O; the same inputs always give the same text.
 * The `Last update:` date moves only when a paper was added, updated or removed; the README is
 * written whenever its text would differ (sections reordered, a table repaired).
 */
export function planUpdate(
  existing: string | undefined,
  outcomes: readonly FetchOutcome[],
  options: UpdateOptions,
): Update {
  const document = options.parsed?.document ?? parseReadme(existing, options.readmePath)
  const { overflowTexts, foreign } = ownOverflow(options.overflowTexts ?? new Map())
  const movedBefore = options.parsed?.moved ?? movedPapers(overflowTexts)
  const metadata = options.metadata ?? new Map<string, Metadata>()
  const held = withMetadata(
    withMoved(withoutLinksTo(document.digest, foreign, options.readmePath), movedBefore, options.readmePath),
    metadata,
  )
  // The model's answers go with every paper before the merge (held, proposed, fetched), once: the
  // merged sections, the changes and every output carry them, and min-relevance reads the scores.
  const summaries = options.summaries
  const annotate = (digest: Digest): Digest =>
    summaries ? withSummaries(digest, summaries.known, summaries.language, summaries.interests) : digest
  const proposed = options.proposed && annotate(withMetadata(options.proposed, metadata))
  const scored: readonly FetchOutcome[] = summaries
    ? outcomes.map((outcome) =>
        outcome.papers
          ? {
              ...outcome,
              papers: outcome.papers.map((paper) =>
                withSummary(paper, summaries.known, summaries.language, summaries.interests),
              ),
            }
          : outcome,
      )
    : outcomes
  const { changes, failures } = mergeAll(annotate(held), scored, { ...options, proposed })
  // A keyword new to the README that arXiv finds nothing for gets no empty table (a misspelling
  // would otherwise be committed as a section); it is named in the warnings instead.
  const unanswered = changes
    .filter((change) => change.papers.length === 0 && !findSection(held, change.title))
    .map((change) => change.title)
    .filter((title) => !failures.some((failure) => failure.title === title))
  const outcomeOf = (title: string) => outcomes.find((outcome) => outcome.title === title)
  // A keyword whose papers the filters all left out found papers: said as such, not as a misspelling.
  const filteredAway = unanswered.flatMap((title) => {
    const outcome = outcomeOf(title)
    return outcome?.error === undefined && (outcome?.answered ?? 0) > 0 && outcome?.filtered
      ? [{ title, answered: outcome.answered ?? 0, ...outcome.filtered }]
      : []
  })
  const foundNothing = unanswered.filter((title) => !filteredAway.some((away) => away.title === title))
  const { sections, intro } = keepNotes(
    held,
    changes
      .filter((change) => change.papers.length > 0 || findSection(held, change.title))
      .map((change): Section => {
        const { title, papers } = change
        const { overflow, text, shown, papers: before } = findSection(held, title) ?? {}
        // The open pull request showed its own rows and record too, dropped from it or not.
        const onBranch = proposed && findSection(proposed, title)
        const shownOnBranch = [...(onBranch?.shown ?? []), ...(onBranch?.papers ?? [])]
        const record =
          before && samePapers(before, papers)
            ? shown
            : shownRecord(change, [...(shown ?? []), ...shownOnBranch], options.overlapDays)
        return { title, papers, overflow, text, ...(record ? { shown: record } : {}) }
      }),
  )
  const named = new Set(outcomes.map((outcome) => outcome.title.toLowerCase()))
  const removedSections = held.sections
    .filter((section) => !named.has(section.title.toLowerCase()))
    .map((section) => ({ title: section.title, papers: section.papers.length }))
  const fresh = document.origin === 'appended' || document.origin === 'created'
  const papersChanged = fresh || !sameContent(held, { lastUpdate: undefined, sections })
  // After a switch of sort-by, the new date is recorded only once every section was rebuilt by it.
  const sortedBy =
    options.sortBy === undefined || (failures.length > 0 && rebuildsSections(held, options.sortBy))
      ? held.sortedBy
      : options.sortBy
  // Papers the open pull request already proposes are not a change of the branch: a rebuild for
  // another reason (a reordered keyword) keeps the branch's date.
  const onBranchAlready = proposed !== undefined && sameContent(proposed, { lastUpdate: undefined, sections })
  const lastUpdate = papersChanged
    ? onBranchAlready
      ? (proposed.lastUpdate ?? options.today)
      : options.today
    : held.lastUpdate
  // Only a digest by first-version date records it (the plain marker means update date).
  const columns = options.columns ?? held.columns
  const tableOf = (title: string) => findSection(held, title)?.text?.table?.columns
  // A table with columns of its own (any table, not only the first) keeps them while `columns`
  // is not set; with `columns` set, their cells leave the README only with a word.
  const ownColumns = (title: string): Columns | undefined => {
    const own = tableOf(title)
    return own && unknownColumns(own).some((name) => !(columns ?? DEFAULT_COLUMNS).includes(name)) ? own : undefined
  }
  const laidOut = !options.columnsChosen
    ? sections.map((section) => {
        const own = ownColumns(section.title)
        return own ? { ...section, columns: own } : section
      })
    : sections
  const heldNames = [
    ...new Set([...(held.columns ?? []), ...held.sections.flatMap((s) => s.text?.table?.columns ?? [])]),
  ]
  const droppedColumns = unknownColumns(heldNames)
    .filter((name) => options.columnsChosen === true && !(columns ?? DEFAULT_COLUMNS).includes(name))
    .map((name) => ({
      name,
      cells: held.sections.reduce((n, s) => n + s.papers.filter((p) => (p.cells?.[name] ?? '') !== '').length, 0),
    }))
  const kept = {
    ...(intro ? { intro } : {}),
    ...(columns && !sameColumns(columns, DEFAULT_COLUMNS) ? { columns } : {}),
  }
  const digest: Digest =
    sortedBy === 'published'
      ? { lastUpdate, sections: laidOut, sortedBy, ...kept }
      : { lastUpdate, sections: laidOut, ...kept }
  const unusable = new Set([...(options.unusable ?? []), ...foreign])
  const linked = withFeedLinks(digest, options.publish)
  const layout = layOut(document, linked, options.readmePath, options.budgetBytes, unusable)
  const files = overflowWrites(layout, overflowTexts, movedBefore)
  if (layout.readme !== existing) files.set(options.readmePath, layout.readme)
  const trims: Trim[] = []
  if (options.publish) {
    const previous = document.digest.sections.map((section) => section.title)
    const published = publishWrites(digest, previous, options.publish, options.publishedTexts ?? new Map())
    for (const [file, text] of published.writes) files.set(file, text)
    trims.push(...published.trims)
  }
  // The answers of papers the digest holds, kept in a file of the action's own (never a person's).
  if (summaries && ownsAnswersFile(summaries.text)) {
    const text = writeSummaries(summaries.known, digest, summaries.interestPapers)
    if (text !== summaries.text && !(summaries.text === undefined && summaries.known.size === 0))
      files.set(summaries.path, text)
  }
  // Nothing to write: the original text, byte for byte.
  const changed = files.size > 0
  const added = newPapers(changes)
  const proposedIds = options.proposed ? paperIds(options.proposed) : new Set<string>()
  const text = changed ? layout.readme : (existing ?? '')
  return {
    text,
    changed,
    papersChanged,
    files,
    document,
    digest,
    changes,
    newPapers: added,
    newIds: new Set(added.map((paper) => paper.id).filter((id) => !proposedIds.has(id))),
    failures,
    removedSections,
    foundNothing,
    filteredAway,
    droppedColumns,
    trims,
  }
}

export function newPapers(changes: readonly SectionChange[]): NewPaper[] {
  return changes.flatMap((change) =>
    change.added.map((paper) => ({
      id: paper.id,
      title: paper.title,
      url: paperUrl(paper),
      date: paper.date,
      keyword: change.title,
    })),
  )
}

/** Today's date in an IANA time zone, as `YYYY-MM-DD`. */
export function dateIn(timeZone: string, now: Date = new Date()): string {
  if (timeZone === 'UTC') return now.toISOString().slice(0, 10)
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
