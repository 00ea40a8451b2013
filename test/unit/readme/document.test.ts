import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { normalizeText } from '../../../src/common/text.js'
import { parseReadme, renderReadme } from '../../../src/readme/document.js'
import type { Paper } from '../../../src/readme/model.js'
import { END_MARKER, START_MARKER } from '../../../src/readme/render.js'
import type { Heading } from 'mdast'
import { planUpdate } from '../../../src/plan/update.js'
import { parseKeywords } from '../../../src/settings/keywords.js'
import { parseGfm, tables, visibleText } from '../../support/gfm.js'
import { heldPaper, samplePaper } from '../../support/papers.js'

const paper = samplePaper

test('bytes outside the markers are kept exactly: CRLF, BOM, no trailing newline', () => {
  const text = `\uFEFF# Mine\r\n\r\nintro  \r\n${START_MARKER}\r\nLast update: 2025-01-01\r\n${END_MARKER}\r\ntail text`
  const document = parseReadme(text, 'README.md')
  assert.equal(document.eol, '\r\n')
  const digest = { lastUpdate: '2025-02-02', sections: [{ title: 'A', papers: [paper()] }] }
  const rendered = renderReadme(document, digest)
  assert.ok(rendered.startsWith(`\uFEFF# Mine\r\n\r\nintro  \r\n${START_MARKER}\r\n`))
  assert.ok(rendered.endsWith(`\r\n${END_MARKER}\r\ntail text`))
  assert.doesNotMatch(rendered.replace(/\r\n/g, ''), /\n/)
  const back = parseReadme(rendered, 'README.md').digest
  assert.deepEqual(
    { lastUpdate: back.lastUpdate, sections: back.sections.map(({ title, papers }) => ({ title, papers })) },
    digest,
  )
})

test('a README with neither markers nor a digest gets the region appended; a missing one is created', () => {
  const appended = parseReadme('# Project\n\nSome text.', 'README.md')
  assert.equal(appended.origin, 'appended')
  const text = renderReadme(appended, { lastUpdate: '2025-01-01', sections: [] })
  assert.ok(text.startsWith('# Project\n\nSome text.\n\n<!-- arxiv-daily:start -->\n'))
  const created = parseReadme(undefined, 'README.md')
  assert.equal(created.origin, 'created')
  assert.match(
    renderReadme(created, { lastUpdate: '2025-01-01', sections: [] }),
    /^# .+\n\n<!-- arxiv-daily:start -->\nLast update: 2025-01-01\n<!-- arxiv-daily:end -->\n$/,
  )
})

const hostile = [
  'a | b || c',
  'back\\slash \\| and \\\\',
  '</details></p><script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '`code | with pipe` and ``double``',
  '$|U_{e3}|^2 < 10^{-3}$ and $a|b$',
  'ctrl\u0001\u0007chars\u007f',
  '\u202eright-to-left override\u202c and \u200fmark',
  'x'.repeat(5000),
  '&amp; &lt;already&gt; &#124; entities',
  '* not a list',
  '# not a heading',
  '<!-- arxiv-daily:end -->',
]

function checkTable(papers: Paper[]): void {
  const document = parseReadme(undefined, 'README.md')
  const text = renderReadme(document, { lastUpdate: '2025-01-01', sections: [{ title: 'K', papers }] })
  const [table, ...rest] = tables(parseGfm(text))
  assert.equal(rest.length, 0)
  assert.ok(table)
  assert.equal(table.children.length, papers.length + 1)
  papers.forEach((expected, index) => {
    const row = table.children[index + 1]!
    assert.equal(row.children.length, 4, `row ${index} keeps four cells`)
    const [titleCell, , abstractCell] = row.children
    assert.equal(visibleText(titleCell!), expected.title)
    // Tags are HTML nodes; the text between them is what GitHub shows, entities decoded.
    assert.equal(visibleText(abstractCell!), `Show${expected.abstract}`)
  })
  assert.deepEqual(parseReadme(text, 'README.md').digest.sections[0]?.papers, papers)
}

test('hostile text keeps the table shape (checked with a GFM parser) and reads back as written', () => {
  const clean = (text: string) => normalizeText(text)
  const papers = hostile.map((text, i) =>
    paper({
      id: `2501.0000${i}`,
      title: clean(text.slice(0, 300)),
      abstract: clean(text),
      comment: clean(text),
      date: `2025-01-${String(20 - i).padStart(2, '0')}`,
    }),
  )
  checkTable(papers)
})

