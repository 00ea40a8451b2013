import { ArxivClient } from '../../src/arxiv/client.js'
import { fetchKeyword, type FetchOptions } from '../../src/arxiv/fetch.js'
import { parseReadme } from '../../src/readme/document.js'
import { findSection } from '../../src/plan/merge.js'
import { planUpdate } from '../../src/plan/update.js'
import { entry, feed, startArxivServer, type ArxivServer, type SimplePaper } from './arxiv-server.js'

/**
 * A stateful arXiv for one search: papers arrive day by day, some get new versions, and some
 * are indexed late with an older date. It answers like the API: sorted by last-updated date,
 * newest first, paged by `start` and `max_results`.
 */
export class SimulatedArxiv {
  private readonly papers = new Map<string, SimplePaper>()
  private day = 0
  private serial = 0
  server!: ArxivServer
  bytesServed = 0

  /** `epoch`: the simulation's first day (a slow keyword needs years of history before today). */
  constructor(
    private readonly random: () => number,
    private readonly epoch = Date.UTC(2025, 0, 1),
  ) {}

  async start(): Promise<this> {
    this.server = await startArxivServer((request) => {
      const start = Number(request.url.searchParams.get('start'))
      const max = Number(request.url.searchParams.get('max_results'))
      const body = feed(
        this.sorted()
          .slice(start, start + max)
          .map(entry),
        this.papers.size,
      )
      this.bytesServed += Buffer.byteLength(body)
      return { body }
    })
    return this
  }

  private sorted(): SimplePaper[] {
    return [...this.papers.values()].sort((a, b) =>
      a.updated === b.updated ? (a.id < b.id ? 1 : -1) : a.updated < b.updated ? 1 : -1,
    )
  }

  private stamp(daysAgo: number): string {
    const date = new Date(this.epoch + (this.day - daysAgo) * 86_400_000)
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  /** Share of new papers tagged `physics.gen-ph` instead of `cs.CL` (for category filters). */
  otherCategoryShare = 0

  private add(daysAgo: number): void {
    const n = ++this.serial
    const id = `25${String(Math.floor(n / 10000) + 1).padStart(2, '0')}.${String(n).padStart(5, '0')}`
    const updated = this.stamp(daysAgo)
    // The generator is drawn only when the share is set, so that other simulations replay as before.
    const other = this.otherCategoryShare > 0 && this.random() < this.otherCategoryShare
    this.papers.set(id, {
      id,
      version: 1,
      categories: [other ? 'physics.gen-ph' : 'cs.CL'],
      title: `Paper ${n} on day ${this.day}`,
      abstract: `Abstract ${n}.`,
      updated,
      published: updated,
    })
  }

  /** One simulated day: new papers, new versions of older ones, late-indexed papers with older dates. */
  nextDay({
    fresh,
    revised,
    late,
    lateWithinDays,
  }: {
    fresh: number
    revised: number
    late: number
    lateWithinDays: number
  }): void {
    this.day++
    for (let i = 0; i < fresh; i++) this.add(0)
    const existing = [...this.papers.values()]
    for (let i = 0; i < revised && existing.length > 0; i++) {
      const paper = existing[Math.floor(this.random() * existing.length)]!
      this.papers.set(paper.id, { ...paper, version: (paper.version ?? 1) + 1, updated: this.stamp(0) })
    }
    for (let i = 0; i < late; i++) this.add(1 + Math.floor(this.random() * lateWithinDays))
  }

  get today(): string {
    return this.stamp(0).slice(0, 10)
  }

  close(): Promise<void> {
    return this.server.close()
  }
}

/** A small deterministic generator, so a failing simulation can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** A Poisson-distributed count with mean `mean` (normal approximation for large means). */
export function poisson(mean: number, random: () => number): number {
  if (mean > 30) {
    const gauss = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * gauss))
  }
  let count = 0
  for (let product = random(), limit = Math.exp(-mean); product > limit; product *= random()) count++
  return count
}

const KEYWORD = { title: 'Simulated', query: 'all:simulated' }

/**
 * One day's run of a single-keyword digest against the simulated arXiv: incremental (sized from
 * what the README holds) or a full fetch of max-papers, merged into `readme`.
 */
export async function simulatedRun(
  readme: string | undefined,
  client: ArxivClient,
  options: FetchOptions & { readonly today: string },
  incremental: boolean,
): Promise<string> {
  const held = incremental ? findSection(parseReadme(readme, 'README.md').digest, KEYWORD.title) : undefined
  const papers = await fetchKeyword(client, KEYWORD, held, options)
  return planUpdate(readme, [{ title: KEYWORD.title, papers }], {
    readmePath: 'README.md',
    maxPapers: options.maxPapers,
    exclude: [],
    today: options.today,
    budgetBytes: 450 * 1024,
  }).text
}

/** A client of the simulated arXiv with no pacing and no retries. */
export function simulatedClient(arxiv: SimulatedArxiv): ArxivClient {
  return new ArxivClient({
    endpoint: arxiv.server.url,
    requestDelayMs: 0,
    timeoutMs: 5000,
    maxRetries: 0,
    userAgent: 'test',
  })
}
