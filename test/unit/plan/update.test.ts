import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Paper } from '../../../src/readme/model.js'
import { dateIn, newPapers, planUpdate } from '../../../src/plan/update.js'
import { heldPaper } from '../../support/papers.js'

const p = (id: string, date: string, version = 1, title = `Paper ${id}`): Paper =>
  heldPaper(0, { id, version, title, date, abstract: 'a' })

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
