import assert from 'node:assert/strict'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import type { Heading } from 'mdast'
import { entry, feed, PaperArxiv, startArxivServer, type SimplePaper } from '../support/arxiv-server.js'
import { parseGfm, tables, visibleText } from '../support/gfm.js'
import { runAction, workspaceWith } from '../support/run-action.js'
import { servedPaper, arxivTime } from '../support/papers.js'

// Local mode with hostile and hand-edited text: what a user sees after each run (the job
// summary, the outputs, headings and tables as GitHub renders them).

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => arxiv.close())

const paper = (n: number, title = `Paper number ${n}`): SimplePaper =>
  servedPaper(n, { title, updated: arxivTime((n % 28) + 1) })

function run(dir: string, inputs: Record<string, string>) {
  return runAction({
    inputs: { mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0', ...inputs },
    workspace: dir,
  })
}

const headings = (markdown: string, depth: number): string[] =>
  parseGfm(markdown)
    .children.filter((node): node is Heading => node.type === 'heading' && node.depth === depth)
    .map(visibleText)

test('the job summary renders as a heading and a table with a row per keyword', async () => {
  arxiv.papers = [paper(1), paper(2)]
  const dir = workspaceWith()
  const result = await run(dir, { keywords: 'Alpha\nBeta | Gamma' })
  assert.equal(result.code, 0, result.stdout)
  const root = parseGfm(result.summary)
  assert.deepEqual(headings(result.summary, 2), ['arXiv daily digest'])
  const [table] = tables(root)
  assert.ok(table, 'a table, not pipe text')
  const rows = table.children.map((row) => row.children.map((cell) => visibleText(cell)))
  assert.deepEqual(rows, [
    ['Keyword', 'New', 'Papers in the digest', 'Status'],
    ['Alpha', '2', '2', 'ok'],
    ['Beta | Gamma', '2', '2', 'ok'],
  ])
  assert.ok(
    root.children.some((node) => node.type === 'list'),
    'the new papers are listed',
  )
})

test('5,000 new papers: the summary and the outputs stay under 1 MiB, shortened and said so; the count stays exact', async (t) => {
  const long = 'A title that runs on and on about large language models and their evaluation '.repeat(8)
  arxiv.papers = Array.from({ length: 100 }, (_, i) => ({ ...paper(i, `${long} ${i}`), comment: 'c'.repeat(300) }))
  const keywords = Array.from({ length: 50 }, (_, i) => `Keyword ${i}`).join('\n')
  const dir = workspaceWith()
  // Each keyword gets its own ids, so that 5,000 distinct papers are new.
  const perKeyword = await startArxivServer((request) => {
    const k = /Keyword (\d+)/.exec(request.url.searchParams.get('search_query') ?? '')?.[1] ?? '0'
    return { body: feed(arxiv.papers.map((p) => entry({ ...p, id: `25${k.padStart(2, '0')}.${p.id.slice(5)}` }))) }
  })
  t.after(() => perKeyword.close())
  const result = await runAction({
    inputs: { mode: 'local', 'arxiv-api-url': perKeyword.url, 'request-delay': '0', keywords },
    workspace: dir,
  })
  assert.equal(result.code, 0, result.stdout)
  assert.equal(result.outputs['new-papers-count'], '5000')
  const listed = JSON.parse(result.outputs['new-papers']!) as { date: string }[]
  assert.ok(listed.length > 0 && listed.length < 5000)
  assert.ok(Buffer.byteLength(result.outputs['new-papers']!) < 1024 * 1024)
  assert.match(
    result.stdout,
    new RegExp(
      `::warning::The new-papers output lists the newest ${listed.length} of 5000 new papers; ${5000 - listed.length} were left out`,
    ),
  )
  assert.deepEqual(
    listed.map((p) => p.date),
    [...listed.map((p) => p.date)].sort().reverse(),
    'the newest first',
  )
  const outputBytes = Object.values(result.outputs).reduce((sum, value) => sum + Buffer.byteLength(value), 0)
  assert.ok(outputBytes < 1024 * 1024, `${outputBytes} bytes of outputs`)
  assert.ok(Buffer.byteLength(result.summary) < 1024 * 1024, `${Buffer.byteLength(result.summary)} bytes of summary`)
  assert.match(
    result.summary,
    /_\d+ more papers not shown: the list was shortened to stay under GitHub's 1 MiB step summary limit\./,
  )
  assert.equal(tables(parseGfm(result.summary))[0]?.children.length, 51)
})

test('keywords with markers, HTML, links, emphasis, backslashes and a leading # show literally, and later runs read them back', async () => {
  arxiv.papers = [paper(3)]
  const keywords = [
    '<!-- arxiv-daily:end -->',
    'Foo <b>bar</b>',
    '[x](http://e.com)',
    '*em* _u_ ~s~',
    'back\\slash `code`',
    '# lead',
    'C# & $x$ !',
  ].join('\n')
  const dir = workspaceWith({ 'README.md': '# Mine\n' })
  const first = await run(dir, { keywords })
  assert.equal(first.code, 0, first.stdout)
  const readme = first.readme()!
  assert.deepEqual(headings(readme, 2), keywords.split('\n'))
  assert.doesNotMatch(
    JSON.stringify(parseGfm(readme)),
    /"type":"(link|html|emphasis|strong|delete|inlineCode)"[^}]*"value":"(bar|x|em|u|s|code)"/,
  )
  const second = await run(dir, { keywords })
  assert.equal(second.code, 0, second.stdout)
  assert.equal(second.outputs.changed, 'false')
  assert.equal(second.readme(), readme)
  arxiv.papers = [paper(3), paper(4)]
  const third = await run(dir, { keywords })
  assert.equal(third.code, 0, third.stdout)
  assert.equal(third.outputs['new-papers-count'], String(7))
  assert.deepEqual(headings(third.readme()!, 2), keywords.split('\n'))
})

