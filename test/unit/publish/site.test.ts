import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import type { Digest } from '../../../src/readme/model.js'
import { isOwnSiteFile, SERVED_PAPERS, siteFiles, sitePaths } from '../../../src/publish/site.js'
import { heldPaper } from '../../support/papers.js'

const HOSTILE = '</script><script>alert(1)</script><!-- \u2028'
const digest: Digest = {
  lastUpdate: '2025-11-20',
  sections: [
    { title: 'Alpha', papers: [heldPaper(1, { title: HOSTILE, abstract: `Abstract ${HOSTILE}` }), heldPaper(2)] },
  ],
}

test('the page allows only its own inline script and style, by hash, and no other origin', () => {
  const page = siteFiles(digest, 'docs').get('docs/index.html')!
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? ''
  const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
  assert.equal(scripts.length, 1, 'one inline script')
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  assert.ok(policy.includes(`script-src ${sha(scripts[0]!)}`), policy)
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? ''
  assert.ok(policy.includes(sha(style)), policy)
  assert.match(policy, /default-src 'none'/)
  assert.match(policy, /connect-src 'self'/)
})

test("arXiv's text reaches the page escaped in the served list and as data in papers.json", () => {
  const files = siteFiles(digest, 'docs')
  const page = files.get('docs/index.html')!
  assert.equal([...page.matchAll(/<script/g)].length, 1, 'the page holds its own script only')
  assert.ok(page.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), 'the title is text')
  const record = JSON.parse(files.get('docs/papers.json')!) as { fields: string[]; papers: unknown[][] }
  const hostile = record.papers.find((row) => row[record.fields.indexOf('id')] === '2511.00001')
  assert.equal(hostile?.[record.fields.indexOf('title')], HOSTILE)
  const abstracts = JSON.parse(files.get('docs/abstracts.json')!) as { abstracts: Record<string, string> }
  assert.equal(abstracts.abstracts['2511.00001'], `Abstract ${HOSTILE}`)
})

test('the same digest gives the same bytes; the files are the action own, a person file is not', () => {
  const first = siteFiles(digest, 'site')
  assert.deepEqual([...first.keys()], sitePaths('site'))
  assert.deepEqual(siteFiles(digest, 'site'), first)
  for (const text of first.values()) assert.ok(isOwnSiteFile(text))
  assert.ok(!isOwnSiteFile('<!doctype html><title>My lab</title>'))
  assert.ok(!isOwnSiteFile('{"abstracts": {}}'))
})

test('index.html serves the newest SERVED_PAPERS papers as a list and says where the rest are; papers.json holds all', () => {
  const many: Digest = {
    lastUpdate: '2025-11-28',
    sections: [
      {
        title: 'Alpha',
        papers: Array.from({ length: SERVED_PAPERS + 5 }, (_, i) =>
          heldPaper(i + 1, { date: `2025-${i < 5 ? '12' : '11'}-01` }),
        ),
      },
    ],
  }
  const files = siteFiles(many, 'docs')
  const page = files.get('docs/index.html')!
  assert.equal([...page.matchAll(/<li class="paper">/g)].length, SERVED_PAPERS)
  assert.ok(page.includes(`The newest ${SERVED_PAPERS} of ${SERVED_PAPERS + 5} papers are listed here`))
  assert.equal((JSON.parse(files.get('docs/papers.json')!) as { papers: unknown[] }).papers.length, SERVED_PAPERS + 5)
  // A digest that fits lists every paper and says nothing of the rest.
  assert.ok(!siteFiles(digest, 'docs').get('docs/index.html')!.includes('are listed here'))
})
