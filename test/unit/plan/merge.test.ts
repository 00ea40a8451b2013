import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { mergeSection } from '../../../src/plan/merge.js'
import type { Paper } from '../../../src/readme/model.js'
import { heldPaper } from '../../support/papers.js'

const p = (id: string, date: string, version = 1, title = `Paper ${id}`): Paper =>
  heldPaper(0, { id, version, title, date, abstract: 'a' })

test('a newer version replaces the older row; an equal version keeps the row as it is', () => {
  const result = mergeSection(
    'K',
    [p('1', '2025-01-01', 1, 'old')],
    [p('1', '2025-02-01', 2, 'new'), p('2', '2025-01-05')],
    10,
  )
  assert.deepEqual(
    result.papers.map((x) => [x.id, x.version, x.title]),
    [
      ['1', 2, 'new'],
      ['2', 1, 'Paper 2'],
    ],
  )
  assert.deepEqual(
    result.revised.map((x) => x.id),
    ['1'],
  )
  assert.deepEqual(
    result.added.map((x) => x.id),
    ['2'],
  )
  const same = mergeSection('K', [p('1', '2025-01-01', 2, 'kept')], [p('1', '2025-01-01', 2, 'refetched')], 10)
  assert.equal(same.papers[0]?.title, 'kept')
})

test('order is date descending then id descending, whatever order arXiv answered in; cut to max', () => {
  const fetched = [
    p('2501.00001', '2025-01-01'),
    p('2501.00003', '2025-01-02'),
    p('2501.00002', '2025-01-02'),
    p('2412.99999', '2024-12-31'),
  ]
  const result = mergeSection('K', [p('2412.00001', '2024-12-01')], fetched, 3)
  assert.deepEqual(
    result.papers.map((x) => x.id),
    ['2501.00003', '2501.00002', '2501.00001'],
  )
  assert.deepEqual(
    result.removed.map((x) => x.id),
    ['2412.00001'],
  )
  assert.equal(result.added.length, 3)
})

test('merging is independent of answer order and idempotent on a consistent arXiv snapshot', () => {
  // A version has one date, as on arXiv: the date follows from id and version.
  const make = (id: number, version: number) =>
    p(String(id), `2025-01-0${((id * 7 + version) % 9) + 1}`, version, `t${version}`)
  const entry = fc.record({ id: fc.integer({ min: 1, max: 40 }), version: fc.integer({ min: 1, max: 3 }) })
  const unique = (min: number) => fc.uniqueArray(entry, { selector: (x) => x.id, minLength: min, maxLength: 30 })
  fc.assert(
    fc.property(unique(0), unique(0), fc.integer({ min: 1, max: 30 }), (heldRaw, fetchedRaw, max) => {
      const latest = new Map(fetchedRaw.map((x) => [x.id, x.version]))
      const held = heldRaw.map((x) => make(x.id, Math.min(x.version, latest.get(x.id) ?? x.version)))
      const fetched = fetchedRaw.map((x) => make(x.id, x.version))
      const once = mergeSection('K', held, fetched, max)
      assert.deepEqual(mergeSection('K', held, [...fetched].reverse(), max).papers, once.papers)
      assert.deepEqual(mergeSection('K', once.papers, fetched, max).papers, once.papers)
      assert.ok(once.papers.length <= max)
    }),
  )
})