const refused: [string, Record<string, string>, Record<string, string>, RegExp][] = [
  [
    'an unknown category',
    { categories: 'cs.XX' },
    {},
    /Input "categories": "cs\.XX" is not an arXiv category; those of "cs" are cs\.AI, /,
  ],
  [
    'a category in the wrong case',
    { categories: 'cs.se' },
    {},
    /Input "categories": "cs\.se" is not an arXiv category; did you mean "cs\.SE"\?/,
  ],
  [
    'a keyword of pipes',
    { keywords: '|||' },
    {},
    /Input "keywords": "\|\|\|" has nothing to search for \(no letter or digit\); give words such as "Reward Model"/,
  ],
  ['a keyword of a quote', { keywords: '"' }, {}, /Input "keywords": "\\"" has nothing to search for/],
  [
    'keywords written as a YAML list in brackets',
    { keywords: '[Reward Model, Diffusion Model]' },
    {},
    /Input "keywords": looks like a YAML list in brackets \("\[Reward Model, Diffusion Model\]"\), which the action reads as text; write one keyword per line in a block scalar:%0A {2}keywords: \|%0A {4}Reward Model%0A {4}Diffusion Model/,
  ],
  [
    'keywords written as YAML list items',
    { keywords: '- Reward Model\n- Diffusion Model' },
    {},
    /Input "keywords": has a list marker \("- Reward Model"\), which would become part of the heading/,
  ],
  [
    'a keyword in quotes',
    { keywords: '"Reward Model"' },
    {},
    /Input "keywords": has quotes around "Reward Model", which would become part of the heading and the search; phrases are searched as phrases already/,
  ],
  [
    'a keyword of punctuation and spaces',
    { keywords: ' . ; - ' },
    {},
    /Input "keywords": "\. ; -" has nothing to search for/,
  ],
  [
    'readme-path naming a folder',
    { 'readme-path': 'docs' },
    { 'docs/a.md': 'x' },
    /Input "readme-path": "docs" is a folder; name a file in it, such as "docs\/README\.md"/,
  ],
  [
    'readme-path running through a file',
    { 'readme-path': 'README.md/x' },
    { 'README.md': '# R\n' },
    /Input "readme-path": "README\.md\/x" runs through "README\.md", which is a file, not a folder/,
  ],
  [
    'empty keywords',
    { keywords: '' },
    {},
    /::error::Input "keywords": is empty; give one keyword per line, for example "Reward Model"/,
  ],
]

for (const [name, inputs, files, message] of refused) {
  test(`refused before any request, nothing written: ${name}`, async () => {
    arxiv.papers = [paper(5)]
    const dir = workspaceWith(files)
    const before = arxiv.requests.length
    const result = await run(dir, { keywords: 'Alpha', ...inputs })
    assert.equal(result.code, 1)
    assert.match(result.stdout, message)
    assert.equal(arxiv.requests.length, before, 'no arXiv request')
    const listing = readdirSync(dir, { recursive: true }).map(String).sort()
    assert.deepEqual(
      listing,
      Object.keys(files)
        .flatMap((file) => [...(file.includes('/') ? [path.dirname(file)] : []), file])
        .sort(),
    )
  })
}

const FENCED_EXAMPLE =
  '```markdown\n<!-- arxiv-daily:start -->\nLast update: 2024-01-01\n\n## Example\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n<!-- arxiv-daily:end -->\n```\n'

test('markers and DailyArXiv examples inside code are text: the example stays, the digest goes where the real markers are', async () => {
  arxiv.papers = [paper(6)]
  const top = `# Docs\n\nPut the markers \`<!-- arxiv-daily:start -->\` and \`<!-- arxiv-daily:end -->\` in your README:\n\n${FENCED_EXAMPLE}\n~~~\nLast update: 2024-05-01\n\n## Kept\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n~~~\n\n    <!-- arxiv-daily:start -->\n    indented code\n\nReal digest below.\n\n`
  const dir = workspaceWith({ 'README.md': `${top}<!-- arxiv-daily:start -->\n<!-- arxiv-daily:end -->\n\nFooter.\n` })
  const first = await run(dir, { keywords: 'Alpha' })
  assert.equal(first.code, 0, first.stdout)
  const readme = first.readme()!
  assert.ok(
    readme.startsWith(`${top}<!-- arxiv-daily:start -->\nLast update: `),
    'everything above the real markers is byte-identical',
  )
  assert.ok(readme.endsWith('<!-- arxiv-daily:end -->\n\nFooter.\n'))
  assert.match(readme, /Paper number 6/)

  const onlyInCode = workspaceWith({ 'README.md': `# Docs\n\n${FENCED_EXAMPLE}` })
  const appended = await run(onlyInCode, { keywords: 'Alpha' })
  assert.equal(appended.code, 0, appended.stdout)
  assert.ok(
    appended.readme()!.startsWith(`# Docs\n\n${FENCED_EXAMPLE}\n<!-- arxiv-daily:start -->\n`),
    'a real region is added after the example',
  )
  const again = await run(onlyInCode, { keywords: 'Alpha' })
  assert.equal(again.outputs.changed, 'false')
})

test('a README line "Last update: <date>" with no digest after it is prose: the region is appended, the line kept', async () => {
  arxiv.papers = [paper(7)]
  for (const prose of ['Last update: 2024-05-01', 'Last update: May 2024']) {
    const text = `# Project\n\n${prose}\n\nSome words.\n`
    const dir = workspaceWith({ 'README.md': text })
    const result = await run(dir, { keywords: 'Alpha' })
    assert.equal(result.code, 0, result.stdout)
    assert.ok(result.readme()!.startsWith(`${text}\n<!-- arxiv-daily:start -->`))
  }
})

test('a README copy wrapped in a fenced block changes nothing the action does to the rest', async () => {
  arxiv.papers = [paper(8), paper(9)]
  const original = readFileSync(new URL('../fixtures/dailyarxiv-readme-sample.md', import.meta.url), 'utf8')
  const plain = workspaceWith({ 'README.md': original })
  const wrapped = workspaceWith({ 'README.md': `Example:\n\n\`\`\`\`\n${original}\n\`\`\`\`\n\n${original}` })
  const a = await run(plain, { keywords: 'Reward Model' })
  const b = await run(wrapped, { keywords: 'Reward Model' })
  assert.equal(a.code, 0, a.stdout)
  assert.equal(b.code, 0, b.stdout)
  assert.equal(b.readme(), `Example:\n\n\`\`\`\`\n${original}\n\`\`\`\`\n\n${a.readme()}`)
})

// Two time zones 26 hours apart: runs on different calendar days, as daily runs are.
const DAY_ONE = { timezone: 'Etc/GMT+12' }
const DAY_TWO = { timezone: 'Pacific/Kiritimati' }
const lastUpdate = (readme: string): string | undefined => /^Last update: (\S+)$/m.exec(readme)?.[1]

test('a table broken by hand is rewritten into shape, papers and date kept; the run after writes nothing', async () => {
  arxiv.papers = [paper(10), paper(11), paper(12)]
  const dir = workspaceWith({ 'README.md': '# R\n' })
  const first = await run(dir, { keywords: 'Alpha', ...DAY_ONE })
  const readme = first.readme()!
  const broken = readme
    .replace('| --- | --- | --- | --- |\n', '')
    .replace(/(\| \*\*\[Paper number 11\][^\n]*\n)/, '$1\n')
  writeFileSync(path.join(dir, 'README.md'), broken)
  assert.equal(tables(parseGfm(broken)).length, 0, 'GitHub shows the broken table as text')
  const repaired = await run(dir, { keywords: 'Alpha', ...DAY_TWO })
  assert.equal(repaired.code, 0, repaired.stdout)
  assert.equal(repaired.outputs.changed, 'true')
  assert.equal(repaired.readme(), readme, 'back in shape, the same papers and the same date')
  const after = await run(dir, { keywords: 'Alpha', ...DAY_TWO })
  assert.equal(after.outputs.changed, 'false')
})

test('reordering keywords or changing their case rewrites the sections in order, but the date moves only with papers', async () => {
  arxiv.papers = [paper(13)]
  const dir = workspaceWith({ 'README.md': '# R\n' })
  const first = await run(dir, { keywords: 'Alpha\nBeta', ...DAY_ONE })
  const date = lastUpdate(first.readme()!)
  const reordered = await run(dir, { keywords: 'beta\nAlpha', ...DAY_TWO })
  assert.equal(reordered.outputs.changed, 'true')
  assert.deepEqual(headings(reordered.readme()!, 2), ['beta', 'Alpha'])
  assert.equal(lastUpdate(reordered.readme()!), date, 'no paper changed: the date stays')
  arxiv.papers.push(paper(14))
  const moved = await run(dir, { keywords: 'beta\nAlpha', ...DAY_TWO })
  assert.notEqual(lastUpdate(moved.readme()!), date, 'a new paper moves the date')
})

test('a heading written twice by hand is one section: the papers of both are kept', async () => {
  arxiv.papers = [paper(15)]
  const dir = workspaceWith({ 'README.md': '# R\n' })
  const first = await run(dir, { keywords: 'Gamma' })
  const row = (n: number) =>
    `| **[Hand ${n}](https://arxiv.org/abs/2401.0000${n}v1)** | 2024-01-0${n} | <details><summary>Show</summary><p>A</p></details> |  |`
  const twice = first
    .readme()!
    .replace(
      '<!-- arxiv-daily:end -->',
      `\n## Gamma\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n${row(1)}\n${row(2)}\n<!-- arxiv-daily:end -->`,
    )
  writeFileSync(path.join(dir, 'README.md'), twice)
  const merged = await run(dir, { keywords: 'Gamma' })
  assert.equal(merged.code, 0, merged.stdout)
  assert.deepEqual(headings(merged.readme()!, 2), ['Gamma'])
  for (const title of ['Paper number 15', 'Hand 1', 'Hand 2']) assert.match(merged.readme()!, new RegExp(title))
})

for (const [name, date, reason] of [
  ['not a calendar date', '2026-13-45', 'is not a calendar date'],
  ['far in the future', '2062-01-15', 'is later than tomorrow'],
] as const) {
  test(`a row whose date is ${name} is reported with its file and line before any request`, async () => {
    arxiv.papers = [paper(16)]
    const dir = workspaceWith({ 'README.md': '# R\n' })
    const first = await run(dir, { keywords: 'Alpha' })
    const lines = first.readme()!.split('\n')
    const rowLine = lines.findIndex((line) => line.includes('Paper number 16'))
    lines[rowLine] = lines[rowLine]!.replace(/\d{4}-\d{2}-\d{2}/, date)
    writeFileSync(path.join(dir, 'README.md'), lines.join('\n'))
    const requests = arxiv.requests.length
    const result = await run(dir, { keywords: 'Alpha' })
    assert.equal(result.code, 1)
    assert.match(
      result.stdout,
      new RegExp(
        `::error::README\\.md line ${rowLine + 1}: the date ${date} ${reason}; fix it to the paper's date \\(YYYY-MM-DD\\)`,
      ),
    )
    assert.equal(arxiv.requests.length, requests, 'no arXiv request')
  })
}
