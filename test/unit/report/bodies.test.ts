import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { SectionChange } from '../../../src/plan/merge.js'
import type { Paper } from '../../../src/readme/model.js'
import { GITHUB_BODY_LIMIT, issueBody, pullRequestBody } from '../../../src/report/bodies.js'
import { parseGfm, visibleText } from '../../support/gfm.js'
import { heldPaper, arxivId } from '../../support/papers.js'

const paper = (n: number, title = `Paper ${n}`, comment = ''): Paper =>
  heldPaper(n, { id: arxivId(n, '2501'), version: 2, title, date: '2025-01-02', comment })

const change = (title: string, added: Paper[], removed: Paper[] = [], revised: Paper[] = []): SectionChange => ({
  title,
  papers: added,
  added,
  removed,
  revised,
  restored: [],
  excluded: [],
})

test('the pull request body lists new papers per keyword, revisions and what max-papers pushed out', () => {
  const body = pullRequestBody(
    [change('Reward Model', [paper(1), paper(2)], [paper(9)], [paper(3)]), change('Quiet', [])],
    { readmePath: 'README.md', failures: [{ title: 'Broken' }] },
  )
  assert.match(body, /adds \*\*2 new papers\*\* from arXiv to `README\.md`/)
  assert.match(
    body,
    /### Reward Model: 2 new\n\n- \[Paper 1\]\(https:\/\/arxiv\.org\/abs\/2501\.00001v2\) \(2025-01-02\)\n- \[Paper 2\]/,
  )
  assert.match(body, /1 paper updated to a newer version/)
  assert.match(body, /1 older paper left the section: `max-papers` keeps the newest/)
  assert.doesNotMatch(body, /### Quiet/)
  assert.match(body, /Not updated this time \(arXiv failed\): Broken/)
})

test('hostile titles cannot add links or HTML to a body', () => {
  const body = issueBody(
    [change('K', [paper(1, '[x](javascript:alert(1)) <img src=x onerror=alert(1)>', '</details>')])],
    () => true,
  )
  const tree = JSON.stringify(parseGfm(body))
  assert.doesNotMatch(tree, /"url":"javascript/)
  assert.doesNotMatch(tree, /"type":"html"/)
})

test("bodies stay under GitHub's limit and say when they were shortened", () => {
  const many = Array.from({ length: 3000 }, (_, i) =>
    paper(i, `A long title about something rather interesting, number ${i}`, 'twelve pages and a few figures'),
  )
  const pr = pullRequestBody([change('Big', many)], { readmePath: 'README.md', failures: [] })
  // The issue lists 15 papers a keyword: many keywords make it long.
  const keywords = Array.from({ length: 300 }, (_, k) => change(`Keyword ${k}`, many.slice(k * 10, k * 10 + 20)))
  const issue = issueBody(keywords, () => true)
  for (const body of [pr, issue]) {
    assert.ok(body.length < GITHUB_BODY_LIMIT, `${body.length}`)
    assert.match(
      body,
      /\d+ more papers not shown: the list was shortened to stay under GitHub's 65,536-character limit/,
    )
  }
})

test('the issue lists only the papers new in this run, with comments and no abstracts', () => {
  const body = issueBody(
    [change('K', [paper(1, 'Kept', 'Accepted at X'), paper(2, 'Already announced')])],
    (p: Paper) => p.id !== '2501.00002',
  )
  assert.match(body, /## K\n\n- \[Kept\]\([^)]+\) \(2025-01-02\): Accepted at X\n/)
  assert.doesNotMatch(body, /Already announced|abstract/)
})

test('the papers a body lists as new are read back only when the body describes the branch head', async () => {
  const { listedInBody, pullRequestMarker } = await import('../../../src/report/bodies.js')
  const body = `- [A paper](https://arxiv.org/abs/2511.00001v2), X (2025-11-01)\n${pullRequestMarker('README.md', 'abc123')}\n`
  assert.deepEqual([...(listedInBody(body, 'abc123') ?? [])], ['2511.00001'])
  assert.equal(listedInBody(body, 'def456'), undefined, 'a body left behind by a failed update lists too little')
  assert.equal(listedInBody(body.replace(' head=abc123', ''), 'abc123'), undefined)
})

test('the pull request body says why papers left: pushed out by max-papers, or matching exclude', () => {
  const body = pullRequestBody([{ ...change('Alpha', [paper(1)], [paper(2), paper(3)]), excluded: [paper(3)] }], {
    readmePath: 'README.md',
    failures: [],
  })
  const text = visibleText(parseGfm(body))
  assert.match(text, /1 older paper left the section: max-papers keeps the newest\./)
  assert.match(text, /1 paper left the section: it matches exclude\./)
})

test('a byline or title holding ](https://arxiv.org/abs/...) cannot change which papers a body lists', async () => {
  const { listedInBody } = await import('../../../src/report/bodies.js')
  const hostile = paper(1, 'Title](https://arxiv.org/abs/2599.99998v1) x')
  const byline = { ...paper(2), authors: ['Eve](https://arxiv.org/abs/2599.99999v1)', 'Bob'] }
  const body = pullRequestBody([change('K', [hostile, byline])], {
    readmePath: 'README.md',
    failures: [],
    head: 'abc1',
  })
  assert.deepEqual([...(listedInBody(body, 'abc1') ?? [])].sort(), [arxivId(1, '2501'), arxivId(2, '2501')])
  // As GitHub renders it, each paper's title links to that paper.
  const titleLinks: string[] = []
  const walk = (node: { type: string; url?: string; children?: unknown[] }): void => {
    if (node.type === 'link' && node.url && visibleText(node as never).startsWith('Title')) titleLinks.push(node.url)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(parseGfm(body))
  assert.deepEqual(titleLinks, [`https://arxiv.org/abs/${arxivId(1, '2501')}v2`])
})
