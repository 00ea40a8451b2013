import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseReadme } from '../../../src/readme/document.js'
import { parseRow, ReadmeFormatError } from '../../../src/readme/parse.js'
import { END_MARKER, START_MARKER } from '../../../src/readme/render.js'

test('a line the action cannot read stops with an error naming the line', () => {
  const text = `# T\n${START_MARKER}\nLast update: 2025-01-01\n\n## A\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n| mangled row |\n${END_MARKER}\n`
  assert.throws(
    () => parseReadme(text, 'README.md'),
    (error: Error) =>
      error instanceof ReadmeFormatError &&
      error.message ===
        'README.md line 8: not a row of the table "| **Title** | **Date** | **Abstract** | **Comment** |": expected the Title cell (**[Title](https://arxiv.org/abs/ID)**) at "| mangled row |"',
  )
  // Text before the first section is the README's own: kept where it is.
  const stray = `${START_MARKER}\nLast update: 2025-01-01\nhello\n${END_MARKER}`
  assert.deepEqual(parseReadme(stray, 'docs/P.md').digest.intro, ['hello'])
  assert.throws(() => parseReadme(`${START_MARKER}\n${START_MARKER}\n${END_MARKER}`, 'R.md'), /exactly one/)
  assert.throws(() => parseReadme(`${END_MARKER}\n${START_MARKER}`, 'R.md'), /line 1: .*comes before/)
})

test('older rows with http links, unescaped pipes and no version are read', () => {
  const row = parseRow(
    '| **[A | B](http://arxiv.org/abs/hep-th/9901001)** | 1999-01-01 | <details><summary>Show</summary><p>x | y</p></details> | 5 pages |',
  )
  assert.deepEqual(row, {
    id: 'hep-th/9901001',
    version: 0,
    title: 'A | B',
    date: '1999-01-01',
    abstract: 'x | y',
    comment: '5 pages',
  })
})

test('rows as DailyArXiv and its forks wrote them are read: no Comment cell, /pdf/ links, http, www. and export. hosts, extra spaces', () => {
  const rows = [
    '| **[T one](http://arxiv.org/abs/2403.11388v1)** | 2024-03-18 | <details><summary>Show</summary><p>A.</p></details> |',
    '| **[T two](https://arxiv.org/pdf/2404.07242v1)** | 2024-10-22 | <details><summary>Show</summary><p>B.</p></details> | c |',
    '| **[T three](https://www.arxiv.org/abs/2404.07243)** | 2024-10-22 | <details><summary>Show</summary><p>C.</p></details> |  |',
    '|  **[T four](http://export.arxiv.org/pdf/2404.07244v2.pdf)**  |   2024-10-22   | <details><summary>Show</summary><p>D.</p></details>   |  d  |',
  ]
  const text = `## K\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`
  const papers = parseReadme(text, 'README.md').digest.sections[0]!.papers
  assert.deepEqual(
    papers.map((p) => [p.id, p.version, p.title, p.abstract, p.comment]),
    [
      ['2403.11388', 1, 'T one', 'A.', ''],
      ['2404.07242', 1, 'T two', 'B.', 'c'],
      ['2404.07243', 0, 'T three', 'C.', ''],
      ['2404.07244', 2, 'T four', 'D.', 'd'],
    ],
  )
})

test('every unreadable line is named in one message, quoted where it goes wrong, up to 20 and then counted', () => {
  const good =
    '| **[T](https://arxiv.org/abs/2501.00001v1)** | 2025-01-01 | <details><summary>Show</summary><p>A.</p></details> | |'
  const badDate = `| **[${'A long title '.repeat(8)}](https://arxiv.org/abs/2501.00002v1)** | 2025-1-2 | <details><summary>Show</summary><p>A.</p></details> | |`
  const lines = [
    good,
    badDate,
    ...Array.from({ length: 24 }, () => '| **[T](https://example.org/x)** | 2025-01-01 | x | |'),
  ]
  const text = `## K\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n${lines.join('\n')}\n`
  assert.throws(
    () => parseReadme(text, 'README.md'),
    (error: Error) => {
      assert.ok(error instanceof ReadmeFormatError)
      assert.equal(error.problems.length, 25)
      const message = error.message.split('\n')
      assert.equal(message[0], 'README.md: 25 lines the action cannot read:')
      assert.equal(
        message[1],
        '- line 5: not a row of the table "| **Title** | **Date** | **Abstract** | **Comment** |": expected the Date cell (YYYY-MM-DD) at "...bs/2501.00002v1)** | 2025-1-2 | <details><summary>Show</summary><p>A.</p></detai..."',
      )
      assert.match(
        message[2]!,
        /^- line 6: .*expected the Title cell \(\*\*\[Title\]\(https:\/\/arxiv\.org\/abs\/ID\)\*\*\)/,
      )
      assert.equal(message.length, 1 + 20 + 1)
      assert.equal(message[21], '- and 5 more')
      return true
    },
  )
})
