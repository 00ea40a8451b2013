import type { Paper } from '../../src/readme/model.js'
import type { UpdateOptions } from '../../src/plan/update.js'
import { arxivId, heldPaper } from './papers.js'

/* What the size-budget tests share: papers long enough to overflow a small budget, and a plan's options. */

/** Paper n of January 2025, its abstract long enough that a few hundred overflow 64 KiB. */
export const longPaper = (n: number): Paper =>
  heldPaper(n, {
    id: arxivId(n, '2501'),
    date: `2025-01-${String((n % 28) + 1).padStart(2, '0')}`,
    abstract: 'An abstract of some length. '.repeat(20).trim(),
  })

export const longPapers = (from: number, count: number): Paper[] =>
  Array.from({ length: count }, (_, i) => longPaper(from + i))

/** A README in docs/ with a 64 KiB budget. */
export const BUDGET_OPTIONS: UpdateOptions = {
  readmePath: 'docs/README.md',
  maxPapers: 200,
  exclude: [],
  today: '2025-02-01',
  budgetBytes: 64 * 1024,
}

/** A plan's files other than the README, as the next run reads them back. */
export function overflowTexts(files: ReadonlyMap<string, string | null>): Map<string, string | undefined> {
  return new Map(
    [...files].filter(([file]) => file !== BUDGET_OPTIONS.readmePath).map(([file, text]) => [file, text ?? undefined]),
  )
}
