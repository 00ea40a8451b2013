import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { PaperArxiv, type SimplePaper } from '../support/arxiv-server.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import type { FakeGitHub, PullRequest } from '../support/github-server.js'
import { pullRequestMarker } from '../../src/report/bodies.js'
import { servedPaper, arxivId, arxivTime } from '../support/papers.js'

// Pull-request mode against the fake GitHub over several runs as repositories change: merges,
// reviewers' commits, overflow files on the branch.

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => {
  arxiv.failing = () => false
  return arxiv.close()
})

const BRANCH = 'arxiv-daily/update'
const day = (n: number): string => `2025-10-${String(n).padStart(2, '0')}`
const paper = (n: number, date: number, version = 1): SimplePaper =>
  servedPaper(n, {
    id: arxivId(n, '2510'),
    version,
    title: `Paper number ${n}${version > 1 ? ` (v${version})` : ''}`,
    abstract: 'An abstract long enough to make the README overflow a small budget. '.repeat(12),
    updated: arxivTime(day(date)),
    published: arxivTime(day(date)),
  })

const run = (github: FakeGitHub, inputs: Record<string, string> = {}) =>
  runOnGitHub(github, arxiv.url, { mode: 'pull-request', 'max-retries': '0', ...inputs })

/** Ids of every paper a README and its overflow files hold on a branch. */
function idsOn(github: FakeGitHub, branch: string, readme = 'README.md'): string[] {
  const text = github.readme(branch, readme) ?? ''
  const files = [...text.matchAll(/^More: .*\((papers\/[^)]+)\)$/gm)].map(
    (match) => github.readme(branch, match[1]) ?? '',
  )
  return [text, ...files]
    .flatMap((file) => [...file.matchAll(/arxiv\.org\/abs\/(\d{4}\.\d{5})v\d/g)].map((match) => match[1]!))
    .sort()
}

test("the update branch's overflow files count as delivered: no paper re-announced, none dropped, revisions reach them", async (t) => {
  arxiv.papers = Array.from({ length: 40 }, (_, i) => paper(i + 1, (i % 28) + 1))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = {
    keywords: 'Alpha\nBeta',
    'max-papers': '50',
    'max-readme-kib': '16',
    'sort-by': 'published',
    issue: 'true',
  }
  const first = await run(github, inputs)
  assert.equal(first.code, 0, first.stdout)
  assert.equal(first.outputs['new-papers-count'], '80')
  assert.match(github.readme(BRANCH)!, /^More: /m, 'the digest overflows on the branch')
  assert.equal(github.issues.length, 1)
  const held = idsOn(github, BRANCH)
  assert.equal(held.length, 80)

  // Nothing new: nothing announced, nothing written.
  const quiet = await run(github, inputs)
  assert.equal(quiet.code, 0, quiet.stdout)
  assert.equal(quiet.outputs['new-papers-count'], '0')
  assert.equal(quiet.outputs.changed, 'false')
  assert.equal(github.issues.length, 1, 'no second issue for the same papers')

  // Beta fails: the rebuilt pull request keeps every Beta paper, overflow included.
  arxiv.papers.push(paper(41, 28))
  arxiv.failing = (query) => query.includes('Beta')
  const partial = await run(github, inputs)
  arxiv.failing = () => false
  assert.equal(partial.code, 0, partial.stdout)
  assert.equal(partial.outputs['new-papers-count'], '1')
  assert.deepEqual(JSON.parse(partial.outputs['failed-keywords']!), ['Beta'])
  assert.equal(idsOn(github, BRANCH).length, 81, 'Alpha gained one, Beta kept all of its papers')

  // A new version of a paper held in an overflow file reaches it.
  const oldest = arxiv.papers.findIndex((p) => p.id === '2510.00001')
  arxiv.papers[oldest] = paper(1, 2, 2)
  const revised = await run(github, inputs)
  assert.equal(revised.code, 0, revised.stdout)
  assert.equal(revised.outputs['new-papers-count'], '0')
  const files = [...github.readme(BRANCH)!.matchAll(/\((papers\/[^)]+)\)/g)].map(
    (match) => github.readme(BRANCH, match[1]) ?? '',
  )
  assert.ok(
    files.some((text) => text.includes('2510.00001v2')),
    'the revision is on the branch',
  )
})

