import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseRetryAfter } from '../../src/arxiv/client.js'
import { categoryMatches, entryToPaper } from '../../src/arxiv/fetch.js'
import { isExcluded } from '../../src/common/text.js'

test('Retry-After in seconds or as an HTTP date', () => {
  const now = Date.parse('2026-11-26T12:00:00Z')
  assert.equal(parseRetryAfter('7', now), 7000)
  assert.equal(parseRetryAfter('Thu, 26 Nov 2026 12:00:30 GMT', now), 30_000)
  assert.equal(parseRetryAfter('Thu, 26 Nov 2026 11:00:00 GMT', now), 0)
  assert.equal(parseRetryAfter('soon', now), undefined)
  assert.equal(parseRetryAfter(null, now), undefined)
})

test('categories: an archive matches its subjects, a subject only itself', () => {
  assert.ok(categoryMatches('cs', 'cs.CL'))
  assert.ok(categoryMatches('cs.CL', 'cs.CL'))
  assert.ok(categoryMatches('astro-ph', 'astro-ph'))
  assert.ok(categoryMatches('astro-ph', 'astro-ph.GA'))
  assert.ok(!categoryMatches('cs.CL', 'cs.CLX'))
  assert.ok(!categoryMatches('cs', 'csx.AI'))
  assert.ok(!categoryMatches('cs.C', 'cs.CL'))
})

test('exclude matches words and phrases in title or abstract, without case', () => {
  assert.ok(isExcluded({ title: 'A SURVEY of things', abstract: '' }, ['survey']))
  assert.ok(isExcluded({ title: 'x', abstract: 'we present a position paper' }, ['position paper']))
  assert.ok(!isExcluded({ title: 'x', abstract: 'position and paper' }, ['position paper']))
  assert.ok(!isExcluded({ title: 'x', abstract: 'y' }, []))
})

test('sort-by picks the date a row shows: last update or first version', () => {
  const entry = {
    id: '2501.00001',
    version: 3,
    title: 't',
    abstract: 'a',
    comment: '',
    updated: '2025-03-04T10:00:00Z',
    published: '2025-01-02T23:59:59Z',
    categories: [],
    authors: [],
    doi: '',
    journalRef: '',
  }
  assert.equal(entryToPaper(entry, 'updated').date, '2025-03-04')
  assert.equal(entryToPaper(entry, 'published').date, '2025-01-02')
})
