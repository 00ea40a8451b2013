import assert from 'node:assert/strict'
import { test } from 'node:test'
import { dateProblem } from '../../../src/common/dates.js'

const at = (day: string) => Date.parse(`${day}T12:00:00Z`)

test('a date must be on the calendar and no later than tomorrow, whatever was asked before', () => {
  assert.equal(dateProblem('2026-02-28', at('2026-03-01')), undefined)
  assert.equal(dateProblem('2026-02-30', at('2026-03-01')), 'is not a calendar date')
  assert.equal(dateProblem('2024-02-29', at('2026-03-01')), undefined)
  assert.equal(dateProblem('2025-02-29', at('2026-03-01')), 'is not a calendar date')
  assert.equal(dateProblem('2026-3-01', at('2026-03-01')), 'is not a calendar date')
  assert.equal(dateProblem('2026-03-02', at('2026-03-01')), undefined, 'tomorrow (time zones ahead)')
  assert.equal(dateProblem('2026-03-03', at('2026-03-01')), 'is later than tomorrow')
  // The same dates on another day (each day's check is kept): the clock decides anew.
  assert.equal(dateProblem('2026-03-03', at('2026-03-02')), undefined)
  assert.equal(dateProblem('2026-02-28', at('2026-02-26')), 'is later than tomorrow')
  assert.equal(dateProblem('2026-02-30', at('2026-03-02')), 'is not a calendar date')
})