test('two digests in one folder never share an overflow file', async (t) => {
  arxiv.papers = Array.from({ length: 40 }, (_, i) => paper(i + 1, (i % 28) + 1))
  const github = await startGitHub(t, { 'ML.md': '# ML\n', 'CV.md': '# CV\n' })
  const inputs = { mode: 'commit', keywords: 'Diffusion', 'max-papers': '40', 'max-readme-kib': '16' }
  assert.equal((await run(github, { ...inputs, 'readme-path': 'ML.md' })).code, 0)
  arxiv.papers = Array.from({ length: 40 }, (_, i) => paper(i + 101, (i % 28) + 1))
  assert.equal((await run(github, { ...inputs, 'readme-path': 'CV.md' })).code, 0)
  const ml = idsOn(github, 'main', 'ML.md')
  const cv = idsOn(github, 'main', 'CV.md')
  assert.equal(ml.length, 40)
  assert.equal(cv.length, 40)
  assert.ok(
    ml.every((id) => !cv.includes(id)),
    'each digest keeps its own papers',
  )
  assert.match(github.readme('main', 'ML.md')!, /\(papers\/ml\/diffusion\.md\)/)
  assert.match(github.readme('main', 'CV.md')!, /\(papers\/cv\/diffusion\.md\)/)
  // The next run of the first digest finds all of its papers where it left them.
  arxiv.papers = Array.from({ length: 40 }, (_, i) => paper(i + 1, (i % 28) + 1))
  const again = await run(github, { ...inputs, 'readme-path': 'ML.md' })
  assert.equal(again.outputs['new-papers-count'], '0')
  assert.equal(again.outputs.changed, 'false')
})

const RULES = 'Repository rule violations found\n\nCannot force-push to this branch\n\n'

test('a rule that refuses the update branch: the whole message, advice for pull-request mode, no retry', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  assert.equal((await run(github)).code, 0)
  arxiv.papers.push(paper(2, 2))
  github.faults.set('git/update-ref', [{ status: 422, message: RULES }])
  github.calls.length = 0
  const refused = await run(github)
  assert.equal(refused.code, 1)
  assert.match(
    refused.stdout,
    /::error::GitHub refused to update the branch "arxiv-daily\/update" \(HTTP 422: Repository rule violations found Cannot force-push to this branch\)\./,
  )
  assert.match(refused.stdout, /Exclude the update branch \(arxiv-daily\/\*\*\) from the rule, or set "pr-branch"/)
  assert.doesNotMatch(refused.stdout, /Use "mode: pull-request"/)
  // The rule is lifted: the next run pushes the update it could not.
  const lifted = await run(github)
  assert.equal(lifted.code, 0, lifted.stdout)
  assert.equal(lifted.outputs['pull-request-operation'], 'updated')
  assert.match(github.readme(BRANCH)!, /Paper number 2/)
})

test('commit mode refused by a rule (409) or a push restriction: the rule quoted, advice for commit mode, asked once', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.faults.set('git/update-ref', [
    { status: 409, message: 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n' },
  ])
  const refused = await run(github, { mode: 'commit' })
  assert.equal(refused.code, 1)
  assert.match(
    refused.stdout,
    /HTTP 409: Repository rule violations found Changes must be made through a pull request\)\. A branch rule refuses direct pushes to this branch\. Use "mode: pull-request"/,
  )
  assert.equal(
    github.calls.filter((call) => call.operation === 'git/update-ref').length,
    1,
    'a rule refusal is not retried',
  )
  github.faults.set('git/update-ref', [
    {
      status: 422,
      message: "You're not authorized to push to this branch. Visit https://docs.github.com/ for more information.",
    },
  ])
  const restricted = await run(github, { mode: 'commit' })
  assert.equal(restricted.code, 1)
  assert.match(restricted.stdout, /not authorized to push to this branch.*A branch rule refuses direct pushes/)
})

