import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { digestSchema, PAPER_FIELDS, paperRecord } from '../../../src/publish/fields.js'
import { metadataFromJson, metadataOf } from '../../../src/publish/metadata.js'
import type { Paper } from '../../../src/readme/model.js'

test('the schema file is the one the list of fields describes (npm run schema writes it)', () => {
  const file = JSON.parse(
    readFileSync(new URL('../../../schema/digest.schema.json', import.meta.url), 'utf8'),
  ) as unknown
  assert.deepEqual(file, digestSchema())
})

test('every metadata field written to the JSON is read back as it was, for the version it was written for', () => {
  const paper: Paper = {
    id: 'math.GT/0309136',
    version: 3,
    title: 'T',
    date: '2026-11-27',
    abstract: 'A',
    comment: '',
    authors: ['A', 'B'],
    categories: ['math.GT'],
    published: '2003-09-09T00:00:00Z',
    updated: '2026-11-27T00:00:00Z',
    doi: '10.1/x',
    journalRef: 'J. 1',
    tldr: 'Short.',
    relevance: { score: 7, reason: 'Close.' },
  }
  const json = JSON.stringify({
    version: 1,
    updated: null,
    keywords: [{ title: 'K', query: '', papers: [paperRecord(paper)] }],
  })
  assert.deepEqual(metadataFromJson(json).get(paper.id), metadataOf(paper))
  assert.deepEqual(
    Object.keys(paperRecord(paper)),
    PAPER_FIELDS.filter((field) => field.name !== 'title_translated').map((field) => field.name),
  )
  // Anything where a keyword or a paper should be is skipped; a value of the wrong type is not taken.
  const odd = `{"version":1,"keywords":[null,7,{"papers":[null,"x",${JSON.stringify(paperRecord(paper))}]}]}`
  assert.deepEqual([...metadataFromJson(odd).keys()], [paper.id])
  const wrong = json.replace('"authors":["A","B"]', '"authors":"A, B"').replace('"doi":"10.1/x"', '"doi":7')
  assert.equal(metadataFromJson(wrong).get(paper.id)?.authors, undefined)
  assert.equal(metadataFromJson(wrong).get(paper.id)?.doi, undefined)
})
