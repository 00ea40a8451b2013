import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ArxivClient } from '../../src/arxiv/client.js'
import { fetchKeyword, type FetchOptions } from '../../src/arxiv/fetch.js'
import { parseReadme } from '../../src/digest/document.js'
import { findSection } from '../../src/digest/merge.js'
import { planUpdate } from '../../src/digest/update.js'
import { SimulatedArxiv, seededRandom } from '../support/simulated-arxiv.js'

const KEYWORD = { title: 'Simulated', query: 'all:simulated' }

async function update(
  readme: string | undefined,
  client: ArxivClient,
  options: FetchOptions,
  incremental: boolean,
  today: string,
): Promise<string> {
  const held = incremental ? findSection(parseReadme(readme, 'README.md').digest, KEYWORD.title) : undefined
  const papers = await fetchKeyword(client, KEYWORD, held, options)
  return planUpdate(readme, [{ title: KEYWORD.title, papers }], {
    readmePath: 'README.md',
    maxPapers: options.maxPapers,
    exclude: [],
    today,
    budgetBytes: 450 * 1024,
  }).text
}

for (const seed of [1, 2, 3]) {
  test(`page-size set: pages of that size give, paper for paper, what a full fetch gives: 40 simulated days (seed ${seed})`, async (t) => {
    const arxiv = await new SimulatedArxiv(seededRandom(seed)).start()
    const client = () =>
      new ArxivClient({
        endpoint: arxiv.server.url,
        requestDelayMs: 0,
        timeoutMs: 5000,
        maxRetries: 0,
        userAgent: 'test',
      })
    const options: FetchOptions = {
      sortBy: 'updated',
      maxPapers: 100,
      pageSize: 25,
      overlapDays: 7,
      categories: [],
      exclude: [],
    }
    t.after(() => arxiv.close())
    // Two months of history before the first run.
    for (let day = 0; day < 60; day++) arxiv.nextDay({ fresh: 3, revised: 0, late: 0, lateWithinDays: 1 })
    let incremental: string | undefined
    let full: string | undefined
    let incrementalBytes = 0
    let fullBytes = 0
    for (let day = 0; day < 40; day++) {
      const random = seededRandom(seed * 1000 + day)
      arxiv.nextDay({
        fresh: Math.floor(random() * 6),
        revised: Math.floor(random() * 2),
        late: Math.floor(random() * 2),
        lateWithinDays: 6,
      })
      const before = arxiv.bytesServed
      incremental = await update(incremental, client(), options, true, arxiv.today)
      incrementalBytes += arxiv.bytesServed - before
      const middle = arxiv.bytesServed
      full = await update(full, client(), options, false, arxiv.today)
      fullBytes += arxiv.bytesServed - middle
      assert.deepEqual(
        parseReadme(incremental, 'README.md').digest,
        parseReadme(full, 'README.md').digest,
        `day ${day}`,
      )
      assert.equal(incremental, full)
    }
    // page-size set: the incremental runs ask in pages of 25, and download less than full fetches.
    const sizes = arxiv.server.requests.map((request) => Number(request.url.searchParams.get('max_results')))
    assert.ok(sizes.includes(25) && sizes.every((size) => size === 25 || size === 100), sizes.join(','))
    assert.ok(incrementalBytes < fullBytes * 0.7, `incremental ${incrementalBytes} B vs full ${fullBytes} B`)
  })
}
