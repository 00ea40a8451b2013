import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parseReadme } from '../../src/readme/document.js'
import { PaperArxiv, type SimplePaper } from '../support/arxiv-server.js'
import { servedPaper } from '../support/papers.js'
import { parseGfm, tables } from '../support/gfm.js'
import { runAction, workspaceWith } from '../support/run-action.js'

// The columns input, over several runs: a switch rebuilds the table without loss, asking arXiv
// only for what the papers lack, once.

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => arxiv.close())

const paper = (n: number): SimplePaper =>
  servedPaper(n, { abstract: n === 2 ? `Code at https://github.com/lab/tool-${n}. More.` : `Abstract ${n}.` })

const run = (workspace: string, inputs: Record<string, string> = {}) =>
  runAction({
    inputs: { keywords: 'Alpha', mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0', ...inputs },
    workspace,
  })

const header = (readme: string): string | undefined => readme.split('\n').find((line) => line.startsWith('| **Title**'))

test('columns: a switch rebuilds every row in the new layout, looks up the authors once, and keeps every paper', async () => {
  arxiv.papers = [paper(1), paper(2), paper(3)]
  const workspace = workspaceWith({ 'README.md': '# R\n' })
  const first = await run(workspace)
  assert.equal(first.code, 0, first.stdout)
  assert.equal(header(first.readme()!), '| **Title** | **Date** | **Abstract** | **Comment** |')

  const requests = arxiv.requests.length
  const switched = await run(workspace, { columns: 'Authors, Code, Abstract, PDF' })
  assert.equal(switched.code, 0, switched.stdout)
  const readme = switched.readme()!
  assert.equal(header(readme), '| **Title** | **Date** | **Authors** | **Code** | **Abstract** | **PDF** |')
  assert.match(readme, /<!-- arxiv-daily:start columns=Title,Date,Authors,Code,Abstract,PDF -->/)
  const rows = readme.split('\n').filter((line) => line.startsWith('| **['))
  assert.equal(rows.length, 3)
  assert.ok(
    rows.every((row) => row.includes(' | Test Author et al. | ')),
    rows.join('\n'),
  )
  assert.match(readme, /\| \[lab\/tool-2\]\(https:\/\/github\.com\/lab\/tool-2\) \|/)
  assert.match(readme, /\| \[PDF\]\(https:\/\/arxiv\.org\/pdf\/2511\.00001v1\) \|/)
  for (const table of tables(parseGfm(readme))) for (const row of table.children) assert.equal(row.children.length, 6)
  // The section is not full, so the search brings every paper again with its authors: one request.
  assert.equal(arxiv.requests.length - requests, 1)
  const sections = parseReadme(readme, 'README.md').digest.sections
  assert.deepEqual(
    sections[0]!.papers.map((p) => p.id),
    ['2511.00003', '2511.00002', '2511.00001'],
  )

  const quiet = await run(workspace, { columns: 'Authors, Code, Abstract, PDF' })
  assert.equal(quiet.readme(), readme, 'nothing new writes nothing')
  // Empty columns follow the README's table.
  const follows = await run(workspace)
  assert.equal(follows.readme(), readme)
  const back = await run(workspace, { columns: 'Abstract, Comment' })
  assert.equal(header(back.readme()!), '| **Title** | **Date** | **Abstract** | **Comment** |')
  assert.match(back.readme()!, /<!-- arxiv-daily:start -->/)
})

test('columns: papers adopted without authors are looked up by id, in one request, once', async () => {
  arxiv.papers = [paper(4)]
  const row = (n: number) =>
    `| **[Held ${n}](https://arxiv.org/abs/2511.0000${n}v1)** | 2025-11-0${n} | <details><summary>Show</summary><p>A.</p></details> |  |`
  const workspace = workspaceWith({
    'README.md': `# R\n\nLast update: 2025-11-03\n\n## Alpha\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n${row(3)}\n${row(2)}\n${row(1)}\n`,
  })
  arxiv.papers = [paper(4), paper(3), paper(2), paper(1)]
  const before = arxiv.requests.length
  const first = await run(workspace, { columns: 'Authors, Abstract', 'feed-dir': 'feeds' })
  assert.equal(first.code, 0, first.stdout)
  const asked = arxiv.requests.slice(before).map((r) => r.url.searchParams)
  const lookups = asked.filter((params) => params.has('id_list'))
  // Paper 3, 2 and 1 came back in the search (it fetches the whole section): nothing to look up.
  assert.equal(lookups.length, 0)
  assert.ok(
    first
      .readme()!
      .split('\n')
      .filter((l) => l.startsWith('| **['))
      .every((l) => l.includes('Test Author')),
  )

  // A paper arXiv's search no longer returns is looked up by id, once.
  arxiv.papers = [paper(4), paper(3), paper(2), paper(1)]
  const workspace2 = workspaceWith({
    'README.md': `# R\n\nLast update: 2025-11-03\n\n## Alpha\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n${row(3)}\n${row(2)}\n${row(1)}\n`,
  })
  const mark = arxiv.requests.length
  const inputs = { columns: 'Authors, Abstract', 'max-papers': '3', 'page-size': '1' }
  const second = await run(workspace2, inputs)
  assert.equal(second.code, 0, second.stdout)
  const ids = arxiv.requests
    .slice(mark)
    .map((r) => r.url.searchParams.get('id_list'))
    .filter((list): list is string => list !== null)
  assert.equal(ids.length, 1, 'one look-up of many ids')
  const again = arxiv.requests.length
  await run(workspace2, inputs)
  assert.ok(
    arxiv.requests.slice(again).every((r) => !r.url.searchParams.has('id_list')),
    'nothing left to look up: no look-up',
  )
})

test('columns in commit and pull-request mode: the switch lands in one commit, or on the update branch', async (t) => {
  const { startGitHub, runOnGitHub } = await import('../support/github-run.js')
  arxiv.papers = [paper(1), paper(2)]
  for (const mode of ['commit', 'pull-request']) {
    const github = await startGitHub(t, { 'README.md': '# R\n' })
    const first = await runOnGitHub(github, arxiv.url, { mode })
    assert.equal(first.code, 0, first.stdout)
    if (mode === 'pull-request') github.merge(github.pulls[0]!.number)
    const switched = await runOnGitHub(github, arxiv.url, { mode, columns: 'Authors, Tags, Code' })
    assert.equal(switched.code, 0, switched.stdout)
    const readme = github.readme(mode === 'commit' ? 'main' : 'arxiv-daily/update')!
    assert.equal(header(readme), '| **Title** | **Date** | **Authors** | **Tags** | **Code** |', mode)
    assert.match(readme, /\| Test Author et al\. \| cs\.CL \| \[lab\/tool-2\]\(https:\/\/github\.com\/lab\/tool-2\) \|/)
  }
})
