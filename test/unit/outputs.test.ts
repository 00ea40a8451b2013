import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { NewPaper } from '../../src/plan/update.js'
import { fitNewPapers, Outputs } from '../../src/outputs.js'

const paper = (n: number): NewPaper => ({
  id: `2511.${String(n).padStart(5, '0')}`,
  title: `Paper ${n}`,
  url: `https://arxiv.org/abs/2511.${String(n).padStart(5, '0')}v1`,
  date: `2025-11-${String(n).padStart(2, '0')}`,
  keyword: 'Alpha',
})

test('new-papers: every paper, newest first, when they fit; else the newest that fit and a count of the rest', () => {
  const papers = [paper(1), paper(3), paper(2)]
  const all = fitNewPapers(papers)
  assert.equal(all.left, 0)
  assert.deepEqual(
    (JSON.parse(all.json) as NewPaper[]).map((p) => p.date),
    ['2025-11-03', '2025-11-02', '2025-11-01'],
  )
  const one = Buffer.byteLength(JSON.stringify(paper(1))) + 1
  const cut = fitNewPapers(papers, 2 + 2 * one)
  assert.equal(cut.left, 1)
  assert.deepEqual(
    (JSON.parse(cut.json) as NewPaper[]).map((p) => p.id),
    ['2511.00003', '2511.00002'],
  )
  assert.ok(Buffer.byteLength(cut.json) <= 2 + 2 * one)
})

test('output names are the ones action.yml declares (checked against it in test/project/docs.test.ts)', () => {
  assert.equal(Outputs.NewPapers, 'new-papers')
  assert.equal(new Set(Object.values(Outputs)).size, Object.values(Outputs).length)
})
