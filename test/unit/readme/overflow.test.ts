import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseReadme } from '../../../src/readme/document.js'
import { planUpdate } from '../../../src/plan/update.js'
import { overflowPaths } from '../../../src/plan/overflow-files.js'
import { slug } from '../../../src/readme/overflow.js'
import { parseGfm, tables } from '../../support/gfm.js'
import { BUDGET_OPTIONS, longPapers, overflowTexts } from '../../support/overflow.js'

const papers = longPapers
const options = BUDGET_OPTIONS

test('papers beyond the size budget move to linked files, and come back whole on the next run', () => {
  const outcomes = [
    { title: 'Reward Model', papers: papers(1, 120) },
    { title: 'RLHF', papers: papers(500, 30) },
  ]
  const first = planUpdate(undefined, outcomes, options)
  assert.ok(Buffer.byteLength(first.text) <= options.budgetBytes)
  // Every section shows the same number of newest papers; the small section fits whole.
  assert.deepEqual([...first.files.keys()].sort(), ['docs/README.md', 'docs/papers/reward-model.md'])
  const readme = parseReadme(first.text, options.readmePath).digest
  const inline = readme.sections.map((s) => s.papers.length)
  assert.ok(inline[0]! < 120 && inline[0]! > 0)
  assert.equal(inline[1], 30)
  assert.match(first.text, /More: \[\d+ older papers\]\(papers\/reward-model\.md\)/)
  const moved = parseReadme(first.files.get('docs/papers/reward-model.md')!, 'docs/papers/reward-model.md').digest
    .sections[0]!.papers
  assert.equal(inline[0]! + moved.length, 120)
  assert.match(first.files.get('docs/papers/reward-model.md')!, /\[README\.md\]\(\.\.\/README\.md\)/)
  for (const text of first.files.values())
    for (const table of tables(parseGfm(text!))) for (const row of table.children) assert.equal(row.children.length, 4)
  assert.deepEqual(overflowPaths(parseReadme(first.text, options.readmePath), options.readmePath), [
    'docs/papers/reward-model.md',
  ])

  const again = planUpdate(first.text, outcomes, {
    ...options,
    overflowTexts: overflowTexts(first.files),
    today: '2025-02-02',
  })
  assert.equal(again.changed, false, 'nothing new: nothing written')
  assert.equal(again.digest.sections[0]!.papers.length, 120)

  const bigger = planUpdate(
    first.text,
    [
      { title: 'Reward Model', papers: [] },
      { title: 'RLHF', papers: [] },
    ],
    { ...options, overflowTexts: overflowTexts(first.files), budgetBytes: 1024 * 1024 },
  )
  assert.equal(bigger.changed, true, 'a larger budget brings the papers back')
  assert.equal(bigger.files.get('docs/papers/reward-model.md'), null)
  assert.equal(parseReadme(bigger.text, options.readmePath).digest.sections[0]!.papers.length, 120)
})

test('names Windows reserves (CON, NUL, AUX, COM1, LPT9) get a suffix, so a checkout works everywhere', () => {
  assert.deepEqual(['CON', 'nul', 'Aux', 'COM1', 'LPT9', 'Console', 'con.txt'].map(slug), [
    'con-keyword',
    'nul-keyword',
    'aux-keyword',
    'com1-keyword',
    'lpt9-keyword',
    'console',
    'con-txt',
  ])
})
