import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { issueMarker } from '../../src/report/bodies.js'
import { COMMIT_TRAILER } from '../../src/delivery/git-data.js'
import { PaperArxiv } from '../support/arxiv-server.js'
import { servedPaper as paper } from '../support/papers.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import type { FakeGitHub, Issue, PullRequest } from '../support/github-server.js'

// Repositories larger than one page of GitHub's lists, and issues a stranger opened.

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => arxiv.close())

const BRANCH = 'arxiv-daily/update'
const run = (github: FakeGitHub, inputs: Record<string, string> = {}) =>
  runOnGitHub(github, arxiv.url, { mode: 'commit', ...inputs })

const issue = (github: FakeGitHub, fields: Partial<Issue>): Issue => {
  const made: Issue = {
    number: 0,
    title: 'x',
    body: '',
    labels: [],
    state: 'open',
    comments: [],
    user: 'someone',
    ...fields,
  }
  github.issues.push(made)
  return made
}

const pull = (github: FakeGitHub, fields: Partial<PullRequest>): PullRequest => {
  const made: PullRequest = {
    number: 0,
    state: 'open',
    merged: false,
    head: 'feature',
    base: 'main',
    title: 'A change',
    body: '',
    draft: false,
    labels: [],
    assignees: [],
    reviewers: [],
    comments: [],
    ...fields,
  }
  github.pulls.push(made)
  return made
}

test('issue-close-previous: an issue a stranger opened with the marker is left open; the previous one is found past 100 open issues', async (t) => {
  arxiv.papers = [paper(1)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { issue: 'true', 'issue-close-previous': 'true' }
  assert.equal((await run(github, inputs)).code, 0)
  const [previous] = github.issues
  const forged = issue(github, {
    number: 900,
    body: `Not the action's.\n${issueMarker('README.md')}\n`,
    user: 'mallory',
  })
  // 150 newer open issues: the previous notification is on the second page.
  for (let n = 0; n < 150; n++) issue(github, { number: 1000 + n })
  github.nextNumber = 2000
  arxiv.papers.push(paper(2))
  github.calls.length = 0
  const second = await run(github, inputs)
  assert.equal(second.code, 0, second.stdout)
  assert.equal(previous!.state, 'closed', 'found on the second page')
  assert.equal(forged.state, 'open', "a stranger's issue is never closed")
  assert.deepEqual(forged.comments, [])
  const listed = github.calls.filter((call) => call.operation === 'issues/list-for-repo')
  assert.equal(listed.length, 2, 'both pages read')
})

test('an update pull request on the second page of open pull requests is closed after a switch to commit mode', async (t) => {
  arxiv.papers = [paper(3)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  assert.equal((await runOnGitHub(github, arxiv.url, { mode: 'pull-request' })).code, 0)
  const [update] = github.pulls
  for (let n = 0; n < 120; n++) pull(github, { number: 3000 + n, head: `feature-${n}` })
  const committed = await run(github)
  assert.equal(committed.code, 0, committed.stdout)
  assert.equal(update!.state, 'closed')
  assert.equal(github.pulls.filter((p) => p.state === 'open').length, 120, "nobody else's pull request is touched")
})

test("a reviewer's commit after more than 100 of the action's on the update branch is seen and kept", async (t) => {
  arxiv.papers = [paper(4)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  assert.equal((await runOnGitHub(github, arxiv.url, { mode: 'pull-request' })).code, 0)
  let head = github.refs.get(BRANCH)!
  for (let n = 0; n < 105; n++)
    head = github.commitFiles(head, { [`own/${n}.md`]: `${n}\n` }, `Update arXiv papers\n\n${COMMIT_TRAILER}\n`)
  github.refs.set(BRANCH, head)
  const reviewer = github.push(BRANCH, { 'NOTES.md': 'a reviewer was here\n' }, 'A reviewer adds notes')
  arxiv.papers.push(paper(5))
  const next = await runOnGitHub(github, arxiv.url, { mode: 'pull-request' })
  assert.equal(next.code, 0, next.stdout)
  const now = github.refs.get(BRANCH)!
  assert.deepEqual(
    (github.objects.get(now) as { parents: string[] }).parents,
    [reviewer],
    "on top of the reviewer's commit",
  )
  assert.equal(github.readme(BRANCH, 'NOTES.md'), 'a reviewer was here\n')
})

test("a reviewer's push between the action's check of the update branch and its update is kept: the run plans again on top of it", async (t) => {
  arxiv.papers = [paper(6)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  assert.equal((await runOnGitHub(github, arxiv.url, { mode: 'pull-request' })).code, 0)
  // The base moves, so the next run rebuilds the branch; the reviewer pushes while it does.
  github.push('main', { 'OTHER.md': 'base moved\n' }, 'Someone else')
  let reviewer = ''
  github.hooks.set('git/create-tree', [
    () => (reviewer = github.push(BRANCH, { 'NOTES.md': 'pushed during the run\n' }, 'A reviewer pushes')),
  ])
  arxiv.papers.push(paper(7))
  const next = await runOnGitHub(github, arxiv.url, { mode: 'pull-request' })
  assert.equal(next.code, 0, next.stdout)
  assert.match(next.stdout, /moved while it was updated; planning again/)
  const head = github.refs.get(BRANCH)!
  assert.deepEqual(
    (github.objects.get(head) as { parents: string[] }).parents,
    [reviewer],
    "on top of the reviewer's push",
  )
  assert.equal(github.readme(BRANCH, 'NOTES.md'), 'pushed during the run\n')
  assert.match(github.readme(BRANCH)!, /Paper number 7/)
})
