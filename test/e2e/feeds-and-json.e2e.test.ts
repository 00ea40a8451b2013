import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { XMLValidator } from 'fast-xml-parser'
import type { Link } from 'mdast'
import { PaperArxiv, type SimplePaper } from '../support/arxiv-server.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import { parseGfm } from '../support/gfm.js'
import { runAction, workspaceWith } from '../support/run-action.js'
import { servedPaper, arxivId, arxivTime } from '../support/papers.js'

// Atom feeds and a JSON digest beside the README, in every mode, over several runs.

let arxiv: PaperArxiv
before(async () => (arxiv = await PaperArxiv.start()))
after(() => {
  arxiv.failing = () => false
  return arxiv.close()
})

const SCHEMA = JSON.parse(readFileSync(new URL('../../schema/digest.schema.json', import.meta.url), 'utf8')) as object
const validate = new Ajv({ strict: true }).compile(SCHEMA)
// The schema reads the same with the 2020-12 validator.
const validate2020 = new Ajv2020({ strict: true }).compile(SCHEMA)

const HOSTILE = 'Pipes | <b>tags</b> & ]]> end \u0001 \u202Ertl\u202C "quotes" \u{1F600}'
const paper = (n: number, title = `Paper number ${n}`): SimplePaper =>
  servedPaper(n, {
    title,
    abstract: `Abstract of paper ${n} with <angle> & ampersand. `.repeat(10),
    comment: n % 2 === 0 ? '12 pages, accepted' : '',
    updated: arxivTime((n % 28) + 1),
  })

const inputs = { keywords: 'Alpha\nBeta', 'feed-dir': 'feeds', 'json-path': 'data/digest.json', 'max-papers': '30' }
/** `bundle`: the built dist/index.js as the runner starts it (a few tests prove that path). */
const local = (dir: string, extra: Record<string, string> = {}, runner?: 'bundle') =>
  runAction({
    inputs: { mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0', ...inputs, ...extra },
    workspace: dir,
    env: { GITHUB_REPOSITORY: 'octo/papers', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REF_NAME: 'main' },
    ...(runner ? { runner } : {}),
  })

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8')
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.md') || file.endsWith('.xml') || file.endsWith('.json'))
      .map((file) => [file, read(dir, file)]),
  )

/** Ids of the papers the README and its overflow files show under `## title`, in order. */
function idsInDigest(files: Record<string, string>, readme: string): Map<string, string[]> {
  const json = JSON.parse(files['data/digest.json']!) as { keywords: { title: string; papers: { id: string }[] }[] }
  const fromJson = new Map(json.keywords.map((k) => [k.title, k.papers.map((p) => p.id)]))
  const all = [
    readme,
    ...Object.entries(files)
      .filter(([f]) => f.startsWith('papers/'))
      .map(([, t]) => t),
  ].join('\n')
  for (const [, ids] of fromJson)
    for (const id of ids) assert.ok(all.includes(`abs/${id}v`), `${id} is in the README or an overflow file`)
  return fromJson
}

function checkFeed(xml: string, title: string, papers: readonly SimplePaper[]): void {
  assert.equal(XMLValidator.validate(xml), true, 'well-formed XML')
  const feed = parseFeed(xml)
  assert.equal(feed.title, title)
  assert.equal(feed.items.length, papers.length)
  const newestFirst = [...papers].sort((a, b) =>
    a.updated === b.updated ? (a.id < b.id ? 1 : -1) : a.updated < b.updated ? 1 : -1,
  )
  feed.items.forEach((item, i) => {
    const expected = newestFirst[i]!
    assert.equal(item.id, `https://arxiv.org/abs/${expected.id}`)
    assert.equal(item.url, `https://arxiv.org/abs/${expected.id}v1`)
    assert.equal(item.updated?.toISOString().slice(0, 10), expected.updated.slice(0, 10))
    assert.ok(item.title && item.title.replace(/\s+/g, ' ').trim().length > 0)
    // What arXiv said of the paper: its authors, both versions' dates, its categories.
    assert.deepEqual(
      item.authors.map((author) => author.name),
      ['Test Author'],
    )
    assert.equal(item.published?.toISOString(), new Date(expected.published ?? expected.updated).toISOString())
    assert.ok(item.categories.some((c) => c.term === 'cs.CL'))
  })
}

