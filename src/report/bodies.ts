import { findMarker, markerSource, writeMarker } from '../common/markers.js'
import { escapeCell, escapeHeading } from '../readme/cells.js'
import type { SectionChange } from '../plan/merge.js'
import { comparePapers, firstAuthor, paperUrl, type Paper } from '../readme/model.js'

/*
 * The texts people read on GitHub besides the README: the update pull request's body and the
 * notification issue. Pure rendering of what changed; everything from arXiv is escaped so that it
 * can neither add Markdown or HTML nor mention anyone or link an issue.
 */

// Kept here, with the bodies, rather than with the merge: the job summary needs it at start-up,
// and the merge loads only once a run has valid inputs.
const REASONS = ['max-papers', 'exclude', 'categories', 'relevance', 'sort-by'] as const
type Reason = (typeof REASONS)[number]

/** How many papers left a section, by why (see LeaveReason). */
export function leftBy(change: SectionChange): Record<Reason, number> {
  const counts: Record<Reason, number> = { 'max-papers': 0, exclude: 0, categories: 0, relevance: 0, 'sort-by': 0 }
  const left =
    change.left ??
    change.removed.map((paper) => ({
      paper,
      reason: change.excluded.some((out) => out.id === paper.id) ? 'exclude' : 'max-papers',
    }))
  for (const { reason } of left) counts[reason]++
  return counts
}

/**
 * The one sentence for papers that left a section, for the log, the job summary and the pull
 * request body alike; `name` shows an input's name (plain in the log, as code in Markdown).
 */
export function leavingSentences(change: SectionChange, name: (input: string) => string = (input) => input): string[] {
  const counts = leftBy(change)
  const because: Record<Reason, (n: number) => string> = {
    'max-papers': () => `${name('max-papers')} keeps the newest`,
    exclude: (n) => `${n === 1 ? 'it matches' : 'they match'} ${name('exclude')}`,
    categories: (n) => `${n === 1 ? 'its categories are' : 'their categories are'} outside ${name('categories')}`,
    relevance: (n) => `${n === 1 ? 'its score is' : 'their scores are'} below ${name('min-relevance')}`,
    'sort-by': () =>
      `the rebuild by the new ${name('sort-by')} date did not bring ${counts['sort-by'] === 1 ? 'it' : 'them'} back`,
  }
  return REASONS.filter((reason) => counts[reason] > 0).map(
    (reason) =>
      `${plural(counts[reason], reason === 'max-papers' ? 'older paper' : 'paper')} left the section: ${because[reason](counts[reason])}`,
  )
}

/** A new keyword whose papers the filters all left out: arXiv answered, so it did not fail. */
export function filteredAwayMessage(away: {
  readonly title: string
  readonly answered: number
  readonly categories: number
  readonly exclude: number
}): string {
  const by = [
    ...(away.categories > 0 ? [`${away.categories} outside "categories"`] : []),
    ...(away.exclude > 0 ? [`${away.exclude} matching "exclude"`] : []),
  ]
  return `arXiv found ${plural(away.answered, 'paper')} for the keyword "${away.title}", and the filters left out every one (${by.join(', ')}), so it has no section yet; widen categories or exclude to see them`
}

/** GitHub refuses pull request and issue bodies longer than this. */
export const GITHUB_BODY_LIMIT = 65_536
const BODY_BUDGET = GITHUB_BODY_LIMIT - 2_000

/**
 * Ends every update pull request's body: how the action recognises the pull requests it made,
 * and for which README (so that a run supersedes only its own). Version 1 wrote no marker; its
 * footer sentence is recognised instead.
 */
export function pullRequestMarker(readmePath: string, head?: string): string {
  return writeMarker('pull-request', { readme: readmePath, head: head || undefined })
}
/**
 * A paper's line as the bodies write it: `- [title](https://arxiv.org/abs/<id>v<n>)`. The title's
 * own brackets and backslashes are escaped (escapeCell), so the link text ends at the first
 * unescaped `]`: a byline or title holding `](https://arxiv.org/abs/...)` cannot pose as a link.
 */
const PAPER_LINE = /^(- \[(?:\\.|[^\\\]\n])*\]\(https:\/\/arxiv\.org\/abs\/([^)\s]+?)v\d+\))/gm

/**
 * The papers an update pull request's body lists as new: what its reviewer was told is new.
 * A paper put back (only counted there) stays put back on later updates.
 */
