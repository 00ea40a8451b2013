import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildQueryUrl, keywordQuery, queryProblem } from '../../../src/arxiv/query.js'

test('a one-word keyword must be in title and abstract, a phrase in either (DailyArXiv)', () => {
  assert.equal(keywordQuery('RLHF'), 'ti:"RLHF" AND abs:"RLHF"')
  assert.equal(keywordQuery('Reward  Model'), 'ti:"Reward Model" OR abs:"Reward Model"')
  assert.equal(keywordQuery('say "hi"'), 'ti:"say hi" OR abs:"say hi"')
})

test('the URL percent-encodes every parameter and sorts by the chosen date, newest first', () => {
  const url = buildQueryUrl('https://export.arxiv.org/api/query', 'ti:"a b" AND cat:cs.CL', 'updated', 0, 100)
  assert.equal(
    url,
    'https://export.arxiv.org/api/query?search_query=ti%3A%22a%20b%22%20AND%20cat%3Acs.CL&sortBy=lastUpdatedDate&sortOrder=descending&start=0&max_results=100',
  )
  assert.match(
    buildQueryUrl('http://x/q', 'all:x', 'published', 25, 25),
    /sortBy=submittedDate&sortOrder=descending&start=25&max_results=25$/,
  )
  assert.equal(new URL(url).searchParams.get('search_query'), 'ti:"a b" AND cat:cs.CL')
})

test('queryProblem accepts well-formed raw queries and names what is wrong with others', () => {
  assert.equal(queryProblem('(ti:"large language model" OR abs:LLM) AND cat:cs.CL'), undefined)
  assert.equal(queryProblem('au:del_maestro ANDNOT ti:checkerboard'), undefined)
  assert.match(queryProblem('ti:"open') ?? '', /double quote/)
  assert.match(queryProblem('(ti:a OR ti:b') ?? '', /without a matching "\)"/)
  assert.match(queryProblem('ti:a)') ?? '', /without a matching "\("/)
  assert.match(queryProblem('ti:a AND') ?? '', /starts or ends/)
  assert.match(queryProblem('title:x') ?? '', /not an arXiv search field/)
  assert.match(queryProblem('  ') ?? '', /empty/)
})
