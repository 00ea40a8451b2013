import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { findMarker, markerLine, writeMarker } from '../../../src/common/markers.js'

test('every marker written is read back with the values written, whatever they hold', () => {
  fc.assert(
    fc.property(
      fc.string(),
      fc.option(fc.stringMatching(/^[0-9a-f]{1,40}$/), { nil: undefined }),
      fc.array(fc.string()),
      (readme, head, ids) => {
        const pull = writeMarker('pull-request', { readme, head })
        assert.ok(!pull.slice(4, -4).includes('-->') && !/\s--/.test(pull.slice(4, -4)))
        assert.deepEqual(findMarker('pull-request', `text before\n${pull}\n`)?.values, {
          readme,
          ...(head === undefined ? {} : { head }),
        })
        const fresh = writeMarker('new-since', { date: '2025-11-20', ids })
        assert.deepEqual(
          findMarker('new-since', fresh)?.values.ids,
          ids.filter((id) => id !== ''),
        )
      },
    ),
  )
  const start = writeMarker('start', { 'sort-by': 'published', columns: ['Title', 'TL;DR', 'My own, notes'] })
  assert.deepEqual(markerLine('start', `  ${start}  `)?.values, {
    'sort-by': 'published',
    columns: ['Title', 'TL;DR', 'My own, notes'],
  })
  assert.equal(markerLine('start', `  ${start}  `)?.index, 2)
  assert.deepEqual(
    markerLine('shown', writeMarker('shown', {}, ['2501.00001@2025-01-02', 'math.GT/0309136@2003-09-09']))?.items,
    ['2501.00001@2025-01-02', 'math.GT/0309136@2003-09-09'],
  )
})

test('markers as earlier versions wrote them are read as they were', () => {
  assert.equal(writeMarker('start'), '<!-- arxiv-daily:start -->')
  assert.equal(writeMarker('end'), '<!-- arxiv-daily:end -->')
  assert.equal(
    writeMarker('start', { 'sort-by': 'published', columns: ['Title', 'Date'] }),
    '<!-- arxiv-daily:start sort-by=published columns=Title,Date -->',
  )
  assert.equal(
    writeMarker('pull-request', { readme: 'docs/README.md', head: 'abc123' }),
    '<!-- arxiv-daily:pull-request readme=docs%2FREADME.md head=abc123 -->',
  )
  assert.deepEqual(findMarker('pull-request', 'x <!-- arxiv-daily:pull-request --> y')?.values, {})
  assert.deepEqual(findMarker('new-since', '<!-- arxiv-daily:new-since date=2025-01-02 ids= -->')?.values, {
    date: '2025-01-02',
    ids: [],
  })
  assert.equal(
    writeMarker('feed'),
    '<!-- arxiv-daily:feed: written by the arXiv daily digest action, which rewrites or deletes this file -->',
  )
  assert.ok(findMarker('overflow', writeMarker('overflow')))
  assert.equal(findMarker('feed', writeMarker('overflow')), undefined)
})

test('a line that only looks like a marker is not one', () => {
  assert.equal(markerLine('start', '<!-- arxiv-daily:start sort-by=newest -->'), undefined)
  assert.equal(markerLine('start', 'text <!-- arxiv-daily:start -->'), undefined)
  assert.equal(markerLine('shown', '<!-- arxiv-daily:shown <b>x</b> -->'), undefined)
  assert.equal(findMarker('pull-request', '<!-- arxiv-daily:pull-request head=XYZ -->'), undefined)
  // A value whose escapes are broken by a hand edit is read as it stands.
  assert.equal(findMarker('issue', '<!-- arxiv-daily:issue readme=%E0%A4 -->')?.values.readme, '%E0%A4')
})
