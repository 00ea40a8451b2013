import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import type { Heading } from 'mdast'
import { parseReadme, renderReadme } from '../../src/digest/document.js'
import type { Paper } from '../../src/digest/model.js'
import { planUpdate } from '../../src/digest/update.js'
import { parseKeywords } from '../../src/settings/keywords.js'
import { parseGfm, visibleText } from '../support/gfm.js'

const paper: Paper = { id: '2501.00001', version: 1, title: 'T', date: '2025-01-02', abstract: 'A', comment: '' }
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
    sections: titles.map((title) => ({ title, papers: [paper] })),
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
  const outcomes = [{ title: 'Alpha', papers: [paper] }]
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
