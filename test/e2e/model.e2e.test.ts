import assert from 'node:assert/strict'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import type { Table } from 'mdast'
import { PaperArxiv, type SimplePaper } from '../support/arxiv-server.js'
import { parseGfm, tables, visibleText } from '../support/gfm.js'
import { startModelServer, tldrOf, translatedOf, type ModelServer } from '../support/model-server.js'
import { arxivId, arxivTime, servedPaper } from '../support/papers.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import { runAction, workspaceWith } from '../support/run-action.js'

// A model of the user's own (an OpenAI-compatible endpoint on loopback) over several runs: each
// paper asked once, within the budget; a failing or hostile model never costs a paper or a write.

let arxiv: PaperArxiv
let model: ModelServer
before(async () => {
  arxiv = await PaperArxiv.start()
  model = await startModelServer()
})
after(async () => {
  await arxiv.close()
  await model.close()
})

const KEY = 'sk-test-0123456789abcdef'
const paper = (n: number, fields: Partial<SimplePaper> = {}): SimplePaper =>
  servedPaper(n, { abstract: `Abstract of paper ${n}: a method and what it finds.`, ...fields })

const run = (dir: string, inputs: Record<string, string> = {}) =>
  runAction({
    inputs: {
      mode: 'local',
      keywords: 'Alpha',
      'arxiv-api-url': arxiv.url,
      'request-delay': '0',
      'max-retries': '1',
      'llm-api-url': model.url,
      'llm-model': 'test-model',
      'llm-api-key': KEY,
      ...inputs,
    },
    workspace: dir,
  })

const file = (dir: string, name: string): string | undefined =>
  existsSync(path.join(dir, name)) ? readFileSync(path.join(dir, name), 'utf8') : undefined

/** The TL;DR cell of each row of the README's first table, by the paper's title. */
function tldrCells(readme: string): Map<string, string> {
  const table = tables(parseGfm(readme))[0] as Table
  const header = table.children[0]!.children.map((cell) => visibleText(cell))
  const column = header.indexOf('TL;DR')
  return new Map(
    table.children.slice(1).map((row) => [visibleText(row.children[0]!), visibleText(row.children[column]!)] as const),
  )
}

const askedIds = () => model.asked.flat()

test('each paper is asked once: a budget smaller than the papers fills over runs, a quiet day asks nothing, a new version with the same abstract keeps its TL;DR', async () => {
  model.behaviour = 'answer'
  model.asked.length = 0
  arxiv.papers = Array.from({ length: 8 }, (_, i) => paper(i + 1))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { columns: 'TL;DR, Abstract', 'llm-max-papers': '5', 'json-path': 'digest.json', 'feed-dir': 'feeds' }
  const first = await run(dir, inputs)
  assert.equal(first.code, 0, first.stdout)
  assert.equal(first.outputs['llm-papers-answered'], '5')
  assert.equal(first.outputs['llm-papers-left'], '3')
  assert.ok((JSON.parse(first.outputs['llm-tokens']!) as { in: number }).in > 0)
  assert.deepEqual(askedIds().sort(), [4, 5, 6, 7, 8].map((n) => arxivId(n)).sort(), 'the newest five')
  assert.ok(model.keys.every((key) => key === `Bearer ${KEY}`))
  // The key is masked by the runner (its add-mask command) and shown nowhere else.
  assert.doesNotMatch(first.stdout.replace(`::add-mask::${KEY}`, '') + first.summary, new RegExp(KEY))
  let cells = tldrCells(file(dir, 'README.md')!)
  assert.equal(cells.get('Paper number 8'), tldrOf('Paper number 8'))
  assert.equal(cells.get('Paper number 3'), '')
  assert.match(first.summary, /Model: 5 papers answered in 1 requests/)
  // The next run asks for the other three, and no paper twice.
  const second = await run(dir, inputs)
  assert.equal(second.outputs['llm-papers-answered'], '3')
  assert.equal(second.outputs['llm-papers-left'], '0')
  assert.equal(new Set(askedIds()).size, askedIds().length, 'no paper asked twice')
  cells = tldrCells(file(dir, 'README.md')!)
  assert.ok([...cells.values()].every((cell) => cell.startsWith('In short')))
  // The TL;DR is in the JSON and the feed too.
  const json = JSON.parse(file(dir, 'digest.json')!) as { keywords: { papers: { id: string; tldr?: string }[] }[] }
  assert.equal(json.keywords[0]!.papers[0]!.tldr, tldrOf('Paper number 8'))
  assert.match(file(dir, 'feeds/alpha.xml')!, /TL;DR: In short, Paper number 8 works\./)
  // A quiet day: no model request, nothing written.
  const requests = model.asked.length
  const quiet = await run(dir, inputs)
  assert.equal(quiet.outputs.changed, 'false', quiet.stdout)
  assert.equal(model.asked.length, requests, 'no request on a quiet day')
  // A new version with the same abstract keeps its answer; a new paper is asked alone.
  arxiv.papers = [...arxiv.papers.slice(0, 7), paper(8, { version: 2, updated: arxivTime(20) }), paper(9)]
  const revised = await run(dir, inputs)
  assert.equal(revised.code, 0, revised.stdout)
  assert.deepEqual(model.asked.slice(requests).flat(), [arxivId(9)])
  assert.match(file(dir, 'README.md')!, /2511\.00008v2\)\*\* \| 2025-11-20 \| In short, Paper number 8 works\./)
})