test('GitHub rate limits: a short Retry-After is waited out, a long one and a used-up hourly limit fail at once with when', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.faults.set('repos/get-branch', [
    { status: 429, message: 'Too many requests', headers: { 'retry-after': '1' } },
  ])
  const waited = await run(github, { mode: 'commit' })
  assert.equal(waited.code, 0, waited.stdout)
  assert.match(waited.stdout, /GitHub asked to wait 1 s \(Retry-After\)/)
  assert.match(github.readme()!, /Paper number 1/)

  arxiv.papers.push(paper(2, 2))
  github.calls.length = 0
  github.faults.set('repos/get-branch', [
    { status: 429, message: 'Too many requests', headers: { 'retry-after': '3600' } },
  ])
  const long = await run(github, { mode: 'commit' })
  assert.equal(long.code, 1)
  assert.match(
    long.stdout,
    /GitHub asked to wait 3600 s before the next request, longer than the action waits \(60 s\)/,
  )
  assert.equal(github.calls.filter((call) => call.operation === 'repos/get-branch').length, 1)

  github.calls.length = 0
  const reset = Math.floor(Date.now() / 1000) + 3600
  const at = new Date(reset * 1000).toISOString().slice(0, 16).replace('T', ' ')
  github.faults.set('repos/get-branch', [
    {
      status: 403,
      message: 'API rate limit exceeded for installation.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    },
  ])
  const used = await run(github, { mode: 'commit' })
  assert.equal(used.code, 1)
  assert.match(used.stdout, new RegExp(`rate limit is used up until ${at} UTC`))
  assert.equal(github.calls.filter((call) => call.operation === 'repos/get-branch').length, 1)
  // After the reset, the next run delivers what the refused runs could not.
  const later = await run(github, { mode: 'commit' })
  assert.equal(later.code, 0, later.stdout)
  assert.match(github.readme()!, /Paper number 2/)
})

test('switching to commit mode lands the papers on the base and closes the open update pull request, saying why', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n', 'OTHER.md': '# O\n' })
  assert.equal((await run(github)).code, 0)
  // Another README's update pull request into the same base is not this workflow's business.
  assert.equal((await run(github, { 'readme-path': 'OTHER.md' })).code, 0)
  const [mine, other] = github.pulls
  const committed = await run(github, { mode: 'commit' })
  assert.equal(committed.code, 0, committed.stdout)
  assert.match(github.readme()!, /Paper number 1/)
  assert.equal(mine!.state, 'closed')
  assert.match(
    mine!.comments.at(-1) ?? '',
    /now commits updates to `main` directly \(input "mode" is "commit"\); commit \[[0-9a-f]{7}\]/,
  )
  assert.equal(other!.state, 'open')
  const quiet = await run(github, { mode: 'commit' })
  assert.equal(quiet.outputs.changed, 'false')
})

test('a changed pr-branch opens the pull request from the new branch and closes the old one, naming its replacement', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  assert.equal((await run(github)).code, 0)
  const moved = await run(github, { 'pr-branch': 'digest/updates' })
  assert.equal(moved.code, 0, moved.stdout)
  assert.equal(moved.outputs['pull-request-operation'], 'created')
  const [old, fresh] = github.pulls
  assert.equal(fresh!.head, 'digest/updates')
  assert.equal(fresh!.state, 'open')
  assert.equal(old!.state, 'closed')
  assert.match(
    old!.comments.at(-1) ?? '',
    new RegExp(
      `update branch is now \`digest/updates\` \\(input "pr-branch"\\); this pull request is replaced by #${fresh!.number}`,
    ),
  )
  const quiet = await run(github, { 'pr-branch': 'digest/updates' })
  assert.equal(quiet.outputs.changed, 'false')
  assert.equal(github.pulls.length, 2)
})

test('a pull request update that fails after the push: outputs say what was written, the next run repairs the body', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  assert.equal((await run(github)).code, 0)
  arxiv.papers.push(paper(2, 2))
  github.faults.set('pulls/update', [{ status: 422, message: 'Validation Failed' }])
  const failed = await run(github)
  assert.equal(failed.code, 1)
  assert.match(
    failed.stdout,
    /::error::The update itself was written \(commit [0-9a-f]{7} was pushed to the branch "arxiv-daily\/update"\), but a later step failed: GitHub refused to update the pull request/,
  )
  assert.equal(failed.outputs.changed, 'true')
  assert.equal(failed.outputs['commit-sha'], github.refs.get(BRANCH))
  assert.equal(failed.outputs['new-papers-count'], '1')
  const pull = github.pulls[0]!
  assert.match(pull.body, /\*\*1 new paper\*\*/, 'the body is stale')
  const head = github.refs.get(BRANCH)
  const repaired = await run(github)
  assert.equal(repaired.code, 0, repaired.stdout)
  assert.match(pull.body, /\*\*2 new papers\*\*/)
  assert.equal(repaired.outputs['pull-request-operation'], 'updated')
  assert.equal(github.refs.get(BRANCH), head, 'no push: the branch already held the update')
})

