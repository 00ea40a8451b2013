import assert from 'node:assert/strict'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { PaperArxiv, type SimplePaper } from '../support/arxiv-server.js'
import { parseGfm, tables, visibleText } from '../support/gfm.js'
import { runAction, workspaceWith } from '../support/run-action.js'
import { servedPaper, arxivId, arxivTime } from '../support/papers.js'

// Local mode over several runs as users change things: overflow files, sort-by switches, papers
// put back.

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => {
  arxiv.failing = () => false
  return arxiv.close()
})

function run(dir: string, inputs: Record<string, string>) {
  return runAction({
    inputs: { mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0', ...inputs },
    workspace: dir,
  })
}

const day = (n: number): string => `2025-10-${String(n).padStart(2, '0')}`

/** Paper n, updated on day `updated` and first submitted on day `published` of October 2025. */
const paper = (n: number, updated: number, published = updated): SimplePaper =>
  servedPaper(n, {
    id: arxivId(n, '2510'),
    abstract: `An abstract long enough to make the README overflow a small budget. `.repeat(12),
    updated: arxivTime(day(updated)),
    published: arxivTime(day(published)),
  })

const file = (dir: string, name: string): string | undefined =>
  existsSync(path.join(dir, name)) ? readFileSync(path.join(dir, name), 'utf8') : undefined

/** The ids shown in the README's table under `## title`, in order. */
function rows(markdown: string, title: string): { id: string; date: string }[] {
  const root = parseGfm(markdown)
  const index = root.children.findIndex((node) => node.type === 'heading' && visibleText(node) === title)
  assert.ok(index >= 0, `a section ${title}`)
  const table = tables({ ...root, children: root.children.slice(index + 1) })[0]
  assert.ok(table, `a table under ${title}`)
  return table.children.slice(1).map((row) => ({
    // The id comes from the title link's target.
    id: /abs\/(\d{4}\.\d{5})/.exec(JSON.stringify(row.children[0]))?.[1] ?? '',
    date: visibleText(row.children[1]!),
  }))
}

test("a person's own file where an overflow file would go is never written or deleted: another name is used, and said", async () => {
  arxiv.papers = Array.from({ length: 40 }, (_, i) => paper(i + 1, (i % 28) + 1))
  const notes = '# My notes\n\nThings I keep by hand.\n'
  const dir = workspaceWith({ 'README.md': '# P\n', 'papers/notes.md': notes })
  const inputs = { keywords: 'Alpha\nNotes', 'max-papers': '40', 'max-readme-kib': '16' }
  const first = await run(dir, inputs)
  assert.equal(first.code, 0, first.stdout)
  assert.equal(file(dir, 'papers/notes.md'), notes, 'the user file is untouched')
  assert.match(first.stdout, /papers\/notes\.md was not made by this action/)
  assert.match(file(dir, 'papers/notes-2.md') ?? '', /^<!-- arxiv-daily:overflow/)
  assert.match(file(dir, 'README.md')!, /\(papers\/notes-2\.md\)/)
  // The papers fit again: the action's own file goes, the user's stays.
  const second = await run(dir, { ...inputs, 'max-readme-kib': '1000' })
  assert.equal(second.code, 0, second.stdout)
  assert.equal(file(dir, 'papers/notes-2.md'), undefined)
  assert.equal(file(dir, 'papers/alpha.md'), undefined)
  assert.equal(file(dir, 'papers/notes.md'), notes)
})

test("a More: link pointed by hand at a person's file: the file is neither read, rewritten nor deleted", async () => {
  arxiv.papers = Array.from({ length: 40 }, (_, i) => paper(i + 1, (i % 28) + 1))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { keywords: 'Alpha', 'max-papers': '40', 'max-readme-kib': '16' }
  assert.equal((await run(dir, inputs)).code, 0)
  const mine = '# Mine\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'
  writeFileSync(path.join(dir, 'papers/mine.md'), mine)
  writeFileSync(path.join(dir, 'README.md'), file(dir, 'README.md')!.replace('(papers/alpha.md)', '(papers/mine.md)'))
  const second = await run(dir, inputs)
  assert.equal(second.code, 0, second.stdout)
  assert.equal(file(dir, 'papers/mine.md'), mine)
  assert.match(file(dir, 'README.md')!, /\(papers\/alpha(-2)?\.md\)/, 'the section links a file of its own again')
  assert.equal((await run(dir, { ...inputs, 'max-readme-kib': '1000' })).code, 0)
  assert.equal(file(dir, 'papers/mine.md'), mine)
})

test("version 1's overflow files (no marker, its sentence) are still the action's: read, kept, and removed when no longer needed", async () => {
  arxiv.papers = Array.from({ length: 40 }, (_, i) => paper(i + 1, (i % 28) + 1))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { keywords: 'Alpha', 'max-papers': '40', 'max-readme-kib': '16' }
  assert.equal((await run(dir, inputs)).code, 0)
  // What version 1 wrote: the same file without the first-line marker.
  const v1 = file(dir, 'papers/alpha.md')!.replace(/^<!-- arxiv-daily:overflow[^\n]*\n/, '')
  assert.match(v1, /^# Alpha: older papers/)
  writeFileSync(path.join(dir, 'papers/alpha.md'), v1)
  const quiet = await run(dir, inputs)
  assert.equal(quiet.code, 0, quiet.stdout)
  assert.equal(quiet.outputs.changed, 'false', 'its papers count as held')
  assert.equal(quiet.outputs['new-papers-count'], '0')
  assert.equal(file(dir, 'papers/alpha.md'), v1)
  const fits = await run(dir, { ...inputs, 'max-readme-kib': '1000' })
  assert.equal(fits.code, 0, fits.stdout)
  assert.equal(file(dir, 'papers/alpha.md'), undefined)
  assert.equal(rows(file(dir, 'README.md')!, 'Alpha').length, 40)
})

test('a keyword removed from the inputs loses its overflow file; the others keep theirs, untouched', async () => {
  arxiv.papers = Array.from({ length: 40 }, (_, i) => paper(i + 1, (i % 28) + 1))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { 'max-papers': '40', 'max-readme-kib': '16' }
  assert.equal((await run(dir, { ...inputs, keywords: 'Alpha\nBeta\nGamma' })).code, 0)
  const beta = file(dir, 'papers/beta.md')
  assert.ok(file(dir, 'papers/alpha.md') && beta)
  const second = await run(dir, { ...inputs, keywords: 'Beta\nGamma' })
  assert.equal(second.code, 0, second.stdout)
  assert.equal(file(dir, 'papers/alpha.md'), undefined, 'the removed section has no file left behind')
  assert.ok(file(dir, 'papers/beta.md'), 'kept')
  assert.doesNotMatch(file(dir, 'README.md')!, /alpha\.md/)
})

test('switching sort-by refetches: each section holds the newest papers by the new date, dated by it, in that order', async () => {
  // Papers 1-10 were submitted long ago and revised recently; 11-20 are recent first versions.
  const revised = Array.from({ length: 10 }, (_, i) => paper(i + 1, 21 + i, 1 + i))
  const recent = Array.from({ length: 10 }, (_, i) => paper(i + 11, 11 + i))
  arxiv.papers = [...revised, ...recent]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { keywords: 'Alpha', 'max-papers': '10' }
  assert.equal((await run(dir, { ...inputs, 'sort-by': 'updated' })).code, 0)
  assert.deepEqual(
    rows(file(dir, 'README.md')!, 'Alpha').map((r) => r.date),
    Array.from({ length: 10 }, (_, i) => day(30 - i)),
  )
  const switched = await run(dir, { ...inputs, 'sort-by': 'published' })
  assert.equal(switched.code, 0, switched.stdout)
  assert.equal(switched.outputs.changed, 'true')
  const expected = [...revised, ...recent]
    .sort((a, b) => (a.published! < b.published! ? 1 : -1))
    .slice(0, 10)
    .map((p) => ({ id: p.id, date: p.published!.slice(0, 10) }))
  assert.deepEqual(rows(file(dir, 'README.md')!, 'Alpha'), expected)
  // Settled: the next run with the same setting writes nothing, and switching back restores the order.
  const again = await run(dir, { ...inputs, 'sort-by': 'published' })
  assert.equal(again.outputs.changed, 'false')
  const back = await run(dir, { ...inputs, 'sort-by': 'updated' })
  assert.equal(back.outputs.changed, 'true')
  assert.deepEqual(
    rows(file(dir, 'README.md')!, 'Alpha').map((r) => r.date),
    Array.from({ length: 10 }, (_, i) => day(30 - i)),
  )
})

test('a switch of sort-by that a failing keyword interrupts is finished by the next run', async () => {
  const revised = Array.from({ length: 10 }, (_, i) => paper(i + 1, 21 + i, 1 + i))
  const recent = Array.from({ length: 10 }, (_, i) => paper(i + 11, 11 + i))
  arxiv.papers = [...revised, ...recent]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { keywords: 'Alpha\nBeta', 'max-papers': '10' }
  assert.equal((await run(dir, { ...inputs, 'sort-by': 'updated' })).code, 0)
  arxiv.failing = (query) => query.includes('Beta')
  const interrupted = await run(dir, { ...inputs, 'sort-by': 'published' })
  arxiv.failing = () => false
  assert.equal(interrupted.code, 0, interrupted.stdout)
  const readme = file(dir, 'README.md')!
  assert.match(readme, /^<!-- arxiv-daily:start -->$/m, 'the old date is still recorded')
  assert.equal(rows(readme, 'Alpha')[0]?.date, day(20), 'Alpha is rebuilt by first-version date')
  assert.equal(rows(readme, 'Beta')[0]?.date, day(30), 'Beta, which failed, still shows update dates')
  const before = arxiv.requests.length
  const finished = await run(dir, { ...inputs, 'sort-by': 'published' })
  assert.equal(finished.code, 0, finished.stdout)
  assert.equal(arxiv.requests.length - before, 2, 'each section fetched whole again, one request each')
  const done = file(dir, 'README.md')!
  assert.match(done, /^<!-- arxiv-daily:start sort-by=published -->$/m)
  assert.equal(rows(done, 'Beta')[0]?.date, day(20))
  assert.equal((await run(dir, { ...inputs, 'sort-by': 'published' })).outputs.changed, 'false')
})

test('papers put back (max-papers raised, a row deleted, a More: link removed) are restored, not new', async () => {
  arxiv.papers = Array.from({ length: 60 }, (_, i) => paper(i + 1, Math.floor(i / 3) + 1))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const first = await run(dir, { keywords: 'Alpha', 'max-papers': '60' })
  assert.equal(first.outputs['new-papers-count'], '60')
  assert.equal((await run(dir, { keywords: 'Alpha', 'max-papers': '20' })).outputs['new-papers-count'], '0')
  const raised = await run(dir, { keywords: 'Alpha', 'max-papers': '60', issue: 'false' })
  assert.equal(raised.outputs.changed, 'true')
  assert.equal(raised.outputs['new-papers-count'], '0')
  assert.deepEqual(JSON.parse(raised.outputs['new-papers']!), [])
  assert.match(raised.stdout, /40 papers restored/)
  assert.match(raised.summary, /40 restored/)
  // A row deleted by hand comes back, restored.
  const readme = file(dir, 'README.md')!
  const row = readme.split('\n').find((line) => line.includes('2510.00030'))!
  writeFileSync(path.join(dir, 'README.md'), readme.replace(`${row}\n`, ''))
  const restored = await run(dir, { keywords: 'Alpha', 'max-papers': '60' })
  assert.equal(restored.outputs['new-papers-count'], '0')
  assert.match(restored.stdout, /1 paper restored/)
  // A More: link deleted by hand: its papers come back from arXiv, restored, into the same file.
  const small = { keywords: 'Alpha', 'max-papers': '60', 'max-readme-kib': '16' }
  assert.equal((await run(dir, small)).code, 0)
  const linked = file(dir, 'README.md')!
  assert.match(linked, /^More: .*\(papers\/alpha\.md\)$/m)
  writeFileSync(path.join(dir, 'README.md'), linked.replace(/^More: .*\n/m, ''))
  const relinked = await run(dir, small)
  assert.equal(relinked.outputs['new-papers-count'], '0')
  assert.match(relinked.stdout, /papers restored/)
  assert.equal(file(dir, 'README.md'), linked)
  // A paper arXiv shows for the first time is still new.
  arxiv.papers.push(paper(61, 25))
  const fresh = await run(dir, { keywords: 'Alpha', 'max-papers': '60' })
  assert.equal(fresh.outputs['new-papers-count'], '1')
})

test('local mode: a README that is a symbolic link, or differs only in case from an existing file, is refused before any request', async () => {
  const { symlinkSync } = await import('node:fs')
  const dir = workspaceWith({ 'docs/README.md': '# Docs\n' })
  symlinkSync('docs/README.md', path.join(dir, 'README.md'))
  const before = arxiv.requests.length
  const linked = await run(dir, { keywords: 'Alpha' })
  assert.equal(linked.code, 1)
  assert.match(linked.stdout, /Input "readme-path": "README\.md" is a symbolic link \(to "docs\/README\.md"\)/)
  assert.equal(file(dir, 'docs/README.md'), '# Docs\n')
  const cased = await run(dir, { keywords: 'Alpha', 'readme-path': 'docs/readme.md' })
  assert.equal(cased.code, 1)
  assert.match(cased.stdout, /"docs\/readme\.md" does not exist, but "docs\/README\.md" does/)
  assert.equal(arxiv.requests.length, before, 'no arXiv request')
})

test('exclude added then removed: the matching paper leaves with its reason in the log and the summary, and comes back put back, not new', async () => {
  arxiv.papers = [{ ...paper(41, 5), title: 'A survey of reward models' }, paper(42, 6), paper(43, 7)]
  const dir = workspaceWith({ 'README.md': '# R\n' })
  const first = await run(dir, { keywords: 'Alpha' })
  assert.equal(first.outputs['new-papers-count'], '3')
  const excluded = await run(dir, { keywords: 'Alpha', exclude: 'survey' })
  assert.equal(excluded.code, 0, excluded.stdout)
  assert.match(excluded.stdout, /Alpha: 1 paper left the section: it matches exclude/)
  assert.doesNotMatch(excluded.stdout, /older papers? left the section: max-papers/)
  const summary = visibleText(parseGfm(excluded.summary))
  assert.match(summary, /Alpha: 1 paper left the section: it matches exclude\./)
  assert.ok(!readFileSync(path.join(dir, 'README.md'), 'utf8').includes('A survey of reward models'))
  const back = await run(dir, { keywords: 'Alpha' })
  assert.equal(back.outputs['new-papers-count'], '0', 'put back, not announced again')
  assert.match(back.stdout, /1 paper restored/)
  assert.ok(readFileSync(path.join(dir, 'README.md'), 'utf8').includes('A survey of reward models'))
})

test("a collaborator's comment block left open (<!-- NOTE:START --> with no end) is a line of text: one table a section, every run", async () => {
  arxiv.papers = Array.from({ length: 6 }, (_, i) => paper(i + 1, i + 1))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { keywords: 'Alpha\nBeta', 'max-papers': '10' }
  assert.equal((await run(dir, inputs)).code, 0)
  // A one-line comment under the first section; GitHub shows nothing of it and the tables below.
  const edited = file(dir, 'README.md')!.replace('## Alpha\n', '## Alpha\n\n<!-- NOTE:START -->\nRead these first.\n\n')
  writeFileSync(path.join(dir, 'README.md'), edited)
  const tableCount = (text: string): number => tables(parseGfm(text)).length
  assert.equal(tableCount(edited), 2)
  // The run after the edit: nothing new, nothing written, nothing announced.
  const second = await run(dir, inputs)
  assert.equal(second.code, 0, second.stdout)
  assert.equal(file(dir, 'README.md'), edited)
  assert.equal(second.outputs.changed, 'false', second.stdout)
  assert.equal(second.outputs['new-papers'], '[]')
  // The run after that brings a new paper: one row more in one table, the note kept where it is.
  arxiv.papers = [...arxiv.papers, paper(7, 7)]
  const third = await run(dir, inputs)
  assert.equal(third.code, 0, third.stdout)
  const readme = file(dir, 'README.md')!
  assert.equal(tableCount(readme), 2)
  assert.match(readme, /## Alpha\n\n<!-- NOTE:START -->\nRead these first.\n\n\| \*\*Title/)
  assert.deepEqual(
    rows(readme, 'Alpha').map((row) => row.id),
    [7, 6, 5, 4, 3, 2, 1].map((n) => arxivId(n, '2510')),
  )
  assert.equal((JSON.parse(third.outputs['new-papers']!) as unknown[]).length, 2, 'paper 7 new in each keyword')
  const fourth = await run(dir, inputs)
  assert.equal(fourth.outputs.changed, 'false')
  assert.equal(file(dir, 'README.md'), readme)
})

test('sort-by published: a day with more revisions of old papers than max-papers still brings the newest submission, as a full fetch would', async () => {
  const held = [10, 11, 12, 13, 14].map((d, i) => paper(i + 1, d))
  arxiv.papers = held
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { keywords: 'Alpha', 'max-papers': '5', 'sort-by': 'published' }
  assert.equal((await run(dir, inputs)).code, 0)
  // Eight papers submitted long ago are revised on day 20; paper 6 was submitted on day 15.
  const revised = Array.from({ length: 8 }, (_, i) => ({ ...paper(21 + i, 20, 2), version: 2 }))
  arxiv.papers = [...held, paper(6, 15), ...revised]
  const second = await run(dir, inputs)
  assert.equal(second.code, 0, second.stdout)
  const full = [...arxiv.papers]
    .sort((a, b) => (a.published! < b.published! ? 1 : -1))
    .slice(0, 5)
    .map((p) => ({ id: p.id, date: p.published!.slice(0, 10) }))
  assert.deepEqual(rows(file(dir, 'README.md')!, 'Alpha'), full)
  assert.deepEqual(
    (JSON.parse(second.outputs['new-papers']!) as { id: string }[]).map((p) => p.id),
    [arxivId(6, '2510')],
  )
  // The day after, nothing new: nothing written.
  const third = await run(dir, inputs)
  assert.equal(third.outputs.changed, 'false', third.stdout)
})

test('categories: a keyword whose papers the filter all leaves out is not failed and says so; held papers outside categories leave as exclude makes them, each counted by its reason', async () => {
  const physics = (n: number) => ({ ...paper(n, n), categories: ['physics.gen-ph'] })
  arxiv.papers = [physics(1), physics(2), physics(3)]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const first = await run(dir, { keywords: 'Alpha', categories: 'cs' })
  assert.equal(first.code, 0, first.stdout)
  assert.equal(first.outputs['failed-keywords'], '[]')
  assert.match(
    first.stdout,
    /::warning title=Keyword filtered out::arXiv found 3 papers for the keyword "Alpha", and the filters left out every one \(3 outside "categories"\), so it has no section yet/,
  )
  assert.match(first.stdout, /3 papers received, 3 outside categories left out: 0 kept/)
  assert.doesNotMatch(first.stdout, /check its spelling/)
  assert.match(visibleText(parseGfm(first.summary)), /and the filters left out every one/)
  // Without the filter the papers come in (the JSON keeps their categories) ...
  arxiv.papers = [physics(1), paper(2, 2), paper(3, 3), { ...paper(4, 4), categories: ['cs.CL'] }]
  const inputs = { keywords: 'Alpha', 'json-path': 'digest.json', exclude: '' }
  assert.equal((await run(dir, inputs)).code, 0)
  assert.equal(rows(file(dir, 'README.md')!, 'Alpha').length, 4)
  // ... and with it and an exclude, each paper that leaves is counted under its own reason.
  const filtered = await run(dir, { ...inputs, categories: 'cs', exclude: arxivId(3, '2510') })
  assert.equal(filtered.code, 0, filtered.stdout)
  assert.deepEqual(
    rows(file(dir, 'README.md')!, 'Alpha').map((row) => row.id),
    [arxivId(4, '2510'), arxivId(2, '2510')],
  )
  assert.match(filtered.stdout, /Alpha: 1 paper left the section: its categories are outside categories/)
  assert.match(filtered.stdout, /Alpha: 1 paper left the section: it matches exclude/)
  assert.doesNotMatch(filtered.stdout, /max-papers/)
  // Undone, both come back, put back rather than new.
  const undone = await run(dir, inputs)
  assert.equal(undone.code, 0, undone.stdout)
  assert.equal(rows(file(dir, 'README.md')!, 'Alpha').length, 4)
  assert.deepEqual(JSON.parse(undone.outputs['new-papers']!), [])
})

test("a reader's marks around a title (⭐ before, ✅ read after) stay in that row byte for byte, through a revision and a change of columns", async () => {
  arxiv.papers = [1, 2, 3].map((n) => paper(n, n))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { keywords: 'Alpha' }
  assert.equal((await run(dir, inputs)).code, 0)
  const star = (id: string) => (text: string) => text.replace(`| **[Paper number ${id}]`, `| ⭐ **[Paper number ${id}]`)
  const read = (text: string) => text.replace(/(\*\*\[Paper number 1\]\([^)]+\)\*\*)/, '$1 ✅ read')
  const marked = read(star('2')(file(dir, 'README.md')!))
  writeFileSync(path.join(dir, 'README.md'), marked)
  // The run after the marks: nothing new, nothing written, no failure.
  const second = await run(dir, inputs)
  assert.equal(second.code, 0, second.stdout)
  assert.equal(second.outputs.changed, 'false')
  assert.equal(file(dir, 'README.md'), marked)
  // Paper 2 revised, paper 4 new: the star follows paper 2's new version.
  arxiv.papers = [paper(1, 1), { ...paper(2, 5, 2), version: 2 }, paper(3, 3), paper(4, 4)]
  const third = await run(dir, inputs)
  assert.equal(third.code, 0, third.stdout)
  const readme = file(dir, 'README.md')!
  assert.match(readme, /\| ⭐ \*\*\[Paper number 2\]\(https:\/\/arxiv\.org\/abs\/2510\.00002v2\)\*\* \|/)
  assert.match(readme, /\*\*\[Paper number 1\]\(https:\/\/arxiv\.org\/abs\/2510\.00001v1\)\*\* ✅ read \|/)
  // As GitHub shows it: the star and the note are text beside the linked title.
  const cells = tables(parseGfm(readme))[0]!.children.map((row) => visibleText(row.children[0]!))
  assert.ok(cells.includes('⭐ Paper number 2'), cells.join(' / '))
  assert.ok(cells.includes('Paper number 1 ✅ read'), cells.join(' / '))
  // A change of columns rewrites every row, marks kept.
  const columns = await run(dir, { ...inputs, columns: 'Authors, Abstract' })
  assert.equal(columns.code, 0, columns.stdout)
  assert.match(file(dir, 'README.md')!, /\| ⭐ \*\*\[Paper number 2\]/)
  assert.match(file(dir, 'README.md')!, /v1\)\*\* ✅ read \|/)
})

test('a column of your own in one table (Notes under Beta) is kept with its cells; named in columns it stays; dropped only with a warning that counts its cells', async () => {
  arxiv.papers = [1, 2].map((n) => paper(n, n))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  assert.equal((await run(dir, { keywords: 'Alpha\nBeta' })).code, 0)
  const text = file(dir, 'README.md')!
  const beta = text.indexOf('## Beta')
  const withNotes =
    text.slice(0, beta) +
    text
      .slice(beta)
      .replace('| **Comment** |\n', '| **Comment** | Notes |\n')
      .replace('| --- | --- | --- | --- |\n', '| --- | --- | --- | --- | --- |\n')
      .replace(/(\| \*\*\[Paper number 2\][^\n]*\|)\n/, '$1 ⭐ read |\n')
      .replace(/(\| \*\*\[Paper number 1\][^\n]*\|)\n/, '$1  |\n')
  writeFileSync(path.join(dir, 'README.md'), withNotes)
  const notes = (readme: string) => tables(parseGfm(readme)).map((table) => table.children[0]!.children.length)
  assert.deepEqual(notes(withNotes), [4, 5])
  // Nothing new: nothing written, the column kept.
  const quiet = await run(dir, { keywords: 'Alpha\nBeta' })
  assert.equal(file(dir, 'README.md'), withNotes)
  assert.equal(quiet.outputs.changed, 'false', quiet.stdout)
  // A new paper: Beta's table keeps its column and its cell.
  arxiv.papers = [...arxiv.papers, paper(3, 3)]
  assert.equal((await run(dir, { keywords: 'Alpha\nBeta' })).code, 0)
  const after = file(dir, 'README.md')!
  assert.deepEqual(notes(after), [4, 5])
  assert.match(after, /\| ⭐ read \|/)
  // Named in columns (only Beta's table had it), it is accepted and kept.
  const named = await run(dir, { keywords: 'Alpha\nBeta', columns: 'Abstract, Comment, Notes' })
  assert.equal(named.code, 0, named.stdout)
  assert.match(file(dir, 'README.md')!, /\| ⭐ read \|/)
  // Left out of columns, it goes with a warning that names it and counts its cells.
  const dropped = await run(dir, { keywords: 'Alpha\nBeta', columns: 'Abstract' })
  assert.equal(dropped.code, 0, dropped.stdout)
  assert.match(
    dropped.stdout,
    /::warning title=Column removed::The column "Notes" was removed from the table with its 1 filled cells/,
  )
  assert.doesNotMatch(file(dir, 'README.md')!, /⭐ read/)
})
