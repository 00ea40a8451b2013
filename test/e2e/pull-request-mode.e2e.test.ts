import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { List } from 'mdast'
import { PaperArxiv } from '../support/arxiv-server.js'
import { servedPaper as paper } from '../support/papers.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import type { FakeGitHub } from '../support/github-server.js'
import { parseGfm, visibleText } from '../support/gfm.js'

// Pull-request mode against the fake GitHub, over several runs: the branch, the pull request, its
// body and the notification issue.

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => arxiv.close())

/** `bundle`: the built dist/index.js as the runner starts it (a few tests prove that path). */
const run = (github: FakeGitHub, inputs: Record<string, string> = {}, runner?: 'bundle') =>
  runOnGitHub(github, arxiv.url, { mode: 'pull-request', ...inputs }, runner)

const BRANCH = 'arxiv-daily/update'
const listItems = (markdown: string): string[] =>
  parseGfm(markdown)
    .children.filter((node): node is List => node.type === 'list')
    .flatMap((list) => list.children.map((item) => visibleText(item)))

test('a repository without commits: the message says so and what to do', async (t) => {
  arxiv.papers = [paper(1)]
  const github = await startGitHub(t, null)
  const result = await run(github, { mode: 'commit' })
  assert.equal(result.code, 1)
  assert.match(
    result.stdout,
    /::error::The repository octo\/papers has no commits yet, so there is no branch to update\. Push a first commit \(for example a README\.md\) and run again\./,
  )
  assert.doesNotMatch(result.stdout, /check the "base" input/)
  assert.deepEqual(github.writes(), [])
  // The user pushes a first commit, as the message says: the next run delivers.
  github.refs.set('main', github.commitFiles(undefined, { 'README.md': '# R\n' }, 'First commit'))
  const next = await run(github, { mode: 'commit' })
  assert.equal(next.code, 0, next.stdout)
  assert.match(github.readme()!, /Paper number 1/)
})