test('a README stored as a symbolic link is refused, naming it; the link and its target stay as they were', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'docs/README.md': '# Docs\n' })
  github.pushSymlink('main', 'README.md', 'docs/README.md')
  const head = github.refs.get('main')
  for (const mode of ['commit', 'pull-request']) {
    const refused = await run(github, { mode })
    assert.equal(refused.code, 1)
    assert.match(
      refused.stdout,
      /::error::Input "readme-path": "README\.md" is a symbolic link in the repository; the action does not write through links\. Name the file it points to instead/,
    )
  }
  assert.equal(github.refs.get('main'), head)
  assert.equal(github.refs.get(BRANCH), undefined)
  // Pointed at the file itself, as the message says: the digest lands there.
  const fixed = await run(github, { mode: 'commit', 'readme-path': 'docs/README.md' })
  assert.equal(fixed.code, 0, fixed.stdout)
  assert.match(github.readme('main', 'docs/README.md')!, /Paper number 1/)
  assert.equal(github.readme('main', 'README.md'), 'docs/README.md', 'the link is untouched')
})

test('a readme-path that differs only in case from an existing file is refused, naming the file', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const refused = await run(github, { 'readme-path': 'readme.md', mode: 'commit' })
  assert.equal(refused.code, 1)
  assert.match(
    refused.stdout,
    /::error::Input "readme-path": "readme\.md" does not exist, but "README\.md" does: names that differ only in case collide in checkouts on macOS and Windows\. Use "README\.md"/,
  )
  assert.equal(github.readme('main', 'readme.md'), undefined)
  // Spelled as the message says, the next run updates the existing file.
  const fixed = await run(github, { 'readme-path': 'README.md', mode: 'commit' })
  assert.equal(fixed.code, 0, fixed.stdout)
  assert.match(github.readme()!, /Paper number 1/)
})

test('issue-close-previous keeps one notification issue open: the next one closes the previous, linking it', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n', 'OTHER.md': '# O\n' })
  const inputs = { mode: 'commit', issue: 'true', 'issue-close-previous': 'true' }
  assert.equal((await run(github, inputs)).code, 0)
  // Another README's issue is left alone.
  assert.equal((await run(github, { ...inputs, 'readme-path': 'OTHER.md' })).code, 0)
  arxiv.papers.push(paper(2, 2))
  const second = await run(github, inputs)
  assert.equal(second.code, 0, second.stdout)
  const [first, other, next] = github.issues
  assert.equal(next!.state, 'open')
  assert.equal(first!.state, 'closed')
  assert.match(first!.comments.at(-1) ?? '', new RegExp(`the newer papers are in #${next!.number}`))
  assert.equal(other!.state, 'open', "another README's issue stays open")
  // Without the input, issues pile up as before.
  arxiv.papers.push(paper(3, 3))
  assert.equal((await run(github, { mode: 'commit', issue: 'true' })).code, 0)
  assert.equal(github.issues.filter((issue) => issue.state === 'open').length, 3)
})

test('commit mode without pull request permission: the look-up for a left-over pull request is skipped quietly', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.faults.set('pulls/list', [{ status: 403, message: 'Resource not accessible by integration' }])
  const result = await run(github, { mode: 'commit' })
  assert.equal(result.code, 0, result.stdout)
  assert.doesNotMatch(result.stdout, /::warning/)
  assert.match(github.readme()!, /Paper number 1/)
})

