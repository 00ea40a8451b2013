import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FetchOptions } from '../../src/arxiv/fetch.js'
import { parseReadme } from '../../src/readme/document.js'
import { SimulatedArxiv, seededRandom, simulatedClient, simulatedRun } from '../support/simulated-arxiv.js'

for (const seed of [1, 2, 3]) {
  test(`page-size set: pages of that size give, paper for paper, what a full fetch gives: 40 simulated days (seed ${seed})`, async (t) => {
    const arxiv = await new SimulatedArxiv(seededRandom(seed)).start()
    const client = simulatedClient(arxiv)
    const options: FetchOptions = {
      sortBy: 'updated',
      maxPapers: 100,
      pageSize: 25,
      overlapDays: 7,
      categories: [],
      exclude: [],
    }
    t.after(() => {
      client.close()
      return arxiv.close()
    })
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
      incremental = await simulatedRun(incremental, client, { ...options, today: arxiv.today }, true)
      incrementalBytes += arxiv.bytesServed - before
      const middle = arxiv.bytesServed
      full = await simulatedRun(full, client, { ...options, today: arxiv.today }, false)
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
