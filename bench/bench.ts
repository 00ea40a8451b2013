/**
 * `npm run bench`: speed, memory, bytes and API calls, all on loopback servers.
 * `npm run bench -- --json` prints one JSON object as its last line.
 */
import { spawn, spawnSync } from 'node:child_process'
import { build } from 'esbuild'
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ArxivClient } from '../src/arxiv/client.js'
import type { FetchOptions } from '../src/arxiv/fetch.js'
import { parseReadme } from '../src/readme/document.js'
import { entry, feed, fixture, startArxivServer } from '../test/support/arxiv-server.js'
import { keywordFeeds, KEYWORDS, median, PAPERS, pipeline } from './feeds.js'
import { benchModel } from './model.js'
import { benchRelease, RELEASE } from './release.js'
import { benchSite } from './site.js'
import { FakeGitHub } from '../test/support/github-server.js'
import { DIST, runAction } from '../test/support/run-action.js'
import {
  poisson,
  SimulatedArxiv,
  seededRandom,
  simulatedClient,
  simulatedRun,
} from '../test/support/simulated-arxiv.js'

/** The inputs of the pipeline benchmark, written to files: 50 feeds and a README holding as many papers. */
function writePipelineInputs(folder: string): void {
  const first = keywordFeeds(0)
  const readme = pipeline((k) => first[k]!, undefined)
  writeFileSync(path.join(folder, 'README-0.md'), readme)
  writeFileSync(path.join(folder, 'README-1.md'), readme.replace('Last update: 2026-11-26', 'Last update: 2026-11-25'))
  keywordFeeds(1).forEach((xml, k) => writeFileSync(path.join(folder, `feed-${k}.xml`), xml))
  writeFileSync(
    path.join(folder, 'fixture.xml'),
    fixture('v2026_search_all-testing_start0_max100_latex_pipes_lt_greek.xml'),
  )
}

