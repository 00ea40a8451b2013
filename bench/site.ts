/// <reference lib="dom" />
/**
 * The page of `site-dir` in Debian's Chromium, for 20,000 papers: what its first view transfers
 * (gzip, as GitHub Pages serves it), when the first paper shows and when search and filters are
 * usable with the CPU slowed four times, and how long a search takes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Digest, Paper } from '../src/readme/model.js'
import { siteFiles } from '../src/publish/site.js'
import { launchBrowser, serveFolder } from '../test/support/browser.js'

const WORDS = 'model learning diffusion language reward alignment graph neural vision transformer data robust'.split(
  ' ',
)

function digestOf(count: number): Digest {
  const keywords = ['Diffusion', 'Language Models', 'Reward Model', 'Graph Learning', 'Robotics']
  const word = (i: number) => WORDS[i % WORDS.length] ?? 'x'
  const papers = (k: number): Paper[] =>
    Array.from({ length: count / keywords.length }, (_, i) => {
      const n = k * count + i
      const day = String(1 + (i % 28)).padStart(2, '0')
      return {
        id: `25${String(10 + (i % 2)).padStart(2, '0')}.${String(n).padStart(5, '0')}`,
        version: 1,
        title: `${word(n)} ${word(n * 7)} ${word(n * 13)} for ${word(n * 3)} number ${n}`,
        date: `2025-${i % 2 === 0 ? '10' : '11'}-${day}`,
        abstract: Array.from({ length: 150 }, (_, j) => word(n + j * 5)).join(' '),
        comment: n % 3 === 0 ? '12 pages, 4 figures' : '',
        authors: [`Author ${n % 97}`, `Second ${n % 53}`, `Third ${n % 31}`],
        categories: ['cs.LG', 'cs.CL'],
      }
    })
  return { lastUpdate: '2025-11-28', sections: keywords.map((title, k) => ({ title, papers: papers(k) })) }
}

// Run in the page before its own script (as a string: a bundler's helpers do not exist there).
const FIRST_PAPER = `(() => {
  const check = (time) => {
    const paper = document.querySelector('#list .paper')
    if (paper && paper.getBoundingClientRect().top < innerHeight) window.firstPaper = time
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

/** The page of a large digest: 200 keywords of 100 papers, or a few keywords kept long. */
export const PAGE_PAPERS = 20_000

export async function benchSite(): Promise<{
  site_first_view_kb_gzip: number
  site_first_paper_ms: number
  site_ready_ms: number
  site_search_ms: number
}> {
  const folder = mkdtempSync(path.join(tmpdir(), 'site-bench-'))
  const browser = await launchBrowser()
  try {
    for (const count of [PAGE_PAPERS]) {
      mkdirSync(path.join(folder, String(count)), { recursive: true })
      for (const [file, text] of siteFiles(digestOf(count), String(count))) writeFileSync(path.join(folder, file), text)
    }
    const server = await serveFolder(folder)
    // The first view is index.html and papers.json: abstracts.json loads on demand.
    const firstView =
      ['index.html', 'papers.json']
        .map((file) => gzipSync(readFileSync(path.join(folder, String(PAGE_PAPERS), file))).length)
        .reduce((a, b) => a + b, 0) / 1024
    const page = await browser.newPage()
    const cdp = await page.createCDPSession()
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    // The first paper shows in the first frame that holds it: the time of that frame (a frame
    // waits for a busy page, so a page still reading its papers shows it later).
    await page.evaluateOnNewDocument(FIRST_PAPER)
    const started = performance.now()
    await page.goto(`${server.url}${PAGE_PAPERS}/`)
    await page.waitForSelector('html[data-ready="true"]')
    const ready = performance.now() - started
    // Not before the first contentful paint: a frame that holds the paper is painted after it begins.
    const firstPaper = await page.evaluate(() =>
      Math.max(
        (window as Window & { firstPaper?: number }).firstPaper ?? NaN,
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ),
    )
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    const search = await browser.newPage()
    await search.goto(`${server.url}${PAGE_PAPERS}/`)
    await search.waitForSelector('html[data-ready="true"]')
    // Abstracts loaded first, so that the search covers all four fields.
    const loaded = search.waitForResponse((response) => response.url().endsWith('abstracts.json'))
    await search.type('#q', 'x')
    await loaded
    await new Promise((resolve) => setTimeout(resolve, 300))
    const searchMs = await search.evaluate(() => {
      const input = document.getElementById('q') as HTMLInputElement
      const times: number[] = []
      for (const term of ['diffusion', 'author 42', 'reward alignment', 'number 9999', 'graph']) {
        const t0 = performance.now()
        input.value = term
        input.dispatchEvent(new Event('input'))
        times.push(performance.now() - t0)
      }
      return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0
    })
    await server.close()
    return {
      site_first_view_kb_gzip: firstView,
      site_first_paper_ms: firstPaper,
      site_ready_ms: ready,
      site_search_ms: searchMs,
    }
  } finally {
    await browser.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) console.log(await benchSite())