export function listedInBody(body: string | null | undefined, head: string): ReadonlySet<string> | undefined {
  // A body not written for this head (an update that failed after its push) lists too little.
  if (describedHead(body) !== head) return undefined
  const ids = new Set<string>()
  for (const match of (body ?? '').matchAll(PAPER_LINE)) if (match[2]) ids.add(match[2])
  return ids
}

/**
 * The papers a pull request's body marks as new since its previous update, as the body records
 * them: a run that adds nothing keeps the marks (and so the body) as they were.
 */
export function freshInBody(body: string | null | undefined): { ids: ReadonlySet<string>; date: string } | undefined {
  const { date, ids } = findMarker('new-since', body ?? '')?.values ?? {}
  return date === undefined ? undefined : { date, ids: new Set(ids) }
}
const V1_FOOTER = 'Kept up to date by the arXiv daily digest action'

/** Ends every notification issue's body: how the action finds the previous one for this README. */
export function issueMarker(readmePath: string): string {
  return writeMarker('issue', { readme: readmePath })
}

export function isUpdatePullRequest(body: string | null | undefined): boolean {
  return (
    body !== null && body !== undefined && (findMarker('pull-request', body) !== undefined || body.includes(V1_FOOTER))
  )
}

/** The commit of the update branch an update pull request's body describes (the action's last push). */
export function describedHead(body: string | null | undefined): string | undefined {
  return findMarker('pull-request', body ?? '')?.values.head
}

/**
 * Commits the action pushed that are no longer on the update branch (a reviewer amended or
 * rebased them away), as the body records them: what those held and the branch lacks was
 * removed by the reviewer, on every later update too.
 */
export function replacedInBody(body: string | null | undefined): string[] {
  return (findMarker('replaced', body ?? '')?.values.heads ?? []).filter((sha) => /^[0-9a-f]{40}$/.test(sha))
}

/** The README an update pull request is for; undefined when its body does not say (version 1). */
export function pullRequestReadme(body: string | null | undefined): string | undefined {
  return findMarker('pull-request', body ?? '')?.values.readme
}

/** A piece of a body and how many papers it lists, so that a shortened body can count them. */
export interface Block {
  readonly text: string
  readonly papers: number
}

/**
 * Breaks `@name` mentions, `#123` references and links to github.com (an issue or pull request
 * URL would cross-reference it) with a zero-width space (as Renovate does), so that arXiv text
 * notifies nobody and links nothing; the text reads the same.
 */
export function quiet(markdown: string): string {
  return markdown.replace(
    /@(?=[A-Za-z0-9-])|(?<!&)#(?=\d)|\bGH-(?=\d)|\bhttps?(?=:\/\/(?:www\.)?github\.com)|\bgithub(?=\.com)/gi,
    (mark) => `${mark}&#8203;`,
  )
}

/** Text from arXiv (or a keyword) as inline Markdown: escaped, mentioning no one. */
export function inlineText(text: string): string {
  return quiet(escapeCell(text))
}

/** The first author, "et al." when there are more, after a comma; nothing when unknown. */
export function byline(paper: Pick<Paper, 'authors'>): string {
  const author = firstAuthor(paper)
  return author === undefined ? '' : `, ${inlineText(author)}`
}

/** What the user's model wrote of a paper, after its line: its translated title and TL;DR. */
export function modelLine(paper: Pick<Paper, 'tldr' | 'titleTranslated' | 'relevance'>): string {
  const parts = [
    ...(paper.relevance
      ? [
          `relevance ${paper.relevance.score}/10${paper.relevance.reason ? `: ${inlineText(paper.relevance.reason)}` : ''}`,
        ]
      : []),
    ...(paper.titleTranslated ? [inlineText(paper.titleTranslated)] : []),
    ...(paper.tldr ? [`TL;DR: ${inlineText(paper.tldr)}`] : []),
  ]
  return parts.length > 0 ? ` — ${parts.join('. ')}` : ''
}

/** Papers as they come, or, when the reader's model scored them, the closest to their interests first. */
export function byRelevance(papers: readonly Paper[]): Paper[] {
  const sorted = [...papers]
  if (!sorted.some((paper) => paper.relevance)) return sorted
  return sorted.sort((a, b) => (b.relevance?.score ?? -1) - (a.relevance?.score ?? -1))
}