/** Bundles bench/pipeline-child.ts and runs it in a process of its own (see there). */
async function benchPipeline(): Promise<{ ms: number; rssMb: number; atomMbPerS: number }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-'))
  const outfile = path.join(folder, 'pipeline.mjs')
  await build({
    entryPoints: [new URL('pipeline-child.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    // CommonJS packages in the bundle (the proxy's tunnel) require Node's modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  })
  writePipelineInputs(folder)
  const child = (mode: string) => {
    const result = spawnSync(process.execPath, [outfile, folder, mode], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(result.stderr)
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, number>
  }
  // Memory first, in a process of its own: one pipeline, as one run does.
  const rssMb = median([1, 2, 3].map(() => child('memory').rssMb!))
  const { ms, atomMbPerS } = child('time')
  return { ms: ms!, rssMb, atomMbPerS: atomMbPerS! }
}

async function benchEndToEnd(): Promise<number> {
  const feeds = keywordFeeds(0)
  const arxiv = await startArxivServer((request) => {
    const k = Number(/Keyword(\d+)/.exec(request.url.searchParams.get('search_query') ?? '')?.[1] ?? 0)
    return { body: feeds[k] }
  })
  const keywords = Array.from({ length: KEYWORDS }, (_, k) => `Keyword${k}`).join('\n')
  const times: number[] = []
  try {
    for (let i = 0; i < 5; i++) {
      const start = performance.now()
      // The bundle as the runner starts it: process start to exit, as e2e_5000_ms says.
      const run = await runAction({
        inputs: { keywords, mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0' },
        runner: 'bundle',
      })
      times.push(performance.now() - start)
      if (run.code !== 0) throw new Error(run.stdout)
    }
  } finally {
    await arxiv.close()
  }
  return median(times)
}

/**
 * Papers adopted from a DailyArXiv README carry no authors or dates; turning feeds on looks them up
 * once, by id. 1000 held papers in 10 sections, arXiv answering one new paper per keyword.
 */
async function benchBackfill(): Promise<number> {
  const held = 100
  const keywords = Array.from({ length: 10 }, (_, k) => `Keyword${k}`)
  const row = (k: number, n: number) =>
    `| **[Held ${k}-${n}](https://arxiv.org/abs/2401.${String(k * 1000 + n).padStart(5, '0')}v1)** | 2024-01-${String(1 + (n % 28)).padStart(2, '0')} | <details><summary>Show</summary><p>A.</p></details> |  |`
  const readme = `# R\n\nLast update: 2024-01-28\n${keywords
    .map(
      (keyword, k) =>
        `\n## ${keyword}\n| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n${Array.from({ length: held }, (_, n) => row(k, n)).join('\n')}`,
    )
    .join('\n')}\n`
  let lookups = 0
  const arxiv = await startArxivServer((request) => {
    const ids = request.url.searchParams.get('id_list')
    if (ids) {
      lookups++
      return {
        body: feed(ids.split(',').map((id) => entry({ id, title: `Held ${id}`, updated: '2024-01-02T10:00:00Z' }))),
      }
    }
    const k = Number(/Keyword(\d+)/.exec(request.url.searchParams.get('search_query') ?? '')?.[1] ?? 0)
    return {
      body: feed([entry({ id: `2611.${String(90000 + k)}`, title: `New ${k}`, updated: '2026-11-30T10:00:00Z' })]),
    }
  })
  try {
    const workspace = mkdtempSync(path.join(tmpdir(), 'bench-backfill-'))
    writeFileSync(path.join(workspace, 'README.md'), readme)
    const run = await runAction({
      inputs: {
        keywords: keywords.join('\n'),
        mode: 'local',
        'arxiv-api-url': arxiv.url,
        'request-delay': '0',
        'feed-dir': 'feeds',
        'max-papers': String(held + 1),
      },
      workspace,
    })
    if (run.code !== 0) throw new Error(run.stdout)
  } finally {
    await arxiv.close()
  }
  return lookups / ((keywords.length * held) / 1000)
}

/** The traffic mix of the daily simulation: new papers a day per keyword, sections full. */
const DAILY_MIX = [60, 8, 2, 0.25]

interface Daily {
  daily_requests_per_keyword: number
  daily_bytes_ratio: number
  daily_missed_papers: number
}

/** Paper rows (id and version) of a README's only section. */
function rowsOf(readme: string | undefined): Set<string> {
  const section = parseReadme(readme, 'README.md').digest.sections[0]
  return new Set((section?.papers ?? []).map((paper) => `${paper.id}v${paper.version}`))
}

/**
 * 30 simulated days on the mix: each keyword's daily run (incremental) against a full fetch of
 * `max-papers` on the same arXiv; one paper in ten is indexed up to three days late.
 */
async function benchDaily(overlapDays = 7): Promise<Daily> {
  let requests = 0
  let incrementalBytes = 0
  let fullBytes = 0
  let missed = 0
  for (const [k, perDay] of DAILY_MIX.entries()) {
    const random = seededRandom(100 + k)
    const history = Math.ceil(150 / perDay)
    const arxiv = await new SimulatedArxiv(random, Date.UTC(2025, 0, 1) - history * 86_400_000).start()
    const client = simulatedClient(arxiv)
    const day = () => ({
      fresh: poisson(perDay, random),
      revised: poisson(perDay / 20, random),
      late: poisson(perDay / 10, random),
      lateWithinDays: 3,
    })
    const options: FetchOptions = { sortBy: 'updated', maxPapers: PAPERS, overlapDays, categories: [], exclude: [] }
    try {
      for (let d = 0; d < history; d++) arxiv.nextDay(day())
      let readme = await simulatedRun(undefined, client, { ...options, today: arxiv.today }, false)
      for (let d = 0; d < 30; d++) {
        arxiv.nextDay(day())
        const dated = { ...options, today: arxiv.today }
        const [beforeRequests, beforeBytes] = [arxiv.server.requests.length, arxiv.bytesServed]
        readme = await simulatedRun(readme, client, dated, true)
        requests += arxiv.server.requests.length - beforeRequests
        incrementalBytes += arxiv.bytesServed - beforeBytes
        const middle = arxiv.bytesServed
        const full = await simulatedRun(undefined, client, dated, false)
        fullBytes += arxiv.bytesServed - middle
        const held = rowsOf(readme)
        missed += [...rowsOf(full)].filter((row) => !held.has(row)).length
      }
    } finally {
      client.close()
      await arxiv.close()
    }
  }
  return {
    daily_requests_per_keyword: requests / (30 * DAILY_MIX.length),
    daily_bytes_ratio: incrementalBytes / fullBytes,
    daily_missed_papers: missed,
  }
}

async function benchPacing(): Promise<number> {
  const body = feed([entry({ id: '2511.00001', title: 'x', updated: '2025-11-01T00:00:00Z' })])
  const arxiv = await startArxivServer(() => ({ body, delayMs: 50 }))
  const client = new ArxivClient({
    endpoint: arxiv.url,
    requestDelayMs: 200,
    timeoutMs: 5000,
    maxRetries: 0,
    userAgent: 'bench',
  })
  try {
    const start = performance.now()
    for (let k = 0; k < 10; k++)
      await client.search({ query: `all:k${k}`, sortBy: 'updated', start: 0, maxResults: 10 })
    return (performance.now() - start) / (9 * 200)
  } finally {
    await arxiv.close()
  }
}

interface ApiCalls {
  api_calls_commit_changed: number
  api_calls_commit_unchanged: number
  api_writes_commit_unchanged: number
  api_calls_pr_created: number
  api_calls_pr_updated: number
  api_writes_pr_unchanged: number
}

async function benchApiCalls(): Promise<ApiCalls> {
  let papers = [entry({ id: '2511.00001', title: 'One', updated: '2025-11-01T00:00:00Z' })]
  const arxiv = await startArxivServer(() => ({ body: feed(papers) }))
  // A real run has the event payload, which names the default branch: no call to learn it.
  const payload = path.join(mkdtempSync(path.join(tmpdir(), 'event-')), 'event.json')
  await import('node:fs').then((fs) =>
    fs.writeFileSync(payload, JSON.stringify({ repository: { default_branch: 'main' } })),
  )
  const counted = async (github: FakeGitHub, inputs: Record<string, string>) => {
    github.calls.length = 0
    const run = await runAction({
      inputs: {
        keywords: 'K',
        'arxiv-api-url': arxiv.url,
        'request-delay': '0',
        'github-token': github.token,
        ...inputs,
      },
      env: {
        GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
        GITHUB_API_URL: github.url,
        GITHUB_EVENT_PATH: payload,
      },
    })
    if (run.code !== 0) throw new Error(run.stdout)
    return { calls: github.calls.length, writes: github.writes().length }
  }
  try {
    const commit = await FakeGitHub.start({ 'README.md': '# R\n' })
    const changed = await counted(commit, { mode: 'commit' })
    const unchanged = await counted(commit, { mode: 'commit' })
    await commit.close()
    const pr = await FakeGitHub.start({ 'README.md': '# R\n' })
    const created = await counted(pr, { mode: 'pull-request' })
    papers = [entry({ id: '2511.00002', title: 'Two', updated: '2025-11-02T00:00:00Z' }), ...papers]
    const updated = await counted(pr, { mode: 'pull-request' })
    const same = await counted(pr, { mode: 'pull-request' })
    await pr.close()
    return {
      api_calls_commit_changed: changed.calls,
      api_calls_commit_unchanged: unchanged.calls,
      api_writes_commit_unchanged: unchanged.writes,
      api_calls_pr_created: created.calls,
      api_calls_pr_updated: updated.calls,
      api_writes_pr_unchanged: same.writes,
    }
  } finally {
    await arxiv.close()
  }
}

function bundleBytes(): number {
  const dist = path.dirname(DIST)
  return readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + statSync(path.join(dist, name)).size, 0)
}

function timeProcess(args: string[], env: Record<string, string>): Promise<number> {
  const start = performance.now()
  return new Promise((resolve) =>
    spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env } }).on('close', () =>
      resolve(performance.now() - start),
    ),
  )
}

async function benchColdStart(): Promise<number> {
  const action: number[] = []
  const bare: number[] = []
  for (let i = 0; i < 11; i++) {
    // Stops at input validation: no keywords.
    action.push(await timeProcess([DIST], { INPUT_MODE: 'local', GITHUB_OUTPUT: '/dev/null' }))
    bare.push(await timeProcess(['-e', '0'], {}))
  }
  return median(action) / median(bare)
}

const round = (value: number, digits = 3) => Number(value.toFixed(digits))
const roundAll = <T extends object>(values: T): T =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, round(value as number)])) as T

async function main(): Promise<void> {
  const { ms, rssMb, atomMbPerS } = await benchPipeline()
  const results = {
    pipeline_5000_ms: round(ms, 1),
    pipeline_5000_peak_rss_mb: round(rssMb, 1),
    atom_parse_mb_per_s: round(atomMbPerS, 1),
    e2e_5000_ms: round(await benchEndToEnd(), 0),
    ...roundAll(await benchDaily()),
    pacing_overhead_ratio: round(await benchPacing()),
    ...(await benchApiCalls()),
    bundle_bytes: bundleBytes(),
    cold_start_ratio: round(await benchColdStart(), 2),
    backfill_requests_per_1000_papers: round(await benchBackfill(), 2),
    ...roundAll(await benchSite()),
    ...roundAll(await benchModel()),
    ...roundAll((await benchRelease()) ?? {}),
  }
  const targets: Record<string, string> = {
    pipeline_5000_ms: '≤ 500',
    pipeline_5000_peak_rss_mb: '≤ 250',
    daily_requests_per_keyword: '≤ 1.05',
    daily_bytes_ratio: '≤ 0.6',
    daily_missed_papers: '= 0',
    pacing_overhead_ratio: '≤ 1.1',
    api_calls_commit_changed: '≤ 7',
    api_calls_commit_unchanged: '≤ 3',
    api_writes_commit_unchanged: '= 0',
    api_calls_pr_created: '≤ 10',
    api_writes_pr_unchanged: '= 0',
    bundle_bytes: '≤ 1,200,000',
    cold_start_ratio: '≤ 3',
    e2e_5000_ms: '≤ 650',
    backfill_requests_per_1000_papers: '≤ 10',
    site_first_view_kb_gzip: '≤ 350',
    site_first_paper_ms: '≤ 1,000',
    site_ready_ms: '≤ 3,000',
    site_search_ms: '≤ 100',
    model_requests_per_new_paper: '≤ 0.25',
    release_wall_ratio: `≤ 1 (today ÷ ${RELEASE.version})`,
    release_rss_ratio: `≤ 1.05 (today ÷ ${RELEASE.version})`,
  }
  console.log(`| metric | value | target |\n| --- | ---: | --- |`)
  for (const [key, value] of Object.entries(results)) console.log(`| ${key} | ${value} | ${targets[key] ?? ''} |`)
  // Not a key of the JSON line: how the daily figures depend on the window.
  const short = await benchDaily(3)
  console.log(
    `\nwith overlap-days 3: ${short.daily_requests_per_keyword.toFixed(3)} requests per keyword a day, bytes ratio ${short.daily_bytes_ratio.toFixed(3)}`,
  )
  if (!('release_wall_ratio' in results))
    console.log(
      `\n${RELEASE.version}'s bundle could not be read from git history (a shallow clone?): no release ratios`,
    )
  if (process.argv.includes('--json')) console.log(JSON.stringify(results))
}

await main()