test('local mode: a feed per keyword, all.xml and the JSON; read by a feed parser and the schema; nothing rewritten when nothing changed', async () => {
  arxiv.papers = Array.from({ length: 40 }, (_, i) => paper(i + 1, i + 1 === 27 ? HOSTILE : undefined))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const first = await local(dir, { 'max-readme-kib': '16' }, 'bundle')
  assert.equal(first.code, 0, first.stdout)
  const files = snapshot(dir)
  const papers = [...arxiv.papers]
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? 1 : -1))
    .slice(0, 30)
  checkFeed(files['feeds/alpha.xml']!, 'arXiv papers: Alpha', papers)
  checkFeed(files['feeds/beta.xml']!, 'arXiv papers: Beta', papers)
  checkFeed(files['feeds/all.xml']!, 'arXiv papers', papers)
  // A paper found by both keywords is one entry of all.xml with both categories.
  const all = parseFeed(files['feeds/all.xml']!)
  assert.deepEqual(
    all.items[0]!.categories.map((c) => c.term),
    ['Alpha', 'Beta', 'cs.CL'],
  )
  assert.equal(all.self, 'https://raw.githubusercontent.com/octo/papers/main/feeds/all.xml')
  assert.equal(all.url, 'https://github.com/octo/papers/blob/main/README.md')
  // The hostile title survives as text.
  const hostile = parseFeed(files['feeds/alpha.xml']!).items.find((item) => item.id?.endsWith('2511.00027'))!
  assert.ok(hostile.title?.includes('<b>tags</b> & ]]> end'), hostile.title ?? '')
  // The JSON: valid against the schema, the same papers as the README and its overflow files.
  const json = JSON.parse(files['data/digest.json']!) as unknown
  assert.ok(validate(json), JSON.stringify(validate.errors))
  const sample = (json as { keywords: { papers: Record<string, unknown>[] }[] }).keywords[0]!.papers[0]!
  assert.deepEqual(sample.authors, ['Test Author'])
  assert.deepEqual(sample.categories, ['cs.CL'])
  assert.match(String(sample.published), /^\d{4}-\d{2}-\d{2}T/)
  assert.ok(validate2020(json), JSON.stringify(validate2020.errors))
  assert.equal(validate({ version: 2, updated: 'today', keywords: [{}] }), false, 'the schema can fail')
  const ids = idsInDigest(files, files['README.md']!)
  assert.deepEqual(
    ids.get('Alpha'),
    papers.map((p) => p.id),
  )
  assert.match(files['README.md']!, /^More: /m, 'the README overflowed, and the feeds hold every paper still')
  // The README links the feeds.
  const links: string[] = []
  const visit = (node: { type: string; children?: unknown[]; url?: string }) => {
    if (node.type === 'link') links.push((node as Link).url)
    for (const child of node.children ?? []) visit(child as { type: string })
  }
  visit(parseGfm(files['README.md']!))
  // Links a feed reader can subscribe to: the raw files, not GitHub's file view.
  for (const feed of ['feeds/all.xml', 'feeds/alpha.xml', 'feeds/beta.xml'])
    assert.ok(links.includes(`https://raw.githubusercontent.com/octo/papers/main/${feed}`), feed)

  const again = await local(dir, { 'max-readme-kib': '16' }, 'bundle')
  assert.equal(again.code, 0, again.stdout)
  assert.equal(again.outputs.changed, 'false')
  assert.deepEqual(snapshot(dir), files, 'byte-identical')
})

