import assert from 'node:assert/strict'
import { after, before, test, type TestContext } from 'node:test'
import type { List } from 'mdast'
import { entry, feed, startArxivServer, type ArxivServer, type SimplePaper } from '../support/arxiv-server.js'
import { FakeGitHub } from '../support/github-server.js'
import { parseGfm, visibleText } from '../support/gfm.js'
import { runAction } from '../support/run-action.js'

// Issue 9 against the fake GitHub, on the built bundle, over several runs.

let papers: SimplePaper[] = []
let arxiv: ArxivServer

before(async () => {
  arxiv = await startArxivServer((request) => {
    const max = Number(request.url.searchParams.get('max_results'))
    const sorted = [...papers].sort((a, b) => (a.updated < b.updated ? 1 : -1))
    return { body: feed(sorted.slice(0, max).map(entry), papers.length) }
  })
})
after(() => arxiv.close())

async function startGitHub(t: TestContext, files: Record<string, string> | null): Promise<FakeGitHub> {
  const github = await FakeGitHub.start(files)
  t.after(() => github.close())
  return github
}

const paper = (n: number, comment = ''): SimplePaper => ({ id: `2511.${String(n).padStart(5, '0')}`, title: `Paper number ${n}`, updated: `2025-11-${String(n).padStart(2, '0')}T10:00:00Z`, comment })

async function run(github: FakeGitHub, inputs: Record<string, string> = {}) {
  const result = await runAction({
    inputs: { keywords: 'Reward Model', 'arxiv-api-url': arxiv.url, 'request-delay': '0', 'github-token': github.token, mode: 'pull-request', ...inputs },
    env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.com' },
  })
  assert.deepEqual(github.violations, [], 'every request matches the OpenAPI description')
  return result
}

const BRANCH = 'arxiv-daily/update'
const listItems = (markdown: string): string[] =>
  parseGfm(markdown)
    .children.filter((node): node is List => node.type === 'list')
    .flatMap((list) => list.children.map((item) => visibleText(item)))

test('a repository without commits: the message says so and what to do', async (t) => {
  papers = [paper(1)]
  const github = await startGitHub(t, null)
  const result = await run(github, { mode: 'commit' })
  assert.equal(result.code, 1)
  assert.match(result.stdout, /::error::The repository octo\/papers has no commits yet, so there is no branch to update\. Push a first commit \(for example a README\.md\) and run again\./)
  assert.doesNotMatch(result.stdout, /check the "base" input/)
})

test('a reviewer\'s commits on the update branch are kept: nothing new writes nothing, new papers go on top', async (t) => {
  papers = [paper(1), paper(2), paper(3)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const created = await run(github)
  assert.equal(created.code, 0, created.stdout)
  assert.equal(created.outputs['pull-request-operation'], 'created')
  // The reviewer fixes a title, drops a paper, adds a note and a file.
  const onBranch = github.readme(BRANCH)!
  const edited = `${onBranch.replace('Paper number 3', 'Paper number three').replace(/\| \*\*\[Paper number 1\][^\n]*\n/, '')}\nA reviewer's note.\n`
  const reviewer = github.push(BRANCH, { 'README.md': edited, 'NOTES.md': 'kept' }, 'Fix a title')

  github.calls.length = 0
  const quiet = await run(github)
  assert.equal(quiet.code, 0, quiet.stdout)
  assert.deepEqual(github.writes(), [], 'nothing new: no write at all')
  assert.equal(quiet.outputs.changed, 'false')
  assert.equal(quiet.outputs['pull-request-operation'], 'none')
  assert.equal(github.refs.get(BRANCH), reviewer)

  papers.push(paper(4))
  const next = await run(github)
  assert.equal(next.code, 0, next.stdout)
  assert.equal(next.outputs['pull-request-operation'], 'updated')
  assert.equal(next.outputs['new-papers-count'], '1')
  const head = github.refs.get(BRANCH)!
  assert.deepEqual((github.objects.get(head) as { parents: string[] }).parents, [reviewer], 'one commit on top of the reviewer\'s')
  const readme = github.readme(BRANCH)!
  assert.match(readme, /Paper number 4/)
  assert.match(readme, /Paper number three/)
  assert.doesNotMatch(readme, /Paper number 1\]/, 'the dropped paper stays dropped')
  assert.match(readme, /A reviewer's note\.\n$/)
  assert.equal(github.fileAt(head, 'NOTES.md')?.toString(), 'kept')
  assert.match(github.pulls[0]!.body, /also holds commits by others/)
  assert.equal(github.pulls.length, 1)
})

test('a branch that holds only the action\'s commits is rebuilt as one commit on the current base', async (t) => {
  papers = [paper(5)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  await run(github)
  github.push('main', { 'OTHER.md': 'base moved' })
  papers.push(paper(6))
  const result = await run(github)
  assert.equal(result.outputs['pull-request-operation'], 'updated')
  assert.deepEqual((github.objects.get(github.refs.get(BRANCH)!) as { parents: string[] }).parents, [github.refs.get('main')])
})

test('a refused reviewer is a warning; the pull request and the outputs stand', async (t) => {
  papers = [paper(7)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.collaborators = new Set(['alice'])
  const result = await run(github, { 'pr-reviewers': 'stranger', 'pr-labels': 'papers' })
  assert.equal(result.code, 0, result.stdout)
  assert.equal(result.outputs['pull-request-operation'], 'created')
  assert.equal(result.outputs['pull-request-number'], String(github.pulls[0]!.number))
  assert.match(result.stdout, /::warning title=Pull request extra refused::Could not request reviews from stranger on pull request #\d+: GitHub answered HTTP 422: Reviews may only be requested from collaborators/)
  assert.deepEqual(github.pulls[0]!.labels, ['papers'])
  const again = await run(github, { 'pr-reviewers': 'stranger', 'pr-labels': 'papers' })
  assert.equal(again.outputs['pull-request-operation'], 'none')
})

test('issues disabled: the commit is delivered and reported, the step fails saying why the issue was not opened', async (t) => {
  papers = [paper(8)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.issuesEnabled = false
  const result = await run(github, { mode: 'commit', issue: 'true' })
  assert.equal(result.code, 1)
  assert.equal(result.outputs['commit-sha'], github.refs.get('main'))
  assert.equal(result.outputs.changed, 'true')
  assert.match(github.readme()!, /Paper number 8/)
  assert.match(result.stdout, /::error::The README update itself was delivered \(commit [0-9a-f]{7}\), but the notification issue could not be opened: GitHub refused to open the notification issue \(HTTP 410: Issues are disabled for this repo\)\. Issues are disabled in this repository/)
})

test('pull request and issue bodies render as lists of the new papers, and arXiv text mentions nobody', async (t) => {
  papers = [paper(9, 'Thanks to @octocat, fixes #1'), paper(10)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const result = await run(github, { issue: 'true' })
  assert.equal(result.code, 0, result.stdout)
  const [pull] = github.pulls
  const [issue] = github.issues
  assert.ok(pull && issue)
  assert.deepEqual(listItems(pull.body), ['Paper number 10 (2025-11-10)', 'Paper number 9 (2025-11-09)'])
  assert.equal(listItems(issue.body).length, 2)
  for (const body of [pull.body, issue.body, result.summary]) {
    assert.doesNotMatch(body, /@octocat|fixes #1/, 'no mention, no issue reference')
  }
  assert.match(issue.body, new RegExp(`pull request \\[#${pull.number}\\]\\(https://github\\.com/octo/papers/pull/${pull.number}\\)`))
})
