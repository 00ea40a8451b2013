import { entry, feed, startArxivServer, type ArxivServer } from '../support/arxiv-server.js'
import { poisson } from '../support/simulated-arxiv.js'

/** One paper of the simulated arXiv: its versions' update times, newest last. */
export interface WorldPaper {
  readonly id: string
  readonly keyword: string
  readonly published: string
  readonly updates: string[]
}

const DAY = 86_400_000
const iso = (time: number): string => new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * A loopback arXiv whose papers belong to keywords and grow day by day: new papers, revisions
 * of old ones (a new version, a new update time), papers indexed late (dated days back), quiet
 * weekends, and faults on the days a test asks for (HTTP 500, a spurious empty page). Queries
 * are answered by the keyword in `ti:"..."`, sorted as arXiv sorts; `id_list` is answered too.
 * The calendar ends on the real today, as a row dated later than tomorrow is refused.
 */
export class World {
  readonly papers: WorldPaper[] = []
  /** Keywords (lower case) answered with HTTP 500 / an empty page on the current day. */
  readonly failing = new Set<string>()
  readonly empty = new Set<string>()
  /** What changed on arXiv for each keyword (lower case) since `changedSince` was cleared. */
  readonly changed = new Set<string>()
  /**
   * A date arXiv should never send (2026-02-30, a year far ahead), given on the current day to one
   * more entry in every keyword's answer, which is no paper of this world.
   */
  impossible: string | undefined
  private day = 0
  private counter = 0
  private server: ArxivServer | undefined

  constructor(
    private readonly random: () => number,
    private readonly days: number,
  ) {}

  async start(): Promise<this> {
    this.server = await startArxivServer((request) => {
      const params = request.url.searchParams
      const ids = params.get('id_list')
      if (ids) {
        const wanted = new Set(ids.split(','))
        return { body: feed(this.papers.filter((p) => wanted.has(p.id)).map((p) => this.entry(p))) }
      }
      const keyword = /ti:"([^"]*)"/.exec(params.get('search_query') ?? '')?.[1]?.toLowerCase() ?? ''
      if (this.failing.has(keyword)) return { status: 500, body: 'down' }
      if (this.empty.has(keyword)) return { body: feed([], 0) }
      const published = params.get('sortBy') === 'submittedDate'
      const key = (p: WorldPaper) => (published ? p.published : p.updates[p.updates.length - 1]!)
      const own = this.papers.filter((p) => p.keyword === keyword).sort((a, b) => (key(a) < key(b) ? 1 : -1))
      const start = Number(params.get('start'))
      const max = Number(params.get('max_results'))
      const bogus = this.impossible
        ? [
            entry({
              id: '2602.99999',
              title: `A paper dated ${this.impossible}`,
              published: this.impossible,
              updated: this.impossible,
            }),
          ]
        : []
      return {
        body: feed([...bogus, ...own.slice(start, start + max).map((p) => this.entry(p))], own.length + bogus.length),
      }
    })
    return this
  }

  get url(): string {
    return this.server!.url
  }

  close(): Promise<void> {
    return this.server!.close()
  }

  private entry(paper: WorldPaper): string {
    return entry({
      id: paper.id,
      version: paper.updates.length,
      title: `Paper ${paper.id} on ${paper.keyword}`,
      // Long enough that a small max-readme-kib moves older papers to overflow files.
      abstract: `An abstract of paper ${paper.id}, long enough to fill a README. `.repeat(20),
      published: paper.published,
      updated: paper.updates[paper.updates.length - 1]!,
    })
  }

  /** Noon of the current day, as a time. */
  private get noon(): number {
    const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`)
    return today - (this.days - this.day) * DAY
  }

  get date(): string {
    return new Date(this.noon).toISOString().slice(0, 10)
  }

  /** Papers before the first run: `perKeyword` over the month before it. */
  seed(keywords: readonly string[], perKeyword: number): void {
    for (const keyword of keywords)
      for (let i = 0; i < perKeyword; i++) this.add(keyword, this.noon - Math.floor(this.random() * 30) * DAY)
  }

  private add(keyword: string, time: number): void {
    this.counter++
    const month = new Date(this.noon).toISOString().slice(2, 7).replace('-', '')
    const id = `${month}.${String(this.counter).padStart(5, '0')}`
    this.papers.push({ id, keyword: keyword.toLowerCase(), published: iso(time), updates: [iso(time)] })
    this.changed.add(keyword.toLowerCase())
  }

  /** The next day on arXiv: a quiet weekend, or new, late and revised papers for each keyword. */
  nextDay(keywords: readonly string[]): void {
    this.day++
    const weekday = new Date(this.noon).getUTCDay()
    if (weekday === 0 || weekday === 6) return
    for (const keyword of keywords) {
      const rate = 0.15 + ((keyword.length * 7) % 5)
      for (let i = poisson(rate, this.random); i > 0; i--) this.add(keyword, this.noon)
      // Indexed late: dated one to five days back, within overlap-days.
      if (this.random() < 0.15) this.add(keyword, this.noon - (1 + Math.floor(this.random() * 5)) * DAY)
      // A revision of one of the keyword's papers, old or recent.
      const own = this.papers.filter((p) => p.keyword === keyword.toLowerCase())
      if (own.length > 0 && this.random() < 0.3) {
        const paper = own[Math.floor(this.random() * own.length)]!
        paper.updates.push(iso(this.noon))
        this.changed.add(keyword.toLowerCase())
      }
    }
  }

  /**
   * A day of many revisions: `count` of the keyword's papers (the oldest first submitted) get a new
   * version today, more than a section holds, so that the newest-updated listing is all revisions.
   */
  burst(keyword: string, count: number): void {
    const own = this.papers
      .filter((p) => p.keyword === keyword.toLowerCase())
      .sort((a, b) => (a.published < b.published ? -1 : 1))
      .slice(0, count)
    for (const paper of own) paper.updates.push(iso(this.noon))
    if (own.length > 0) this.changed.add(keyword.toLowerCase())
  }

  /** The paper of an id, for the dates a row of it must show. */
  paper(id: string): WorldPaper | undefined {
    return this.papers.find((p) => p.id === id)
  }
}
