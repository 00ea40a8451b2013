import assert from 'node:assert/strict'
import { test } from 'node:test'
import { trimMessage, trimmedDigest, withinBudget } from '../../../src/publish/budget.js'
import type { Digest } from '../../../src/readme/model.js'
import { heldPaper } from '../../support/papers.js'

const digest: Digest = {
  lastUpdate: '2025-11-28',
  sections: [
    { title: 'A', papers: [1, 3, 5].map((n) => heldPaper(n, { abstract: 'x'.repeat(100) })).reverse() },
    { title: 'B', papers: [2, 3, 4].map((n) => heldPaper(n, { abstract: 'x'.repeat(100) })).reverse() },
  ],
}
const render = (d: Digest): string => JSON.stringify(d.sections.map((s) => s.papers))

test('a file that fits is rendered once, whole', () => {
  let renders = 0
  const { text, trim } = withinBudget('f.json', digest, (d) => (renders++, render(d)), 10_000)
  assert.equal(text, render(digest))
  assert.equal(trim, undefined)
  assert.equal(renders, 1)
})

test('over its budget, a file holds fewer abstracts, oldest first, then fewer papers, and never passes the budget', () => {
  const size = (text: string) => Buffer.byteLength(text)
  const whole = size(render(digest))
  for (const budget of [0.9, 0.7, 0.5, 0.3, 0.1].map((part) => Math.floor(whole * part))) {
    const { text, trim } = withinBudget('f.json', digest, render, budget)
    assert.ok(size(text) <= budget, `${budget}: ${size(text)}`)
    assert.ok(trim)
    assert.equal(trim.papers, 5)
    const kept = JSON.parse(text) as { id: string; abstract: string }[][]
    const ids = [...new Set(kept.flat().map((p) => p.id))]
    // What is kept is the newest: every kept paper is newer than every left one; likewise abstracts.
    assert.equal(ids.length, 5 - trim.leftOut)
    const withAbstract = new Set(
      kept
        .flat()
        .filter((p) => p.abstract !== '')
        .map((p) => p.id),
    )
    assert.equal(withAbstract.size, 5 - trim.leftOut - trim.withoutAbstract)
    // One paper more would not fit (the cut is as small as it can be).
    const more =
      trim.leftOut > 0
        ? trimmedDigest(digest, 0, 5 - trim.leftOut + 1)
        : trimmedDigest(digest, 5 - trim.withoutAbstract + 1, 5)
    assert.ok(size(render(more)) > budget)
    assert.match(trimMessage(trim), /^f\.json would pass its size budget/)
  }
})

test('trimmedDigest ranks papers across sections, each once (a paper in two sections is cut in both)', () => {
  const cut = trimmedDigest(digest, 1, 3)
  assert.deepEqual(
    cut.sections.map((s) => s.papers.map((p) => [p.id, p.abstract !== ''])),
    [
      [
        [heldPaper(5).id, true],
        [heldPaper(3).id, false],
      ],
      [
        [heldPaper(4).id, false],
        [heldPaper(3).id, false],
      ],
    ],
  )
})
