import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { parseReadme, renderReadme } from '../../../src/readme/document.js'
import { END_MARKER, START_MARKER } from '../../../src/readme/render.js'

const SAMPLE = readFileSync(new URL('../../fixtures/dailyarxiv-readme-sample.md', import.meta.url), 'utf8')

test('the sample DailyArXiv README is adopted: every paper kept, text above untouched', () => {
  const document = parseReadme(SAMPLE, 'README.md')
  assert.equal(document.origin, 'adopted')
  assert.equal(document.digest.lastUpdate, '2025-03-13')
  assert.deepEqual(
    document.digest.sections.map((s) => s.title),
    ['Reward Model'],
  )
  const rows = SAMPLE.split('\n').filter((line) => line.startsWith('| **['))
  assert.equal(document.digest.sections[0]?.papers.length, rows.length)
  assert.equal(document.digest.sections[0]?.papers[0]?.id, '2503.08295')
  const rendered = renderReadme(document, { ...document.digest, lastUpdate: '2025-03-14' })
  assert.ok(rendered.startsWith(SAMPLE.slice(0, SAMPLE.indexOf('Last update:'))))
  assert.ok(rendered.includes(`${START_MARKER}\nLast update: 2025-03-14\n`))
  assert.ok(rendered.endsWith(`${END_MARKER}\n`))
  assert.deepEqual(parseReadme(rendered, 'README.md').digest.sections, document.digest.sections)
})

test('a paper table the action cannot read is refused, never appended beside', () => {
  const under =
    '# Mine\n\n### K\n| **Title** | **Date** | **Authors** |\n| --- | --- | --- |\n| **[T](http://arxiv.org/abs/2501.00001v1)** | 2025-01-01 | A |\n'
  assert.throws(
    () => parseReadme(under, 'README.md'),
    /^ReadmeFormatError: README\.md line 4: the header of a paper table "\| \*\*Title.*not under a "## Keyword" heading.*Nothing was written/,
  )
  const noDate =
    '## K\n| **Title** | **Summary** |\n| --- | --- |\n| **[T](http://arxiv.org/abs/2501.00001v1)** | x |\n'
  assert.throws(() => parseReadme(noDate, 'README.md'), /README\.md line 4: a row of arXiv papers/)
})

test('a README with a table of arXiv papers under a heading, in a layout the action cannot read, is refused, not appended to', () => {
  const summary = [
    '# Papers',
    '',
    '## SAM3',
    '| Paper | AI Summary |',
    '|---|---|',
    '| [One](https://arxiv.org/abs/2501.00001) | A summary. |',
    '| [Two](https://arxiv.org/abs/2501.00002) | Another. |',
    '',
  ].join('\n')
  assert.throws(
    () => parseReadme(summary, 'README.md'),
    /README\.md line 6: a row of arXiv papers "\| \[One\].*cannot adopt/,
  )
  // A single link to a paper in a table of one's own is prose, not a digest.
  const prose =
    '# Project\n\n## Publications\n| Venue | Paper |\n|---|---|\n| ICML | [Ours](https://arxiv.org/abs/2501.00003) |\n'
  assert.equal(parseReadme(prose, 'README.md').origin, 'appended')
})

test("a fork's own date line directly above the digest is the digest's; one without a date, or far too long, is text", () => {
  const readme = (line: string) =>
    `# Papers\n\n${line}\n\n## Reward Model\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n| **[T](http://arxiv.org/abs/2503.08295v1)** | 2025-03-11 | <details><summary>Show</summary><p>A</p></details> |  |\n`
  for (const line of [
    'Last update: 2026-08-21 08:15:02',
    '**Last Update:** 2026/08/21',
    'Last updated: 2026-8-21 (UTC+8)',
  ]) {
    const document = parseReadme(readme(line), 'README.md', { keywords: ['Reward Model'] })
    assert.equal(document.origin, 'adopted')
    assert.equal(document.digest.lastUpdate, '2026-08-21', line)
    assert.equal(
      renderReadme(document, document.digest).includes(line),
      false,
      `${line} is rewritten in DailyArXiv's form`,
    )
  }
  for (const line of ['Last updated: whenever it runs', `Last update: 2026-08-21 ${'x '.repeat(80)}`]) {
    const document = parseReadme(readme(line), 'README.md', { keywords: ['Reward Model'] })
    assert.equal(document.digest.lastUpdate, undefined, line.slice(0, 40))
    assert.ok(renderReadme(document, document.digest).includes(line), 'kept as text')
  }
})

test('a heading with a closing sequence (## Reward Model ##) names its keyword, as GitHub shows it, and is kept as written', () => {
  const text = SAMPLE.replace('## Reward Model', '## Reward Model ##')
  const document = parseReadme(text, 'README.md', { keywords: ['Reward Model'] })
  assert.equal(document.origin, 'adopted')
  assert.deepEqual(
    document.digest.sections.map((section) => section.title),
    ['Reward Model'],
  )
  assert.ok(renderReadme(document, document.digest).includes('\n## Reward Model ##\n'))
})
