import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { entry, feed, PaperArxiv, startArxivServer } from '../support/arxiv-server.js'
import { servedPaper } from '../support/papers.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import { FakeGitHub } from '../support/github-server.js'
import { runAction } from '../support/run-action.js'

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => arxiv.close())

const paper = (n: number, comment = '') => servedPaper(n, { comment })

/** `bundle`: the built dist/index.js as the runner starts it (a few tests prove that path). */
const run = (github: FakeGitHub, inputs: Record<string, string> = {}, runner?: 'bundle') =>
  runOnGitHub(github, arxiv.url, inputs, runner)

test('commit mode: one verified commit with the README, then no write at all when nothing is new', async (t) => {
  arxiv.papers = [paper(1), paper(2)]
  const github = await startGitHub(t, { 'README.md': '# My papers\n\nHello.\n' })
  const first = await run(github, {}, 'bundle')
  assert.equal(first.code, 0, first.stdout)
  assert.equal(first.outputs.changed, 'true')
  assert.equal(first.outputs['new-papers-count'], '2')
  assert.equal(first.outputs['commit-sha'], github.refs.get('main'))
  const readme = github.readme()!
  assert.ok(readme.startsWith('# My papers\n\nHello.\n\n<!-- arxiv-daily:start -->\n'))
  assert.match(readme, /\*\*\[Paper number 2\]\(https:\/\/arxiv\.org\/abs\/2511\.00002v1\)\*\* \| 2025-11-02/)
  assert.deepEqual(
    github.writes().map((c) => c.operation),
    ['git/create-tree', 'git/create-commit', 'git/update-ref'],
  )
  // Six to read and write, one to list the folder written to (no symbolic link, no case twin), one
  // to find an update pull request that a switch from pull-request mode left open.
  assert.ok(github.calls.length <= 8, `${github.calls.length} calls`)
  assert.match(first.summary, /Commit: \[[0-9a-f]{7}\]\(https:\/\/github\.com\/octo\/papers\/commit\//)

  github.calls.length = 0
  const second = await run(github, {}, 'bundle')
  assert.equal(second.code, 0)
  assert.equal(second.outputs.changed, 'false')
  assert.equal(second.outputs['commit-sha'], '')
  assert.deepEqual(github.writes(), [])
  assert.ok(github.calls.length <= 3, `${github.calls.length} calls`)
  assert.equal(github.readme(), readme)
  // The only place the token may appear is the runner's own masking command.
  const logs = (first.stdout + second.stdout + first.stderr + second.stderr).replace(/^::add-mask::.*$/gm, '')
  assert.doesNotMatch(logs, new RegExp(github.token))
})

test('commit mode: a branch that moved between read and write is re-read and merged, nothing lost', async (t) => {
  arxiv.papers = [paper(3)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  let moved = false
  github.beforeRefUpdate = () => {
    if (moved) return
    moved = true
    github.push('main', { 'NOTES.md': 'a person pushed this' })
  }
  const result = await run(github)
  assert.equal(result.code, 0, result.stdout)
  const head = github.refs.get('main')!
  assert.equal(github.fileAt(head, 'NOTES.md')?.toString(), 'a person pushed this')
  assert.match(github.readme()!, /Paper number 3/)
  assert.equal(github.calls.filter((c) => c.operation === 'git/update-ref').length, 2)
})

test('commit mode: a protected branch is explained and suggests pull-request mode', async (t) => {
  arxiv.papers = [paper(4)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.protectedBranches.add('main')
  const result = await run(github)
  assert.equal(result.code, 1)
  assert.match(
    result.stdout,
    /::error::GitHub refused to update the branch "main" \(HTTP 422: Protected branch update failed.*Use "mode: pull-request"/,
  )
})

test('commit mode: a missing permission is named', async (t) => {
  arxiv.papers = [paper(4)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.faults.set('git/create-tree', [{ status: 403, message: 'Resource not accessible by integration' }])
  const result = await run(github)
  assert.equal(result.code, 1)
  assert.match(result.stdout, /needs "contents: write"/)
  assert.equal(github.readme(), '# R\n')
})

test('commit mode: a README in a subfolder and a missing README are created', async (t) => {
  arxiv.papers = [paper(5)]
  const github = await startGitHub(t, { 'README.md': '# Top\n' })
  const result = await run(github, { 'readme-path': 'docs/PAPERS.md' })
  assert.equal(result.code, 0, result.stdout)
  assert.match(github.readme('main', 'docs/PAPERS.md')!, /^# Daily arXiv Papers\n\n<!-- arxiv-daily:start -->/)
  assert.equal(github.readme('main', 'README.md'), '# Top\n')
})

test('commit mode: a README over 1 MB with a BOM is read whole (raw media type) and kept byte for byte', async (t) => {
  arxiv.papers = [paper(6)]
  const big = `\uFEFF# Big\r\n${'x'.repeat(1_200_000)}\r\n`
  const github = await startGitHub(t, { 'README.md': big })
  const result = await run(github)
  assert.equal(result.code, 0, result.stdout)
  const readme = github.readme()!
  assert.ok(readme.startsWith(big))
  assert.match(readme, /\r\n<!-- arxiv-daily:start -->\r\nLast update: /)
})

test('notification issue: lists the new papers with comments; no new papers, no issue', async (t) => {
  arxiv.papers = [paper(11, 'Accepted at a workshop, 9 pages'), paper(12)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const result = await run(github, { issue: 'true', 'issue-labels': 'arxiv' })
  assert.equal(result.code, 0, result.stdout)
  const [issue] = github.issues
  assert.ok(issue)
  assert.equal(result.outputs['issue-number'], String(issue.number))
  assert.match(issue.title, /^New arXiv papers: 2 on \d{4}-\d{2}-\d{2}$/)
  assert.match(
    issue.body,
    /## Reward Model\n\n- \[Paper number 12\][^\n]*\n- \[Paper number 11\]\([^)]*\), Test Author \(2025-11-11\): Accepted at a workshop, 9 pages/,
  )
  assert.doesNotMatch(issue.body, /Abstract of/)
  assert.deepEqual(issue.labels, ['arxiv'])
  assert.match(
    result.summary,
    new RegExp(`Issue: \\[#${issue.number}\\]\\(https://github\\.com/octo/papers/issues/${issue.number}\\)`),
  )
  assert.match(result.summary, /\| Reward Model \| 2 \| 2 \| ok \|/)
  const again = await run(github, { issue: 'true' })
  assert.equal(again.outputs['issue-number'], '')
  assert.equal(github.issues.length, 1)
})

test('the default branch comes from the repository when base is not given', async (t) => {
  arxiv.papers = [paper(13)]
  const github = await startGitHub(t, {})
  github.refs.set('trunk', github.refs.get('main')!)
  github.refs.delete('main')
  github.defaultBranch = 'trunk'
  const result = await run(github)
  assert.equal(result.code, 0, result.stdout)
  assert.match(github.readme('trunk')!, /Paper number 13/)
})

test('transient GitHub failures are retried: a 502 and a secondary rate limit', async (t) => {
  arxiv.papers = [paper(14)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.faults.set('repos/get-branch', [{ status: 502, message: 'Bad Gateway' }])
  github.faults.set('git/create-commit', [
    {
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    },
  ])
  const result = await run(github)
  assert.equal(result.code, 0, result.stdout)
  assert.match(github.readme()!, /Paper number 14/)
  assert.equal(github.calls.filter((c) => c.operation === 'git/create-commit').length, 2)
})

test('two runs at the same time end with one README that holds the papers of both', async (t) => {
  const github = await FakeGitHub.start({ 'README.md': '# R\n' })
  // Each run sees a different newest paper, as two runs minutes apart would.
  const one = await startArxivServer(() => ({ body: feed([entry(paper(15))]) }))
  const two = await startArxivServer(() => ({ body: feed([entry(paper(16))]) }))
  t.after(() => Promise.all([one.close(), two.close(), github.close()]))
  const env = { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url }
  const inputs = { keywords: 'Reward Model', 'request-delay': '0', 'github-token': github.token, mode: 'commit' }
  const results = await Promise.all(
    [one, two].map((server) => runAction({ inputs: { ...inputs, 'arxiv-api-url': server.url }, env })),
  )
  for (const result of results) assert.equal(result.code, 0, result.stdout)
  const readme = github.readme()!
  assert.match(readme, /Paper number 16[\s\S]*Paper number 15/)
  assert.deepEqual(github.violations, [])
})

test('size budget: older papers move to papers/<keyword>.md in the same commit; a rerun writes nothing', async (t) => {
  arxiv.papers = Array.from({ length: 28 }, (_, i) => ({
    ...paper(i + 1),
    abstract: 'A long abstract sentence. '.repeat(40),
  }))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const first = await run(github, { 'max-readme-kib': '16', 'max-papers': '28' })
  assert.equal(first.code, 0, first.stdout)
  const readme = github.readme()!
  assert.ok(Buffer.byteLength(readme) <= 16 * 1024)
  assert.match(readme, /More: \[\d+ older papers\]\(papers\/reward-model\.md\)/)
  const moved = github.readme('main', 'papers/reward-model.md')!
  assert.match(moved, /Paper number 1\]/)
  assert.equal(github.calls.filter((c) => c.operation === 'git/create-commit').length, 1)
  github.calls.length = 0
  const second = await run(github, { 'max-readme-kib': '16', 'max-papers': '28' })
  assert.equal(second.outputs.changed, 'false')
  assert.deepEqual(github.writes(), [])
})

test('commit mode: an API error that echoes the token shows it nowhere, escaped or not', async (t) => {
  arxiv.papers = [paper(7)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.faults.set('issues/create', [
    { status: 422, message: `Validation failed: token ${github.token} is not_allowed` },
  ])
  const result = await run(github, { issue: 'true' }, 'bundle')
  assert.equal(result.code, 1)
  const escaped = github.token.replace(/_/g, '\\_')
  // `::add-mask::` is the command that tells the runner to mask it.
  const stdout = result.stdout.replace(/^::add-mask::.*$/m, '')
  for (const text of [stdout, result.stderr, result.summary]) {
    assert.ok(!text.includes(github.token) && !text.includes(escaped), `the token appears nowhere: ${text}`)
  }
  assert.match(result.summary, /Validation failed: token \\\*\\\*\\\* is not\\_allowed/)
})

test('commit mode: the log, the summary and the commit message name what each run wrote and why (the page alone, a change of columns), never a file not written', async (t) => {
  arxiv.papers = [paper(1), paper(2)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const first = await run(github)
  assert.equal(first.code, 0, first.stdout)
  assert.match(first.stdout, /Wrote README\.md: 2 new papers/)
  // The page turned on: only its files are written.
  const page = await run(github, { 'site-dir': 'docs' })
  assert.equal(page.code, 0, page.stdout)
  assert.match(page.stdout, /Wrote docs\/index\.html: the page/)
  assert.doesNotMatch(page.stdout, /Wrote README\.md|README\.md updated/)
  const message = (sha: string) => github.objects.get(sha) as { message: string }
  assert.match(message(github.refs.get('main')!).message, /^Update the arXiv digest \(page\)\n/)
  assert.match(
    page.summary,
    /Committed: `docs\/index\.html` \(the page\), `docs\/papers\.json` \(the page\), `docs\/abstracts\.json` \(the page\)\./,
  )
  assert.doesNotMatch(page.summary, /`README\.md`/)
  // A change of columns rewrites every row, and says so.
  const columns = await run(github, { 'site-dir': 'docs', columns: 'Authors, Abstract' })
  assert.equal(columns.code, 0, columns.stdout)
  assert.match(columns.stdout, /Wrote README\.md: the columns changed/)
  assert.match(message(github.refs.get('main')!).message, /^Update the arXiv digest \(columns/)
  assert.doesNotMatch(message(github.refs.get('main')!).message, /0 new/)
  // Nothing new: nothing written, and said.
  const quiet = await run(github, { 'site-dir': 'docs', columns: 'Authors, Abstract' })
  assert.match(quiet.stdout, /Already up to date; nothing written/)
  assert.doesNotMatch(quiet.stdout, /Wrote /)
})
