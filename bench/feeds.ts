import { feed, fixtureEntries } from '../test/support/arxiv-server.js'

export const KEYWORDS = 50
export const PAPERS = 100

/** 50 feeds of the 100 real entries of the largest fixture, ids made unique per keyword and generation. */
export function keywordFeeds(generation: number): string[] {
  const entries = fixtureEntries('v2026_search_all-testing_start0_max100_latex_pipes_lt_greek.xml')
  return Array.from({ length: KEYWORDS }, (_, k) =>
    feed(entries.map((text, i) => text.replace(/<id>[^<]*<\/id>/, `<id>http://arxiv.org/abs/25${String(k).padStart(2, '0')}.${String(generation * 1000 + i).padStart(5, '0')}v1</id>`))),
  )
}
