import assert from 'node:assert/strict'
import { test } from 'node:test'
import { adoptionProblems, closest } from '../../../src/readme/adoption-checks.js'
import type { Digest, Paper } from '../../../src/readme/model.js'
import { heldPaper } from '../../support/papers.js'

const papers = (n: number): Paper[] =>
  Array.from({ length: n }, (_, i) => heldPaper(i, { id: `2501.${i}`, title: 't', date: '2025-01-01', abstract: '' }))

test('a heading no keyword names stops the adopting run, with the closest keyword and both ways out', () => {
  const digest: Digest = { lastUpdate: undefined, sections: [{ title: 'Graph Neural Networks', papers: papers(128) }] }
  assert.equal(closest('Graph Neural Networks', ['Time Series', 'Graph Neural Network']), 'Graph Neural Network')
  assert.equal(
    adoptionProblems(digest, ['Time Series', 'Graph Neural Network'], 200, true),
    `The README's DailyArXiv digest was not adopted, so nothing was written and nothing was asked of arXiv:\n- The section "Graph Neural Networks" (128 papers) matches no keyword (did you mean "Graph Neural Network"?); the first run would delete it. Either add "Graph Neural Networks" to keywords, or delete the section from the README by hand.`,
  )
})

test('a section longer than max-papers stops the adopting run unless max-papers was set', () => {
  const digest: Digest = {
    lastUpdate: undefined,
    sections: [
      { title: 'A', papers: papers(271) },
      { title: 'B', papers: papers(470) },
      { title: 'C', papers: papers(3) },
    ],
  }
  assert.match(
    adoptionProblems(digest, ['A', 'B', 'C'], 100, false) ?? '',
    /"A" holds 271 papers, "B" holds 470 papers, more than max-papers \(100\), so the first run would drop the oldest\. Set "max-papers: 470" to keep every paper/,
  )
  assert.equal(adoptionProblems(digest, ['a', 'b', 'c'], 100, true), undefined)
})
