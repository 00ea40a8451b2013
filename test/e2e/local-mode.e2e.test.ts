import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { parseAtom } from '../../src/arxiv/atom.js'
import { parseReadme } from '../../src/readme/document.js'
import { entry, feed, fixture, startArxivServer } from '../support/arxiv-server.js'
import { parseGfm, tables } from '../support/gfm.js'
import { runAction, workspaceWith } from '../support/run-action.js'

const SAMPLE = readFileSync(new URL('../fixtures/dailyarxiv-readme-sample.md', import.meta.url), 'utf8')

test('local mode: real fixtures of both servers become the expected README; a second run changes nothing', async (t) => {
  const byQuery: Record<string, string> = {
    testing: 'v2026_search_all-testing_start0_max100_latex_pipes_lt_greek.xml',
    maestro: 'legacy2016_search_au-del_maestro_10-entries.xml',
  }
  const arxiv = await startArxivServer((request) => {
    const query = request.url.searchParams.get('search_query') ?? ''
    return { body: fixture(query.includes('maestro') ? byQuery.maestro! : byQuery.testing!) }
  })
  t.after(() => arxiv.close())
  const inputs = {
    keywords: 'Software Testing = all:testing\nDel Maestro = au:del_maestro',
    mode: 'local',
    'arxiv-api-url': arxiv.url,
    'request-delay': '0',
    'max-papers': '50',
    timezone: 'Asia/Tokyo',
  }
  const first = await runAction({ inputs, runner: 'bundle' })
  assert.equal(first.code, 0, first.stdout + first.stderr)
  const readme = first.readme()!
  const document = parseReadme(readme, 'README.md')
  assert.deepEqual(
    document.digest.sections.map((s) => [s.title, s.papers.length]),
    [
      ['Software Testing', 50],
      ['Del Maestro', 10],
    ],
  )
  const testing = document.digest.sections[0]!.papers
  assert.deepEqual(
    testing.map((p) => p.date),
    [...testing.map((p) => p.date)].sort().reverse(),
    'newest first',
  )
  assert.ok(
    document.digest.sections[1]!.papers.some((p) => p.id.startsWith('cond-mat/')),
    'old-style ids kept',
  )
  for (const table of tables(parseGfm(readme))) for (const row of table.children) assert.equal(row.children.length, 4)
  const requests = arxiv.requests.map((r) => r.url.searchParams)
  assert.deepEqual(
    requests.map((r) => r.get('search_query')),
    ['all:testing', 'au:del_maestro'],
  )
  assert.ok(
    requests.every(
      (r) =>
        r.get('sortBy') === 'lastUpdatedDate' && r.get('sortOrder') === 'descending' && r.get('max_results') === '50',
    ),
  )
  assert.match(arxiv.requests[0]!.headers['user-agent'] ?? '', /^arxiv-daily-digest-action\//)
  assert.match(arxiv.requests[0]!.headers.accept ?? '', /application\/atom\+xml/)
  assert.equal(first.outputs.changed, 'true')
  assert.equal(first.outputs['new-papers-count'], '60')
  const listed = JSON.parse(first.outputs['new-papers']!) as { id: string; url: string; keyword: string }[]
  assert.ok(listed.every((p) => !/v\d+$/.test(p.id) && /v\d+$/.test(p.url)))

  const second = await runAction({ inputs, workspace: first.workspace })
  assert.equal(second.code, 0)
  assert.equal(second.outputs.changed, 'false')
  assert.equal(second.outputs['new-papers-count'], '0')
  assert.equal(second.readme(), readme)
})

test('local mode: the DailyArXiv sample is adopted, every paper and the text above kept', async (t) => {
  const arxiv = await startArxivServer(() => ({ body: fixture('v2026_search_all-testing_start0_max10.xml') }))
  t.after(() => arxiv.close())
  const workspace = workspaceWith({ 'README.md': SAMPLE })
  const held = parseReadme(SAMPLE, 'README.md').digest.sections[0]!.papers
  const run = await runAction({
    workspace,
    inputs: { keywords: 'Reward Model', mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0' },
  })
  assert.equal(run.code, 0, run.stdout)
  const readme = run.readme()!
  assert.ok(readme.startsWith(SAMPLE.slice(0, SAMPLE.indexOf('Last update:'))))
  const after = parseReadme(readme, 'README.md')
  assert.equal(after.origin, 'markers')
  const ids = new Set(after.digest.sections[0]!.papers.map((p) => p.id))
  for (const paper of held) assert.ok(ids.has(paper.id), `${paper.id} kept`)
  assert.equal(after.digest.sections[0]!.papers.length, held.length + 10)
})

test('local mode: a README the action cannot read stops the run before any request, naming the line', async (t) => {
  const arxiv = await startArxivServer(() => ({ body: fixture('v2026_search_all-testing_start0_max10.xml') }))
  t.after(() => arxiv.close())
  const broken = SAMPLE.replace('| **[D3PO', '| **D3PO')
  const workspace = workspaceWith({ 'README.md': broken })
  const run = await runAction({
    workspace,
    inputs: { keywords: 'Reward Model', mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0' },
  })
  assert.equal(run.code, 1)
  assert.match(
    run.stdout,
    /::error::README\.md line 15: not a row of the table ".*": expected the Title cell \(\*\*\[Title\]\(https:\/\/arxiv\.org\/abs\/ID\)\*\*\) at "\| \*\*D3PO: Preference-Based/,
  )
  assert.equal(arxiv.requests.length, 0)
  assert.equal(run.readme(), broken)
})

test('local mode: invalid input stops before any network call with a message naming the input', async (t) => {
  const arxiv = await startArxivServer(() => ({ body: '' }))
  t.after(() => arxiv.close())
  const run = await runAction({
    inputs: { keywords: 'x', mode: 'local', 'arxiv-api-url': arxiv.url, 'max-papers': 'lots' },
  })
  assert.equal(run.code, 1)
  assert.match(run.stdout, /::error::Input "max-papers": must be a whole number from 1 to 2000; got "lots"/)
  assert.equal(arxiv.requests.length, 0)
  assert.equal(run.readme(), undefined)
})

test("the README's one-command local run writes a README with no token", async (t) => {
  const arxiv = await startArxivServer(() => ({ body: fixture('v2026_search_all-testing_start0_max10.xml') }))
  const workspace = workspaceWith()
  t.after(() => arxiv.close())
  const { spawn } = await import('node:child_process')
  const script = new URL('../../scripts/run-local.mjs', import.meta.url).pathname
  const child = spawn(
    process.execPath,
    [script, '--keywords', 'Testing', '--arxiv-api-url', arxiv.url, '--request-delay', '0'],
    {
      env: { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: workspace },
    },
  )
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  assert.equal(code, 0, stdout)
  assert.match(stdout, new RegExp(`README written: ${workspace}/README\\.md`))
  assert.match(
    readFileSync(path.join(workspace, 'README.md'), 'utf8'),
    /^# Daily arXiv Papers\n\n<!-- arxiv-daily:start -->/,
  )
})

test('local mode: categories and exclude filter the real answer as documented', async (t) => {
  const xml = fixture('v2026_search_all-testing_start0_max100_latex_pipes_lt_greek.xml')
  const arxiv = await startArxivServer(() => ({ body: xml }))
  t.after(() => arxiv.close())
  const run = await runAction({
    inputs: {
      keywords: 'Testing',
      mode: 'local',
      'arxiv-api-url': arxiv.url,
      'request-delay': '0',
      categories: 'cs.SE, stat',
      exclude: 'Survey\nfuzzing',
    },
  })
  assert.equal(run.code, 0, run.stdout)
  const expected = parseAtom(xml)
    .entries.filter((e) => e.categories.some((c) => c === 'cs.SE' || c.startsWith('stat.')))
    .filter((e) => !/survey|fuzzing/i.test(`${e.title} ${e.abstract}`))
    .map((e) => e.id)
    .sort()
  const shown = parseReadme(run.readme(), 'README.md')
    .digest.sections[0]!.papers.map((p) => p.id)
    .sort()
  assert.ok(expected.length > 5 && expected.length < 100)
  assert.deepEqual(shown, expected)
})

test('the log reads as the stages of a run, one group each, so a failed run shows which stage failed', async (t) => {
  const arxiv = await startArxivServer(() => ({
    body: feed([entry({ id: '2611.00002', title: 'Fine', updated: '2026-11-02T10:00:00Z' })]),
  }))
  t.after(() => arxiv.close())
  const inputs = { keywords: 'Testing', mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0' }
  const ok = await runAction({ inputs })
  assert.equal(ok.code, 0, ok.stdout)
  const groups = (stdout: string) => stdout.split('\n').filter((line) => /^::(end)?group::/.test(line))
  assert.deepEqual(groups(ok.stdout), [
    '::group::Open the folder',
    '::endgroup::',
    '::group::Read README.md',
    '::endgroup::',
    '::group::Ask arXiv',
    '::endgroup::',
    '::group::Deliver (local)',
    '::endgroup::',
  ])
  assert.match(ok.stdout, /::group::Ask arXiv\nTesting: 1 papers received\n/)
  // arXiv down: the run stops after the arXiv stage, and the error follows its group.
  const down = await startArxivServer(() => ({ status: 503, body: 'down' }))
  t.after(() => down.close())
  const failed = await runAction({ inputs: { ...inputs, 'arxiv-api-url': down.url, 'max-retries': '0' } })
  assert.equal(failed.code, 1)
  assert.deepEqual(groups(failed.stdout).at(-2), '::group::Ask arXiv')
  assert.match(failed.stdout, /::group::Ask arXiv\n[\s\S]*::endgroup::\n[\s\S]*::error::Every keyword failed/)
})
