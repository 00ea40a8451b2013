import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { escapeCell, unescapeCell } from '../../src/digest/cells.js'
import { firstCodePoints, longerThan, normalizeText } from '../../src/common/text.js'

test('normalizeText collapses whitespace and control characters and trims', () => {
  assert.equal(normalizeText('  a\n  b\t\tc\r\n'), 'a b c')
  assert.equal(normalizeText('a\u0000b\u0007c\u009fd'), 'a b c d')
  assert.equal(normalizeText('\u200fرسالة\u200e'), '\u200fرسالة\u200e')
})

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

test('code point helpers never split a surrogate pair', () => {
  assert.equal(firstCodePoints('𝔸𝔹ℂ𝔻𝔼𝔽', 5), '𝔸𝔹ℂ𝔻𝔼')
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.oneof(fc.constantFrom('\ud835', '\udd38', '𝔸', 'a'), fc.string({ unit: 'binary', maxLength: 1 })),
      }),
      fc.integer({ min: 0, max: 30 }),
      (text, n) => {
        assert.equal(firstCodePoints(text, n), Array.from(text).slice(0, n).join(''))
        assert.equal(longerThan(text, n), Array.from(text).length > n)
      },
    ),
  )
})

test('normalizeText agrees with the plain regular expression on any text', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.oneof(
          fc.constantFrom(' ', '\u00a0', '\u2003', '\u3000', '\ufeff', '\n', '\t', '\u0085', '\u2028', 'a'),
          fc.string({ unit: 'binary', maxLength: 1 }),
        ),
      }),
      (text) => {
        // eslint-disable-next-line no-control-regex
        assert.equal(normalizeText(text), text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim())
      },
    ),
    { numRuns: 3000 },
  )
})

test("HTML's named character references in a README written by hand read as GitHub shows them", () => {
  assert.equal(unescapeCell('Caf&eacute; &ndash; na&iuml;ve &amp; &Omega;'), 'Café – naïve & Ω')
  assert.equal(unescapeCell('&notanentity; &#x26; &#38;'), '&notanentity; & &')
})
