import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { PaperArxiv, startArxivServer, feed, entry } from '../support/arxiv-server.js'
import { servedPaper as paper } from '../support/papers.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import { parseGfm, tables, visibleText } from '../support/gfm.js'
import { runAction, workspaceWith } from '../support/run-action.js'

// The first hour of a new user: mistakes caught, every run explained.

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => arxiv.close())

/** `bundle`: the built dist/index.js as the runner starts it (a few tests prove that path). */
const local = (workspace: string, inputs: Record<string, string>, runner?: 'bundle') =>
  runAction({
    inputs: { mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0', ...inputs },
    workspace,
    ...(runner ? { runner } : {}),
  })

test('a keyword arXiv finds nothing for: a warning naming it, in the summary too, and no empty section', async () => {
  const empty = await startArxivServer((request) =>
    (request.url.searchParams.get('search_query') ?? '').includes('Speeech')
      ? { body: feed([]) }
      : { body: feed([entry(paper(1))]) },
  )
  after(() => empty.close())
  const workspace = workspaceWith({ 'README.md': '# R\n' })
  const run = await runAction({
    inputs: { mode: 'local', 'arxiv-api-url': empty.url, 'request-delay': '0', keywords: 'Speech\nSpeeech' },
    workspace,
  })
  assert.equal(run.code, 0, run.stdout)
  assert.match(
    run.stdout,
    /::warning title=Keyword found nothing::arXiv found no paper for the keyword "Speeech", so it has no section yet: check its spelling/,
  )
  assert.doesNotMatch(run.readme()!, /## Speeech/)
  assert.match(run.readme()!, /## Speech/)
  assert.match(run.summary, /arXiv found no paper for Speeech, so it has no section yet/)
  assert.match(run.summary, /\| Speeech \| 0 \| 0 \| arXiv found nothing \|/)
  // The next run says it again and writes nothing: still no section for a keyword with no paper.
  const again = await runAction({
    inputs: { mode: 'local', 'arxiv-api-url': empty.url, 'request-delay': '0', keywords: 'Speech\nSpeeech' },
    workspace,
  })
  assert.equal(again.code, 0, again.stdout)
  assert.match(again.stdout, /Keyword found nothing::arXiv found no paper for the keyword "Speeech"/)
  assert.match(again.stdout, /Already up to date; nothing written/)
  assert.equal(again.readme(), run.readme())
})

test('a readme-path that does not exist is created with a warning that suggests the close name; the pull request and commit say the file is new', async (t) => {
  arxiv.papers = [paper(2)]
  const workspace = workspaceWith({ 'README.md': '# Mine\n' })
  const run = await local(workspace, { keywords: 'Alpha', 'readme-path': 'READEM.md' })
  assert.equal(run.code, 0, run.stdout)
  assert.match(
    run.stdout,
    /::warning title=README created::READEM\.md does not exist, so the action creates it; did you mean "README\.md"\? Then set readme-path to it/,
  )
  const again = await local(workspace, { keywords: 'Alpha', 'readme-path': 'READEM.md' })
  assert.equal(again.code, 0, again.stdout)
  assert.doesNotMatch(again.stdout, /README created/, 'the file exists now: no warning')
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const pr = await runOnGitHub(github, arxiv.url, {
    mode: 'pull-request',
    keywords: 'Alpha',
    'readme-path': 'READEM.md',
  })
  assert.equal(pr.code, 0, pr.stdout)
  assert.match(pr.stdout, /did you mean "README\.md"\?/)
  assert.match(
    github.pulls[0]!.body,
    /^This pull request creates `READEM\.md` with \*\*1 new paper\*\* from arXiv \(the file does not exist on the base branch\)\./,
  )
  const head = github.refs.get('arxiv-daily/update-readem-md')!
  assert.match(
    (github.objects.get(head) as { message: string }).message,
    /^Create READEM\.md with arXiv papers \(1 new\)/,
  )
})

test('a job summary on every failed run: an invalid input, every keyword failing, a pull request refused after the push', async (t) => {
  const invalid = await local(workspaceWith(), { keywords: 'Alpha', 'max-papers': 'lots' }, 'bundle')
  assert.equal(invalid.code, 1)
  assert.match(
    invalid.summary,
    /^## arXiv daily digest\n\n\*\*The run failed\.\*\*\n\n> Input "max-papers": must be a whole number/,
  )
  assert.match(invalid.summary, /Nothing was written and nothing was asked of arXiv/)

  arxiv.failing = () => true
  t.after(() => (arxiv.failing = () => false))
  const down = await local(workspaceWith(), { keywords: 'Alpha\nBeta', 'max-retries': '0' }, 'bundle')
  assert.equal(down.code, 1)
  const [table] = tables(parseGfm(down.summary))
  assert.ok(table, down.summary)
  assert.deepEqual(
    table.children.slice(1).map((row) => visibleText(row.children[0]!)),
    ['Alpha', 'Beta'],
  )
  assert.match(down.summary, /\*\*Next run:\*\* it asks arXiv again and catches up/)
  arxiv.failing = () => false

  arxiv.papers = [paper(3)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.pullRequestCreationAllowed = false
  const refused = await runOnGitHub(github, arxiv.url, { mode: 'pull-request', keywords: 'Alpha' }, 'bundle')
  assert.equal(refused.code, 1)
  assert.match(refused.summary, /\*\*The run failed\.\*\*/)
  assert.match(
    refused.summary,
    /What was written before the failure:\n\nCommitted: `README\.md` \(1 new paper\)\.\n\nCommit: \[[0-9a-f]{7}\]/,
  )
})

test('arXiv down: every retry is a line with its reason and wait, and after two keywords the rest are not asked', async () => {
  const down = await startArxivServer(() => ({ status: 503, body: 'down' }))
  after(() => down.close())
  const keywords = Array.from({ length: 6 }, (_, i) => `Keyword ${i}`).join('\n')
  const run = await runAction({
    inputs: { mode: 'local', 'arxiv-api-url': down.url, 'request-delay': '0', 'max-retries': '1', keywords },
  })
  assert.equal(run.code, 1)
  assert.equal(down.requests.length, 4, 'two keywords, two attempts each')
  assert.match(run.stdout, /arXiv: arXiv answered HTTP 503; attempt 1 of 2 failed, trying again in \d+\.\d s/)
  assert.match(
    run.stdout,
    /::warning title=arXiv is down::arXiv looks down \(2 keywords in a row failed: .*\), so the other 4 keywords were not asked; the next run catches up/,
  )
})

test('pull request bodies mark the papers new since the last update, with the date; the log prints the links', async (t) => {
  arxiv.papers = [paper(4), paper(5)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { mode: 'pull-request', keywords: 'Alpha', timezone: 'Etc/GMT+12' }
  const first = await runOnGitHub(github, arxiv.url, inputs)
  assert.equal(first.code, 0, first.stdout)
  assert.match(first.stdout, /^Pull request #\d+ \(opened\): https:\/\/github\.com\/octo\/papers\/pull\/\d+$/m)
  assert.doesNotMatch(github.pulls[0]!.body, /\*\*new\*\*/, 'the first version marks nothing')
  arxiv.papers.push(paper(6))
  const second = await runOnGitHub(github, arxiv.url, inputs)
  assert.equal(second.code, 0, second.stdout)
  const body = github.pulls[0]!.body
  assert.match(
    body,
    /adds \*\*3 new papers\*\* from arXiv to `README\.md`, 1 of them since its update on \d{4}-\d{2}-\d{2} \(marked \*\*new\*\*\)\./,
  )
  assert.match(body, /- \[Paper number 6\]\([^)]*\), Test Author \(2025-11-06\) \*\*new\*\* on \d{4}-\d{2}-\d{2}\n/)
  assert.doesNotMatch(body, /Paper number 5\][^\n]*\*\*new\*\*/)
  github.calls.length = 0
  const quiet = await runOnGitHub(github, arxiv.url, inputs)
  assert.deepEqual(github.writes(), [], 'a run with nothing new keeps the body, marks and all')
  assert.match(quiet.summary, /Pull request: \[#\d+\]\([^)]*\) \(unchanged\)/)
})

test('a first fill does not flood watchers: the issue lists 15 papers a keyword and counts the rest', async (t) => {
  arxiv.papers = Array.from({ length: 20 }, (_, i) => paper(i + 1))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const run = await runOnGitHub(github, arxiv.url, { mode: 'commit', keywords: 'Alpha', issue: 'true' })
  assert.equal(run.code, 0, run.stdout)
  const [issue] = github.issues
  const items = issue!.body.split('\n').filter((line) => line.startsWith('- ['))
  assert.equal(items.length, 15)
  assert.match(items[0]!, /Paper number 20/)
  assert.match(issue!.body, /…and 5 older new papers, in the README\./)
  assert.match(run.stdout, /^Issue #\d+: https:\/\/github\.com\/octo\/papers\/issues\/\d+$/m)
})

test('a label GitHub refuses is named in a sentence', async (t) => {
  arxiv.papers = [paper(7)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.faults.set('issues/add-labels', [{ status: 422, message: 'Validation Failed' }])
  const run = await runOnGitHub(github, arxiv.url, { mode: 'pull-request', keywords: 'Alpha', 'pr-labels': 'papers' })
  assert.equal(run.code, 0, run.stdout)
  assert.match(run.stdout, /Could not add the label "papers" on pull request #\d+: GitHub answered HTTP 422/)
})

test('local mode for people: the log reads as text, mistaken flags are named, nothing written prints no README path', () => {
  const script = new URL('../../scripts/run-local.mjs', import.meta.url).pathname
  const workspace = workspaceWith()
  const env = { ...process.env, GITHUB_WORKSPACE: workspace }
  const unknown = spawnSync(process.execPath, [script, '--max-paper', '5'], { env, encoding: 'utf8' })
  assert.equal(unknown.status, 2)
  assert.match(unknown.stderr, /Unknown input --max-paper; did you mean --max-papers\?/)
  const underscored = spawnSync(process.execPath, [script, '--max_papers', '5'], { env, encoding: 'utf8' })
  assert.match(underscored.stderr, /Unknown input --max_papers; did you mean --max-papers\?/)
  const unreachable = spawnSync(
    process.execPath,
    [
      script,
      '--keywords',
      'Alpha',
      '--arxiv-api-url',
      'http://127.0.0.1:9/api/query',
      '--request-delay',
      '0',
      '--max-retries',
      '0',
    ],
    { env, encoding: 'utf8' },
  )
  assert.equal(unreachable.status, 1)
  assert.match(
    unreachable.stdout,
    /could not reach arXiv at 127\.0\.0\.1:9 \(ECONNREFUSED\); check the runner's network, or set arxiv-api-url to a mirror/,
  )
  assert.doesNotMatch(unreachable.stdout, /^::/m, 'no workflow commands on a terminal')
  assert.match(unreachable.stdout, /^error: Every keyword failed/m)
  assert.doesNotMatch(unreachable.stdout, /README written/)
  // The summary is written outside the repository the run works on, and its path printed.
  const summary = /^Job summary: (.+)$/m.exec(unreachable.stdout)?.[1] ?? ''
  assert.ok(!summary.startsWith(workspace), summary)
  assert.match(readFileSync(summary, 'utf8'), /\*\*The run failed\.\*\*/)
  assert.deepEqual(readdirSync(workspace), [])
})
