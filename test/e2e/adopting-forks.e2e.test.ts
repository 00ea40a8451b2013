import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { parseReadme } from '../../src/readme/document.js'
import type { Digest, Paper } from '../../src/readme/model.js'
import { movedPapers, withMoved } from '../../src/readme/overflow.js'
import { overflowPaths } from '../../src/plan/overflow-files.js'
import { PaperArxiv, type SimplePaper } from '../support/arxiv-server.js'
import { parseGfm, tables } from '../support/gfm.js'
import { runAction, workspaceWith } from '../support/run-action.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import { defaultPrBranch } from '../../src/settings/inputs.js'

/*
 * Real READMEs written by DailyArXiv and its forks (test/fixtures/forks/SOURCES.md), migrated the
 * way a user does it: the keywords are the README's own headings, local mode, arXiv answering a
 * few new papers; then a run with nothing new, then one more paper.
 */

const FORKS = new URL('../fixtures/forks/', import.meta.url)
const fork = (name: string): string => readFileSync(new URL(name, FORKS), 'utf8')
const headings = (text: string): string[] => [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim())
const isRow = (line: string): boolean => /^\| (?:\d+ \| )?\*\*\[/.test(line)

/** The digest on disk, overflow files included. */
function digestOnDisk(workspace: string, readmePath: string): Digest {
  const text = readFileSync(path.join(workspace, readmePath), 'utf8')
  const document = parseReadme(text, readmePath)
  const texts = new Map<string, string | undefined>()
  for (const file of overflowPaths(document, readmePath))
    texts.set(file, readFileSync(path.join(workspace, file), 'utf8'))
  return withMoved(document.digest, movedPapers(texts), readmePath)
}

const ids = (papers: readonly Paper[]): string[] => papers.map((paper) => paper.id)

/** A run in local mode whose keywords are the README's own headings, as a migrating user sets them. */
const migrate = (original: string, workspace: string, arxivUrl: string, runner?: 'bundle') =>
  runAction({
    inputs: { keywords: headings(original).join('\n'), mode: 'local', 'arxiv-api-url': arxivUrl, 'request-delay': '0' },
    workspace,
    ...(runner ? { runner } : {}),
  })

/** Every line of `original` that is not a paper row, in order, is a line of `now`. */
function keepsEveryOtherLine(original: string, now: string): void {
  const lines = now.split('\n')
  let at = 0
  for (const line of original.split('\n')) {
    // Rows are the action's to rewrite, and so is the date of the `Last update:` line.
    if (isRow(line) || line.startsWith('Last update:')) continue
    const found = lines.indexOf(line, at)
    assert.notEqual(found, -1, `line kept in place: ${JSON.stringify(line.slice(0, 120))}`)
    at = found + 1
  }
}

function paperOn(day: number, n: number): SimplePaper {
  return {
    id: `2611.${String(90000 + day * 10 + n)}`,
    title: `A new paper ${day}-${n} with a | pipe`,
    updated: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
    comment: '12 pages',
  }
}

interface Case {
  readonly file: string
  readonly readmePath?: string
  readonly extra?: Record<string, string>
}

const ADOPTED: readonly Case[] = [
  { file: '01-zezhishao-upstream.md' },
  { file: '02-zezhishao-2024-03-no-last-update.md' },
  { file: '05-lihaibineric-kimi-column.md' },
  { file: '10-wangyijun-and-prefix-headings.md' },
  { file: '11-bddk520-pdf-links.md' },
  { file: '14-asmendeus-dailypapers-md.md', readmePath: 'DailyPapers.md' },
  { file: '15-maybebio-manual-archive.md' },
]

for (const { file, readmePath = 'README.md', extra = {} } of ADOPTED) {
  test(`${file}: adopted with every paper and every line kept, continued over three runs`, async (t) => {
    const arxiv = await PaperArxiv.start()
    t.after(() => arxiv.close())
    const original = fork(file)
    const before = parseReadme(original, readmePath, { keywords: headings(original) }).digest
    const workspace = workspaceWith({ [readmePath]: original })
    const inputs = {
      keywords: headings(original).join('\n'),
      mode: 'local',
      'readme-path': readmePath,
      'arxiv-api-url': arxiv.url,
      'request-delay': '0',
      ...extra,
    }
    arxiv.papers = [paperOn(29, 1), paperOn(30, 1)]
    const first = await runAction({ inputs, workspace })
    assert.equal(first.code, 0, first.stdout)
    const adopted = readFileSync(path.join(workspace, readmePath), 'utf8')
    assert.equal((adopted.match(/<!-- arxiv-daily:start/g) ?? []).length, 1, 'one digest')
    const after = digestOnDisk(workspace, readmePath)
    assert.deepEqual(
      after.sections.map((section) => section.title),
      before.sections.map((section) => section.title),
    )
    for (const section of before.sections) {
      const now = after.sections.find((s) => s.title === section.title)!
      for (const id of ids(section.papers)) assert.ok(ids(now.papers).includes(id), `${section.title} keeps ${id}`)
      assert.ok(ids(now.papers).includes('2611.90301'), `${section.title} gets the new paper`)
    }
    keepsEveryOtherLine(original, adopted)
    assert.ok(adopted.startsWith(original.slice(0, original.search(/^(Last update:|## )/m))), 'text above kept')
    assert.equal((JSON.parse(first.outputs['new-papers']!) as unknown[]).length, 2 * before.sections.length)
    // Every table GitHub shows has the cells of its header: the rows' pipes are escaped.
    for (const table of tables(parseGfm(adopted))) {
      const width = table.children[0]!.children.length
      for (const row of table.children) assert.equal(row.children.length, width)
    }

    const quiet = await runAction({ inputs, workspace })
    assert.equal(quiet.code, 0, quiet.stdout)
    assert.equal(readFileSync(path.join(workspace, readmePath), 'utf8'), adopted, 'nothing new writes nothing')
    assert.match(quiet.stdout, /Already up to date; nothing written/)

    arxiv.papers = [paperOn(30, 2), ...arxiv.papers]
    const third = await runAction({ inputs, workspace })
    assert.equal(third.code, 0, third.stdout)
    const continued = readFileSync(path.join(workspace, readmePath), 'utf8')
    keepsEveryOtherLine(original, continued)
    const later = digestOnDisk(workspace, readmePath)
    for (const section of after.sections) {
      const now = later.sections.find((s) => s.title === section.title)!
      assert.deepEqual(
        ids(now.papers),
        ['2611.90302', ...ids(section.papers)].slice(0, Math.max(100, section.papers.length + 1)),
      )
    }
  })
}

test('05 (a fork with its own KiMi column): held rows keep their cell byte for byte, new rows leave it empty, said once', async (t) => {
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const original = fork('05-lihaibineric-kimi-column.md')
  arxiv.papers = [paperOn(30, 1)]
  const workspace = workspaceWith({ 'README.md': original })
  const run = await migrate(original, workspace, arxiv.url, 'bundle')
  assert.equal(run.code, 0, run.stdout)
  const readme = run.readme()!
  const cells = (text: string): string[] =>
    text.split('\n').flatMap((line) => /\| (\[papers-cool\]\([^)]*\)) \|/.exec(line)?.[1] ?? [])
  // Rows are sorted newest first (ties by id), so compare the cells as a set.
  assert.deepEqual(cells(readme).sort(), cells(original).sort())
  assert.equal(readme.split('\n').filter((line) => line.startsWith('| **Title** | **Date** | **KiMi** |')).length, 3)
  assert.ok(readme.includes('](https://arxiv.org/abs/2611.90301v1)** | 2026-11-30 |  | <details>'))
  assert.equal((run.stdout.match(/The column "KiMi" of README\.md is kept as written/g) ?? []).length, 1)
})

test('07 (tables under ### headings below emoji headings) is refused before any request, naming the line', async (t) => {
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const original = fork('07-northsi-emoji-overview.md')
  const run = await runAction({
    inputs: { keywords: 'NbSe2', mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0' },
    workspace: workspaceWith({ 'README.md': original }),
  })
  assert.equal(run.code, 1)
  assert.equal(arxiv.requests.length, 0)
  assert.equal(run.readme(), original)
  assert.match(run.stdout, /README\.md line 26: a paper table under the subheading "### NbSe2"/)
})

test('12 (headings with commas and a section longer than max-papers): refused with the way out, then adopted whole', async (t) => {
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const original = fork('12-xu-hui-yao-comma-headings.md')
  const [heading] = headings(original)
  const workspace = workspaceWith({ 'README.md': original })
  const base = { mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0' }
  arxiv.papers = [paperOn(30, 1)]
  // The heading as a keyword line is four keywords (commas separate keywords).
  const split = await runAction({ inputs: { ...base, keywords: heading! }, workspace })
  assert.equal(split.code, 1)
  assert.match(
    split.stdout,
    /The section "Must: 3D Gaussian Splatting; Any: LOD, large-scale, on the fly, lidar" \(128 papers\) matches no keyword \(did you mean "Must: 3D Gaussian Splatting; Any: LOD"\?\)/,
  )
  assert.match(split.stdout, /"Must: 3D Gaussian Splatting; Any: LOD, large-scale, on the fly, lidar = <arXiv query>"/)
  assert.match(split.stdout, /or delete the section from the README by hand/)
  const keywords = `${heading} = ti:"Gaussian Splatting"`
  const long = await runAction({ inputs: { ...base, keywords }, workspace })
  assert.equal(long.code, 1)
  assert.match(long.stdout, /holds 128 papers, more than max-papers \(100\).*Set "max-papers: 128" to keep every paper/)
  assert.equal(arxiv.requests.length, 0, 'refused before any request')
  assert.equal(readFileSync(path.join(workspace, 'README.md'), 'utf8'), original)
  const adopted = await runAction({ inputs: { ...base, keywords, 'max-papers': '129' }, workspace })
  assert.equal(adopted.code, 0, adopted.stdout)
  const section = digestOnDisk(workspace, 'README.md').sections[0]!
  assert.equal(section.papers.length, 129)
  // Later runs may cut by max-papers, and say so in the log and the summary.
  arxiv.papers = [paperOn(30, 2), paperOn(30, 1)]
  const cut = await runAction({ inputs: { ...base, keywords, 'max-papers': '100' }, workspace })
  assert.equal(cut.code, 0, cut.stdout)
  assert.match(cut.stdout, /Must: .*: 30 older papers left the section: max-papers keeps the newest/)
  assert.match(cut.summary, /30 older papers left the section/)
})

test('a section whose keyword left the inputs is removed with a warning and a summary line; its notes stay', async (t) => {
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const original = fork('15-maybebio-manual-archive.md')
  const workspace = workspaceWith({ 'README.md': original })
  const all = headings(original)
  const base = { mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0' }
  arxiv.papers = [paperOn(30, 1)]
  assert.equal((await runAction({ inputs: { ...base, keywords: all.join('\n') }, workspace })).code, 0)
  const dropped = await runAction({
    inputs: { ...base, keywords: all.filter((h) => !h.includes('PSA')).join('\n') },
    workspace,
  })
  assert.equal(dropped.code, 0, dropped.stdout)
  assert.match(
    dropped.stdout,
    /::warning title=Section removed::The section "Protein Structure Deep Learning \(PSA\)" was removed with its 3 papers/,
  )
  assert.match(dropped.summary, /Removed the section Protein Structure Deep Learning \(PSA\) with its 3 papers/)
  const readme = dropped.readme()!
  assert.ok(readme.includes('Archive: [papers/PSA/](papers/PSA/)'), "the section's own line is kept")
  assert.ok(!readme.includes('## Protein Structure Deep Learning (PSA)'))
})

test('05 with the columns input: naming KiMi keeps it, leaving it out rebuilds the default table; an unknown name is refused', async (t) => {
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const original = fork('05-lihaibineric-kimi-column.md')
  arxiv.papers = [paperOn(30, 1)]
  const base = {
    keywords: headings(original).join('\n'),
    mode: 'local',
    'arxiv-api-url': arxiv.url,
    'request-delay': '0',
  }
  const unknown = await runAction({
    inputs: { ...base, columns: 'Directions, Abstract' },
    workspace: workspaceWith({ 'README.md': original }),
  })
  assert.equal(unknown.code, 1)
  assert.match(
    unknown.stdout,
    /Input "columns": "Directions" is not a column the action fills \(Abstract, Comment, Authors, Tags, Code, PDF, TL;DR, Title \(translated\), Relevance\), nor a column of README\.md's table/,
  )
  const workspace = workspaceWith({ 'README.md': original })
  const kept = await runAction({ inputs: { ...base, columns: 'KiMi, Abstract, Comment' }, workspace })
  assert.equal(kept.code, 0, kept.stdout)
  assert.match(
    kept.readme()!,
    /^\| \*\*Title\*\* \| \*\*Date\*\* \| \*\*KiMi\*\* \| \*\*Abstract\*\* \| \*\*Comment\*\* \|$/m,
  )
  const dropped = await runAction({ inputs: { ...base, columns: 'Abstract, Comment' }, workspace })
  assert.equal(dropped.code, 0, dropped.stdout)
  const readme = dropped.readme()!
  assert.doesNotMatch(readme, /KiMi|papers-cool/)
  const cells = original.split('\n').filter((line) => line.includes('](https://papers.cool/')).length
  assert.match(
    dropped.stdout,
    new RegExp(
      `::warning title=Column removed::The column "KiMi" was removed from the table with its ${cells} filled cells`,
    ),
  )
  assert.match(dropped.summary, new RegExp(`Removed the column KiMi with its ${cells} filled cells`))
  assert.equal(
    readme.split('\n').filter((line) => line.startsWith('| **[')).length,
    original.split('\n').filter((line) => line.startsWith('| **[')).length + headings(original).length,
    'every paper kept, and the new one in each section',
  )
})

test('a fork that writes its date line its own way (a time after the date, bold, "Last Update", slashes) is adopted with one date line, over three runs', async (t) => {
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const upstream = fork('01-zezhishao-upstream.md')
  assert.match(upstream, /^Last update: 2026-08-21$/m)
  for (const line of [
    'Last update: 2026-08-21 08:15:02',
    '**Last Update:** 2026/08/21',
    'Last updated: 2026-8-21 (UTC+8)',
    'last update: 2026.08.21 08:15 UTC',
  ]) {
    const original = upstream.replace(/^Last update: 2026-08-21$/m, line)
    const before = parseReadme(original, 'README.md', { keywords: headings(original) }).digest
    const workspace = workspaceWith({ 'README.md': original })
    arxiv.papers = [paperOn(29, 1)]
    const first = await migrate(original, workspace, arxiv.url)
    assert.equal(first.code, 0, first.stdout)
    const adopted = readFileSync(path.join(workspace, 'README.md'), 'utf8')
    const dateLines = adopted.split('\n').filter((text) => /last\s+update/i.test(text))
    assert.equal(dateLines.length, 1, `${line}: one date line, not the fork's left frozen above the digest`)
    assert.match(dateLines[0]!, /^Last update: \d{4}-\d{2}-\d{2}$/)
    assert.ok(adopted.startsWith(original.slice(0, original.indexOf(line))), `${line}: text above kept`)
    const after = digestOnDisk(workspace, 'README.md')
    for (const section of before.sections) {
      const now = after.sections.find((s) => s.title === section.title)!
      for (const id of ids(section.papers)) assert.ok(ids(now.papers).includes(id), `${section.title} keeps ${id}`)
    }
    const quiet = await migrate(original, workspace, arxiv.url)
    assert.equal(
      readFileSync(path.join(workspace, 'README.md'), 'utf8'),
      adopted,
      `${line}: nothing new writes nothing`,
    )
    assert.equal(quiet.outputs.changed, 'false')
  }
})

test("a line of a person's that starts like a date line but holds no date stays where it is, as text", async (t) => {
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const note = 'Last updated: whenever the workflow runs, see below.'
  const original = fork('01-zezhishao-upstream.md').replace(
    /^Last update: 2026-08-21$/m,
    `${note}\n\nLast update: 2026-08-21`,
  )
  const workspace = workspaceWith({ 'README.md': original })
  arxiv.papers = [paperOn(29, 1)]
  const run = await migrate(original, workspace, arxiv.url)
  assert.equal(run.code, 0, run.stdout)
  const adopted = readFileSync(path.join(workspace, 'README.md'), 'utf8')
  assert.ok(adopted.includes(`${note}\n\n<!-- arxiv-daily:start`), 'the note stays above the digest')
})

// A migrating user's first runs on GitHub: the fork's README is adopted in the commit or the pull
// request, nothing is written on a day with nothing new, and the next paper arrives on top.
for (const mode of ['commit', 'pull-request'] as const)
  for (const { file, readmePath = 'README.md' } of [
    { file: '01-zezhishao-upstream.md' },
    { file: '14-asmendeus-dailypapers-md.md', readmePath: 'DailyPapers.md' },
    { file: '15-maybebio-manual-archive.md' },
  ])
    test(`${file} in ${mode} mode: adopted on GitHub, quiet on a day with nothing new, continued`, async (t) => {
      const arxiv = await PaperArxiv.start()
      t.after(() => arxiv.close())
      const original = fork(file)
      const before = parseReadme(original, readmePath, { keywords: headings(original) }).digest
      const github = await startGitHub(t, { [readmePath]: original, 'NOTES.md': 'mine' })
      const inputs = { mode, keywords: headings(original).join('\n'), 'readme-path': readmePath }
      const branch = mode === 'commit' ? 'main' : defaultPrBranch(undefined, readmePath)
      arxiv.papers = [paperOn(29, 1)]
      const first = await runOnGitHub(github, arxiv.url, inputs)
      assert.equal(first.code, 0, first.stdout)
      const adopted = github.readme(branch, readmePath)!
      assert.equal((adopted.match(/<!-- arxiv-daily:start/g) ?? []).length, 1, 'one digest')
      keepsEveryOtherLine(original, adopted)
      const held = parseReadme(adopted, readmePath).digest
      for (const section of before.sections) {
        const now = held.sections.find((s) => s.title === section.title)!
        assert.ok(ids(now.papers).includes('2611.90291'), `${section.title} gets the new paper`)
      }
      if (mode === 'pull-request') {
        assert.equal(first.outputs['pull-request-operation'], 'created')
        assert.equal(github.readme('main', readmePath), original, 'the default branch waits for the review')
        github.merge(github.pulls[0]!.number)
      }
      assert.equal(github.readme('main', 'NOTES.md'), 'mine')

      github.calls.length = 0
      const quiet = await runOnGitHub(github, arxiv.url, inputs)
      assert.equal(quiet.code, 0, quiet.stdout)
      assert.deepEqual(github.writes(), [], 'nothing new: no write at all')
      assert.equal(quiet.outputs.changed, 'false')

      arxiv.papers = [paperOn(30, 1), ...arxiv.papers]
      const next = await runOnGitHub(github, arxiv.url, inputs)
      assert.equal(next.code, 0, next.stdout)
      assert.equal(next.outputs['new-papers-count'], String(before.sections.length))
      const continued = parseReadme(github.readme(branch, readmePath), readmePath).digest
      for (const section of held.sections) {
        const now = continued.sections.find((s) => s.title === section.title)!
        assert.deepEqual(ids(now.papers).slice(0, 2), ['2611.90301', '2611.90291'])
        for (const id of ids(section.papers)) assert.ok(ids(now.papers).includes(id), `${section.title} keeps ${id}`)
      }
    })

test('a fork whose headings have closing #s is adopted under the keywords they show, then left alone', async (t) => {
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const upstream = fork('01-zezhishao-upstream.md')
  const original = upstream.replace(/^(## .+)$/gm, '$1 ##')
  const workspace = workspaceWith({ 'README.md': original })
  arxiv.papers = [paperOn(29, 1)]
  // The keywords are the headings as GitHub shows them, without the closing #s.
  const first = await migrate(upstream, workspace, arxiv.url)
  assert.equal(first.code, 0, first.stdout)
  const adopted = readFileSync(path.join(workspace, 'README.md'), 'utf8')
  keepsEveryOtherLine(original, adopted)
  for (const title of headings(upstream))
    assert.ok(adopted.includes(`\n## ${title} ##\n`), `${title}: heading kept as written`)
  const quiet = await migrate(upstream, workspace, arxiv.url)
  assert.equal(quiet.outputs.changed, 'false')
  assert.equal(readFileSync(path.join(workspace, 'README.md'), 'utf8'), adopted, 'the second run writes nothing')
})
