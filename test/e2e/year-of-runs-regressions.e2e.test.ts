import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { parseReadme } from '../../src/readme/document.js'
import { PaperArxiv, type SimplePaper } from '../support/arxiv-server.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import { runAction, workspaceWith } from '../support/run-action.js'
import { servedPaper, arxivId, arxivTime } from '../support/papers.js'

// Regression tests for what the long-run simulation (test/sim/) found: each over several runs.

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => arxiv.close())

/** Paper n, first published in October and revised in November: the two dates differ. */
const paper = (n: number): SimplePaper =>
  servedPaper(n, {
    id: arxivId(n, '2510'),
    version: 2,
    title: `Paper ${n}`,
    published: arxivTime(`2025-10-${String(n).padStart(2, '0')}`),
    updated: arxivTime(n),
  })

const local = (workspace: string, inputs: Record<string, string> = {}) =>
  runAction({
    inputs: {
      mode: 'local',
      keywords: 'Alpha',
      'arxiv-api-url': arxiv.url,
      'request-delay': '0',
      'max-retries': '0',
      ...inputs,
    },
    workspace,
  })

test('a sort-by switch in a run where arXiv answers an empty page keeps the section, says it failed, and is finished by the next run', async () => {
  arxiv.papers = Array.from({ length: 22 }, (_, i) => paper(i + 1))
  const workspace = workspaceWith({ 'README.md': '# R\n' })
  assert.equal((await local(workspace)).code, 0)
  const before = parseReadme((await local(workspace)).readme(), 'README.md').digest.sections[0]!.papers
  assert.equal(before.length, 22)
  const kept = arxiv.papers
  arxiv.papers = []
  const empty = await local(workspace, { 'sort-by': 'published' })
  // The only keyword failed: the step fails and says so; nothing is written.
  assert.equal(empty.code, 1, empty.stdout)
  assert.match(
    empty.stdout,
    /arXiv returned no papers, although the section holds papers; the section was kept as it was/,
  )
  const held = parseReadme(empty.readme(), 'README.md').digest
  assert.equal(held.sections[0]!.papers.length, 22, 'nothing wiped')
  assert.equal(held.sortedBy, undefined, 'the switch is not recorded yet')
  arxiv.papers = kept
  const next = await local(workspace, { 'sort-by': 'published' })
  assert.equal(next.code, 0, next.stdout)
  const rebuilt = parseReadme(next.readme(), 'README.md').digest
  assert.equal(rebuilt.sortedBy, 'published')
  assert.equal(rebuilt.sections[0]!.papers[0]!.date, '2025-10-22')
  assert.equal(next.outputs['new-papers-count'], '0', 'nothing announced again')
})

