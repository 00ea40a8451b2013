import assert from 'node:assert/strict'
import { test } from 'node:test'
import { categoryMatches, entryToPaper, firstRequestSize } from '../../../src/arxiv/fetch.js'
import type { Paper } from '../../../src/readme/model.js'
import { heldPaper } from '../../support/papers.js'

// The rule that prices a daily run: how many results the first request of a full section asks for.

const onDays = (dates: readonly string[]): Paper[] =>
  dates.map((date, i) => heldPaper(i, { title: 't', date, abstract: '' }))
const tenDays = onDays(Array.from({ length: 10 }, (_, i) => `2025-11-${String(i + 1).padStart(2, '0')}`))

const cases: { name: string; papers: Paper[]; cutoff: string; today: string; max: number; size: number }[] = [
  // 8 papers in the window, one a day for one day since the newest, ×1.5, plus 5 of room.
  {
    name: 'a paper a day, the day after',
    papers: tenDays,
    cutoff: '2025-11-03',
    today: '2025-11-11',
    max: 100,
    size: 8 + 2 + 5,
  },
  {
    name: 'the same day as the newest paper counts as one day',
    papers: tenDays,
    cutoff: '2025-11-03',
    today: '2025-11-10',
    max: 100,
    size: 15,
  },
  { name: 'ten days of pause', papers: tenDays, cutoff: '2025-11-03', today: '2025-11-20', max: 100, size: 8 + 15 + 5 },
  { name: 'never more than max-papers', papers: tenDays, cutoff: '2025-11-03', today: '2025-11-20', max: 20, size: 20 },
  {
    name: 'a hundred papers on one day',
    papers: onDays(Array.from({ length: 100 }, () => '2025-11-10')),
    cutoff: '2025-11-03',
    today: '2025-11-11',
    max: 100,
    size: 100,
  },
  {
    name: 'a slow keyword: ten papers over a hundred days',
    papers: onDays(
      Array.from({ length: 10 }, (_, i) =>
        new Date(Date.UTC(2025, 7, 1) + i * 11 * 86_400_000).toISOString().slice(0, 10),
      ),
    ),
    cutoff: '2025-10-31',
    today: '2025-11-08',
    max: 100,
    size: 1 + 1 + 5,
  },
]

for (const { name, papers, cutoff, today, max, size } of cases) {
  test(`firstRequestSize: ${name}`, () => {
    assert.equal(firstRequestSize(papers, cutoff, today, max), size)
  })
}

test('categories: an archive matches its subjects, a subject only itself', () => {
  assert.ok(categoryMatches('cs', 'cs.CL'))
  assert.ok(categoryMatches('cs.CL', 'cs.CL'))
  assert.ok(categoryMatches('astro-ph', 'astro-ph'))
  assert.ok(categoryMatches('astro-ph', 'astro-ph.GA'))
  assert.ok(!categoryMatches('cs.CL', 'cs.CLX'))
  assert.ok(!categoryMatches('cs', 'csx.AI'))
  assert.ok(!categoryMatches('cs.C', 'cs.CL'))
})

test('sort-by picks the date a row shows: last update or first version', () => {
  const entry = {
    id: '2501.00001',
    version: 3,
    title: 't',
    abstract: 'a',
    comment: '',
    updated: '2025-03-04T10:00:00Z',
    published: '2025-01-02T23:59:59Z',
    categories: [],
    authors: [],
    doi: '',
    journalRef: '',
  }
  assert.equal(entryToPaper(entry, 'updated').date, '2025-03-04')
  assert.equal(entryToPaper(entry, 'published').date, '2025-01-02')
})
