import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FetchOptions } from '../../src/arxiv/fetch.js'
import { parseReadme } from '../../src/readme/document.js'
import { poisson, SimulatedArxiv, seededRandom, simulatedClient, simulatedRun } from '../support/simulated-arxiv.js'

// The daily request budget: a full section's daily run asks arXiv once, and misses nothing a full fetch of
// max-papers would place, over traffic from 0.1 to 150 new papers a day, with revisions, papers
// indexed up to three days late, a burst day at three times the usual traffic and a 14-day pause.

const BURST_DAY = 12
const PAUSE = { from: 25, to: 38 }

for (const perDay of [0.1, 2, 8, 60, 150]) {
  test(`${perDay} new papers a day, 45 days: every run equals a full fetch, in one request a day but after a burst or a pause`, async (t) => {
    const random = seededRandom(Math.round(perDay * 1000) + 17)
    const history = Math.ceil(150 / perDay)
    // History enough that the section is full from the first run, ending before today's date.
    const arxiv = await new SimulatedArxiv(random, Date.UTC(2025, 0, 1) - history * 86_400_000).start()
    const client = simulatedClient(arxiv)
    const options: FetchOptions = { sortBy: 'updated', maxPapers: 100, overlapDays: 7, categories: [], exclude: [] }
    const day = (burst = 1) => ({
      fresh: poisson(perDay * burst, random),
      revised: poisson(Math.max(0.3, perDay / 10), random),
      late: poisson(perDay / 10, random),
      lateWithinDays: 3,
    })
    t.after(() => {
      client.close()
      return arxiv.close()
    })
    for (let d = 0; d < history; d++) arxiv.nextDay(day())
    let incremental: string | undefined
    let runs = 0
    let requests = 0
    let extra = 0
    for (let d = 0; d < 45; d++) {
      arxiv.nextDay(day(d === BURST_DAY ? 3 : 1))
      if (d >= PAUSE.from && d < PAUSE.to) continue
      const dated = { ...options, today: arxiv.today }
      const before = arxiv.server.requests.length
      incremental = await simulatedRun(incremental, client, dated, d > 0)
      const asked = arxiv.server.requests.length - before
      if (d > 0) {
        runs++
        requests += asked
        if (asked > 1 && d !== BURST_DAY && d !== PAUSE.to) extra++
      }
      // A full fetch of max-papers into an empty README: what the section must hold.
      const full = await simulatedRun(undefined, client, dated, false)
      // Paper for paper; the record of what was shown differs, as the full fetch showed nothing before.
      const papers = (readme: string) => parseReadme(readme, 'README.md').digest.sections.map(({ shown: _, ...s }) => s)
      assert.deepEqual(papers(incremental), papers(full), `day ${d}`)
    }
    assert.ok(requests / runs <= 1.1, `${requests} requests in ${runs} runs`)
    assert.ok(extra <= 2, `${extra} ordinary days needed a second request`)
  })
}

test('on the built bundle: a full section is updated with one request sized from its pace', async (t) => {
  const { PaperArxiv } = await import('../support/arxiv-server.js')
  const { runAction, workspaceWith } = await import('../support/run-action.js')
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  // Two papers a day for 60 days, up to yesterday.
  arxiv.papers = Array.from({ length: 120 }, (_, i) => ({
    id: `2611.${String(i + 1).padStart(5, '0')}`,
    title: `Paper ${i + 1}`,
    updated: daysAgo(60 - Math.floor(i / 2)),
  }))
  const dir = workspaceWith({ 'README.md': '# P\n' })
  const run = () =>
    runAction({
      inputs: {
        keywords: 'Alpha',
        mode: 'local',
        'max-papers': '60',
        'arxiv-api-url': arxiv.url,
        'request-delay': '0',
      },
      workspace: dir,
    })
  assert.equal((await run()).code, 0)
  arxiv.papers.push(
    { id: '2611.00121', title: 'Paper 121', updated: daysAgo(0) },
    { id: '2611.00122', title: 'Paper 122', updated: daysAgo(0) },
  )
  const before = arxiv.requests.length
  const daily = await run()
  assert.equal(daily.code, 0, daily.stdout)
  const asked = arxiv.requests.slice(before).map((request) => Number(request.url.searchParams.get('max_results')))
  assert.equal(asked.length, 1, 'one request')
  assert.ok(asked[0]! < 30, `sized from the section's pace (two a day, a 7-day window), not max-papers: ${asked[0]}`)
  assert.equal(daily.outputs['new-papers-count'], '2')
})

test('with a category filter (two papers in three filtered out) the daily run still asks once, and equals daily full fetches', async (t) => {
  const random = seededRandom(4242)
  const arxiv = await new SimulatedArxiv(random, Date.UTC(2024, 6, 1)).start()
  arxiv.otherCategoryShare = 2 / 3
  const client = simulatedClient(arxiv)
  t.after(() => {
    client.close()
    return arxiv.close()
  })
  const options: FetchOptions = { sortBy: 'updated', maxPapers: 100, overlapDays: 7, categories: ['cs'], exclude: [] }
  for (let d = 0; d < 60; d++) arxiv.nextDay({ fresh: poisson(12, random), revised: 1, late: 1, lateWithinDays: 3 })
  // The reference: the same README updated each day from a full fetch of max-papers. (A filtered
  // section keeps what earlier days found, so it holds more than one full fetch shows.)
  let readme: string | undefined
  let reference: string | undefined
  // About three weeks of filling up (the section keeps a third of each full fetch), then full.
  for (let d = 0; d < 40; d++) {
    arxiv.nextDay({ fresh: poisson(12, random), revised: 1, late: 1, lateWithinDays: 3 })
    const dated = { ...options, today: arxiv.today }
    const before = arxiv.server.requests.length
    readme = await simulatedRun(readme, client, dated, d > 0)
    assert.equal(arxiv.server.requests.length - before, 1, `day ${d}: one request`)
    reference = await simulatedRun(reference, client, dated, false)
    assert.deepEqual(
      parseReadme(readme, 'README.md').digest.sections,
      parseReadme(reference, 'README.md').digest.sections,
      `day ${d}`,
    )
  }
  assert.equal(parseReadme(readme, 'README.md').digest.sections[0]?.papers.length, 100, 'the section filled up')
})
