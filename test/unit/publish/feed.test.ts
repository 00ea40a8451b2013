import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { feedXml, isOwnFeed, rawUrl, xmlText } from '../../../src/publish/feed.js'
import { heldPaper } from '../../support/papers.js'

const site = { serverUrl: 'https://github.com', repository: 'octo/papers', branch: 'main' }

test('a feed names each paper with its authors, dates and categories, as a feed reader reads it', () => {
  const paper = heldPaper(1, {
    version: 2,
    title: 'Attention & <everything>',
    authors: ['Ada Lovelace', 'Alan Turing'],
    categories: ['cs.CL'],
    published: '2025-10-01T09:00:00Z',
    updated: '2025-11-02T10:00:00Z',
    comment: '9 pages',
  })
  const xml = feedXml('feeds/alpha.xml', 'arXiv papers: Alpha', [{ paper, keywords: ['Alpha'] }], site, 'README.md')
  assert.ok(isOwnFeed(xml))
  const feed = parseFeed(xml)
  assert.equal(feed.title, 'arXiv papers: Alpha')
  assert.equal(feed.self, rawUrl(site, 'feeds/alpha.xml'))
  const [item] = feed.items
  assert.equal(item?.title, 'Attention & <everything>')
  assert.equal(item?.url, 'https://arxiv.org/abs/2511.00001v2')
  assert.deepEqual(
    item?.authors.map((author) => author.name),
    ['Ada Lovelace', 'Alan Turing'],
  )
  assert.equal(item?.updated?.toISOString(), '2025-11-02T10:00:00.000Z')
  assert.equal(item?.published?.toISOString(), '2025-10-01T09:00:00.000Z')
  assert.deepEqual(
    item?.categories.map((category) => category.term),
    ['Alpha', 'cs.CL'],
  )
  assert.match(item?.description ?? '', /Comment: 9 pages/)
})

test('text XML cannot hold is dropped, markup is escaped; a feed without the mark is not the action own', () => {
  assert.equal(xmlText('a\u0000b\uFFFE<c> & "d"'), 'ab&lt;c&gt; &amp; &quot;d&quot;')
  assert.ok(!isOwnFeed('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>'))
})