test('local mode: a failed keyword keeps its feed, a removed keyword loses it, a file in the way is never overwritten', async () => {
  arxiv.papers = Array.from({ length: 5 }, (_, i) => paper(i + 1))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  assert.equal((await local(dir, { keywords: 'Alpha\nBeta\nGamma' })).code, 0)
  const beta = read(dir, 'feeds/beta.xml')
  arxiv.papers.push(paper(6))
  arxiv.failing = (query) => query.includes('Beta')
  const partial = await local(dir, { keywords: 'Alpha\nBeta\nGamma' })
  arxiv.failing = () => false
  assert.equal(partial.code, 0, partial.stdout)
  assert.equal(read(dir, 'feeds/beta.xml'), beta, 'the failed keyword keeps its feed as it was')
  assert.equal(parseFeed(read(dir, 'feeds/alpha.xml')).items.length, 6)
  const removed = await local(dir, { keywords: 'Alpha\nBeta' })
  assert.equal(removed.code, 0, removed.stdout)
  assert.equal(existsSync(path.join(dir, 'feeds/gamma.xml')), false, 'the removed keyword has no feed left')
  assert.ok(existsSync(path.join(dir, 'feeds/beta.xml')))

  const mine = '<rss>mine</rss>\n'
  writeFileSync(path.join(dir, 'feeds/delta.xml'), mine)
  const readme = read(dir, 'README.md')
  const blocked = await local(dir, { keywords: 'Alpha\nBeta\nDelta' })
  assert.equal(blocked.code, 1)
  assert.match(
    blocked.stdout,
    /feeds\/delta\.xml exists and was not written by this action, so it is left as it is and nothing was written\. Move it, or set "feed-dir" to another place\./,
  )
  assert.equal(read(dir, 'feeds/delta.xml'), mine)
  assert.equal(read(dir, 'README.md'), readme)
  // The person moves their file away: the next run writes the keyword's feed there.
  rmSync(path.join(dir, 'feeds/delta.xml'))
  const moved = await local(dir, { keywords: 'Alpha\nBeta\nDelta' })
  assert.equal(moved.code, 0, moved.stdout)
  assert.equal(parseFeed(read(dir, 'feeds/delta.xml')).title, 'arXiv papers: Delta')
})

test('feeds off: the README is exactly as without the feature', async () => {
  arxiv.papers = Array.from({ length: 3 }, (_, i) => paper(i + 1))
  const plain = workspaceWith({ 'README.md': '# P\n' })
  await runAction({
    inputs: { mode: 'local', keywords: 'Alpha', 'arxiv-api-url': arxiv.url, 'request-delay': '0' },
    workspace: plain,
  })
  assert.doesNotMatch(read(plain, 'README.md'), /Subscribe/)
  assert.deepEqual(Object.keys(snapshot(plain)), ['README.md'])
})

test('commit mode: one commit holds the README, the feeds and the JSON; a run with nothing new writes nothing', async (t) => {
  arxiv.papers = Array.from({ length: 4 }, (_, i) => paper(i + 1))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const gh = (extra: Record<string, string> = {}) =>
    runOnGitHub(github, arxiv.url, { ...inputs, mode: 'commit', ...extra })
  const first = await gh()
  assert.equal(first.code, 0, first.stdout)
  assert.deepEqual(
    github.writes().map((call) => call.operation),
    ['git/create-tree', 'git/create-commit', 'git/update-ref'],
  )
  const tree = github.writes()[0]!.body!.tree as { path: string; content?: string }[]
  assert.deepEqual(tree.map((entry) => entry.path).sort(), [
    'README.md',
    'data/digest.json',
    'feeds/all.xml',
    'feeds/alpha.xml',
    'feeds/beta.xml',
  ])
  assert.ok(
    tree.every((entry) => typeof entry.content === 'string'),
    'contents inline in the tree, no blob calls',
  )
  checkFeed(github.readme('main', 'feeds/alpha.xml')!, 'arXiv papers: Alpha', arxiv.papers)
  assert.ok(validate(JSON.parse(github.readme('main', 'data/digest.json')!)))
  github.calls.length = 0
  const quiet = await gh()
  assert.equal(quiet.outputs.changed, 'false')
  assert.deepEqual(github.writes(), [])
})

