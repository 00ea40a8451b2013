import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { escapeCell, unescapeCell } from '../../../src/readme/cells.js'

test('escapeCell leaves nothing that a table, a link or HTML could act on', () => {
  const escaped = escapeCell('a|b\\c`d[e]f<g>h&i')
  assert.equal(escaped, 'a\\|b\\\\c\\`d\\[e\\]f&lt;g&gt;h&amp;i')
  assert.doesNotMatch(escaped, /<|>|(?<!\\)\|/)
})

test('unescapeCell reverses escapeCell for any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      assert.equal(unescapeCell(escapeCell(text)), text)
    }),
    { numRuns: 2000 },
  )
})

test('unescapeCell reads entities and backslash escapes of hand-written and older READMEs', () => {
  assert.equal(unescapeCell('Tom &amp; Jerry &#124; &#x7C; \\* \\alpha'), 'Tom & Jerry | | * \\alpha')
  assert.equal(unescapeCell('&bogus; &#0;'), '&bogus; &#0;')
})

test("HTML's named character references in a README written by hand read as GitHub shows them", () => {
  assert.equal(unescapeCell('Caf&eacute; &ndash; na&iuml;ve &amp; &Omega;'), 'Café – naïve & Ω')
  assert.equal(unescapeCell('&notanentity; &#x26; &#38;'), '&notanentity; & &')
})
