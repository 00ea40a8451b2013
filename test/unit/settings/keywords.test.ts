import assert from 'node:assert/strict'
import { test } from 'node:test'
import { categoryProblem, parseColumns, parseKeywords } from '../../../src/settings/keywords.js'

test('keywords: one per line, commas split, raw queries verbatim', () => {
  assert.deepEqual(parseKeywords('Reward Model\nRLHF, DPO\n\nLLM agents = (ti:agent AND cat:cs.CL)\n'), [
    { title: 'Reward Model', query: 'ti:"Reward Model" OR abs:"Reward Model"' },
    { title: 'RLHF', query: 'ti:"RLHF" AND abs:"RLHF"' },
    { title: 'DPO', query: 'ti:"DPO" AND abs:"DPO"' },
    { title: 'LLM agents', query: '(ti:agent AND cat:cs.CL)' },
  ])
})

test("columns: DailyArXiv's names without case, Title and Date always first", () => {
  assert.deepEqual(parseColumns('tags, Title, Code, Date, pdf'), ['Title', 'Date', 'Tags', 'Code', 'PDF'])
  assert.equal(parseColumns(''), undefined)
  // A fork's own column keeps its name; whether the README has it is the run's to check.
  assert.deepEqual(parseColumns('KiMi'), ['Title', 'Date', 'KiMi'])
  assert.throws(() => parseColumns('Code, code'), /Input "columns": names "Code" twice; name each column once/)
})

test('categories: a known archive or category passes; a mistaken one is named with the way out', () => {
  for (const category of ['cs', 'cs.CL', 'astro-ph.GA', 'hep-th', 'math.AG'])
    assert.equal(categoryProblem(category), undefined)
  assert.match(categoryProblem('cs.cl') ?? '', /did you mean "cs\.CL"\? \(categories are case-sensitive/)
  assert.match(categoryProblem('cs.XX') ?? '', /those of "cs" are cs\.AI, .*cs\.CL/)
  assert.match(categoryProblem('biology') ?? '', /not an arXiv category or archive such as "cs"/)
})
