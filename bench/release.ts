/**
 * Today's bundle beside the last release's, on the same loopback arXiv: 50 keywords × 100 papers
 * in local mode, each bundle started as the runner starts it, alternately, five times each. The
 * figures are ratios (today ÷ release), which a shared machine's speed does not move.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startArxivServer } from '../test/support/arxiv-server.js'
import { DIST } from '../test/support/run-action.js'
import { keywordFeeds, KEYWORDS, median } from './feeds.js'

/** The last release: its version and the commit whose dist/ it shipped. */
export const RELEASE = { version: '1.1.0', commit: '0734647b5feaa6a6318c153c47df7dda65506475' }

const ROOT = new URL('../', import.meta.url).pathname

/** The release's dist/ written to a folder, read from git; undefined when the history is not there. */
function releaseBundle(): string | undefined {
  const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'buffer' })
  const list = git(['ls-tree', '--name-only', RELEASE.commit, 'dist/'])
  if (list.status !== 0) return undefined
  const folder = mkdtempSync(path.join(tmpdir(), `release-${RELEASE.version}-`))
  mkdirSync(path.join(folder, 'dist'))
  for (const file of list.stdout.toString('utf8').split('\n').filter(Boolean)) {
    const shown = git(['show', `${RELEASE.commit}:${file}`])
    if (shown.status !== 0) return undefined
    writeFileSync(path.join(folder, file), shown.stdout)
  }
  return path.join(folder, 'dist', 'index.js')
}

/** Wall time (process start to exit) and peak memory of one run of `bundle`. */
async function runOnce(bundle: string, arxivUrl: string, keywords: string): Promise<{ ms: number; rssMb: number }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'release-run-'))
  const workspace = path.join(folder, 'workspace')
  mkdirSync(workspace)
  const rssFile = path.join(folder, 'rss')
  const preload = path.join(folder, 'rss.mjs')
  // Written by the child at exit: its own peak resident memory.
  writeFileSync(
    preload,
    `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))\n`,
  )
  for (const name of ['output', 'summary']) writeFileSync(path.join(folder, name), '')
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(folder, 'output'),
    GITHUB_STEP_SUMMARY: path.join(folder, 'summary'),
    INPUT_KEYWORDS: keywords,
    INPUT_MODE: 'local',
    'INPUT_ARXIV-API-URL': arxivUrl,
    'INPUT_REQUEST-DELAY': '0',
  }
  const start = performance.now()
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['--import', preload, bundle], { env, stdio: 'ignore' })
    child.on('exit', (status) => resolve(status ?? 1))
  })
  const ms = performance.now() - start
  if (code !== 0) throw new Error(`${bundle} exited with ${code}`)
  return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 }
}

/** `release_wall_ratio` and `release_rss_ratio`: today's bundle ÷ the release's (medians of five). */
export async function benchRelease(): Promise<{ release_wall_ratio: number; release_rss_ratio: number } | undefined> {
  const released = releaseBundle()
  if (released === undefined) return undefined
  const feeds = keywordFeeds(0)
  const arxiv = await startArxivServer((request) => {
    const k = Number(/Keyword(\d+)/.exec(request.url.searchParams.get('search_query') ?? '')?.[1] ?? 0)
    return { body: feeds[k] }
  })
  const keywords = Array.from({ length: KEYWORDS }, (_, k) => `Keyword${k}`).join('\n')
  const today: { ms: number; rssMb: number }[] = []
  const before: { ms: number; rssMb: number }[] = []
  try {
    // Alternately, so that a slower moment of a shared machine falls on both.
    for (let i = 0; i < 5; i++) {
      before.push(await runOnce(released, arxiv.url, keywords))
      today.push(await runOnce(DIST, arxiv.url, keywords))
    }
  } finally {
    await arxiv.close()
  }
  const ratio = (pick: (run: { ms: number; rssMb: number }) => number) =>
    median(today.map(pick)) / median(before.map(pick))
  return { release_wall_ratio: ratio((run) => run.ms), release_rss_ratio: ratio((run) => run.rssMb) }
}

if (process.argv[1] === new URL(import.meta.url).pathname) console.log(await benchRelease())
