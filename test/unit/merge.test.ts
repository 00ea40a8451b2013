import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { mergeSection } from '../../src/digest/merge.js'
import type { Paper } from '../../src/digest/model.js'
import { dateIn, newPapers, planUpdate } from '../../src/digest/update.js'

const p = (id: string, date: string, version = 1, title = `Paper ${id}`): Paper => ({
  id,
  version,
  title,
  date,
  abstract: 'a',
  comment: '',
})

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

test('planUpdate: nothing new means the same bytes and no new date', () => {
  const options = { readmePath: 'README.md', maxPapers: 5, exclude: [], today: '2025-03-01', budgetBytes: 450 * 1024 }
  const first = planUpdate('# Hi\n', [{ title: 'K', papers: [p('1', '2025-01-01')] }], options)
  assert.equal(first.changed, true)
  assert.match(first.text, /Last update: 2025-03-01/)
  const second = planUpdate(first.text, [{ title: 'K', papers: [p('1', '2025-01-01')] }], {
    ...options,
    today: '2025-03-02',
  })
  assert.equal(second.changed, false)
  assert.equal(second.text, first.text)
})

test('planUpdate: sections follow the keywords; removed keywords go; a failed keyword keeps its section', () => {
  const options = { readmePath: 'README.md', maxPapers: 5, exclude: [], today: '2025-03-01', budgetBytes: 450 * 1024 }
  const start = planUpdate(
    undefined,
    [
      { title: 'A', papers: [p('1', '2025-01-01')] },
      { title: 'B', papers: [p('2', '2025-01-01')] },
      { title: 'C', papers: [] },
    ],
    options,
  )
  const next = planUpdate(
    start.text,
    [
      { title: 'B', error: 'arXiv answered HTTP 503' },
      { title: 'A', papers: [p('3', '2025-02-01')] },
    ],
    options,
  )
  assert.deepEqual(
    next.digest.sections.map((s) => s.title),
    ['B', 'A'],
  )
  assert.deepEqual(next.digest.sections[0]?.papers, [p('2', '2025-01-01')])
  assert.deepEqual(
    newPapers(next.changes).map((x) => x.id),
    ['3'],
  )
  assert.deepEqual(next.failures, [{ title: 'B', error: 'arXiv answered HTTP 503' }])
})

test('planUpdate: exclude words drop papers, also those already shown', () => {
  const options = {
    readmePath: 'README.md',
    maxPapers: 5,
    exclude: ['survey'],
    today: '2025-03-01',
    budgetBytes: 450 * 1024,
  }
  const held = planUpdate(undefined, [{ title: 'A', papers: [p('1', '2025-01-01', 1, 'A Survey of X')] }], {
    ...options,
    exclude: [],
  })
  const next = planUpdate(
    held.text,
    [{ title: 'A', papers: [p('2', '2025-01-02', 1, 'SURVEY again'), p('3', '2025-01-02')] }],
    options,
  )
  assert.deepEqual(
    next.digest.sections[0]?.papers.map((x) => x.id),
    ['3'],
  )
})

test('planUpdate: sections and rows reordered by hand are understood and put back in order', () => {
  const options = { readmePath: 'README.md', maxPapers: 5, exclude: [], today: '2025-03-01', budgetBytes: 450 * 1024 }
  const start = planUpdate(
    undefined,
    [
      { title: 'A', papers: [p('1', '2025-01-01'), p('2', '2025-01-02')] },
      { title: 'B', papers: [p('3', '2025-01-01')] },
    ],
    options,
  )
  const lines = start.text.split('\n')
  const rowA = (id: string) => lines.findIndex((line) => line.includes(`abs/${id}v1`))
  // Swap the two rows of A, then move section B above A.
  ;[lines[rowA('1')], lines[rowA('2')]] = [lines[rowA('2')]!, lines[rowA('1')]!]
  const edited = lines.join('\n')
  const a = edited.indexOf('## A')
  const b = edited.indexOf('## B')
  const end = edited.indexOf('\n<!-- arxiv-daily:end -->')
  const reordered =
    edited.slice(0, a) + edited.slice(b, end) + '\n\n' + edited.slice(a, b).trimEnd() + edited.slice(end)
  assert.ok(reordered.indexOf('## B') < reordered.indexOf('## A'))
  const next = planUpdate(
    reordered,
    [
      { title: 'A', papers: [] },
      { title: 'B', papers: [] },
    ],
    { ...options, today: '2025-03-02' },
  )
  assert.deepEqual(
    next.digest.sections.map((s) => [s.title, s.papers.map((x) => x.id)]),
    [
      ['A', ['2', '1']],
      ['B', ['3']],
    ],
  )
  assert.equal(next.changed, true)
})

test('dateIn gives the calendar date in the chosen time zone', () => {
  const instant = new Date('2025-03-01T23:30:00Z')
  assert.equal(dateIn('UTC', instant), '2025-03-01')
  assert.equal(dateIn('Asia/Tokyo', instant), '2025-03-02')
  assert.equal(dateIn('America/Los_Angeles', instant), '2025-03-01')
})
