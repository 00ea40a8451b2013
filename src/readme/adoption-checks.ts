import type { Digest } from './model.js'

/*
 * What the run that adopts a README (one without the action's markers) must settle before it
 * asks arXiv anything: a section the keywords do not name would be deleted with its papers, and
 * a section longer than `max-papers` would be cut. Neither happens without the user's word.
 */

/** Edit distance (Levenshtein) without case, for "did you mean". */
export function distance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const row = [i]
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost))
    }
    previous = row
  }
  return previous[t.length] ?? 0
}

/** The keyword closest to `title`, to suggest. */
export function closest(title: string, keywords: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const keyword of keywords) {
    const d = distance(title, keyword)
    if (d < bestDistance) [best, bestDistance] = [keyword, d]
  }
  return best
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * Why the README cannot be adopted with these settings (undefined when it can): every section
 * whose heading no keyword names, and, unless `max-papers` was set, every section holding more
 * papers than it.
 */
export function adoptionProblems(
  digest: Digest,
  keywords: readonly string[],
  maxPapers: number,
  maxPapersSet: boolean,
): string | undefined {
  const named = new Set(keywords.map((keyword) => keyword.toLowerCase()))
  const problems: string[] = []
  for (const section of digest.sections) {
    if (named.has(section.title.toLowerCase())) continue
    const suggestion = closest(section.title, keywords)
    const asKeyword = section.title.includes(',')
      ? `add it to keywords as a section title with its query, "${section.title} = <arXiv query>" (a line with commas is otherwise several keywords)`
      : `add "${section.title}" to keywords`
    problems.push(
      `The section "${section.title}" (${plural(section.papers.length, 'paper')}) matches no keyword${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; the first run would delete it. Either ${asKeyword}, or delete the section from the README by hand.`,
    )
  }
  if (!maxPapersSet) {
    const longest = Math.max(0, ...digest.sections.map((section) => section.papers.length))
    const over = digest.sections.filter((section) => section.papers.length > maxPapers)
    if (over.length > 0)
      problems.push(
        `${over.map((section) => `"${section.title}" holds ${section.papers.length} papers`).join(', ')}, more than max-papers (${maxPapers}), so the first run would drop the oldest. Set "max-papers: ${longest}" to keep every paper, or set max-papers to the number you want (the oldest papers beyond it are then dropped, and the log says how many).`,
      )
  }
  if (problems.length === 0) return undefined
  return `The README's DailyArXiv digest was not adopted, so nothing was written and nothing was asked of arXiv:\n${problems.map((problem) => `- ${problem}`).join('\n')}`
}

/** Thrown before any request when the README cannot be adopted with these settings. */
export class AdoptionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AdoptionError'
  }
}
