import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { DEFAULTS, defaultPrBranch, Inputs, SettingsError } from '../../../src/settings/inputs.js'

const ACTION = readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8')

/** The `default:` action.yml gives an input ('' when it gives none). */
function actionDefault(name: string): string {
  const block = new RegExp(`^  ${name}:\\n((?:    .*\\n)+)`, 'm').exec(ACTION)?.[1] ?? ''
  return /^ {4}default: '(.*)'$/m.exec(block)?.[1] ?? ''
}

test('the defaults in the code are those action.yml states (or action.yml leaves the input empty)', () => {
  for (const [name, value] of Object.entries(DEFAULTS)) {
    assert.ok(Object.values(Inputs).includes(name as never), `${name} is an input`)
    assert.ok([value, ''].includes(actionDefault(name)), `${name}: action.yml says ${actionDefault(name)}`)
  }
  // max-papers is left empty in action.yml so that the action knows it was not set (adoption).
  assert.equal(actionDefault(Inputs.MaxPapers), '')
})

test('a SettingsError names the input and what it accepts', () => {
  const error = new SettingsError(Inputs.MaxPapers, 'must be a whole number')
  assert.equal(error.message, 'Input "max-papers": must be a whole number')
  assert.equal(error.name, 'SettingsError')
})

test('the update branch is named after the base and the README when they are not the defaults', () => {
  assert.equal(defaultPrBranch(undefined, 'README.md'), 'arxiv-daily/update')
  assert.equal(defaultPrBranch('dev', 'README.md'), 'arxiv-daily/update-dev')
  assert.equal(defaultPrBranch(undefined, 'docs/ML.md'), 'arxiv-daily/update-docs-ml-md')
  assert.equal(defaultPrBranch('release/1.x', 'x..y.md'), 'arxiv-daily/update-release-1-x-x-y-md')
})
