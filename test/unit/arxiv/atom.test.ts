import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { ArxivApiError, ArxivFormatError, parseAtom } from '../../../src/arxiv/atom.js'
import { entry, feed, fixture, impostorErrorEntry } from '../../support/arxiv-server.js'

test('reads the current server: namespaces on the root, ids without version, https links', () => {
  const feed = parseAtom(fixture('v2026_search_all-testing_start0_max10.xml'))
  assert.equal(feed.entries.length, 10)
  assert.equal(feed.totalResults, 214881)
  const [first] = feed.entries
  assert.equal(first?.id, '2202.12139')
  assert.equal(first?.version, 1)
  assert.equal(first?.title, 'Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques')
  assert.deepEqual(first?.categories, ['cs.SE', 'cs.LG'])
  assert.equal(first?.updated, '2022-02-24T15:05:19Z')
  assert.match(first?.comment ?? '', /^Artificial Intelligence in Software Testing 2022 workshop/)
})

test('reads the old server: namespaces on each element, other element order, wrapped text', () => {
  const feed = parseAtom(fixture('legacy2016_idlist_1111.2011v2_doi_journalref_multiline-title.xml'))
  const [paper] = feed.entries
  assert.equal(paper?.id, '1111.2011')
  assert.equal(paper?.version, 2)
  assert.equal(
    paper?.title,
    'Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit',
  )
  assert.doesNotMatch(paper?.abstract ?? '', /\n| {2}/)
  assert.ok(paper?.abstract.startsWith('Theoretical description'))
})

test('old-style ids keep their archive for identity and their version for the link', () => {
  assert.equal(
    parseAtom(fixture('v2026_idlist_astro-ph-0601001_oldstyle-id_affiliations_journalref.xml')).entries[0]?.id,
    'astro-ph/0601001',
  )
  const crosslist = parseAtom(fixture('v2026_idlist_quant-ph-0201082v1_oldstyle-versioned-id_crosslist.xml')).entries[0]
  assert.equal(crosslist?.id, 'quant-ph/0201082')
  assert.deepEqual(crosslist?.categories, ['quant-ph', 'cs.PL'])
  const oldServer = parseAtom(fixture('legacy2016_search_au-del_maestro-AND-ti-checkerboard_oldstyle-id.xml'))
    .entries[0]
  assert.equal(oldServer?.id, 'cond-mat/0603029')
  assert.equal(oldServer?.version, 1)
})

test('a paper titled 0 is a paper', () => {
  const [paper] = parseAtom(fixture('v2026_idlist_2104.12255v1_title-is-zero.xml')).entries
  assert.equal(paper?.title, '0')
  assert.equal(paper?.id, '2104.12255')
})

test('entities and non-ASCII text are decoded', () => {
  const [paper] = parseAtom(fixture('v2026_idlist_astro-ph-0601001_oldstyle-id_affiliations_journalref.xml')).entries
  assert.match(paper?.abstract ?? '', /&|</)
  assert.doesNotMatch(paper?.abstract ?? '', /&amp;|&lt;/)
  const big = parseAtom(fixture('v2026_search_all-testing_start0_max100_latex_pipes_lt_greek.xml'))
  assert.equal(big.entries.length, 100)
  assert.ok(big.entries.some((entry) => entry.title.includes('ω')))
})

test('empty results from both servers are empty feeds, not errors', () => {
  assert.equal(parseAtom(fixture('v2026_empty_idlist_0000.0000.xml')).entries.length, 0)
  assert.equal(parseAtom(fixture('legacy2024_empty_search_query-quoted-empty-string.xml')).entries.length, 0)
})

test('error entries from both servers are errors with their message', () => {
  assert.throws(
    () => parseAtom(fixture('v2026_error_http400_idlist_abc.xml')),
    (error: Error) => error instanceof ArxivApiError && /incorrect id format for abc/.test(error.message),
  )
  assert.throws(() => parseAtom(fixture('legacy2007_error_idlist_1234.12345_documented-example.xml')), ArxivApiError)
})