test('a refused key is one warning that names the secret; the digest is delivered as without a model, and the next run with a working key fills it', async () => {
  model.behaviour = 'unauthorized'
  model.asked.length = 0
  arxiv.papers = [paper(1), paper(2)]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const refused = await run(dir, { columns: 'TL;DR, Abstract' })
  assert.equal(refused.code, 0, refused.stdout)
  assert.equal(refused.stdout.match(/::warning title=Model not used::/g)?.length, 1)
  assert.match(refused.stdout, /refused the key \(HTTP 401\): check the secret passed as llm-api-key/)
  assert.doesNotMatch(refused.stdout.replace(`::add-mask::${KEY}`, '') + refused.summary, new RegExp(KEY))
  assert.equal(tldrCells(file(dir, 'README.md')!).get('Paper number 2'), '')
  assert.equal(refused.outputs['llm-papers-left'], '2')
  assert.equal(file(dir, '.arxiv-daily/summaries.json'), undefined, 'no file of answers without an answer')
  model.behaviour = 'answer'
  const fixed = await run(dir, { columns: 'TL;DR, Abstract' })
  assert.equal(fixed.outputs['llm-papers-answered'], '2')
  assert.equal(tldrCells(file(dir, 'README.md')!).get('Paper number 2'), tldrOf('Paper number 2'))
})

test('a model down for a day (HTTP 500, then 429 with Retry-After) leaves the digest as without it; the papers are filled the day after', async () => {
  model.asked.length = 0
  model.behaviour = 'server-error'
  arxiv.papers = [paper(1), paper(2), paper(3)]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const down = await run(dir, { columns: 'TL;DR' })
  assert.equal(down.code, 0, down.stdout)
  assert.match(
    down.stdout,
    /the model did not answer \(HTTP 500, after 2 attempts\); the digest was updated without it/,
  )
  assert.equal([...tldrCells(file(dir, 'README.md')!).values()].join(''), '')
  model.behaviour = (request) => (request % 2 === 0 ? 'rate-limited' : 'answer')
  const next = await run(dir, { columns: 'TL;DR' })
  assert.equal(next.code, 0, next.stdout)
  assert.equal(next.outputs['llm-papers-answered'], '3')
  assert.ok([...tldrCells(file(dir, 'README.md')!).values()].every((cell) => cell.startsWith('In short')))
})

test('answers that are not what was asked (not JSON, wrong ids) cost those papers only, with a log line, and they are asked again later', async () => {
  model.asked.length = 0
  model.behaviour = 'not-json'
  arxiv.papers = [paper(1), paper(2)]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const first = await run(dir, { columns: 'TL;DR' })
  assert.equal(first.code, 0, first.stdout)
  assert.match(
    first.stdout,
    /Model: the answer for 2511\.00002: the answer was not JSON; the paper is asked again on a later run/,
  )
  model.behaviour = 'wrong-ids'
  const second = await run(dir, { columns: 'TL;DR' })
  assert.match(second.stdout, /Model: the answer for 2511\.00001: not in the answer/)
  model.behaviour = 'answer'
  const third = await run(dir, { columns: 'TL;DR' })
  assert.equal(third.outputs['llm-papers-answered'], '2')
})

