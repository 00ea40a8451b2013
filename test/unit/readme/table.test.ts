import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import type { Paper } from '../../../src/readme/model.js'
import {
  DEFAULT_COLUMNS,
  headerLine,
  parseHeader,
  parseRow,
  renderRow,
  type Columns,
} from '../../../src/readme/table.js'
import { normalizeText } from '../../../src/common/text.js'
import { parseGfm, tables } from '../../support/gfm.js'
import { heldPaper } from '../../support/papers.js'

// Every row the action renders is one its own parser reads back: the same paper, whatever the
// columns, ids of both eras, and hostile text in every cell.

const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map(normalizeText)
const id = fc.oneof(
  fc
    .tuple(fc.integer({ min: 7, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99999 }))
    .map(([y, m, n]) => `${String(y).padStart(2, '0')}${String(m).padStart(2, '0')}.${String(n).padStart(5, '0')}`),
  fc
    .tuple(fc.constantFrom('hep-th', 'math.GT', 'cond-mat', 'astro-ph'), fc.integer({ min: 1, max: 9999999 }))
    .map(([archive, n]) => `${archive}/${String(n).padStart(7, '0')}`),
)
const paperArb = fc.record({
  id,
  version: fc.integer({ min: 0, max: 9 }),
  title: text.filter((t) => t !== ''),
  date: fc.constantFrom('2025-01-02', '2007-04-01', '1999-12-31'),
  abstract: text,
  comment: text,
  authors: fc.array(
    text.filter((t) => t !== '' && !t.endsWith('et al.')),
    { minLength: 1, maxLength: 3 },
  ),
  categories: fc.array(fc.constantFrom('cs.CL', 'cs.AI', 'stat.ML', 'hep-th', 'math.GT'), {
    minLength: 1,
    maxLength: 4,
  }),
})
const layouts: Columns[] = [
  DEFAULT_COLUMNS,
  ['Title', 'Date', 'Authors', 'Abstract', 'Tags', 'Comment'],
  ['Title', 'Authors', 'Abstract', 'Link', 'Tags', 'Comment', 'Date'],
  ['Date', 'Title', 'KiMi', 'Comment'],
]

test("every row renders to one GitHub shows with its header's cells, and reads back as the same paper", () => {
  fc.assert(
    fc.property(paperArb, fc.constantFrom(...layouts), (drawn, columns) => {
      const paper: Paper = { ...drawn, cells: { KiMi: 'a cell', Link: '' } }
      const row = renderRow(paper, columns)
      const read = parseRow(row, columns)
      assert.ok(read.paper, `${row} reads back: ${read.problem ?? ''}`)
      const back = read.paper
      assert.deepEqual(
        [back.id, back.version, back.title, back.date],
        [paper.id, paper.version, paper.title, paper.date],
      )
      if (columns.includes('Abstract')) assert.equal(back.abstract, paper.abstract)
      if (columns.includes('Comment')) assert.equal(back.comment, paper.comment)
      if (columns.includes('Authors')) assert.deepEqual(back.authors, drawn.authors.slice(0, 1))
      if (columns.includes('Tags')) assert.deepEqual(back.categories, drawn.categories)
      if (columns.includes('KiMi')) assert.equal(back.cells?.KiMi, 'a cell')
      assert.deepEqual(parseHeader(headerLine(columns)), columns)
      const [table] = tables(parseGfm(`${headerLine(columns)}\n| ${columns.map(() => '---').join(' | ')} |\n${row}\n`))
      assert.ok(table)
      for (const line of table.children) assert.equal(line.children.length, columns.length)
    }),
    { numRuns: 400 },
  )
})

test('Authors and Tags render as DailyArXiv writes them', () => {
  const paper: Paper = heldPaper(1, {
    id: '2501.00001',
    version: 2,
    title: 'T',
    date: '2025-01-01',
    abstract: 'A',
    authors: ['Ada Lovelace', 'Alan Turing'],
    categories: ['cs.CL', 'cs.AI'],
  })
  assert.equal(
    renderRow(paper, ['Title', 'Authors', 'Tags', 'Date']),
    '| **[T](https://arxiv.org/abs/2501.00001v2)** | Ada Lovelace et al. | <details><summary>cs.CL...</summary><p>cs.CL, cs.AI</p></details> | 2025-01-01 |',
  )
  assert.equal(renderRow({ ...paper, categories: ['cs.CL'] }, ['Title', 'Tags', 'Date']).split(' | ')[1], 'cs.CL')
})
