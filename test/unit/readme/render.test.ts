import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderRow } from '../../../src/readme/render.js'
import { samplePaper } from '../../support/papers.js'

const paper = samplePaper

test('rows are rendered exactly in DailyArXiv format, long comments folded', () => {
  assert.equal(
    renderRow(paper()),
    '| **[D3PO: Preference-Based Alignment](https://arxiv.org/abs/2503.08295v1)** | 2025-03-11 | <details><summary>Show</summary><p>Diffusion models.</p></details> |  |',
  )
  assert.match(renderRow(paper({ comment: 'Short comment here' })), / \| Short comment here \|$/)
  assert.match(
    renderRow(paper({ comment: '12 pages, 4 figures, accepted' })),
    / \| <details><summary>12 pa\.\.\.<\/summary><p>12 pages, 4 figures, accepted<\/p><\/details> \|$/,
  )
})
