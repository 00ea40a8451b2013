import assert from 'node:assert/strict'
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { PaperArxiv } from '../support/arxiv-server.js'
import { servedPaper as paper } from '../support/papers.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import { runAction, workspaceWith } from '../support/run-action.js'

// A symbolic link on the way to a file the action writes would take the write elsewhere.

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => arxiv.close())

function outsideFolder(t: { after: (fn: () => void) => void }): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'outside-'))
  t.after(() => rmSync(folder, { recursive: true, force: true }))
  writeFileSync(path.join(folder, 'README.md'), '# Outside\n')
  return folder
}

const local = (workspace: string, inputs: Record<string, string>) =>
  runAction({
    inputs: { keywords: 'Alpha', mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0', ...inputs },
    workspace,
  })

test('local mode: a folder on the way to readme-path, feed-dir or json-path that is a link is refused; nothing is written outside', async (t) => {
  arxiv.papers = [paper(1)]
  const outside = outsideFolder(t)
  const workspace = workspaceWith({ 'README.md': '# R\n' })
  symlinkSync(outside, path.join(workspace, 'docs'))
  const before = arxiv.requests.length
  const readme = await local(workspace, { 'readme-path': 'docs/README.md' })
  assert.equal(readme.code, 1)
  assert.match(
    readme.stdout,
    /::error::Input "readme-path": "docs\/README\.md" runs through "docs", a symbolic link \(to ".*"\); the action does not write through links/,
  )
  assert.equal(arxiv.requests.length, before, 'refused before any request')
  const cases: Record<string, string>[] = [{ 'feed-dir': 'docs/feeds' }, { 'json-path': 'docs/digest.json' }]
  for (const inputs of cases) {
    const run = await local(workspace, inputs)
    assert.equal(run.code, 1, run.stdout)
    assert.match(run.stdout, /runs through "docs", a symbolic link/)
  }
  assert.deepEqual(readdirSync(outside), ['README.md'])
  assert.equal(readFileSync(path.join(outside, 'README.md'), 'utf8'), '# Outside\n')
  assert.equal(readFileSync(path.join(workspace, 'README.md'), 'utf8'), '# R\n')
})

test('commit and pull-request mode: a folder on the way to the README that is a link in the repository is refused', async (t) => {
  arxiv.papers = [paper(2)]
  const github = await startGitHub(t, { 'README.md': '# R\n', 'real/README.md': '# Real\n' })
  github.pushSymlink('main', 'docs', 'real')
  const head = github.refs.get('main')
  for (const mode of ['commit', 'pull-request']) {
    const refused = await runOnGitHub(github, arxiv.url, { mode, 'readme-path': 'docs/README.md' })
    assert.equal(refused.code, 1)
    assert.match(
      refused.stdout,
      /::error::Input "readme-path": "docs\/README\.md" runs through "docs", a symbolic link in the repository/,
    )
  }
  assert.equal(github.refs.get('main'), head)
})

test('local mode: links planted where the old temporary files went (README.md.arxiv-daily.tmp) take no text outside, over two runs', async (t) => {
  arxiv.papers = [paper(1)]
  const outside = outsideFolder(t)
  const workspace = workspaceWith({ 'README.md': '# R\n' })
  for (const name of ['README.md.arxiv-daily.tmp', 'digest.json.arxiv-daily.tmp'])
    symlinkSync(path.join(outside, 'README.md'), path.join(workspace, name))
  const inputs = { 'json-path': 'digest.json' }
  const first = await local(workspace, inputs)
  assert.equal(first.code, 0, first.stdout)
  arxiv.papers = [paper(2), paper(1)]
  const second = await local(workspace, inputs)
  assert.equal(second.code, 0, second.stdout)
  assert.equal(readFileSync(path.join(outside, 'README.md'), 'utf8'), '# Outside\n')
  assert.deepEqual(readdirSync(outside), ['README.md'])
  // The README and the JSON are files of the workspace holding both papers, and no temporary file is left.
  for (const name of ['README.md', 'digest.json']) {
    assert.ok(!lstatSync(path.join(workspace, name)).isSymbolicLink(), `${name} is a file`)
    assert.match(readFileSync(path.join(workspace, name), 'utf8'), /2511\.00002/)
  }
  assert.deepEqual(
    readdirSync(workspace).filter((name) => name.includes('.tmp')),
    ['README.md.arxiv-daily.tmp', 'digest.json.arxiv-daily.tmp'],
  )
})
