import { parseAtom } from '../src/arxiv/atom.js'
import { entryToPaper } from '../src/arxiv/fetch.js'
import { planUpdate } from '../src/plan/update.js'
import { feed, fixtureEntries } from '../test/support/arxiv-server.js'

export const KEYWORDS = 50
export const PAPERS = 100

/** 50 feeds of the 100 real entries of the largest fixture, ids made unique per keyword and generation. */
export function keywordFeeds(generation: number): string[] {
  const entries = fixtureEntries('v2026_search_all-testing_start0_max100_latex_pipes_lt_greek.xml')
  return Array.from({ length: KEYWORDS }, (_, k) =>
    feed(
      entries.map((text, i) =>
        text.replace(
          /<id>[^<]*<\/id>/,
          `<id>http://arxiv.org/abs/25${String(k).padStart(2, '0')}.${String(generation * 1000 + i).padStart(5, '0')}v1</id>`,
        ),
      ),
    ),
  )
}

/**
 * The measured pipeline: parse every feed, merge into `existing`, render the README. `feed(k)`
 * gives keyword k's answer; as in a run, only its papers outlive its parse.
 */
export function pipeline(feed: (k: number) => string, existing: string | undefined): string {
  const outcomes = Array.from({ length: KEYWORDS }, (_, k) => ({
    title: `Keyword${k}`,
    papers: parseAtom(feed(k)).entries.map((e) => entryToPaper(e, 'updated')),
  }))
  return planUpdate(existing, outcomes, {
    readmePath: 'README.md',
    maxPapers: PAPERS,
    exclude: [],
    today: '2026-11-26',
    budgetBytes: 64 * 1024 * 1024,
  }).text
}

export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