test('an update pull request version 1 opened (its footer, no marker) is closed too after a switch to commit mode', async (t) => {
  arxiv.papers = [paper(1, 1)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  github.refs.set(
    BRANCH,
    github.commitFiles(github.refs.get('main'), { 'README.md': '# R\nold\n' }, 'Update arXiv papers (1 new)'),
  )
  const v1 = {
    number: 7,
    state: 'open' as const,
    merged: false,
    head: BRANCH,
    base: 'main',
    title: 'Update arXiv papers',
    body: '1 new paper.\n\n---\n<sub>Kept up to date by the arXiv daily digest action.</sub>\n',
    draft: false,
    labels: [],
    assignees: [],
    reviewers: [],
    comments: [],
  }
  github.pulls.push(v1)
  const committed = await run(github, { mode: 'commit' })
  assert.equal(committed.code, 0, committed.stdout)
  assert.equal(v1.state, 'closed')
  assert.match(v1.comments.at(-1) ?? '', /now commits updates to `main` directly/)
})

test("a reviewer's amended commit (git commit --amend keeps the action's message and trailer) is kept: their deleted row stays out, updates go on top", async (t) => {
  arxiv.papers = [1, 2, 3].map((n) => paper(n, n))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { keywords: 'Alpha' }
  assert.equal((await run(github, inputs)).code, 0)
  const actionHead = github.refs.get(BRANCH)!
  // The reviewer drops paper 2 by amending the action's commit and force-pushing it.
  const text = github.readme(BRANCH)!
  const row = text.split('\n').find((line) => line.includes(arxivId(2, '2510')))!
  const amended = github.amend(BRANCH, { 'README.md': text.replace(`${row}\n`, '') })
  assert.notEqual(amended, actionHead)
  // The run after the amend: nothing new, the branch is left as the reviewer made it.
  const second = await run(github, inputs)
  assert.equal(second.code, 0, second.stdout)
  assert.equal(github.refs.get(BRANCH), amended, 'the amended commit is not replaced')
  assert.deepEqual(idsOn(github, BRANCH), [arxivId(1, '2510'), arxivId(3, '2510')])
  // A new paper: added on top of the amended commit, paper 2 still out.
  arxiv.papers = [...arxiv.papers, paper(4, 4)]
  const third = await run(github, inputs)
  assert.equal(third.code, 0, third.stdout)
  assert.deepEqual(github.commitsBetween(amended, github.refs.get(BRANCH)!).length, 1, 'one commit on top')
  assert.deepEqual(
    idsOn(github, BRANCH),
    [1, 3, 4].map((n) => arxivId(n, '2510')),
  )
  // And the run after that writes nothing.
  const writes = github.writes().length
  const fourth = await run(github, inputs)
  assert.equal(fourth.code, 0)
  assert.deepEqual(
    github
      .writes()
      .slice(writes)
      .map((call) => call.operation),
    [],
    fourth.stdout,
  )
  assert.deepEqual(
    idsOn(github, BRANCH),
    [1, 3, 4].map((n) => arxivId(n, '2510')),
  )
})

test("pull requests that quote the action's marker but are not the action's (a fork's, a person's branch) are never commented on or closed, in either mode", async (t) => {
  arxiv.papers = [1, 2].map((n) => paper(n, n))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const quoted = `I copied this from the bot's pull request:\n\n${pullRequestMarker('README.md')}\n`
  const stranger = (head: string, headRepo?: string): PullRequest => {
    github.refs.set(head, github.commitFiles(github.refs.get('main'), { 'notes.md': head }, 'My change'))
    const pull: PullRequest = {
      number: github.nextNumber++,
      state: 'open',
      merged: false,
      head,
      base: 'main',
      title: `Change from ${head}`,
      body: quoted,
      draft: false,
      labels: [],
      assignees: [],
      reviewers: [],
      comments: [],
      ...(headRepo ? { headRepo } : {}),
    }
    github.pulls.push(pull)
    return pull
  }
  const fork = stranger('arxiv-daily/update-old', 'eve/papers')
  const person = stranger('my-topic')
  // Pull-request mode opens its own pull request (and looks for those of older update branches).
  const first = await run(github, { keywords: 'Alpha' })
  assert.equal(first.code, 0, first.stdout)
  assert.match(first.stdout, /Pull request #\d+ quotes the action's marker but its branch is not the action's own/)
  arxiv.papers = [...arxiv.papers, paper(3, 3)]
  assert.equal((await run(github, { keywords: 'Alpha', 'pr-branch': 'arxiv-daily/other' })).code, 0)
  // Commit mode closes update pull requests left open, and only those.
  arxiv.papers = [...arxiv.papers, paper(4, 4)]
  const commit = await run(github, { keywords: 'Alpha', mode: 'commit' })
  assert.equal(commit.code, 0, commit.stdout)
  for (const pull of [fork, person]) {
    assert.equal(pull.state, 'open', `#${pull.number} stays open`)
    assert.deepEqual(pull.comments, [], `#${pull.number} gets no comment`)
  }
  assert.ok(
    github.pulls.filter((pull) => pull !== fork && pull !== person).every((pull) => pull.state === 'closed'),
    "the action's own pull requests were closed",
  )
})

test("with a reviewer's commits on the branch, papers the action itself pushed out (max-papers lowered) come back when it is raised; the reviewer's removal stays", async (t) => {
  arxiv.papers = [1, 2, 3, 4, 5].map((n) => paper(n, n))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const run5 = () => run(github, { keywords: 'Alpha', 'max-papers': '5' })
  assert.equal((await run5()).code, 0)
  // The reviewer drops paper 1 in a commit of their own.
  const text = github.readme(BRANCH)!
  const row = text.split('\n').find((line) => line.includes(arxivId(1, '2510')))!
  github.push(BRANCH, { 'README.md': text.replace(`${row}\n`, '') }, 'Drop paper 1')
  arxiv.papers = [...arxiv.papers, paper(6, 6)]
  assert.equal((await run5()).code, 0)
  assert.deepEqual(
    idsOn(github, BRANCH),
    [2, 3, 4, 5, 6].map((n) => arxivId(n, '2510')),
  )
  // max-papers lowered: the action pushes out 2 and 3 (with paper 7 new, a commit on top).
  arxiv.papers = [...arxiv.papers, paper(7, 7)]
  assert.equal((await run(github, { keywords: 'Alpha', 'max-papers': '3' })).code, 0)
  assert.deepEqual(
    idsOn(github, BRANCH),
    [5, 6, 7].map((n) => arxivId(n, '2510')),
  )
  // Raised again with paper 8 new: what the action pushed out comes back, paper 1 stays out.
  arxiv.papers = [...arxiv.papers, paper(8, 8)]
  const raised = await run5()
  assert.equal(raised.code, 0, raised.stdout)
  assert.deepEqual(
    idsOn(github, BRANCH),
    [4, 5, 6, 7, 8].map((n) => arxivId(n, '2510')),
  )
  assert.deepEqual(
    (JSON.parse(raised.outputs['new-papers']!) as { id: string }[]).map((p) => p.id),
    [arxivId(8, '2510')],
  )
})

test('papers only the update branch holds keep their arXiv dates in the JSON: a run whose keyword fails, and one with nothing new, write nothing', async (t) => {
  arxiv.papers = [1, 2, 3].map((n) => paper(n, n))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { keywords: 'Alpha\nBeta', 'json-path': 'digest.json' }
  assert.equal((await run(github, inputs)).code, 0)
  const json = github.readme(BRANCH, 'digest.json')!
  const body = github.pulls[0]!.body
  assert.match(json, /"published": "2025-10-01T10:00:00Z"/)
  // arXiv fails for Beta: nothing changed, nothing is written.
  arxiv.failing = (query) => query.includes('Beta')
  const writes = github.writes().length
  const failing = await run(github, inputs)
  arxiv.failing = () => false
  assert.equal(failing.code, 0, failing.stdout)
  assert.deepEqual(
    github
      .writes()
      .slice(writes)
      .map((call) => call.operation),
    [],
  )
  assert.equal(github.readme(BRANCH, 'digest.json'), json)
  assert.equal(github.pulls[0]!.body, body)
  // The day after, arXiv answers again with nothing new: still nothing written.
  const quiet = await run(github, inputs)
  assert.equal(quiet.code, 0, quiet.stdout)
  assert.deepEqual(
    github
      .writes()
      .slice(writes)
      .map((call) => call.operation),
    [],
  )
})

test("with a reviewer's commits on the branch, a paper the base holds that comes back as a revision is updated, not announced", async (t) => {
  // Paper 1 is older than the window the branch records as shown (overlap-days before its newest).
  arxiv.papers = [paper(1, 1), paper(2, 10), paper(3, 11)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = { keywords: 'Alpha', 'max-papers': '3' }
  assert.equal((await run(github, inputs)).code, 0)
  github.merge(github.pulls[0]!.number)
  // Paper 4 opens a new pull request that pushes paper 1 out of the branch; the base still holds it.
  arxiv.papers = [...arxiv.papers, paper(4, 12)]
  assert.equal((await run(github, inputs)).code, 0)
  assert.deepEqual(
    idsOn(github, BRANCH),
    [2, 3, 4].map((n) => arxivId(n, '2510')),
  )
  github.push(BRANCH, { 'NOTES.md': 'Reviewed.\n' }, 'A reviewer adds a note')
  // Paper 1 is revised: it tops the list by update date.
  arxiv.papers = [{ ...paper(1, 13, 2), published: arxivTime(day(1)) }, ...arxiv.papers.slice(1)]
  const revised = await run(github, inputs)
  assert.equal(revised.code, 0, revised.stdout)
  assert.deepEqual(
    idsOn(github, BRANCH),
    [1, 3, 4].map((n) => arxivId(n, '2510')),
  )
  assert.deepEqual(JSON.parse(revised.outputs['new-papers']!), [], 'nothing new: the base showed paper 1')
})
