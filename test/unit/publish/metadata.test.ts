import assert from 'node:assert/strict'
import { test } from 'node:test'
import { filledFrom, metadataFromFeed, withMetadata } from '../../../src/publish/metadata.js'
import { feedXml } from '../../../src/publish/feed.js'
import type { Paper } from '../../../src/readme/model.js'

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
  const v1: Paper = { ...v2, version: 1, authors: ['A. Author'], updated: '2026-11-24T12:00:00Z' }
  const known = metadataFromFeed(feedXml('feeds/k.xml', 'K', [{ paper: v1, keywords: ['K'] }], undefined, 'README.md'))
  assert.equal(known.get('2611.00210')?.version, 1)
  const digest = withMetadata({ lastUpdate: undefined, sections: [{ title: 'K', papers: [v2] }] }, known)
  const paper = digest.sections[0]!.papers[0]!
  assert.deepEqual(paper.authors, ['A. Author'])
  assert.equal(paper.updated, undefined)
})

test('a feed is read back with an XML parser: every field the writer wrote, whatever its text holds', () => {
  const paper: Paper = {
    ...v2,
    title: 'A <b>bold</b> & "quoted" title',
    authors: ['Ann <Lee>', 'Bo & Co', 'Cé "Q"'],
    categories: ['cs.CL', 'cs.AI'],
    published: '2026-11-20T10:00:00Z',
    updated: '2026-11-27T10:00:00Z',
    doi: '10.1000/<x>&y',
    journalRef: 'J. "Q" & R. 1 (2026)',
  }
  const xml = feedXml('feeds/k.xml', 'K', [{ paper, keywords: ['K & L'] }], undefined, 'README.md')
  assert.deepEqual(metadataFromFeed(xml).get(paper.id), {
    version: 2,
    authors: paper.authors,
    categories: paper.categories,
    published: paper.published,
    updated: paper.updated,
    doi: paper.doi,
    journalRef: paper.journalRef,
  })
  // An entry that names no author (feeds of the first versions) gives nothing; a text that is no feed of the action's neither.
  assert.equal(metadataFromFeed(feedXml('f.xml', 'K', [{ paper: v2, keywords: [] }], undefined, 'README.md')).size, 0)
  assert.equal(metadataFromFeed(xml.replace(/<!-- arxiv-daily:feed[^>]*-->/, '')).size, 0)
  assert.equal(metadataFromFeed('<feed><entry>').size, 0)
})