test('pull-request mode: the update branch holds the README, the feeds and the JSON in one commit', async (t) => {
  arxiv.papers = Array.from({ length: 4 }, (_, i) => paper(i + 1))
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const result = await runOnGitHub(github, arxiv.url, { ...inputs, mode: 'pull-request' })
  assert.equal(result.code, 0, result.stdout)
  const branch = 'arxiv-daily/update'
  assert.equal(github.commitsBetween(github.refs.get('main')!, github.refs.get(branch)!).length, 1)
  checkFeed(github.readme(branch, 'feeds/beta.xml')!, 'arXiv papers: Beta', arxiv.papers)
  assert.ok(validate(JSON.parse(github.readme(branch, 'data/digest.json')!)))
  assert.equal(
    github.readme('main', 'feeds/all.xml'),
    undefined,
    'nothing on the base until the pull request is merged',
  )
  // The next run with nothing new leaves the branch and the pull request alone.
  github.calls.length = 0
  const quiet = await runOnGitHub(github, arxiv.url, { ...inputs, mode: 'pull-request' })
  assert.equal(quiet.outputs.changed, 'false')
  assert.deepEqual(github.writes(), [])
  // Merged, the feeds are on the base; the run after that writes nothing either.
  github.merge(github.pulls[0]!.number)
  assert.ok(github.readme('main', 'feeds/all.xml'))
  github.calls.length = 0
  const merged = await runOnGitHub(github, arxiv.url, { ...inputs, mode: 'pull-request' })
  assert.equal(merged.outputs.changed, 'false')
  assert.deepEqual(github.writes(), [])
})

test('feed-dir naming a file, or json-path naming a folder, is refused before any request', async () => {
  const dir = workspaceWith({ 'README.md': '# P\n', feeds: 'a file', 'data/digest.json/x': 'a folder' })
  const before = arxiv.requests.length
  const file = await local(dir, { 'json-path': '' })
  assert.equal(file.code, 1)
  assert.match(file.stdout, /::error::Input "feed-dir": "feeds" is a file; name a folder such as "feeds"/)
  const folder = await local(dir, { 'feed-dir': '' })
  assert.equal(folder.code, 1)
  assert.match(folder.stdout, /::error::Input "json-path": "data\/digest\.json" is a folder/)
  assert.equal(arxiv.requests.length, before)
})

test('a JSON digest past its 10 MiB budget holds the newest abstracts that fit, says so, and is not rewritten by a run with nothing new', async () => {
  // Three keywords of the same 1,800 papers with long abstracts: about 12 MB of JSON.
  arxiv.papers = Array.from({ length: 1800 }, (_, i) =>
    servedPaper(i + 1, {
      id: arxivId(i + 1, '2510'),
      abstract: `Paper ${i + 1}. ${'A long abstract of a paper. '.repeat(70)}`,
      updated: arxivTime(`2025-10-${String((i % 28) + 1).padStart(2, '0')}`),
    }),
  )
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const big = { keywords: 'Alpha\nBeta\nGamma', 'max-papers': '1800', 'json-path': 'digest.json', 'feed-dir': 'feeds' }
  const first = await local(dir, big)
  assert.equal(first.code, 0, first.stdout)
  const json = readFileSync(path.join(dir, 'digest.json'), 'utf8')
  assert.ok(Buffer.byteLength(json) <= 10 * 1024 * 1024, `${Buffer.byteLength(json)} bytes`)
  assert.match(
    first.stdout,
    /::warning title=File cut to its size budget::digest\.json would pass its size budget of 10 MiB, so it holds the \d+ oldest of its 1800 papers without their abstract; the README and its overflow files keep every paper/,
  )
  assert.match(first.summary, /digest\.json would pass its size budget of 10 MiB/)
  // Every paper is in the JSON, the newest with their abstracts; the feeds fit whole.
  const papers = (JSON.parse(json) as { keywords: { papers: { id: string; abstract: string }[] }[] }).keywords[0]!
    .papers
  assert.equal(papers.length, 1800)
  assert.ok(papers[0]!.abstract.length > 1000)
  assert.equal(papers.at(-1)!.abstract, '')
  assert.doesNotMatch(first.stdout, /feeds\/\S+ would pass/)
  // A run with nothing new writes nothing and asks arXiv for no look-up.
  const before = arxiv.requests.length
  const second = await local(dir, big)
  assert.equal(second.code, 0, second.stdout)
  assert.equal(second.outputs.changed, 'false', second.stdout)
  assert.equal(readFileSync(path.join(dir, 'digest.json'), 'utf8'), json)
  assert.equal(arxiv.requests.length - before, 3, 'one request per keyword')
})