test('any text round-trips through render and parse, and the table keeps its shape', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 60 }).map(normalizeText)
  fc.assert(
    fc.property(
      fc.array(fc.record({ title: text.filter((t) => t !== ''), abstract: text, comment: text }), {
        minLength: 1,
        maxLength: 5,
      }),
      (cells) => {
        const papers = cells.map((cell, i) =>
          paper({ ...cell, id: `2501.${String(10000 + i)}`, date: `2025-01-${String(28 - i).padStart(2, '0')}` }),
        )
        checkTable(papers)
      },
    ),
    { numRuns: 300 },
  )
})

test('a table with other columns inside the markers is read with its columns', () => {
  const text =
    '<!-- arxiv-daily:start -->\nLast update: 2025-01-01\n\n## K\n| **Title** | **Date** | **Authors** |\n| --- | --- | --- |\n| **[T](http://arxiv.org/abs/2501.00001v1)** | 2025-01-01 | A et al. |\n<!-- arxiv-daily:end -->\n'
  const { digest } = parseReadme(text, 'README.md')
  assert.deepEqual(digest.columns, ['Title', 'Date', 'Authors'])
  assert.deepEqual(digest.sections[0]?.papers[0]?.authors, ['A'])
  assert.equal(
    renderReadme(parseReadme(text, 'README.md'), digest),
    text
      .replace('http:', 'https:')
      .replace('<!-- arxiv-daily:start -->', '<!-- arxiv-daily:start columns=Title,Date,Authors -->'),
  )
})

test('backticks in indented code open no fence: the markers after them are real', () => {
  const text =
    '# R\n\n    ```\n    an example in indented code\n\n<!-- arxiv-daily:start -->\n<!-- arxiv-daily:end -->\n'
  const document = parseReadme(text, 'README.md')
  assert.equal(document.origin, 'markers')
  assert.equal(document.before, '# R\n\n    ```\n    an example in indented code\n\n')
})

test('lines of a fork inside and between sections stay where they are, byte for byte', () => {
  const text = [
    'Last update: 2025-01-01',
    '',
    '*Credit: adapted from DailyArXiv*',
    '<!-- MANUAL:START -->',
    '| note | table |',
    '|--|--|',
    '## not a section',
    '<!-- MANUAL:END -->',
    '',
    '## A',
    '',
    'No new papers in the last 7 days.',
    '',
    'Archive: [papers/A/](papers/A/)',
    '',
    '## B',
    '| **Title** | **Date** | **Abstract** | **Comment** |',
    '| --- | --- | --- | --- |',
    '| **[T](https://arxiv.org/abs/2501.00001v1)** | 2025-01-01 | <details><summary>Show</summary><p>A.</p></details> |  |',
    '',
    'Archive: [papers/B/](papers/B/)',
    '',
  ].join('\n')
  const document = parseReadme(text, 'README.md', { keywords: ['A', 'B'] })
  assert.equal(document.origin, 'adopted')
  assert.deepEqual(
    document.digest.sections.map((s) => s.title),
    ['A', 'B'],
  )
  const rendered = renderReadme(document, document.digest)
  const expected = `<!-- arxiv-daily:start -->\n${text.replace(/\n$/, '')}\n<!-- arxiv-daily:end -->\n`
  assert.equal(rendered, expected)
  // A paper for A: its table goes after the section's own lines, which stay.
  const paperA = { id: '2501.00009', version: 1, title: 'New', date: '2025-01-02', abstract: 'N.', comment: '' }
  const digest = {
    ...document.digest,
    sections: document.digest.sections.map((s, i) => (i === 0 ? { ...s, papers: [paperA] } : s)),
  }
  const withRows = renderReadme(parseReadme(rendered, 'README.md'), digest)
  assert.match(
    withRows,
    /\nArchive: \[papers\/A\/\]\(papers\/A\/\)\n\n\| \*\*Title\*\* \|.*\n\| --- \|.*\n\| \*\*\[New\]/,
  )
  assert.equal(renderReadme(parseReadme(withRows, 'README.md'), parseReadme(withRows, 'README.md').digest), withRows)
})

