import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseReadme } from '../../../src/readme/document.js'
import { planUpdate } from '../../../src/plan/update.js'
import { overflowPaths } from '../../../src/plan/overflow-files.js'
import { BUDGET_OPTIONS, longPaper, longPapers, overflowTexts } from '../../support/overflow.js'

const paper = longPaper
const papers = longPapers
const options = BUDGET_OPTIONS

test('a hand-written overflow link that leaves the papers folder is not followed', () => {
  const text =
    '<!-- arxiv-daily:start -->\nLast update: 2025-01-01\n\n## K\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n\nMore: [3 older papers](../../etc/passwd.md)\n<!-- arxiv-daily:end -->\n'
  // Not the action's link: a line of the README's own, kept as it is and never followed.
  const document = parseReadme(text, 'README.md')
  assert.deepEqual(overflowPaths(document, 'README.md'), [])
  assert.deepEqual(document.digest.sections[0]?.text?.tail, ['', 'More: [3 older papers](../../etc/passwd.md)'])
  assert.deepEqual(
    overflowPaths(parseReadme(text.replace('../../etc/passwd.md', 'papers/k.md'), 'docs/README.md'), 'docs/README.md'),
    ['docs/papers/k.md'],
  )
})

test('an overflow file whose papers did not change is not rewritten when another section changes on a later day', () => {
  const outcomes = [
    { title: 'Reward Model', papers: papers(1, 120) },
    { title: 'RLHF', papers: papers(500, 30) },
  ]
  const first = planUpdate(undefined, outcomes, options)
  // A new version of an RLHF paper: the same row size, so the layout stays as it was.
  const revised = { ...paper(500), version: 2 }
  const later = planUpdate(first.text, [outcomes[0]!, { title: 'RLHF', papers: [revised, ...papers(501, 29)] }], {
    ...options,
    overflowTexts: overflowTexts(first.files),
    today: '2025-02-03',
  })
  assert.equal(later.papersChanged, true)
  assert.deepEqual([...later.files.keys()], ['docs/README.md'], 'only the README is written')
  assert.match(later.text, /Last update: 2025-02-03/)
})
