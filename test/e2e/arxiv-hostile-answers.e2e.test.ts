import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseReadme } from '../../src/readme/document.js'
import { entry, feed, impostorErrorEntry, startArxivServer } from '../support/arxiv-server.js'
import { runAction } from '../support/run-action.js'

// Answers anyone can shape by submitting a paper, or that a hostile or intercepted answer holds.

const impostor = impostorErrorEntry()
const good = entry({ id: '2611.00002', title: 'Fine', updated: '2026-11-02T10:00:00Z' })
const beacon = good.replace(
  '<id>http://arxiv.org/abs/2611.00002v1</id>',
  '<id>http://arxiv.org/abs/2611.00003v1) ![x](https://example.org/p.png) @user #1 (x</id>',
)
const badDate = good
  .replace('2611.00002v1</id>', '2611.00004v1</id>')
  .replace('<updated>2026-11-02T10:00:00Z</updated>', '<updated>&lt;img src=x&gt;</updated>')

test('on the bundle: a paper titled "Error" by "arXiv api core" is a paper, and entries with a forged id or date are left out with a warning', async (t) => {
  const arxiv = await startArxivServer(() => ({ body: feed([impostor, beacon, badDate, good]) }))
  t.after(() => arxiv.close())
  const inputs = { keywords: 'Testing', mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0' }
  const first = await runAction({ inputs })
  assert.equal(first.code, 0, first.stdout)
  const readme = first.readme()!
  assert.deepEqual(
    parseReadme(readme, 'README.md').digest.sections[0]!.papers.map((p) => [p.id, p.title]),
    [
      ['2611.00002', 'Fine'],
      ['2611.00001', 'Error'],
    ],
  )
  assert.doesNotMatch(readme, /example\.org|@user|<img/)
  assert.match(
    first.stdout,
    /::warning title=arXiv entry left out::arXiv's answer held an entry whose id .* is not an arXiv identifier; it was left out/,
  )
  assert.match(
    first.stdout,
    /::warning title=arXiv entry left out::arXiv's answer held the entry http:\/\/arxiv\.org\/abs\/2611\.00004v1 whose updated date "<img src=x>" is not a timestamp; it was left out/,
  )
  // The README the action wrote is one it reads back: the next run works and writes nothing.
  const second = await runAction({ inputs, workspace: first.workspace })
  assert.equal(second.code, 0, second.stdout)
  assert.equal(second.readme(), readme)
})

test('on the bundle: keywords named as Windows devices give feed files every system can check out', async (t) => {
  const arxiv = await startArxivServer(() => ({ body: feed([good]) }))
  t.after(() => arxiv.close())
  const run = await runAction({
    inputs: {
      keywords: 'CON\nNUL',
      mode: 'local',
      'arxiv-api-url': arxiv.url,
      'request-delay': '0',
      'feed-dir': 'feeds',
    },
  })
  assert.equal(run.code, 0, run.stdout)
  assert.ok(run.readme('feeds/con-keyword.xml'))
  assert.ok(run.readme('feeds/nul-keyword.xml'))
  assert.equal(run.readme('feeds/con.xml'), undefined)
})

test('on the bundle: a hostile body of unclosed tags over 2 MB is refused at once, not read for minutes', async (t) => {
  const hostile = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${'<link'.repeat(400_000)}</feed>`
  const arxiv = await startArxivServer(() => ({ body: hostile }))
  t.after(() => arxiv.close())
  const run = await runAction({
    inputs: {
      keywords: 'Testing',
      mode: 'local',
      'arxiv-api-url': arxiv.url,
      'request-delay': '0',
      'max-retries': '0',
    },
  })
  assert.equal(run.code, 1)
  assert.match(
    run.stdout,
    /Every keyword failed, so nothing was written\. First error: arXiv's answer was not a valid Atom feed/,
  )
})

test('a date that is not a date (2026-02-30, 2099-01-01, 9999-12-31) is left out with a warning, and the next runs read what was written', async (t) => {
  const dated = (id: string, updated: string, published = updated): string =>
    entry({ id, title: `Dated ${id}`, updated, published })
  const answers = [
    dated('2611.00011', '2026-02-30T10:00:00Z'),
    dated('2611.00012', '2099-01-01T10:00:00Z'),
    dated('2611.00013', '2026-11-03T10:00:00Z', '9999-12-31T10:00:00Z'),
    good,
  ]
  const arxiv = await startArxivServer(() => ({ body: feed(answers) }))
  t.after(() => arxiv.close())
  const inputs = {
    keywords: 'Testing',
    mode: 'local',
    'arxiv-api-url': arxiv.url,
    'request-delay': '0',
    'feed-dir': 'feeds',
    'json-path': 'digest.json',
  }
  const first = await runAction({ inputs })
  assert.equal(first.code, 0, first.stdout)
  for (const warning of [
    '2611.00011v1 whose updated date "2026-02-30T10:00:00Z" is not a calendar date',
    '2611.00012v1 whose updated date "2099-01-01T10:00:00Z" is later than tomorrow',
    '2611.00013v1 whose published date "9999-12-31T10:00:00Z" is later than tomorrow',
  ])
    assert.ok(first.stdout.includes(`arxiv.org/abs/${warning}; it was left out`), `warned: ${warning}`)
  const readme = first.readme()!
  assert.deepEqual(
    parseReadme(readme, 'README.md').digest.sections[0]!.papers.map((p) => p.id),
    ['2611.00002'],
  )
  for (const name of ['README.md', 'digest.json', 'feeds/testing.xml'])
    assert.doesNotMatch(
      first.readme(name) ?? 'missing',
      /2026-02-30|2099-|9999-|missing/,
      `${name} holds no impossible date`,
    )
  // The runs after it read back what was written: no failure, nothing rewritten.
  for (const n of [2, 3]) {
    const next = await runAction({ inputs, workspace: first.workspace })
    assert.equal(next.code, 0, `run ${n}: ${next.stdout}`)
    assert.equal(next.outputs.changed, 'false', `run ${n} changed nothing`)
    assert.equal(next.readme(), readme)
  }
})