test('the record of what a section showed is hidden, ends the table, and reads back; a forged token is ignored', () => {
  const papers = [paper(), paper({ id: '2503.08296', title: 'Second' })]
  const digest = {
    lastUpdate: '2025-03-12',
    sections: [
      {
        title: 'K',
        papers,
        shown: [
          { id: '2503.08295', date: '2025-03-11' },
          { id: '2503.08296', date: '2025-03-10' },
        ],
      },
    ],
  }
  const text = renderReadme(parseReadme(undefined, 'README.md'), digest)
  const root = parseGfm(text)
  const [table] = tables(root)
  assert.equal(table?.children.length, 3, 'header and two rows')
  assert.doesNotMatch(visibleText(root), /arxiv-daily:shown|2503\.08296 /)
  const back = parseReadme(text, 'README.md').digest.sections[0]!
  assert.deepEqual(back.shown, digest.sections[0]!.shown)
  assert.equal(back.text?.tail.length, 0, 'not kept as a line of the README')
  const forged = text.replace('2025-03-10 -->', '2025-03-10 x"y@2025-01-01 2503.1@soon -->')
  assert.deepEqual(parseReadme(forged, 'README.md').digest.sections[0]!.shown, digest.sections[0]!.shown)
})

// ---- Headings: every keyword the inputs accept is a heading that reads back as its section

const headingPaper: Paper = heldPaper(1, { id: '2501.00001', title: 'T', date: '2025-01-02', abstract: 'A' })
const HOSTILE = [
  '<!-- arxiv-daily:end -->',
  '<!-- arxiv-daily:start -->',
  'Foo <b>bar</b>',
  '[x](http://e.com)',
  '*em* _u_',
  'back\\slash',
  '# lead',
  'C#',
  'x ##',
  '&amp; `code`',
  '![i](x)',
  '$x$',
  'a|b',
]

function renderTitles(titles: readonly string[]): string {
  const document = parseReadme(undefined, 'README.md')
  return renderReadme(document, {
    lastUpdate: '2025-01-02',
    sections: titles.map((title) => ({ title, papers: [headingPaper] })),
  })
}

function checkRoundTrip(titles: readonly string[]): void {
  const text = renderTitles(titles)
  const headings = parseGfm(text).children.filter(
    (node): node is Heading => node.type === 'heading' && node.depth === 2,
  )
  assert.deepEqual(headings.map(visibleText), titles, 'GitHub shows each keyword literally')
  assert.deepEqual(
    parseReadme(text, 'README.md').digest.sections.map((section) => section.title),
    titles,
    'the next run reads them back',
  )
}

test('hostile keywords render as literal headings and read back as the same sections', () => {
  checkRoundTrip(HOSTILE)
})

test('any keyword the inputs accept round-trips through its heading', () => {
  const keyword = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((text) => !/[\n,=]/.test(text))
  let accepted = 0
  fc.assert(
    fc.property(keyword, (raw) => {
      let titles: string[]
      try {
        titles = parseKeywords(raw).map((k) => k.title)
      } catch {
        return // refused by the inputs: nothing to render
      }
      accepted++
      const text = renderTitles(titles)
      assert.deepEqual(
        parseReadme(text, 'README.md').digest.sections.map((section) => section.title),
        titles,
      )
    }),
    { numRuns: 500 },
  )
  assert.ok(accepted > 200, `only ${accepted} of 500 keywords were accepted`)
})

test('wrapping a copy of a README in a fenced block changes nothing the action does to the rest', () => {
  const prose = fc.array(
    fc.constantFrom(
      'text',
      '# Title',
      '<!-- arxiv-daily:start -->',
      '<!-- arxiv-daily:end -->',
      'Last update: 2024-01-01',
      '```',
      '~~~',
      '    indented',
      '| a | b |',
      '',
    ),
    { maxLength: 8 },
  )
  const outcomes = [{ title: 'Alpha', papers: [headingPaper] }]
  const options = { readmePath: 'README.md', maxPapers: 10, exclude: [], today: '2025-02-01', budgetBytes: 1 << 20 }
  let accepted = 0
  fc.assert(
    fc.property(prose, prose, (above, below) => {
      const readme = [...above, '<!-- arxiv-daily:start -->', '<!-- arxiv-daily:end -->', ...below].join('\n')
      let plain: string
      try {
        plain = planUpdate(readme, outcomes, options).text
      } catch {
        return // a README the action refuses: the property is about the ones it accepts
      }
      accepted++
      const longest = Math.max(3, ...[...readme.matchAll(/`+|~+/g)].map((m) => m[0].length + 1))
      const fence = '`'.repeat(longest)
      const wrapper = `${fence}\n${readme}\n${fence}\n\n`
      assert.equal(planUpdate(wrapper + readme, outcomes, options).text, wrapper + plain)
    }),
    { numRuns: 300 },
  )
  assert.ok(accepted > 100, `only ${accepted} of 300 READMEs were accepted: the property says little`)
})