test('a sort-by switch while the update pull request is open dates every row by the new date', async (t) => {
  arxiv.papers = [paper(1), paper(2)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { mode: 'pull-request', keywords: 'Alpha' }
  assert.equal((await runOnGitHub(github, arxiv.url, inputs)).code, 0)
  arxiv.papers.push(paper(3))
  const switched = await runOnGitHub(github, arxiv.url, { ...inputs, 'sort-by': 'published' })
  assert.equal(switched.code, 0, switched.stdout)
  const digest = parseReadme(github.readme('arxiv-daily/update'), 'README.md').digest
  assert.equal(digest.sortedBy, 'published')
  assert.deepEqual(
    digest.sections[0]!.papers.map((p) => p.date),
    ['2025-10-03', '2025-10-02', '2025-10-01'],
  )
  github.merge(github.pulls[0]!.number)
  const merged = parseReadme(github.readme('main'), 'README.md').digest
  assert.deepEqual(
    merged.sections[0]!.papers.map((p) => p.date),
    ['2025-10-03', '2025-10-02', '2025-10-01'],
  )
})

test('pull-request mode with json-path: a later day with nothing new writes nothing at all', async (t) => {
  arxiv.papers = [paper(4)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { mode: 'pull-request', keywords: 'Alpha', 'json-path': 'digest.json' }
  const first = await runOnGitHub(github, arxiv.url, { ...inputs, timezone: 'Etc/GMT+12' })
  assert.equal(first.code, 0, first.stdout)
  const head = github.refs.get('arxiv-daily/update')
  github.calls.length = 0
  const later = await runOnGitHub(github, arxiv.url, { ...inputs, timezone: 'Pacific/Kiritimati' })
  assert.equal(later.code, 0, later.stdout)
  assert.deepEqual(github.writes(), [], 'no push, no description edit')
  assert.equal(later.outputs.changed, 'false')
  assert.equal(github.refs.get('arxiv-daily/update'), head)
})

test('pull-request mode on quiet days: a keyword failing and recovering, a commit of prose to the base, and a reorder write nothing they do not need', async (t) => {
  arxiv.papers = [paper(5), paper(6)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { mode: 'pull-request', keywords: 'Alpha\nBeta', 'max-retries': '0' }
  assert.equal((await runOnGitHub(github, arxiv.url, { ...inputs, timezone: 'Etc/GMT+12' })).code, 0)
  const head = github.refs.get('arxiv-daily/update')
  const body = github.pulls[0]!.body
  arxiv.failing = (query) => query.includes('Beta')
  t.after(() => (arxiv.failing = () => false))
  github.calls.length = 0
  const failing = await runOnGitHub(github, arxiv.url, { ...inputs, timezone: 'Pacific/Kiritimati' })
  assert.equal(failing.code, 0, failing.stdout)
  assert.deepEqual(github.writes(), [], 'a 503 on a quiet day edits nothing')
  assert.equal(failing.outputs.changed, 'false')
  arxiv.failing = () => false
  const recovered = await runOnGitHub(github, arxiv.url, { ...inputs, timezone: 'Pacific/Kiritimati' })
  assert.deepEqual(github.writes(), [], 'nor does the recovery')
  assert.equal(recovered.outputs.changed, 'false')
  assert.equal(github.pulls[0]!.body, body)
  // A person commits prose to the base branch: the update branch stays as it is.
  github.push('main', { 'README.md': '# R\n\nA line of our own.\n' }, 'Docs')
  const prose = await runOnGitHub(github, arxiv.url, { ...inputs, timezone: 'Pacific/Kiritimati' })
  assert.equal(prose.code, 0, prose.stdout)
  assert.deepEqual(github.writes(), [], 'no rebuild, no force-push')
  assert.equal(github.refs.get('arxiv-daily/update'), head)
  // A reorder rewrites the branch, but its date stays: no paper changed.
  const date = /Last update: (\S+)/.exec(github.readme('arxiv-daily/update')!)?.[1]
  const reordered = await runOnGitHub(github, arxiv.url, {
    ...inputs,
    keywords: 'Beta\nAlpha',
    timezone: 'Pacific/Kiritimati',
  })
  assert.equal(reordered.code, 0, reordered.stdout)
  const readme = github.readme('arxiv-daily/update')!
  assert.ok(readme.indexOf('## Beta') < readme.indexOf('## Alpha'))
  assert.equal(/Last update: (\S+)/.exec(readme)?.[1], date)
})

test('a feed left from a keyword removed while feeds were off is deleted when they are on again; a file of yours stays', async () => {
  arxiv.papers = [paper(7)]
  const workspace = workspaceWith({ 'README.md': '# R\n', 'feeds/mine.xml': '<feed>mine</feed>\n' })
  const { existsSync } = await import('node:fs')
  const path = await import('node:path')
  assert.equal((await local(workspace, { keywords: 'Alpha\nBeta', 'feed-dir': 'feeds' })).code, 0)
  assert.ok(existsSync(path.join(workspace, 'feeds/beta.xml')))
  assert.equal((await local(workspace, { keywords: 'Alpha' })).code, 0)
  assert.ok(existsSync(path.join(workspace, 'feeds/beta.xml')), 'feeds off: nothing of them touched')
  const on = await local(workspace, { keywords: 'Alpha', 'feed-dir': 'feeds' })
  assert.equal(on.code, 0, on.stdout)
  assert.ok(!existsSync(path.join(workspace, 'feeds/beta.xml')), 'the stale feed is gone')
  assert.ok(existsSync(path.join(workspace, 'feeds/alpha.xml')))
  assert.equal(on.readme('feeds/mine.xml'), '<feed>mine</feed>\n')
})

test('with sort-by published, a revision of a paper submitted long before the window reaches the README, as a full fetch would', async () => {
  const at = (day: number) => `2025-11-${String(day).padStart(2, '0')}T10:00:00Z`
  arxiv.papers = Array.from({ length: 5 }, (_, i) => ({
    id: `2511.${String(100 + i).padStart(5, '0')}`,
    version: 1,
    title: `Published on ${i * 5 + 1}`,
    published: at(i * 5 + 1),
    updated: at(i * 5 + 1),
  }))
  const workspace = workspaceWith({ 'README.md': '# R\n' })
  const inputs = { 'sort-by': 'published', 'max-papers': '5', 'overlap-days': '2' }
  assert.equal((await local(workspace, inputs)).code, 0)
  // The oldest paper, submitted on the 1st, gets a second version on the 28th.
  arxiv.papers = arxiv.papers.map((p) => (p.id === '2511.00100' ? { ...p, version: 2, updated: at(28) } : p))
  const next = await local(workspace, inputs)
  assert.equal(next.code, 0, next.stdout)
  const papers = parseReadme(next.readme(), 'README.md').digest.sections[0]!.papers
  const revised = papers.find((p) => p.id === '2511.00100')!
  assert.equal(revised.version, 2)
  assert.equal(revised.date, '2025-11-01', 'still dated by its first version')
})

test('pull-request mode: papers of a pull request closed without merging stay out of the next ones; papers put back are not announced', async (t) => {
  arxiv.papers = [paper(10), paper(11)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { mode: 'pull-request', keywords: 'Alpha', issue: 'true' }
  assert.equal((await runOnGitHub(github, arxiv.url, inputs)).code, 0)
  const closed = github.pulls[0]!
  closed.state = 'closed'
  closed.headSha = github.refs.get('arxiv-daily/update')
  arxiv.papers.push(paper(12))
  assert.equal((await runOnGitHub(github, arxiv.url, inputs)).code, 0)
  arxiv.papers.push(paper(13))
  const later = await runOnGitHub(github, arxiv.url, inputs)
  assert.equal(later.code, 0, later.stdout)
  const readme = github.readme('arxiv-daily/update')!
  assert.match(readme, /Paper 13\]/)
  assert.doesNotMatch(readme, /Paper 1[01]\]/, 'the refused papers stay out a run later too')
  assert.equal(later.outputs['new-papers-count'], '1')
  // max-papers raised: papers from further down the list are put back, not announced.
  arxiv.papers.push(...Array.from({ length: 6 }, (_, i) => paper(i + 1)))
  const raised = await runOnGitHub(github, arxiv.url, { ...inputs, 'max-papers': '5' })
  assert.equal(raised.code, 0, raised.stdout)
  const more = await runOnGitHub(github, arxiv.url, { ...inputs, 'max-papers': '12' })
  assert.equal(more.code, 0, more.stdout)
  assert.equal(more.outputs['new-papers-count'], '0', 'nothing announced: the papers were put back')
})

test('a paper a reviewer removed from the update branch stays out on the second update after the removal, and later', async (t) => {
  arxiv.papers = [paper(14), paper(15)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { mode: 'pull-request', keywords: 'Alpha' }
  assert.equal((await runOnGitHub(github, arxiv.url, inputs)).code, 0)
  const onBranch = github.readme('arxiv-daily/update')!
  github.push(
    'arxiv-daily/update',
    { 'README.md': onBranch.replace(/\| \*\*\[Paper 14\][^\n]*\n/, '') },
    'Drop paper 14',
  )
  for (const n of [16, 17, 18]) {
    arxiv.papers.push(paper(n))
    const run = await runOnGitHub(github, arxiv.url, inputs)
    assert.equal(run.code, 0, run.stdout)
    const readme = github.readme('arxiv-daily/update')!
    assert.match(readme, new RegExp(`Paper ${n}\\]`))
    assert.doesNotMatch(readme, /Paper 14\]/, `still out after the update with paper ${n}`)
  }
})

test('pull-request mode: a spurious empty page for a section only the update branch holds is retried, and no new paper is missed', async (t) => {
  const { startArxivServer, feed, entry } = await import('../support/arxiv-server.js')
  let papers = [paper(1), paper(2)]
  let emptyOnce = false
  const server = await startArxivServer(() => {
    if (emptyOnce) {
      emptyOnce = false
      return { body: feed([]) }
    }
    return { body: feed([...papers].reverse().map(entry)) }
  })
  t.after(() => server.close())
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { mode: 'pull-request', keywords: 'Alpha', 'max-retries': '1' }
  assert.equal((await runOnGitHub(github, server.url, inputs)).code, 0)
  papers = Array.from({ length: 17 }, (_, i) => paper(i + 1))
  emptyOnce = true
  const next = await runOnGitHub(github, server.url, inputs)
  assert.equal(next.code, 0, next.stdout)
  assert.match(next.stdout, /arXiv returned no papers, although the section holds papers.*trying again/)
  assert.equal(next.outputs['new-papers-count'], '15')
})

test('a row deleted by hand within overlap-days comes back put back, not announced, in local and commit mode', async (t) => {
  arxiv.papers = Array.from({ length: 10 }, (_, i) => paper(i + 1))
  const dropRows = (readme: string) => readme.replace(/\| \*\*\[Paper (?:10|9)\][^\n]*\n/g, '')
  // Local mode: the person edits the file on disk between runs.
  const workspace = workspaceWith({ 'README.md': '# R\n' })
  assert.equal((await local(workspace)).code, 0)
  const { writeFileSync } = await import('node:fs')
  const path = await import('node:path')
  const first = (await local(workspace)).readme()!
  writeFileSync(path.join(workspace, 'README.md'), dropRows(first))
  arxiv.papers.push(paper(11))
  const back = await local(workspace)
  assert.equal(back.code, 0, back.stdout)
  assert.equal(back.outputs['new-papers-count'], '1', 'only paper 11 is new')
  assert.match(back.outputs['new-papers'] ?? '', /2510\.00011/)
  assert.match(back.stdout, /2 papers restored/)
  const papers = parseReadme(back.readme(), 'README.md').digest.sections[0]!.papers
  assert.deepEqual(
    papers.slice(0, 3).map((p) => p.title),
    ['Paper 11', 'Paper 10', 'Paper 9'],
    'the deleted rows are written back',
  )
  // A quiet day after: nothing written, nothing announced.
  const quiet = await local(workspace)
  assert.equal(quiet.outputs.changed, 'false')
  assert.equal(quiet.readme(), back.readme())

  // Commit mode: the person's commit deletes the rows.
  arxiv.papers = Array.from({ length: 10 }, (_, i) => paper(i + 1))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { keywords: 'Alpha' }
  assert.equal((await runOnGitHub(github, arxiv.url, inputs)).code, 0)
  github.push('main', { 'README.md': dropRows(github.readme('main')!) }, 'Drop two rows')
  const again = await runOnGitHub(github, arxiv.url, inputs)
  assert.equal(again.code, 0, again.stdout)
  assert.equal(again.outputs['new-papers-count'], '0', 'nothing announced again')
  assert.match(github.readme('main')!, /Paper 10\]/)
})

test('pull-request mode: a sort-by switch in a run where one keyword fails keeps the papers the pull request proposed for it, and they are not announced again after the merge', async (t) => {
  arxiv.papers = [paper(7), paper(8)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { mode: 'pull-request', keywords: 'Alpha\nBeta', 'max-retries': '0' }
  assert.equal((await runOnGitHub(github, arxiv.url, inputs)).code, 0)
  github.merge(github.pulls[0]!.number)
  arxiv.papers.push(paper(9))
  const proposed = await runOnGitHub(github, arxiv.url, inputs)
  assert.equal(proposed.outputs['new-papers-count'], '2', proposed.stdout)
  const alpha = () =>
    parseReadme(github.readme('arxiv-daily/update'), 'README.md')
      .digest.sections.find((s) => s.title === 'Alpha')!
      .papers.map((p) => p.id)
  assert.deepEqual(alpha(), ['2510.00009', '2510.00008', '2510.00007'])
  arxiv.failing = (query) => query.includes('Alpha')
  t.after(() => (arxiv.failing = () => false))
  const switched = await runOnGitHub(github, arxiv.url, { ...inputs, 'sort-by': 'published' })
  assert.equal(switched.code, 0, switched.stdout)
  assert.deepEqual(JSON.parse(switched.outputs['failed-keywords']!), ['Alpha'])
  assert.deepEqual(alpha(), ['2510.00009', '2510.00008', '2510.00007'], 'the proposed paper stays')
  arxiv.failing = () => false
  github.merge(github.pulls.find((pull) => pull.state === 'open')!.number)
  const after = await runOnGitHub(github, arxiv.url, { ...inputs, 'sort-by': 'published' })
  assert.equal(after.code, 0, after.stdout)
  assert.equal(after.outputs['new-papers-count'], '0', 'nothing announced again')
})

test('pull-request mode: a keyword arXiv fails for keeps the pull request its rows when max-papers is lowered; the others are cut', async (t) => {
  arxiv.papers = Array.from({ length: 6 }, (_, i) => paper(i + 11))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { mode: 'pull-request', keywords: 'Alpha\nBeta', 'max-retries': '0', 'max-papers': '6' }
  assert.equal((await runOnGitHub(github, arxiv.url, inputs)).code, 0)
  const rows = (title: string) =>
    parseReadme(github.readme('arxiv-daily/update'), 'README.md')
      .digest.sections.find((s) => s.title === title)!
      .papers.map((p) => p.id)
  const proposed = rows('Alpha')
  assert.equal(proposed.length, 6)
  arxiv.failing = (query) => query.includes('Alpha')
  t.after(() => (arxiv.failing = () => false))
  const lowered = await runOnGitHub(github, arxiv.url, { ...inputs, 'max-papers': '3' })
  assert.equal(lowered.code, 0, lowered.stdout)
  assert.deepEqual(JSON.parse(lowered.outputs['failed-keywords']!), ['Alpha'])
  assert.deepEqual(rows('Alpha'), proposed, 'the failing keyword keeps every row the pull request showed')
  assert.deepEqual(rows('Beta'), proposed.slice(0, 3))
  arxiv.failing = () => false
  const recovered = await runOnGitHub(github, arxiv.url, { ...inputs, 'max-papers': '3' })
  assert.equal(recovered.code, 0, recovered.stdout)
  assert.deepEqual(rows('Alpha'), proposed.slice(0, 3), 'cut once arXiv answers')
  assert.equal(recovered.outputs['new-papers-count'], '0', 'nothing announced again')
})
