import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  closest,
  ignoredInputs,
  refuseBracketedList,
  suggestMode,
  suggestZone,
  unknownInputs,
} from '../../../src/settings/mistakes.js'

test('inputs the action does not define are named, with the input they may mean', () => {
  const warnings = unknownInputs({
    INPUT_KEYWORD: 'Reward Model',
    INPUT_MAX_PAPERS: '5',
    'INPUT_MAX-PAPERS': '100',
    'INPUT_SORT-BY': 'updated',
    INPUT_COLOUR: 'red',
    PATH: '/bin',
  })
  assert.deepEqual(warnings, [
    'Input "colour" is not an input of this action, so it does nothing; the inputs are listed in the README',
    'Input "keyword" is not an input of this action, so it does nothing (did you mean "keywords"?); the inputs are listed in the README',
    'Input "max_papers" is not an input of this action, so it does nothing (did you mean "max-papers"?); the inputs are listed in the README',
  ])
})

test('inputs a mode never reads are named when set, and not when left at their defaults', () => {
  const values: Record<string, string> = {
    issue: 'true',
    'pr-title': 'Update arXiv papers',
    'pr-draft': 'false',
    base: 'dev',
  }
  const read = (name: string) => values[name] ?? ''
  assert.deepEqual(
    ignoredInputs('local', read).map((warning) => /^Input "([^"]+)"/.exec(warning)?.[1]),
    ['base', 'issue'],
  )
  assert.deepEqual(ignoredInputs('commit', (name) => (name === 'pr-labels' ? 'papers' : '')).length, 1)
  assert.deepEqual(ignoredInputs('pull-request', read), [])
})

test('modes and time zones people write get a suggestion', () => {
  assert.equal(suggestMode('pr'), 'pull-request')
  assert.equal(suggestMode('pull_request'), 'pull-request')
  assert.equal(suggestMode('comit'), 'commit')
  assert.equal(suggestZone('Beijing'), 'Asia/Shanghai')
  assert.equal(suggestZone('tokyo'), 'Asia/Tokyo')
  assert.equal(suggestZone('Europe/Berln'), 'Europe/Berlin')
  assert.equal(suggestZone('PST'), 'America/Los_Angeles')
  assert.equal(closest('zzzz', ['local', 'commit']), undefined)
})

test('a list in brackets is refused with the form to write', () => {
  assert.throws(
    () => refuseBracketedList('categories', '[cs.LG, "stat.ML"]'),
    /Input "categories": looks like a YAML list in brackets \("\[cs\.LG, \\"stat\.ML\\"\]"\), which the action reads as text; write the items separated by commas or one per line: "categories: cs\.LG, stat\.ML"/,
  )
  assert.doesNotThrow(() => refuseBracketedList('categories', 'cs.LG, stat.ML'))
})