test("a reviewer's commits on the update branch are kept: nothing new writes nothing, new papers go on top", async (t) => {
  arxiv.papers = [paper(1), paper(2), paper(3)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const created = await run(github, {}, 'bundle')
  assert.equal(created.code, 0, created.stdout)
  assert.equal(created.outputs['pull-request-operation'], 'created')
  // The reviewer fixes a title, drops a paper, adds a note and a file.
  const onBranch = github.readme(BRANCH)!
  const edited = `${onBranch.replace('Paper number 3', 'Paper number three').replace(/\| \*\*\[Paper number 1\][^\n]*\n/, '')}\nA reviewer's note.\n`
  const reviewer = github.push(BRANCH, { 'README.md': edited, 'NOTES.md': 'kept' }, 'Fix a title')

  github.calls.length = 0
  const quiet = await run(github, {}, 'bundle')
  assert.equal(quiet.code, 0, quiet.stdout)
  assert.deepEqual(github.writes(), [], 'nothing new: no write at all')
  assert.equal(quiet.outputs.changed, 'false')
  assert.equal(quiet.outputs['pull-request-operation'], 'none')
  assert.equal(github.refs.get(BRANCH), reviewer)

  arxiv.papers.push(paper(4))
  const next = await run(github, {}, 'bundle')
  assert.equal(next.code, 0, next.stdout)
  assert.equal(next.outputs['pull-request-operation'], 'updated')
  assert.equal(next.outputs['new-papers-count'], '1')
  const head = github.refs.get(BRANCH)!
  assert.deepEqual(
    (github.objects.get(head) as { parents: string[] }).parents,
    [reviewer],
    "one commit on top of the reviewer's",
  )
  const readme = github.readme(BRANCH)!
  assert.match(readme, /Paper number 4/)
  assert.match(readme, /Paper number three/)
  assert.doesNotMatch(readme, /Paper number 1\]/, 'the dropped paper stays dropped')
  assert.match(readme, /A reviewer's note\.\n$/)
  assert.equal(github.fileAt(head, 'NOTES.md')?.toString(), 'kept')
  assert.match(github.pulls[0]!.body, /also holds commits by others/)
  assert.equal(github.pulls.length, 1)
})

test("a branch that holds only the action's commits is rebuilt as one commit on the current base", async (t) => {
  arxiv.papers = [paper(5)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  await run(github)
  github.push('main', { 'OTHER.md': 'base moved' })
  arxiv.papers.push(paper(6))
  const result = await run(github)
  assert.equal(result.outputs['pull-request-operation'], 'updated')
  const head = github.objects.get(github.refs.get(BRANCH)!) as { parents: string[]; message: string }
  assert.deepEqual(head.parents, [github.refs.get('main')])
  assert.match(
    head.message,
    /^Update arXiv papers \(\d+ new\)\n\nGenerated-by: arxiv-daily-digest-action\nGenerated-tree: [0-9a-f]{40}\n$/,
    "the trailer that marks the action's commits",
  )
})

test('a refused reviewer is a warning; the pull request and the outputs stand', async (t) => {
  arxiv.papers = [paper(7)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.collaborators = new Set(['alice'])
  const result = await run(github, { 'pr-reviewers': 'stranger', 'pr-labels': 'papers' })
  assert.equal(result.code, 0, result.stdout)
  assert.equal(result.outputs['pull-request-operation'], 'created')
  assert.equal(result.outputs['pull-request-number'], String(github.pulls[0]!.number))
  assert.match(
    result.stdout,
    /::warning title=Pull request extra refused::Could not request reviews from stranger on pull request #\d+: GitHub answered HTTP 422: Reviews may only be requested from collaborators/,
  )
  assert.deepEqual(github.pulls[0]!.labels, ['papers'])
  const again = await run(github, { 'pr-reviewers': 'stranger', 'pr-labels': 'papers' })
  assert.equal(again.outputs['pull-request-operation'], 'none')
})

test('issues disabled: the commit is delivered and reported, the step fails saying why the issue was not opened', async (t) => {
  arxiv.papers = [paper(8)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.issuesEnabled = false
  const result = await run(github, { mode: 'commit', issue: 'true' })
  assert.equal(result.code, 1)
  assert.equal(result.outputs['commit-sha'], github.refs.get('main'))
  assert.equal(result.outputs.changed, 'true')
  assert.match(github.readme()!, /Paper number 8/)
  assert.match(
    result.stdout,
    /::error::The README update itself was delivered \(commit [0-9a-f]{7}\), but the notification issue could not be opened: GitHub refused to open the notification issue \(HTTP 410: Issues are disabled for this repo\)\. Issues are disabled in this repository/,
  )
  // The next run finds the commit in place: nothing to write, nothing to announce, no failure.
  github.calls.length = 0
  const next = await run(github, { mode: 'commit', issue: 'true' })
  assert.equal(next.code, 0, next.stdout)
  assert.deepEqual(github.writes(), [])
})

test('pull request and issue bodies render as lists of the new papers, and arXiv text mentions nobody', async (t) => {
  arxiv.papers = [
    paper(9, {
      comment:
        'Thanks to @octocat, fixes #1, see https://github.com/other/repo/issues/7 and github.com/other/repo/pull/8',
    }),
    paper(10),
  ]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const result = await run(github, { issue: 'true' })
  assert.equal(result.code, 0, result.stdout)
  const [pull] = github.pulls
  const [issue] = github.issues
  assert.ok(pull && issue)
  assert.deepEqual(listItems(pull.body), [
    'Paper number 10, Test Author (2025-11-10)',
    'Paper number 9, Test Author (2025-11-09)',
  ])
  assert.equal(listItems(issue.body).length, 2)
  for (const body of [pull.body, issue.body, result.summary]) {
    assert.doesNotMatch(body, /@octocat|fixes #1/, 'no mention, no issue reference')
    // GitHub would cross-reference an issue or pull request it finds linked.
    const links = JSON.stringify(parseGfm(body)).match(/"url":"[^"]*"/g) ?? []
    assert.ok(!links.some((link) => /other\/repo/.test(link)), `no link to another repository: ${links.join(' ')}`)
  }
  assert.match(issue.body, /see https&#8203;:\/\/github&#8203;\.com\/other\/repo\/issues\/7/)
  assert.match(
    issue.body,
    new RegExp(`pull request \\[#${pull.number}\\]\\(https://github\\.com/octo/papers/pull/${pull.number}\\)`),
  )
})

// Two time zones 26 hours apart: runs on different calendar days, as daily runs are.
const YESTERDAY = { timezone: 'Etc/GMT+12' }
const TOMORROW = { timezone: 'Pacific/Kiritimati' }

test('a pull request that already holds the update is left alone on a later day, even with a "Last update:" line in the prose', async (t) => {
  arxiv.papers = [paper(11)]
  const github = await startGitHub(t, {
    'README.md': '# R\n\nLast update: 2024-05-01, by hand.\n\nLast update: 2024-05-01\n\nProse.\n',
  })
  const first = await run(github, YESTERDAY)
  assert.equal(first.outputs['pull-request-operation'], 'created')
  const head = github.refs.get(BRANCH)
  github.calls.length = 0
  const later = await run(github, TOMORROW)
  assert.equal(later.code, 0, later.stdout)
  assert.deepEqual(github.writes(), [], 'no write: the branch holds this update apart from its date')
  assert.equal(later.outputs['pull-request-operation'], 'none')
  assert.equal(later.outputs.changed, 'false')
  assert.equal(github.refs.get(BRANCH), head)
  assert.match(later.stdout, /^Already up to date; nothing written$/m)
  assert.match(later.summary, /The pull request already holds this update: nothing was written\./)
})

test('a pull request closed without merging: its papers are not proposed or announced again, newer ones are', async (t) => {
  arxiv.papers = [paper(12), paper(13)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const first = await run(github, { issue: 'true' })
  assert.equal(first.outputs['pull-request-operation'], 'created')
  assert.equal(github.issues.length, 1)
  github.pulls[0]!.state = 'closed'

  github.calls.length = 0
  const quiet = await run(github, { issue: 'true' })
  assert.equal(quiet.code, 0, quiet.stdout)
  assert.deepEqual(github.writes(), [], 'nothing but the closed papers: no branch, no pull request, no issue')
  assert.equal(github.pulls.length, 1)
  assert.equal(github.issues.length, 1)

  arxiv.papers.push(paper(14))
  const next = await run(github, { issue: 'true' })
  assert.equal(next.outputs['pull-request-operation'], 'created')
  assert.equal(next.outputs['new-papers-count'], '1')
  const readme = github.readme(BRANCH)!
  assert.match(readme, /Paper number 14/)
  assert.doesNotMatch(readme, /Paper number 1[23]\]/, 'the refused papers stay out')
  assert.equal(github.issues.length, 2)
  assert.deepEqual(
    listItems(github.issues[1]!.body).map((item) => item.replace(/ \(.*$/, '')),
    ['Paper number 14, Test Author'],
  )
})

test('two pull-request workflows for different READMEs keep their own branches and pull requests', async (t) => {
  arxiv.papers = [paper(15)]
  const github = await startGitHub(t, { 'README.md': '# R\n', 'docs/ML.md': '# ML\n' })
  const readme = await run(github)
  const ml = await run(github, { 'readme-path': 'docs/ML.md' })
  assert.equal(readme.outputs['pull-request-operation'], 'created')
  assert.equal(ml.outputs['pull-request-operation'], 'created')
  assert.deepEqual(
    github.pulls.map((pull) => pull.head),
    [BRANCH, `${BRANCH}-docs-ml-md`],
  )
  assert.match(github.readme(BRANCH)!, /Paper number 15/)
  assert.equal(github.readme(BRANCH, 'docs/ML.md'), '# ML\n', 'each branch changes its own README only')
  assert.match(github.readme(`${BRANCH}-docs-ml-md`, 'docs/ML.md')!, /Paper number 15/)
  github.calls.length = 0
  await run(github)
  await run(github, { 'readme-path': 'docs/ML.md' })
  assert.deepEqual(github.writes(), [], 'the next runs of both find their pull requests up to date')
})

test('a pull request into the old base is closed with a comment when "base" changes', async (t) => {
  arxiv.papers = [paper(16)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.refs.set('dev', github.refs.get('main')!)
  await run(github, { 'pr-branch': 'digest' })
  const [old] = github.pulls
  assert.equal(old?.base, 'main')
  const moved = await run(github, { 'pr-branch': 'digest', base: 'dev' })
  assert.equal(moved.code, 0, moved.stdout)
  const [, replacement] = github.pulls
  assert.equal(replacement?.base, 'dev')
  assert.equal(old.state, 'closed')
  assert.match(
    old.comments[0] ?? '',
    new RegExp(
      `the workflow now updates \`dev\` \\(input "base"\\), not \`main\`; this pull request is replaced by #${replacement.number}`,
    ),
  )
  github.calls.length = 0
  await run(github, { 'pr-branch': 'digest', base: 'dev' })
  assert.deepEqual(github.writes(), [])
})

test('a changed pr-title and pr-labels reach the open pull request on its next update', async (t) => {
  arxiv.papers = [paper(17)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  await run(github, { 'pr-title': 'Papers', 'pr-labels': 'arxiv' })
  arxiv.papers.push(paper(18))
  const next = await run(github, { 'pr-title': 'New papers', 'pr-labels': 'arxiv, digest' })
  assert.equal(next.outputs['pull-request-operation'], 'updated')
  assert.equal(github.pulls[0]!.title, 'New papers')
  assert.deepEqual(github.pulls[0]!.labels, ['arxiv', 'digest'])
})

test('readme-path naming a folder in the repository is refused before any arXiv request, nothing written', async (t) => {
  arxiv.papers = [paper(19)]
  const github = await startGitHub(t, { 'README.md': '# R\n', 'docs/a.md': 'a' })
  const requests = arxiv.requests.length
  const result = await run(github, { mode: 'commit', 'readme-path': 'docs' })
  assert.equal(result.code, 1)
  assert.match(
    result.stdout,
    /::error::Input "readme-path": "docs" is a folder in the repository; name a file in it, such as "docs\/README\.md"/,
  )
  assert.equal(arxiv.requests.length, requests)
  assert.deepEqual(github.writes(), [])
})

test('pull-request mode: created, then updated, then left alone, never reopened once merged', async (t) => {
  arxiv.papers = [paper(7)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = {
    mode: 'pull-request',
    'pr-labels': 'papers, automated',
    'pr-assignees': 'alice',
    'pr-reviewers': 'bob',
    'pr-draft': 'true',
  }
  const created = await run(github, inputs, 'bundle')
  assert.equal(created.code, 0, created.stdout)
  assert.equal(created.outputs['pull-request-operation'], 'created')
  assert.match(created.summary, /Pull request: \[#\d+\]\(https:\/\/github\.com\/octo\/papers\/pull\/\d+\) \(opened\)/)
  assert.equal(github.readme(), '# R\n', 'the base branch is untouched')
  const [pull] = github.pulls
  assert.ok(pull)
  assert.equal(created.outputs['pull-request-number'], String(pull.number))
  assert.deepEqual(
    [pull.labels, pull.assignees, pull.reviewers, pull.draft],
    [['papers', 'automated'], ['alice'], ['bob'], true],
  )
  assert.match(pull.body, /adds \*\*1 new paper\*\*/)
  assert.match(
    pull.body,
    /- \[Paper number 7\]\(https:\/\/arxiv\.org\/abs\/2511\.00007v1\), Test Author \(2025-11-07\)/,
  )
  assert.match(github.readme('arxiv-daily/update')!, /Paper number 7/)
  const branchCommit = github.objects.get(github.refs.get('arxiv-daily/update')!) as { parents: string[] }
  assert.deepEqual(branchCommit.parents, [github.refs.get('main')], 'one commit on top of base')
  const createdCalls = github.calls.length

  github.calls.length = 0
  github.push('main', { 'OTHER.md': 'base moved' })
  arxiv.papers.push(paper(8))
  const updated = await run(github, inputs, 'bundle')
  assert.equal(updated.outputs['pull-request-operation'], 'updated')
  assert.equal(updated.outputs['new-papers-count'], '1', 'only the paper new in this run')
  assert.equal(github.pulls.length, 1)
  assert.match(github.readme('arxiv-daily/update')!, /Paper number 8[\s\S]*Paper number 7/)
  assert.match(github.pulls[0]!.body, /adds \*\*2 new papers\*\*/)
  assert.deepEqual((github.objects.get(github.refs.get('arxiv-daily/update')!) as { parents: string[] }).parents, [
    github.refs.get('main'),
  ])
  assert.deepEqual(github.pulls[0]!.labels, ['papers', 'automated'], 'labels kept on update')

  github.calls.length = 0
  const branchHead = github.refs.get('arxiv-daily/update')
  const none = await run(github, inputs, 'bundle')
  assert.equal(none.outputs['pull-request-operation'], 'none')
  assert.deepEqual(github.writes(), [])
  assert.equal(github.refs.get('arxiv-daily/update'), branchHead)

  github.pulls[0]!.state = 'closed'
  github.pulls[0]!.merged = true
  const next = await run(github, inputs, 'bundle')
  assert.equal(next.outputs['pull-request-operation'], 'created')
  assert.equal(github.pulls.length, 2)
  assert.equal(github.pulls[0]!.state, 'closed')
  // One of them lists the folder written to, one finds pull requests from an update branch used
  // before (input "pr-branch" changed).
  assert.ok(createdCalls <= 14, `${createdCalls} calls`)
})

test('pull-request mode: nothing new on base means no branch and no pull request', async (t) => {
  arxiv.papers = [paper(9)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  await run(github, { mode: 'commit' })
  github.calls.length = 0
  const result = await run(github, { mode: 'pull-request' })
  assert.equal(result.outputs['pull-request-operation'], 'none')
  assert.equal(github.refs.has('arxiv-daily/update'), false)
  assert.deepEqual(github.writes(), [])
})

test('pull-request mode: creation refused for Actions points to the repository setting', async (t) => {
  arxiv.papers = [paper(10)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.pullRequestCreationAllowed = false
  const result = await run(github, { mode: 'pull-request' })
  assert.equal(result.code, 1)
  assert.match(result.stdout, /Allow GitHub Actions to create and approve pull requests/)
  // The summary names the branch the commit was pushed to, as the log does.
  const sha = github.refs.get('arxiv-daily/update')!
  assert.match(result.stdout, new RegExp(`commit ${sha.slice(0, 7)} was pushed to the branch "arxiv-daily/update"`))
  const summary = parseGfm(result.summary)
  assert.match(visibleText(summary), new RegExp(`Commit: ${sha.slice(0, 7)} on the branch arxiv-daily/update`))
  // The next run, allowed again, opens the pull request from that branch.
  github.pullRequestCreationAllowed = true
  const next = await run(github, { mode: 'pull-request' })
  assert.equal(next.code, 0, next.stdout)
  assert.equal(github.pulls.length, 1)
})
