import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLValidator } from 'fast-xml-parser'
import fc from 'fast-check'
import type { Digest, Paper } from '../../../src/readme/model.js'
import { feedSlugs, publishedFiles } from '../../../src/publish/publish.js'
import { heldPaper } from '../../support/papers.js'

const paper = (title: string, abstract = 'a', comment = ''): Paper =>
  heldPaper(1, { version: 2, title, date: '2025-11-02', abstract, comment })
const options = {
  readmePath: 'README.md',
  feedDir: 'feeds',
  jsonPath: 'digest.json',
  queries: new Map([['K', 'all:k']]),
}

test('text a person typed into the README (controls, lone surrogates, U+FFFE, ]]>) never breaks a feed', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, abstract) => {
      const digest: Digest = {
        lastUpdate: '2025-11-02',
        sections: [{ title: 'K', papers: [paper(`${title}]]>&<`, abstract, '\u0001\uD800\uFFFE')] }],
      }
      const { files } = publishedFiles(digest, options)
      for (const file of ['feeds/k.xml', 'feeds/all.xml']) {
        const xml = files.get(file)!
        assert.equal(XMLValidator.validate(xml), true, file)
        assert.equal(parseFeed(xml).items.length, 1)
      }
      assert.equal(
        (JSON.parse(files.get('digest.json')!) as { keywords: { papers: unknown[] }[] }).keywords[0]!.papers.length,
        1,
      )
    }),
    { numRuns: 300 },
  )
})

test('feed names are unique, and never all.xml, whatever the keywords', () => {
  assert.deepEqual(
    [...feedSlugs(['A+B', 'A-B', 'All', 'ñ'])],
    [
      ['A+B', 'a-b'],
      ['A-B', 'a-b-2'],
      ['All', 'all-2'],
      ['ñ', 'n'],
    ],
  )
})
