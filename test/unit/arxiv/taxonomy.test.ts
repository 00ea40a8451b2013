import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ARXIV_ARCHIVES, ARXIV_CATEGORIES } from '../../../src/arxiv/taxonomy.js'

test('the category list: each once, each an archive (hep-th) or a subject of one the list names (cs.CL)', () => {
  assert.equal(new Set(ARXIV_CATEGORIES).size, ARXIV_CATEGORIES.length)
  assert.equal(new Set(ARXIV_ARCHIVES).size, ARXIV_ARCHIVES.length)
  for (const category of ARXIV_CATEGORIES) {
    assert.match(category, /^[a-z-]+(\.[A-Za-z-]+)?$/, category)
    assert.ok(ARXIV_ARCHIVES.includes(category.split('.')[0]!), `${category}'s archive is listed`)
  }
  for (const known of ['cs.CL', 'cs.LG', 'stat.ML', 'astro-ph.GA', 'q-bio.NC', 'math.AG'])
    assert.ok(ARXIV_CATEGORIES.includes(known), known)
})
