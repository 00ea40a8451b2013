import assert from 'node:assert/strict'
import { test } from 'node:test'
import { filledFrom, metadataFromFeed, withMetadata } from '../../../src/digest/metadata.js'
import type { Paper } from '../../../src/digest/model.js'

const v2: Paper = { id: '2611.00210', version: 2, title: 'T', date: '2026-11-27', abstract: 'A', comment: '' }

test("filledFrom takes what all versions share from another version, never that version's own date, DOI or journal reference", () => {
  const v1 = {
    version: 1,
    authors: ['A. Author', 'B. Author'],
    updated: '2026-11-24T12:00:00Z',
    doi: '10.1/x',
    published: '2026-11-24T12:00:00Z',
  }
  const filled = filledFrom(v2, v1)
  assert.deepEqual(filled.authors, ['A. Author', 'B. Author'])
  assert.equal(filled.published, '2026-11-24T12:00:00Z')
  assert.equal(filled.updated, undefined, 'v1 was updated then, not v2')
  assert.equal(filled.doi, undefined)
  // Metadata of the same version, or of no known version, fills everything.
  assert.equal(filledFrom(v2, { ...v1, version: 2 }).updated, '2026-11-24T12:00:00Z')
  assert.equal(filledFrom(v2, { updated: '2026-11-27T12:00:00Z' }).updated, '2026-11-27T12:00:00Z')
})

test('a feed read back knows the version of each entry, so a newer row keeps its own date', () => {
  const feed = `<entry>
    <id>https://arxiv.org/abs/2611.00210</id>
    <link rel="alternate" type="text/html" href="https://arxiv.org/abs/2611.00210v1"/>
    <updated>2026-11-24T12:00:00Z</updated>
    <author><name>A. Author</name></author>
  </entry>`
  const known = metadataFromFeed(feed)
  assert.equal(known.get('2611.00210')?.version, 1)
  const digest = withMetadata({ lastUpdate: undefined, sections: [{ title: 'K', papers: [v2] }] }, known)
  const paper = digest.sections[0]!.papers[0]!
  assert.deepEqual(paper.authors, ['A. Author'])
  assert.equal(paper.updated, undefined)
})
