/*
 * The ceiling of every file the action publishes beside the README (feeds, the JSON digest, the
 * page's files): GitHub refuses files over 100 MB and every run would fail from then on. A file
 * whose text would pass the budget holds fewer abstracts, then fewer papers, oldest first; the
 * README and its overflow files still hold every paper with its abstract, and the run warns.
 */
import { newestAcross, type Digest } from '../readme/model.js'

/** The most bytes one published file may hold: a tenth of GitHub's per-file limit. */
export const PUBLISHED_FILE_BUDGET = 10 * 1024 * 1024

/** A published file cut to fit the budget: how many of its papers lost their abstract, or left it. */
export interface Trim {
  readonly file: string
  readonly budget: number
  readonly papers: number
  readonly withoutAbstract: number
  readonly leftOut: number
}

/**
 * `digest` where only the `abstracts` newest papers keep their abstract and only the `papers`
 * newest are kept at all (newest by date across sections, each paper counted once).
 */
export function trimmedDigest(digest: Digest, abstracts: number, papers: number): Digest {
  const ranked = newestAcross(digest.sections, Infinity).map((paper) => paper.id)
  const rank = new Map(ranked.map((id, i) => [id, i]))
  const at = (id: string): number => rank.get(id) ?? ranked.length
  return {
    ...digest,
    sections: digest.sections.map((section) => ({
      ...section,
      papers: section.papers
        .filter((paper) => at(paper.id) < papers)
        .map((paper) => (at(paper.id) < abstracts ? paper : { ...paper, abstract: '' })),
    })),
  }
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/** The largest n in [0, high] for which `fits(n)` holds, `fits` being true up to a point; -1 for none. */
function largest(high: number, fits: (n: number) => boolean): number {
  let low = -1
  while (low < high) {
    const middle = Math.ceil((low + high + 1) / 2)
    if (fits(middle)) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * The text of `file` rendered from `digest` within `budget` bytes, and the trim it took (none when
 * the whole digest fits, the usual case: then `render` runs once).
 */
export function withinBudget(
  file: string,
  digest: Digest,
  render: (digest: Digest) => string,
  budget = PUBLISHED_FILE_BUDGET,
): { text: string; trim?: Trim } {
  const whole = render(digest)
  if (bytes(whole) <= budget) return { text: whole }
  const total = newestAcross(digest.sections, Infinity).length
  // The binary searches raise their bound only on a fit, so the last text that fit is the answer.
  let fitting: string | undefined
  const attempt = (abstracts: number, papers: number): boolean => {
    const text = render(trimmedDigest(digest, abstracts, papers))
    if (bytes(text) > budget) return false
    fitting = text
    return true
  }
  let abstracts = largest(total, (n) => attempt(n, total))
  let papers = total
  if (abstracts === -1) {
    abstracts = 0
    papers = Math.max(
      0,
      largest(total, (n) => attempt(0, n)),
    )
  }
  const text = fitting ?? render(trimmedDigest(digest, 0, 0))
  return {
    text,
    trim: {
      file,
      budget,
      papers: total,
      withoutAbstract: Math.min(papers, total) - abstracts,
      leftOut: total - papers,
    },
  }
}

/** What a trim means for a reader, for the log and the job summary. */
export function trimMessage(trim: Trim): string {
  const mib = `${Math.round((trim.budget / 1024 / 1024) * 10) / 10} MiB`
  const parts = [
    ...(trim.withoutAbstract > 0
      ? [`the ${trim.withoutAbstract} oldest of its ${trim.papers} papers without their abstract`]
      : []),
    ...(trim.leftOut > 0 ? [`the ${trim.leftOut} oldest papers left out`] : []),
  ]
  return `${trim.file} would pass its size budget of ${mib}, so it holds ${parts.join(' and ')}; the README and its overflow files keep every paper. Fewer keywords or a lower max-papers keep it whole.`
}