/** A paper's title linked to its abstract page. */
export function paperLink(paper: Paper): string {
  return `[${inlineText(paper.title)}](${paperUrl(paper)})`
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Measures text as GitHub counts it for bodies: characters. */
const characters = (text: string): number => text.length

/**
 * Joins blocks until the budget is spent, then says how many papers were left out, so that a
 * text never exceeds GitHub's limit and the reader knows it was shortened.
 */
export function fitBlocks(
  head: string,
  blocks: readonly Block[],
  tail: string,
  where: string,
  budget = BODY_BUDGET,
  measure = characters,
  limit = `GitHub's ${GITHUB_BODY_LIMIT.toLocaleString('en-US')}-character limit`,
): string {
  let body = head
  let size = measure(head) + measure(tail)
  for (const [index, block] of blocks.entries()) {
    const blockSize = measure(block.text)
    if (size + blockSize > budget) {
      const left = blocks.slice(index).reduce((sum, rest) => sum + rest.papers, 0)
      return `${body}\n_${plural(left, 'more paper')} not shown: the list was shortened to stay under ${limit}. ${where}_\n${tail}`
    }
    body += block.text
    size += blockSize
  }
  return body + tail
}

function paperBlocks(papers: readonly Paper[], line: (paper: Paper) => string): Block[] {
  return papers.map((paper) => ({ text: `${line(paper)}\n`, papers: 1 }))
}

const heading = (level: number, text: string): Block => ({
  text: `\n${'#'.repeat(level)} ${quiet(escapeHeading(text))}\n\n`,
  papers: 0,
})

export interface PullRequestBodyOptions {
  readonly readmePath: string
  readonly failures: readonly { readonly title: string }[]
  /** The branch also holds commits by others, which the action keeps. */
  readonly othersCommits?: boolean
  /** The README does not exist yet: the pull request creates it. */
  readonly created?: boolean
  /** The commit of the update branch the body describes. */
  readonly head?: string | undefined
  /** The action's earlier pushes no longer on the branch (see replacedInBody). */
  readonly replaced?: readonly string[]
  /** The files the branch changes, and why (see written.ts); listed at the end of the body. */
  readonly files?: readonly { readonly path: string; readonly why: string; readonly kind: string }[]
  /** Papers that arrived since the pull request was last updated, marked for its reviewer. */
  readonly fresh?: { readonly ids: ReadonlySet<string>; readonly date: string } | undefined
}

const FAILURE_NOTE = /\n> \[!WARNING\]\n> Not updated this time \(arXiv failed\): [^\n]*\n/

/**
 * True when two bodies list the same papers, apart from the note of keywords arXiv failed for and
 * the authors (known for a paper fetched this run, not for one read back from the branch): a
 * difference in those alone is no reason to edit a body on a run whose papers did not change.
 */
export function sameListing(a: string | null | undefined, b: string | null | undefined): boolean {
  const plain = (body: string | null | undefined): string =>
    (body ?? '')
      .replace(FAILURE_NOTE, '')
      // The head only says which commit the listing describes: not a change of the listing.
      .replace(new RegExp(markerSource('pull-request')), (marker) =>
        writeMarker('pull-request', { readme: findMarker('pull-request', marker)?.values.readme }),
      )
      .replace(new RegExp(`${PAPER_LINE.source}, [^\\n]*? (\\(\\d{4}-\\d{2}-\\d{2}\\))`, 'gm'), '$1 $3')
  return plain(a) === plain(b)
}

/** The update pull request's body: new papers per keyword and what `max-papers` pushed out. */
export function pullRequestBody(changes: readonly SectionChange[], options: PullRequestBodyOptions): string {
  const total = changes.reduce((sum, change) => sum + change.added.length, 0)
  const { fresh } = options
  const since = fresh
    ? changes.reduce((sum, change) => sum + change.added.filter((p) => fresh.ids.has(p.id)).length, 0)
    : 0
  const readme = options.files?.find((file) => file.path === options.readmePath)
  const layoutOnly = readme !== undefined && (readme.kind === 'columns' || readme.kind === 'layout')
  const head = layoutOnly
    ? `This pull request updates \`${options.readmePath}\` with no new paper: ${readme.why}.\n`
    : options.created
      ? `This pull request creates \`${options.readmePath}\` with **${plural(total, 'new paper')}** from arXiv (the file does not exist on the base branch).\n`
      : `This pull request adds **${plural(total, 'new paper')}** from arXiv to \`${options.readmePath}\`${since > 0 && fresh ? `, ${since} of them since its update on ${fresh.date} (marked **new**)` : ''}.\n`
  const mark = (paper: { id: string }): string => (fresh?.ids.has(paper.id) ? ` **new** on ${fresh.date}` : '')
  const blocks: Block[] = []
  for (const change of changes) {
    if (change.added.length + change.restored.length + change.revised.length + change.removed.length === 0) continue
    blocks.push(heading(3, `${change.title}: ${change.added.length} new`))
    blocks.push(
      ...paperBlocks(
        byRelevance(change.added),
        (paper) => `- ${paperLink(paper)}${byline(paper)} (${paper.date})${mark(paper)}${modelLine(paper)}`,
      ),
    )
    if (change.restored.length > 0)
      blocks.push({ text: `\n${plural(change.restored.length, 'older paper')} put back (not new).\n`, papers: 0 })
    if (change.revised.length > 0)
      blocks.push({ text: `\n${plural(change.revised.length, 'paper')} updated to a newer version.\n`, papers: 0 })
    for (const sentence of leavingSentences(change, (input) => `\`${input}\``))
      blocks.push({ text: `\n${sentence[0]?.toUpperCase() ?? ''}${sentence.slice(1)}.\n`, papers: 0 })
  }
  const failed =
    options.failures.length > 0
      ? `\n> [!WARNING]\n> Not updated this time (arXiv failed): ${options.failures.map((f) => inlineText(f.title)).join(', ')}.\n`
      : ''
  const others = options.othersCommits
    ? '\n> [!NOTE]\n> This branch also holds commits by others. The action keeps them: it adds its updates on top and never rewrites the branch while they are there.\n'
    : ''
  const how = options.othersCommits
    ? 'each run adds one commit on top of this branch while it holds commits by others.'
    : 'each run replaces this branch with one commit on top of the base branch.'
  const record = fresh ? `${writeMarker('new-since', { date: fresh.date, ids: [...fresh.ids] })}\n` : ''
  const replaced = options.replaced?.length ? `${writeMarker('replaced', { heads: options.replaced })}\n` : ''
  const files = options.files?.length
    ? `\nFiles: ${options.files.map((file) => `\`${escapeCell(file.path)}\``).join(', ')}.\n`
    : ''
  const tail = `${files}${failed}${others}\n---\n<sub>Kept up to date by the arXiv daily digest action: ${how}</sub>\n${record}${replaced}${pullRequestMarker(options.readmePath, options.head)}\n`
  return fitBlocks(head, blocks, tail, 'The pull request holds every paper.')
}

/** The notification issue: this run's new papers per keyword, without abstracts. */
/** Papers per keyword an issue lists, as DailyArXiv's issue template does. */
export const ISSUE_PAPERS_PER_KEYWORD = 15

export function issueBody(
  changes: readonly SectionChange[],
  isNew: (paper: Paper) => boolean,
  where = 'The README holds every paper.',
): string {
  const blocks: Block[] = []
  for (const change of changes) {
    const papers = change.added.filter(isNew)
    if (papers.length === 0) continue
    // A first fill announces up to DailyArXiv's 15 papers per keyword (newest first) and counts
    // the rest, so that one email to every watcher stays readable.
    const shown = byRelevance([...papers].sort(comparePapers)).slice(0, ISSUE_PAPERS_PER_KEYWORD)
    blocks.push(heading(2, change.title))
    blocks.push(
      ...paperBlocks(
        shown,
        (paper) =>
          `- ${paperLink(paper)}${byline(paper)} (${paper.date})${paper.comment ? `: ${inlineText(paper.comment)}` : ''}${modelLine(paper)}`,
      ),
    )
    if (papers.length > shown.length)
      blocks.push({
        text: `\n…and ${plural(papers.length - shown.length, 'older new paper')}, in the README.\n`,
        papers: 0,
      })
  }
  return fitBlocks(`New arXiv papers for the keywords this repository follows. ${where}\n`, blocks, '', where)
}

export function countNew(changes: readonly SectionChange[], isNew: (paper: Paper) => boolean): number {
  return changes.reduce((sum, change) => sum + change.added.filter(isNew).length, 0)
}
