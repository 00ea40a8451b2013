import assert from 'node:assert/strict'
import { test } from 'node:test'
import { entry, feed, fixture, startArxivServer, type Handler, type Reply } from '../support/arxiv-server.js'
import { runAction, waited, workspaceWith } from '../support/run-action.js'

const GOOD = feed([entry({ id: '2511.00001', title: 'A good paper', updated: '2025-11-01T00:00:00Z' })])
const DELAY_S = 0.05

/** Answers the given faults in order, then good feeds. */
const sequence =
  (...faults: Reply[]): Handler =>
  (_request, index) =>
    faults[index] ?? { body: GOOD }

async function runWith(
  handler: Handler,
  inputs: Record<string, string> = {},
  readme?: string,
  runner: 'bundle' | 'in-process' = 'in-process',
) {
  const arxiv = await startArxivServer(handler)
  const workspace = workspaceWith(readme === undefined ? {} : { 'README.md': readme })
  try {
    const run = await runAction({
      workspace,
      runner,
      inputs: {
        keywords: 'Testing',
        mode: 'local',
        'arxiv-api-url': arxiv.url,
        'request-delay': String(DELAY_S),
        ...inputs,
      },
    })
    return { run, requests: arxiv.requests, connections: arxiv.connections() }
  } finally {
    await arxiv.close()
  }
}

function assertSpaced(requests: { at: number }[], minimumMs: number): void {
  for (let i = 1; i < requests.length; i++) {
    assert.ok(
      requests[i]!.at - requests[i - 1]!.at >= minimumMs - 5,
      `request ${i} started ${requests[i]!.at - requests[i - 1]!.at} ms after the previous one`,
    )
  }
}

test('on the bundle, HTTP 500 is retried with real backoff, request starts still spaced', async () => {
  const faults = sequence({ status: 500, body: 'oops' }, { status: 500, body: 'oops' })
  const { run, requests } = await runWith(faults, {}, undefined, 'bundle')
  assert.equal(run.code, 0, run.stdout)
  assert.equal(requests.length, 3)
  assertSpaced(requests, DELAY_S * 1000)
  assert.match(run.readme()!, /A good paper/)
})

for (const status of [500, 502, 503]) {
  test(`HTTP ${status} is retried with exponential backoff from the request delay`, async () => {
    const { run, requests } = await runWith(sequence({ status, body: 'oops' }, { status, body: 'oops' }))
    assert.equal(run.code, 0, run.stdout)
    assert.equal(requests.length, 3)
    // The backoff base is the request delay (at least 100 ms), doubling, with up to as much jitter.
    const backoff = waited.filter((ms) => ms >= 100)
    assert.equal(backoff.length, 2, String(waited))
    assert.ok(backoff[0]! >= 100 && backoff[0]! <= 200, `first wait ${backoff[0]} ms`)
    assert.ok(backoff[1]! >= 200 && backoff[1]! <= 400, `second wait ${backoff[1]} ms`)
    assert.match(run.stdout, new RegExp(`HTTP ${status}.*trying again in 0\\.[1-4] s`))
    assert.match(run.readme()!, /A good paper/)
  })
}

test('HTTP 429 honours Retry-After in seconds and as a date', async () => {
  const replies: (() => Reply)[] = [
    () => ({ status: 429, headers: { 'Retry-After': '1' } }),
    // An HTTP date has whole seconds: two seconds from now is at least one second away.
    () => ({ status: 429, headers: { 'Retry-After': new Date(Date.now() + 2000).toUTCString() } }),
    () => ({ status: 429 }),
  ]
  const { run, requests } = await runWith((_request, index) => replies[index]?.() ?? { body: GOOD })
  assert.equal(run.code, 0, run.stdout)
  assert.equal(requests.length, 4)
  const long = waited.filter((ms) => ms >= 990)
  assert.equal(long.length, 2, `waited the Retry-After seconds, then until its date: ${String(waited)}`)
})

test('a Retry-After beyond the cap fails the keyword instead of hanging the job', async () => {
  const { run, requests } = await runWith(sequence({ status: 429, headers: { 'Retry-After': '3600' } }))
  assert.equal(run.code, 1)
  assert.equal(requests.length, 1)
  assert.match(run.stdout, /asked to wait 3600 s, longer than the 60 s this action waits/)
})

for (const [name, body] of [
  ['an empty body', ''],
  ['"Rate exceeded."', 'Rate exceeded.'],
  ['an HTML page', '<!doctype html><html><body>Service Unavailable</body></html>'],
  ['truncated XML', GOOD.slice(0, GOOD.length / 2)],
] as const) {
  test(`a 200 answer with ${name} is retried`, async () => {
    const { run, requests } = await runWith(sequence({ body }))
    assert.equal(run.code, 0, run.stdout)
    assert.equal(requests.length, 2)
    assert.match(run.readme()!, /A good paper/)
  })
}