test('bodies that are not Atom are format errors', () => {
  for (const body of [
    '',
    'Rate exceeded.',
    '<html><body>Bad gateway</body></html>',
    '<?xml version="1.0"?><feed><entry><id>http://arxiv.org/abs/1',
    '<feed><entry>',
  ]) {
    assert.throws(() => parseAtom(body), ArxivFormatError, JSON.stringify(body))
  }
})

test('a DOCTYPE or entity definition is refused before parsing, quickly', () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${'&lol' + (i || '') + ';'.repeat(1)}">`).join('')}]><feed>&lol9;</feed>`
  const started = performance.now()
  assert.throws(() => parseAtom(bomb), /DOCTYPE or entity/)
  assert.ok(performance.now() - started < 1000)
})

test('a paper titled "Error" by "arXiv api core" is a paper; only an entry id under /api/errors# is arXiv\'s error', () => {
  const impostor = impostorErrorEntry()
  const parsed = parseAtom(feed([impostor]))
  assert.deepEqual(
    parsed.entries.map((e) => [e.id, e.title]),
    [['2611.00001', 'Error']],
  )
  assert.throws(
    () => parseAtom(fixture('v2026_error_http400_idlist_abc.xml')),
    /arXiv rejected the query: incorrect id format for abc/,
  )
  assert.throws(
    () => parseAtom(fixture('legacy2007_error_idlist_1234.12345_documented-example.xml')),
    /arXiv rejected the query: incorrect id format for 1234\.12345/,
  )
})

test("entries whose id or dates are not arXiv's are left out and described; the others are kept", () => {
  const good = entry({ id: '2611.00002', title: 'Fine', updated: '2026-11-02T10:00:00Z' })
  const beacon = good.replace(
    '<id>http://arxiv.org/abs/2611.00002v1</id>',
    '<id>http://arxiv.org/abs/2611.00001v1) ![x](https://example.org/p.png) @user #1 (x</id>',
  )
  const cells = good.replace('2611.00002v1</id>', '2611.00003v1 | cell |</id>')
  const date = good
    .replace('<updated>2026-11-02T10:00:00Z</updated>', '<updated>&lt;img src=x&gt;</updated>')
    .replace('2611.00002v1</id>', '2611.00004v1</id>')
  const old = entry({ id: 'math.GT/0309136', title: 'Old', updated: '2003-09-08T10:00:00Z' })
  const parsed = parseAtom(feed([beacon, cells, date, good, old]))
  assert.deepEqual(
    parsed.entries.map((e) => e.id),
    ['2611.00002', 'math.GT/0309136'],
  )
  assert.equal(parsed.rejected.length, 3)
  assert.match(
    parsed.rejected[0]!,
    /^an entry whose id "http:\/\/arxiv\.org\/abs\/2611\.00001v1\) !\[x\].*" is not an arXiv identifier$/,
  )
  assert.match(
    parsed.rejected[2]!,
    /^the entry http:\/\/arxiv\.org\/abs\/2611\.00004v1 whose updated date "<img src=x>" is not a timestamp$/,
  )
})

test('hostile bodies (unclosed tags and quotes repeated over a megabyte) are read in linear time', () => {
  // The regular expressions this replaced took 136 s on 512 KB of "<link"; linear reading takes
  // milliseconds, so the bound below leaves a wide margin for a slow machine.
  const units = [
    '<link',
    '<author>',
    '<title>',
    '<category scheme="',
    '<',
    '> ',
    '<a b="',
    '<summary x="1">',
    '</',
    '<!--',
  ]
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 3 }), (parts) => {
      const unit = parts.join('')
      const body = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${unit.repeat(Math.ceil(1_000_000 / unit.length))}</feed>`
      const started = performance.now()
      try {
        parseAtom(body)
      } catch (error) {
        assert.ok(error instanceof ArxivFormatError || error instanceof Error)
      }
      const ms = performance.now() - started
      assert.ok(ms < 3000, `${JSON.stringify(unit)} × 1 MB took ${ms.toFixed(0)} ms`)
    }),
    { numRuns: 12 },
  )
})