test('Chinese: a TL;DR and a translated title in the README, the feeds and the JSON; a hostile answer is plain text everywhere', async () => {
  model.asked.length = 0
  model.behaviour = 'answer'
  arxiv.papers = [paper(1), paper(2)]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = {
    columns: 'Title (translated), TL;DR',
    'llm-language': 'Chinese',
    'json-path': 'digest.json',
    'feed-dir': 'feeds',
  }
  const first = await run(dir, inputs)
  assert.equal(first.code, 0, first.stdout)
  const readme = file(dir, 'README.md')!
  assert.match(
    readme,
    new RegExp(`\\| ${translatedOf('Paper number 2')} \\| ${tldrOf('Paper number 2').replace(/\./g, '\\.')} \\|`),
  )
  const json = JSON.parse(file(dir, 'digest.json')!) as { keywords: { papers: { title_translated?: string }[] }[] }
  assert.equal(json.keywords[0]!.papers[0]!.title_translated, translatedOf('Paper number 2'))
  assert.match(file(dir, 'feeds/alpha.xml')!, new RegExp(`Title \\(translated\\): ${translatedOf('Paper number 2')}`))
  // A hostile model: its text is shown, and nothing in it is active.
  model.behaviour = 'hostile'
  arxiv.papers = [...arxiv.papers, paper(3)]
  const hostile = await run(dir, inputs)
  assert.equal(hostile.code, 0, hostile.stdout)
  const text = file(dir, 'README.md')!
  const root = parseGfm(text)
  const links: string[] = []
  const walk = (node: { type: string; url?: string; children?: unknown[] }): void => {
    if ((node.type === 'link' || node.type === 'image') && node.url) links.push(node.url)
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(root)
  assert.ok(
    links.every((url) => url.startsWith('https://arxiv.org/') || url.startsWith('feeds/')),
    links.join(' '),
  )
  assert.equal(text.split('<!-- arxiv-daily:end -->').length, 2, 'one end marker')
  assert.doesNotMatch(text, /<script>|evil\.example/)
  // The only HTML is the action's own hidden lines; the model's text added none.
  const html: string[] = []
  const collect = (node: { type: string; value?: string; children?: unknown[] }): void => {
    if (node.type === 'html') html.push(node.value ?? '')
    for (const child of node.children ?? []) collect(child as typeof node)
  }
  collect(root)
  assert.ok(
    html.every((value) => value.startsWith('<!-- arxiv-daily:')),
    html.join('\n'),
  )
})

test('columns gaining TL;DR is filled from the answers the action keeps, asking only for papers without one', async () => {
  model.asked.length = 0
  model.behaviour = 'answer'
  arxiv.papers = [paper(1), paper(2)]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  assert.equal((await run(dir)).code, 0)
  assert.equal(askedIds().length, 2)
  assert.match(file(dir, '.arxiv-daily/summaries.json')!, /"tldr": "In short, Paper number 2 works\."/)
  arxiv.papers = [...arxiv.papers, paper(3)]
  const withColumn = await run(dir, { columns: 'TL;DR, Abstract' })
  assert.equal(withColumn.code, 0, withColumn.stdout)
  assert.deepEqual(model.asked.at(-1), [arxivId(3)])
  assert.ok([...tldrCells(file(dir, 'README.md')!).values()].every((cell) => cell.startsWith('In short')))
  // Without llm-api-url, nothing changes: no request, and the column shows what it holds.
  const requests = model.asked.length
  const without = await run(dir, { columns: 'TL;DR, Abstract', 'llm-api-url': '' })
  assert.equal(without.outputs.changed, 'false', without.stdout)
  assert.equal(model.asked.length, requests)
})

test('interests: every paper gets a score and a reason in one request with its TL;DR; min-relevance keeps the low ones out with a line each and brings them back when lowered; new interests re-score within the budget', async () => {
  model.asked.length = 0
  model.interests.length = 0
  model.behaviour = 'answer'
  model.score = (id) => Number(id.slice(-1))
  arxiv.papers = Array.from({ length: 6 }, (_, i) => paper(i + 1))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = {
    columns: 'Relevance, TL;DR',
    interests: 'Reward models for language model alignment; my paper 2401.00001',
    'json-path': 'digest.json',
  }
  const first = await run(dir, inputs)
  assert.equal(first.code, 0, first.stdout)
  assert.equal(model.asked.length, 2, 'six papers, five a request: score and TL;DR asked together')
  assert.match(model.interests[0]!, /Reward models/)
  const readme = file(dir, 'README.md')!
  assert.match(
    readme,
    /<details><summary>6<\/summary><p>Close to Paper number 6\.<\/p><\/details> \| In short, Paper number 6 works\./,
  )
  const json = JSON.parse(file(dir, 'digest.json')!) as { keywords: { papers: { relevance?: { score: number } }[] }[] }
  assert.equal(json.keywords[0]!.papers[0]!.relevance?.score, 6)
  // The summary lists the new papers highest first, with their score.
  const summary = visibleText(parseGfm(first.summary))
  assert.ok(summary.indexOf('Paper number 6') < summary.indexOf('Paper number 1'))
  assert.match(first.summary, /relevance 6\/10: Close to Paper number 6\./)
  // min-relevance 4: papers 1 to 3 leave, each counted; no request (all scored).
  const asked = model.asked.length
  const arxivRequests = arxiv.requests.length
  const kept = await run(dir, { ...inputs, 'min-relevance': '4' })
  assert.equal(kept.code, 0, kept.stdout)
  assert.equal(model.asked.length, asked)
  // Nothing waits for the model, so the paper named in interests is not looked up (one search only).
  assert.equal(arxiv.requests.length - arxivRequests, 1)
  assert.match(kept.stdout, /Alpha: 3 papers left the section: their scores are below min-relevance/)
  assert.deepEqual(
    [...tldrCells(file(dir, 'README.md')!).keys()],
    ['Paper number 6', 'Paper number 5', 'Paper number 4'],
  )
  // Lowered: they come back, put back and not announced.
  const back = await run(dir, { ...inputs, 'min-relevance': '1' })
  assert.equal(back.code, 0, back.stdout)
  assert.equal(tldrCells(file(dir, 'README.md')!).size, 6, 'papers 1 to 3 are in again')
  assert.deepEqual(JSON.parse(back.outputs['new-papers']!), [], 'put back, not announced')
  // New interests: every paper is scored again, within the budget.
  model.score = () => 9
  const rescored = await run(dir, { ...inputs, interests: 'Speech recognition', 'llm-max-papers': '3' })
  assert.equal(rescored.code, 0, rescored.stdout)
  assert.equal(rescored.outputs['llm-papers-answered'], '3')
  assert.match(
    rescored.stdout,
    /Model: interests changed, so 6 papers are scored again, newest first, within llm-max-papers/,
  )
  assert.equal(rescored.outputs['llm-papers-left'], '3')
  assert.equal((file(dir, 'README.md')!.match(/<summary>9<\/summary>/g) ?? []).length, 3)
})

test('a score of 11, a negative one or text is no score (the paper is neither kept out nor shown as 0); a reason with a link gives no link; a model down keeps every paper in', async () => {
  model.asked.length = 0
  model.behaviour = 'answer'
  const scores: Record<string, unknown> = { [arxivId(1)]: 11, [arxivId(2)]: -1, [arxivId(3)]: 'very', [arxivId(4)]: 8 }
  model.score = (id) => scores[id]
  arxiv.papers = [1, 2, 3, 4].map((n) => paper(n))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { columns: 'Relevance', interests: 'Anything', 'min-relevance': '5' }
  const first = await run(dir, inputs)
  assert.equal(first.code, 0, first.stdout)
  assert.match(
    first.stdout,
    /Model: the answer for 2511\.00001: the score 11 is not a number from 0 to 10; it has no score/,
  )
  const readme = file(dir, 'README.md')!
  assert.equal(
    (readme.match(/arxiv\.org\/abs\/2511\.0000[1-4]v1/g) ?? []).length,
    4,
    'no paper kept out for a score it does not have',
  )
  assert.equal((readme.match(/<summary>\d+<\/summary>/g) ?? []).length, 1, 'only paper 4 shows a score')
  // A hostile reason: plain text.
  model.behaviour = 'hostile'
  arxiv.papers = [...arxiv.papers, paper(5)]
  scores[arxivId(5)] = 7
  assert.equal((await run(dir, inputs)).code, 0)
  assert.doesNotMatch(file(dir, 'README.md')!, /evil\.example|<script>/)
  // A model down: the new paper comes in with no score.
  model.behaviour = 'server-error'
  arxiv.papers = [...arxiv.papers, paper(6)]
  const down = await run(dir, inputs)
  assert.equal(down.code, 0, down.stdout)
  assert.match(file(dir, 'README.md')!, /abs\/2511\.00006v1/)
  model.behaviour = 'answer'
})

test('pull-request mode with a model: the answers travel on the update branch with the README, the body shows each TL;DR, a quiet day writes nothing and asks nothing, a merge keeps every answer', async (t) => {
  model.asked.length = 0
  model.behaviour = 'answer'
  arxiv.papers = [paper(1), paper(2)]
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const inputs = {
    mode: 'pull-request',
    keywords: 'Alpha',
    'llm-api-url': model.url,
    'llm-model': 'test-model',
    'llm-api-key': KEY,
    columns: 'TL;DR, Abstract',
    'max-retries': '0',
  }
  const first = await runOnGitHub(github, arxiv.url, inputs)
  assert.equal(first.code, 0, first.stdout)
  assert.match(github.readme('arxiv-daily/update', '.arxiv-daily/summaries.json')!, /In short, Paper number 2 works/)
  assert.match(github.pulls[0]!.body, /TL;DR: In short, Paper number 2 works\./)
  // A quiet day: nothing asked, nothing written.
  const writes = github.writes().length
  const quiet = await runOnGitHub(github, arxiv.url, inputs)
  assert.equal(quiet.code, 0, quiet.stdout)
  assert.equal(github.writes().length, writes, quiet.stdout)
  assert.equal(model.asked.length, 1)
  // Merged, then a new paper: only it is asked; the base keeps every answer.
  github.merge(github.pulls[0]!.number)
  arxiv.papers = [...arxiv.papers, paper(3)]
  const next = await runOnGitHub(github, arxiv.url, inputs)
  assert.equal(next.code, 0, next.stdout)
  assert.deepEqual(model.asked.at(-1), [arxivId(3)])
  assert.match(github.readme('main', '.arxiv-daily/summaries.json')!, /Paper number 1 works/)
  assert.match(github.pulls.at(-1)!.body, /TL;DR: In short, Paper number 3 works\./)
})

test('a model slower than timeout is a time-out: retried, then the papers wait for the next run, the digest delivered', async () => {
  model.asked.length = 0
  model.behaviour = 'slow'
  arxiv.papers = [paper(1)]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const slow = await run(dir, { columns: 'TL;DR', timeout: '1', 'max-retries': '1' })
  assert.equal(slow.code, 0, slow.stdout)
  assert.match(
    slow.stdout,
    /the model did not answer \(no answer within 1 s, after 2 attempts\); the digest was updated without it/,
  )
  assert.match(file(dir, 'README.md')!, /abs\/2511\.00001v1/)
  assert.equal(slow.outputs['llm-papers-left'], '1')
  model.behaviour = 'answer'
})

test('a TL;DR column of the README is an answer (the action file deleted, nothing is asked again); a change of llm-language asks again, within the budget', async () => {
  model.asked.length = 0
  model.behaviour = 'answer'
  arxiv.papers = [paper(1), paper(2), paper(3)]
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const inputs = { columns: 'TL;DR, Abstract' }
  assert.equal((await run(dir, inputs)).code, 0)
  assert.equal(askedIds().length, 3)
  rmSync(path.join(dir, '.arxiv-daily'), { recursive: true })
  const again = await run(dir, inputs)
  assert.equal(again.code, 0, again.stdout)
  assert.equal(askedIds().length, 3, 'nothing asked: the column holds every answer')
  assert.ok([...tldrCells(file(dir, 'README.md')!).values()].every((cell) => cell.startsWith('In short')))
  assert.match(file(dir, '.arxiv-daily/summaries.json')!, /Paper number 3 works/)
  // Another language: every paper is asked again, newest first, within llm-max-papers.
  const chinese = await run(dir, {
    columns: 'Title (translated), TL;DR',
    'llm-language': 'Chinese',
    'llm-max-papers': '2',
  })
  assert.equal(chinese.code, 0, chinese.stdout)
  assert.deepEqual(model.asked.at(-1), [arxivId(3), arxivId(2)])
  assert.equal(chinese.outputs['llm-papers-left'], '1')
  assert.match(file(dir, 'README.md')!, new RegExp(translatedOf('Paper number 3')))
})