test('an Atom error entry is not retried and its message is shown (HTTP 400 new server, HTTP 200 old server)', async () => {
  for (const reply of [
    { status: 400, body: fixture('v2026_error_http400_idlist_abc.xml') },
    { body: fixture('legacy2007_error_idlist_1234.12345_documented-example.xml') },
  ]) {
    const { run, requests } = await runWith(() => reply)
    assert.equal(run.code, 1)
    assert.equal(requests.length, 1)
    assert.match(run.stdout, /arXiv rejected the query: incorrect id format for/)
    assert.equal(run.readme(), undefined, 'nothing written when every keyword failed')
  }
})

test('a response that never finishes times out and is retried; a connection reset is retried', async () => {
  const { run, requests } = await runWith(sequence({ hang: true, body: GOOD }, { reset: true }), { timeout: '1' })
  assert.equal(run.code, 0, run.stdout)
  assert.equal(requests.length, 3)
  // The action's 1 s starts as it sends, a moment before the server notes the request's arrival.
  assert.ok(requests[1]!.at - requests[0]!.at >= 950, `retried after ${requests[1]!.at - requests[0]!.at} ms`)
})

test('a body far larger than any real answer stops being read at the cap', async () => {
  const { run } = await runWith(() => ({ body: GOOD.slice(0, 300), floodBytes: 40 * 1024 * 1024 }), {
    'max-retries': '0',
  })
  assert.equal(run.code, 1)
  assert.match(run.stdout, /exceeded 32 MB; reading stopped/)
})

test('a DOCTYPE with entity definitions is rejected at once, without retry', async () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "${'x'.repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><feed xmlns="http://www.w3.org/2005/Atom">&b;</feed>`
  const { run, requests } = await runWith(() => ({ body: bomb }))
  assert.equal(run.code, 1)
  assert.equal(requests.length, 1)
  assert.match(run.stdout, /DOCTYPE or entity definitions/)
})

test('an empty feed for a section that holds papers is retried, and if it stays empty that keyword fails and its section is kept', async () => {
  const first = await runWith(() => ({ body: GOOD }), { keywords: 'Testing\nOther' })
  const readme = first.run.readme()!
  const empty = { body: fixture('v2026_empty_idlist_0000.0000.xml') }
  const handler: Handler = (request) =>
    request.url.searchParams.get('search_query')?.includes('Testing') ? empty : { body: GOOD }
  const { run, requests } = await runWith(handler, { keywords: 'Testing\nOther', 'max-retries': '2' }, readme)
  assert.equal(run.code, 0, run.stdout)
  assert.equal(requests.filter((r) => r.url.searchParams.get('search_query')?.includes('Testing')).length, 3)
  assert.equal(run.outputs.changed, 'false')
  assert.equal(run.readme(), readme)
  assert.deepEqual(JSON.parse(run.outputs['failed-keywords']!), ['Testing'])
  assert.match(
    run.stdout,
    /::warning title=arXiv request failed::Keyword "Testing" was not updated: arXiv returned no papers, although the section holds papers; the section was kept as it was/,
  )
  const failing = await runWith(
    handler,
    { keywords: 'Testing\nOther', 'max-retries': '0', 'fail-on-error': 'true' },
    readme,
  )
  assert.equal(failing.run.code, 1)
  assert.match(failing.run.stdout, /::error::1 of 2 keywords failed \(fail-on-error is true\): Testing/)
})

test('a failing keyword keeps its section; the others are updated; fail-on-error decides the exit code', async () => {
  const handler: Handler = (request) =>
    request.url.searchParams.get('search_query')?.includes('Broken') ? { status: 503 } : { body: GOOD }
  const seeded = await runWith(
    () => ({ body: feed([entry({ id: '2510.00009', title: 'Old paper', updated: '2025-10-01T00:00:00Z' })]) }),
    { keywords: 'Broken\nTesting' },
  )
  const readme = seeded.run.readme()!
  for (const failOnError of ['false', 'true']) {
    const { run } = await runWith(
      handler,
      { keywords: 'Broken\nTesting', 'max-retries': '1', 'fail-on-error': failOnError },
      readme,
    )
    assert.equal(run.code, failOnError === 'true' ? 1 : 0, run.stdout)
    assert.match(
      run.stdout,
      /::warning title=arXiv request failed::Keyword "Broken" was not updated: arXiv answered HTTP 503 \(gave up after 2 attempts\)/,
    )
    assert.match(run.summary, /\| Broken \| 0 \| 1 \| failed: arXiv answered HTTP 503/)
    assert.deepEqual(JSON.parse(run.outputs['failed-keywords']!), ['Broken'])
    const after = run.readme()!
    const broken = (text: string) => text.slice(text.indexOf('## Broken'), text.indexOf('## Testing'))
    assert.equal(broken(after), broken(readme), 'the failed section is exactly as it was')
    assert.match(after.slice(after.indexOf('## Testing')), /A good paper/)
  }
})

test('requests go over one kept-alive connection', async () => {
  const { run, requests, connections } = await runWith(() => ({ body: GOOD }), { keywords: 'A\nB\nC' })
  assert.equal(run.code, 0)
  assert.equal(requests.length, 3)
  assert.equal(connections, 1)
})
