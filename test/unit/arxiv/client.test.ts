import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseRetryAfter } from '../../../src/arxiv/client.js'

test('Retry-After in seconds or as an HTTP date', () => {
  const now = Date.parse('2026-11-26T12:00:00Z')
  assert.equal(parseRetryAfter('7', now), 7000)
  assert.equal(parseRetryAfter('Thu, 26 Nov 2026 12:00:30 GMT', now), 30_000)
  assert.equal(parseRetryAfter('Thu, 26 Nov 2026 11:00:00 GMT', now), 0)
  assert.equal(parseRetryAfter('soon', now), undefined)
  assert.equal(parseRetryAfter(null, now), undefined)
})
