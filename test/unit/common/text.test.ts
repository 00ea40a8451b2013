import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { firstCodePoints, isExcluded, longerThan, normalizeText } from '../../../src/common/text.js'

test('exclude matches words and phrases in title or abstract, without case', () => {
  assert.ok(isExcluded({ title: 'A SURVEY of things', abstract: '' }, ['survey']))
  assert.ok(isExcluded({ title: 'x', abstract: 'we present a position paper' }, ['position paper']))
  assert.ok(!isExcluded({ title: 'x', abstract: 'position and paper' }, ['position paper']))
  assert.ok(!isExcluded({ title: 'x', abstract: 'y' }, []))
})

test('normalizeText collapses whitespace and control characters and trims', () => {
  assert.equal(normalizeText('  a\n  b\t\tc\r\n'), 'a b c')
  assert.equal(normalizeText('a\u0000b\u0007c\u009fd'), 'a b c d')
  assert.equal(normalizeText('\u200fرسالة\u200e'), '\u200fرسالة\u200e')
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
