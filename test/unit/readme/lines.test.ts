import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { fencedLines, keptBlockLines, lineNumberAt, splitLines } from '../../../src/readme/lines.js'

test('lines keep their offsets, CRLF or LF, and rejoin to the text', () => {
  const text = 'a\r\nbb\n\nc'
  assert.deepEqual(splitLines(text), [
    { text: 'a', start: 0, end: 1 },
    { text: 'bb', start: 3, end: 5 },
    { text: '', start: 6, end: 6 },
    { text: 'c', start: 7, end: 8 },
  ])
  assert.equal(lineNumberAt(text, 3), 2)
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ', '`') }), (random) => {
      const lines = splitLines(random)
      for (const line of lines) assert.equal(random.slice(line.start, line.end), line.text)
      assert.equal(lines.length, random.split('\n').length)
    }),
  )
})

test('fenced code as GitHub sees it: only a fence of the same character, at least as long, closes it', () => {
  const text = ['x', '```md', '````', '~~~', '```', '    ~~~', 'y', '~~~~', 'out', '    ```', 'still out'].join('\n')
  assert.deepEqual(fencedLines(splitLines(text)), [
    false, // x
    true, // ```md opens
    true, // ```` closes it (longer is fine)
    true, // ~~~ opens
    true, // ``` is text inside a ~~~ fence
    true, // indented ~~~ does not close it
    true, // y
    true, // ~~~~ closes it
    false, // out
    false, // indented four spaces: indented code, no fence
    false,
  ])
})

test('keptBlockLines: a NAME:START block counts only with its NAME:END; one left open is a line of text', () => {
  const texts = [
    '<!-- MANUAL:START -->',
    '| a | b |',
    '<!-- MANUAL:END -->',
    '<!-- NOTE:START -->',
    '## Keyword',
    '| **[P](https://arxiv.org/abs/2501.00001v1)** | 2025-01-01 |',
  ]
  assert.deepEqual(
    keptBlockLines(
      texts,
      texts.map(() => false),
    ),
    [true, true, true, false, false, false],
  )
})
