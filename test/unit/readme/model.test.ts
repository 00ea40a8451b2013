import assert from 'node:assert/strict'
import { test } from 'node:test'
import { comparePapers, keywordsById, newestAcross, paperUrl, windowStart } from '../../../src/readme/model.js'
import { heldPaper } from '../../support/papers.js'

test('papers sort newest first, then by id; the window reaches back days from the newest date', () => {
  const papers = [
    heldPaper(1, { date: '2025-11-02' }),
    heldPaper(3, { date: '2025-11-02' }),
    heldPaper(2, { date: '2025-11-05' }),
  ]
  assert.deepEqual(
    [...papers].sort(comparePapers).map((p) => p.id),
    ['2511.00002', '2511.00003', '2511.00001'],
  )
  assert.equal(windowStart(papers, 7), '2025-10-29')
  assert.equal(windowStart([], 7), undefined)
  assert.equal(paperUrl({ id: 'hep-th/9901001', version: 2 }), 'https://arxiv.org/abs/hep-th/9901001v2')
})

test('across sections a paper counts once, at its newest version, and knows every keyword it is under', () => {
  const sections = [
    { title: 'Alpha', papers: [heldPaper(1, { version: 1 }), heldPaper(2)] },
    { title: 'Beta', papers: [heldPaper(1, { version: 2 })] },
  ]
  const newest = newestAcross(sections, 10)
  assert.deepEqual(
    newest.map((p) => [p.id, p.version]),
    [
      ['2511.00002', 1],
      ['2511.00001', 2],
    ],
  )
  assert.equal(newestAcross(sections, 1).length, 1)
  assert.deepEqual(keywordsById(sections).get('2511.00001'), ['Alpha', 'Beta'])
})
