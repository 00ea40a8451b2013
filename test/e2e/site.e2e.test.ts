/// <reference lib="dom" />
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'puppeteer-core'
import { PaperArxiv, type SimplePaper } from '../support/arxiv-server.js'
import { launchBrowser, serveFolder } from '../support/browser.js'
import { runOnGitHub, startGitHub } from '../support/github-run.js'
import { runAction, workspaceWith } from '../support/run-action.js'
import { servedPaper } from '../support/papers.js'
import { startModelServer } from '../support/model-server.js'

// The page of `site-dir`, made by runs of the action, read in Debian's Chromium.

const HOSTILE =
  'Evil </details><script>window.pwned=1</script> [x](javascript:alert(1)) <!-- arxiv-daily:end --> {\\} \u202Eright-to-left'

const paper = (n: number, extra: Partial<SimplePaper> = {}): SimplePaper =>
  servedPaper(n, {
    title: `Paper ${n} about ${n % 2 === 0 ? 'diffusion' : 'language'} models`,
    abstract: `Abstract ${n}. Code at https://github.com/lab/repo${n}.`,
    ...extra,
  })

let arxiv: PaperArxiv
let browser: Browser
before(async () => {
  arxiv = await PaperArxiv.start()
  browser = await launchBrowser()
})
after(async () => {
  await browser.close()
  await arxiv.close()
})

const inputs = (more: Record<string, string> = {}) => ({
  mode: 'local',
  keywords: 'Diffusion\nLanguage',
  'arxiv-api-url': arxiv.url,
  'request-delay': '0',
  'max-retries': '0',
  'site-dir': 'docs',
  ...more,
})

/** A page that records console errors and every request it makes. */
async function open(url: string, options: { bypassCsp?: boolean } = {}) {
  const page = await browser.newPage()
  const errors: string[] = []
  const requests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('request', (request) => requests.push(request.url()))
  if (options.bypassCsp) await page.setBypassCSP(true)
  await page.goto(url)
  await page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 })
  return { page, errors, requests }
}

const titles = (page: Page) =>
  page.$$eval('#list .paper h3 a, #list .paper h3 > span:last-child', (nodes) => nodes.map((n) => n.textContent ?? ''))
const ids = (page: Page) =>
  page.$$eval('#list .paper', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.id ?? ''))

test('the page of a run shows every paper, searches, filters, marks what is new since the last visit, copies BibTeX, and loads nothing from elsewhere', async () => {
  arxiv.papers = [...Array.from({ length: 12 }, (_, i) => paper(i + 1)), paper(13, { title: HOSTILE })]
  const workspace = workspaceWith({ 'README.md': '# Papers\n' })
  const first = await runAction({ inputs: inputs(), workspace, runner: 'bundle' })
  assert.equal(first.code, 0, first.stdout)
  const site = path.join(workspace, 'docs')
  const server = await serveFolder(site)
  try {
    const { page, errors, requests } = await open(server.url)
    // Every paper, newest first; the hostile title is text, and ran nothing.
    assert.equal((await ids(page)).length, 13)
    assert.equal((await ids(page))[0], '2511.00013')
    const shown = await titles(page)
    assert.ok(shown.includes(HOSTILE.replace(/\s+/g, ' ')), shown.join('\n'))
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined)
    assert.equal(await page.$$eval('#list script', (nodes) => nodes.length), 0)
    assert.equal(await page.$eval('#list .paper h3 a', (a) => a.href), 'https://arxiv.org/abs/2511.00013v1')
    // Keyword filter with counts: the Diffusion checkbox off leaves the language papers.
    const labels = await page.$$eval('#keywords label', (nodes) => nodes.map((n) => n.textContent?.trim()))
    assert.deepEqual(labels, ['Diffusion (13)', 'Language (13)'])
    // Searching as one types (abstracts load on demand).
    await page.type('#q', 'abstract 7.')
    await page.waitForFunction(() => document.querySelectorAll('#list .paper').length === 1, { polling: 50 })
    assert.deepEqual(await ids(page), ['2511.00007'])
    assert.match(page.url(), /#q=abstract\+7\./)
    // A shared address opens the same view.
    const shared = await open(`${server.url}#q=diffusion&from=2025-11-05&to=2025-11-10`)
    assert.deepEqual(await ids(shared.page), ['2511.00010', '2511.00008', '2511.00006'])
    assert.equal(await shared.page.$eval('#q', (input) => (input as HTMLInputElement).value), 'diffusion')
    await shared.page.close()
    await page.bringToFront()
    // The abstract on demand, and the code link from it.
    await page.click('#clear')
    const abstractButton = await page.$('#list .paper:nth-child(2) button[aria-controls]')
    await abstractButton!.click()
    await page.waitForFunction(() =>
      document.querySelector('#list .paper:nth-child(2) .abstract')?.textContent?.startsWith('Abstract 12'),
    )
    assert.equal(
      await page.$eval('#list .paper:nth-child(2) .actions a:nth-child(2)', (a) => a.href),
      'https://github.com/lab/repo12',
    )
    // BibTeX of the hostile title: braces and backslashes escaped, nothing lost.
    // The system clipboard of a headless browser is not readable: what the page hands it is.
    await page.evaluate(() => {
      navigator.clipboard.writeText = (text: string) => {
        ;(window as unknown as { copied: string }).copied = text
        return Promise.resolve()
      }
    })
    await page.click('#list .paper:first-child .actions button:last-child')
    await page.waitForFunction(() => document.getElementById('copied')?.textContent?.includes('copied'), {
      polling: 50,
    })
    const bibtex = await page.evaluate(() => (window as unknown as { copied: string }).copied)
    assert.match(bibtex, /^@misc\{arxiv251100013,/)
    assert.ok(bibtex.includes('\\{\\textbackslash{}\\}'), bibtex)
    assert.ok(bibtex.includes('</details><script>window.pwned=1</script>'), bibtex)
    // Pins: a term is highlighted and kept in this browser.
    await page.type('#pin', 'language')
    await page.click('#pin-add')
    assert.equal(await page.$$eval('#list .paper.pinned', (nodes) => nodes.length), 6)
    assert.deepEqual(errors, [])
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:')),
      [],
      'no request leaves the page origin',
    )

    // The next run adds two papers: exactly those are new since the last visit.
    arxiv.papers.push(paper(14), paper(15))
    const second = await runAction({ inputs: inputs(), workspace, runner: 'bundle' })
    assert.equal(second.code, 0, second.stdout)
    const again = await open(server.url)
    const marked = await again.page.$$eval('#list .paper', (nodes) =>
      nodes.filter((n) => n.querySelector('.badge.new')).map((n) => (n as HTMLElement).dataset.id),
    )
    assert.deepEqual(marked, ['2511.00015', '2511.00014'])
    assert.match(await again.page.$eval('#status', (n) => n.textContent ?? ''), /2 new since your last visit/)
    assert.equal(await again.page.$$eval('#list .paper.pinned', (nodes) => nodes.length), 7, 'the pin is kept')
    assert.deepEqual(again.errors, [])

    // A run with nothing new leaves every byte of the site as it was.
    const files = ['index.html', 'papers.json', 'abstracts.json'].map((name) =>
      readFileSync(path.join(site, name), 'utf8'),
    )
    const quiet = await runAction({ inputs: inputs(), workspace, runner: 'bundle' })
    assert.equal(quiet.outputs.changed, 'false')
    assert.deepEqual(
      ['index.html', 'papers.json', 'abstracts.json'].map((name) => readFileSync(path.join(site, name), 'utf8')),
      files,
    )
    await Promise.all([page.close(), again.page.close()])
  } finally {
    await server.close()
  }
})

test('the page passes axe-core with no serious or critical violation, in light and dark themes and at phone width', async () => {
  arxiv.papers = Array.from({ length: 5 }, (_, i) => paper(i + 1, { comment: 'Accepted at a venue, 12 pages' }))
  const workspace = workspaceWith({ 'README.md': '# Papers\n' })
  assert.equal((await runAction({ inputs: inputs(), workspace })).code, 0)
  const server = await serveFolder(path.join(workspace, 'docs'))
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  try {
    for (const [scheme, width] of [
      ['light', 1200],
      ['dark', 390],
    ] as const) {
      // axe is injected past the page's policy, which allows no script but its own.
      const { page } = await open(server.url, { bypassCsp: true })
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }])
      await page.setViewport({ width, height: 900 })
      // Everything by keyboard: the search box is the first stop after the skip link.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'q')
      await page.click('#list .paper button[aria-controls]')
      await page.addScriptTag({ content: axe })
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> }
          }
        ).axe.run()
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))
      })
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      assert.deepEqual(serious, [], `${scheme} at ${width}px`)
      await page.close()
    }
  } finally {
    await server.close()
  }
})

test('site-dir in commit and pull-request mode: the page travels in the same commit; a file of yours in its place stops the run', async (t) => {
  arxiv.papers = [paper(1), paper(2)]
  for (const mode of ['commit', 'pull-request'] as const) {
    const github = await startGitHub(t, { 'README.md': '# R\n' })
    const run = await runOnGitHub(github, arxiv.url, { mode, keywords: 'Diffusion', 'site-dir': 'docs' })
    assert.equal(run.code, 0, run.stdout)
    const branch = mode === 'commit' ? 'main' : 'arxiv-daily/update'
    const page = github.readme(branch, 'docs/index.html')
    assert.match(page ?? '', /<meta name="generator" content="arxiv-daily-digest-action">/)
    assert.ok(github.readme(branch, 'docs/abstracts.json'))
    const commits = github.writes().filter((call) => call.operation === 'git/create-commit')
    assert.equal(commits.length, 1, 'README and page in one commit')
  }
  const github = await startGitHub(t, { 'README.md': '# R\n', 'docs/index.html': '<h1>My own page</h1>\n' })
  const refused = await runOnGitHub(github, arxiv.url, { keywords: 'Diffusion', 'site-dir': 'docs' })
  assert.equal(refused.code, 1)
  assert.match(refused.stdout, /docs\/index\.html exists and was not written by this action/)
  assert.equal(github.readme('main', 'docs/index.html'), '<h1>My own page</h1>\n')
})

test('the keyword filter shows the papers of the keywords checked, with counts, and the chart has a line per keyword', async () => {
  const { entry, feed, startArxivServer } = await import('../support/arxiv-server.js')
  const papers = Array.from({ length: 9 }, (_, i) => paper(i + 1))
  const byKeyword = await startArxivServer((request) => {
    const query = request.url.searchParams.get('search_query') ?? ''
    const even = query.includes('Diffusion')
    return { body: feed(papers.filter((p) => (Number(p.id.slice(-2)) % 2 === 0) === even).map(entry)) }
  })
  const workspace = workspaceWith({ 'README.md': '# Papers\n' })
  const run = await runAction({ inputs: { ...inputs(), 'arxiv-api-url': byKeyword.url }, workspace })
  await byKeyword.close()
  assert.equal(run.code, 0, run.stdout)
  const server = await serveFolder(path.join(workspace, 'docs'))
  try {
    const { page, errors } = await open(server.url)
    const labels = await page.$$eval('#keywords label', (nodes) => nodes.map((n) => n.textContent?.trim()))
    assert.deepEqual(labels, ['Diffusion (4)', 'Language (5)'])
    await page.click('#keywords label:nth-child(3) input')
    assert.deepEqual(await ids(page), ['2511.00008', '2511.00006', '2511.00004', '2511.00002'])
    assert.match(page.url(), /k=Diffusion/)
    await page.click('#keywords label:nth-child(2) input')
    assert.equal((await ids(page)).length, 0)
    assert.match(await page.$eval('#status', (n) => n.textContent ?? ''), /Showing 0 of 0 papers/)
    assert.equal(await page.$$eval('#chart svg polyline', (nodes) => nodes.length), 2)
    assert.match(await page.$eval('#chart svg desc', (n) => n.textContent ?? ''), /Diffusion: .*; Language: /)
    // An honest chart: each legend entry in its line's colour, dates on the axis, a count per point.
    const colours = await page.$$eval('#chart svg', ([svg]) => ({
      lines: Array.from(svg!.querySelectorAll('polyline')).map((line) => line.getAttribute('stroke')),
      legend: Array.from(svg!.querySelectorAll('text.legend')).map((text) => getComputedStyle(text).fill),
      axis: Array.from(svg!.querySelectorAll('text.axis')).map((text) => text.textContent ?? ''),
      tips: Array.from(svg!.querySelectorAll('circle title')).map((title) => title.textContent ?? ''),
    }))
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`
    assert.deepEqual(
      colours.legend,
      colours.lines.map((hex) => rgb(hex ?? '')),
    )
    assert.ok(
      colours.axis.some((text) => /^\d{4}-\d{2}-\d{2}$/.test(text)),
      colours.axis.join(' '),
    )
    assert.match(colours.tips[0] ?? '', /^Diffusion, week of \d{4}-\d{2}-\d{2}: \d+ papers$/)
    assert.deepEqual(errors, [])
    await page.close()
  } finally {
    await server.close()
  }
})

test('stored values and an address that any page of the origin can set (seen=5, pins={}, a date that is not one) are dropped with a warning: the page still lists every paper', async () => {
  arxiv.papers = Array.from({ length: 5 }, (_, i) => paper(i + 1))
  const workspace = workspaceWith({ 'README.md': '# Papers\n' })
  const run = await runAction({ inputs: inputs(), workspace })
  assert.equal(run.code, 0, run.stdout)
  const server = await serveFolder(path.join(workspace, 'docs'))
  try {
    for (const [seen, pins] of [
      ['5', '{}'],
      ['{"length":3}', '[1,2]'],
      ['"2511.00001"', '["x"'],
      [JSON.stringify(['a'.repeat(500)]), 'null'],
    ] as const) {
      const page = await browser.newPage()
      const errors: string[] = []
      const warnings: string[] = []
      page.on('console', (message) => {
        // (The browser's own look-up of a favicon, which the served folder lacks, is no error of the page.)
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          errors.push(message.text())
        if (message.type() === 'warn') warnings.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(String(error)))
      // Written by another page of the origin before this one loads.
      await page.goto(`${server.url}abstracts.json`)
      const key = await page.evaluate(() => `arxiv-daily:${location.pathname.replace(/abstracts\.json$/, '')}`)
      await page.evaluate(
        (storeKey, values) => {
          localStorage.setItem(`${storeKey}:seen`, values[0] ?? '')
          localStorage.setItem(`${storeKey}:pins`, values[1] ?? '')
        },
        key,
        [seen, pins],
      )
      await page.goto(`${server.url}#from=not-a-date&to=2026-99&q=${'x'.repeat(2000)}`)
      await page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 })
      assert.deepEqual(errors, [], `seen=${seen} pins=${pins}: no error`)
      assert.ok(
        warnings.some((text) => /was dropped/.test(text)),
        `seen=${seen} pins=${pins}: a warning`,
      )
      assert.equal(await page.$eval('#from', (input) => (input as HTMLInputElement).value), '')
      assert.equal((await page.$eval('#q', (input) => (input as HTMLInputElement).value)).length, 500)
      // Cleared, the search shows every paper.
      await page.goto(server.url)
      await page.reload()
      await page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 })
      assert.equal((await ids(page)).length, 5, `seen=${seen} pins=${pins}: every paper listed`)
      await page.evaluate(() => localStorage.clear())
      await page.close()
    }
  } finally {
    await server.close()
  }
})

test('the keyboard: / searches, j and k move from paper to paper, a shows the abstract, p pins the first author, ? lists the keys; the new papers are counted in the title and the bar, shown alone, and marked seen', async () => {
  arxiv.papers = Array.from({ length: 4 }, (_, i) => paper(i + 1))
  const workspace = workspaceWith({ 'README.md': '# Papers\n' })
  assert.equal((await runAction({ inputs: inputs(), workspace })).code, 0)
  const server = await serveFolder(path.join(workspace, 'docs'))
  try {
    const first = await open(server.url)
    const base = await first.page.title()
    assert.doesNotMatch(base, /new\)/, 'a first visit marks nothing new')
    await first.page.close()
    // A run brings two papers; the next visit counts them in the title.
    arxiv.papers = [...arxiv.papers, paper(5), paper(6)]
    assert.equal((await runAction({ inputs: inputs(), workspace })).code, 0)
    const { page, errors } = await open(server.url)
    assert.equal(await page.title(), `${base} (2 new)`)
    // In the bar: "New only", with the count, leaves the two.
    assert.equal(await page.$eval('label[for="new-only"]', (node) => node.textContent), 'New only (2)')
    await page.click('#new-only')
    assert.deepEqual(await ids(page), ['2511.00006', '2511.00005'])
    await page.click('#new-only')
    assert.equal((await ids(page)).length, 6)
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '')
    await page.keyboard.press('/')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q')
    await page.keyboard.type('j')
    assert.equal(
      await page.$eval('#q', (input) => (input as HTMLInputElement).value),
      'j',
      'keys typed in the search are text',
    )
    await page.$eval('#q', (input) => {
      ;(input as HTMLInputElement).value = ''
      input.dispatchEvent(new Event('input'))
      ;(input as HTMLInputElement).blur()
    })
    await page.keyboard.press('j')
    assert.match(await focused(), /^Paper 6 about/)
    await page.keyboard.press('j')
    assert.match(await focused(), /^Paper 5 about/)
    await page.keyboard.press('k')
    assert.match(await focused(), /^Paper 6 about/)
    await page.keyboard.press('a')
    await page.waitForFunction(() => !document.querySelector('#list .paper .abstract')?.hasAttribute('hidden'))
    await page.keyboard.press('?')
    assert.equal(await page.$eval('#keys', (node) => (node as HTMLElement).hidden), false)
    await page.keyboard.press('p')
    assert.match(await page.$eval('#pins', (node) => node.textContent ?? ''), /Unpin Test Author/)
    await page.click('#seen-all')
    assert.equal(await page.title(), base)
    assert.equal(await page.$eval('#new-box', (node) => (node as HTMLElement).hidden), true)
    assert.deepEqual(errors, [])
    await page.close()
  } finally {
    await server.close()
  }
})

test("with the reader's model: each paper shows its TL;DR, translated title and relevance, the search finds the TL;DR, and the papers can be ordered by relevance", async (t) => {
  const model = await startModelServer()
  t.after(() => model.close())
  model.score = (id) => ({ [servedPaper(2).id]: 9, [servedPaper(3).id]: 2 })[id] ?? 5
  arxiv.papers = [1, 2, 3].map((n) => paper(n))
  const workspace = workspaceWith({ 'README.md': '# Papers\n' })
  const run = await runAction({
    inputs: inputs({
      'llm-api-url': model.url,
      'llm-model': 'm',
      'llm-language': 'Chinese',
      interests: 'Diffusion models',
    }),
    workspace,
  })
  assert.equal(run.code, 0, run.stdout)
  const server = await serveFolder(path.join(workspace, 'docs'))
  try {
    const { page, errors } = await open(server.url)
    assert.match(await page.$eval('#list .paper .tldr', (node) => node.textContent ?? ''), /^TL;DR: In short, Paper 3/)
    assert.match(await page.$eval('#list .paper .translated', (node) => node.textContent ?? ''), /^标题：Paper 3/)
    assert.match(await page.$eval('#list .paper .relevance', (node) => node.textContent ?? ''), /^Relevance 2\/10/)
    await page.select('#order', 'relevance')
    assert.deepEqual((await ids(page)).slice(0, 2), [servedPaper(2).id, servedPaper(1).id])
    // Filtered by the score: paper 3 (2/10) hides at 5; a paper without a score never would.
    await page.type('#min-score', '5')
    await page.waitForFunction(() => document.querySelectorAll('#list .paper').length === 2)
    await page.$eval('#min-score', (input) => {
      ;(input as HTMLInputElement).value = ''
      input.dispatchEvent(new Event('input'))
    })
    await page.type('#q', 'in short, paper 1')
    await page.waitForFunction(() => document.querySelectorAll('#list .paper').length === 1)
    assert.deepEqual(errors, [])
    await page.close()
  } finally {
    await server.close()
  }
})

test('papers first: the first paper starts within the first screen on a 1280x800 desktop and a 390x844 phone, four keywords and thirty papers', async () => {
  arxiv.papers = Array.from({ length: 30 }, (_, i) => paper(i + 1))
  const workspace = workspaceWith({ 'README.md': '# Papers\n' })
  const run = await runAction({ inputs: inputs({ keywords: 'Diffusion\nLanguage\nModels\nPaper' }), workspace })
  assert.equal(run.code, 0, run.stdout)
  const server = await serveFolder(path.join(workspace, 'docs'))
  try {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      const page = await browser.newPage()
      await page.setViewport({ width, height })
      await page.goto(server.url)
      await page.waitForSelector('html[data-ready="true"]')
      const top = await page.$eval('#list .paper h3', (node) => node.getBoundingClientRect().bottom)
      assert.ok(top < height, `${width}x${height}: the first paper's title ends at ${top}px`)
      await page.close()
    }
  } finally {
    await server.close()
  }
})

test("a hostile model's answer on the page is text: no script runs, no link to it, no console error", async (t) => {
  const model = await startModelServer()
  t.after(() => model.close())
  model.behaviour = 'hostile'
  arxiv.papers = [paper(1), paper(2)]
  const workspace = workspaceWith({ 'README.md': '# Papers\n' })
  const run = await runAction({
    inputs: inputs({ 'llm-api-url': model.url, 'llm-model': 'm', 'llm-language': 'Chinese', interests: 'x' }),
    workspace,
  })
  assert.equal(run.code, 0, run.stdout)
  const server = await serveFolder(path.join(workspace, 'docs'))
  try {
    const { page, errors, requests } = await open(server.url)
    assert.match(
      await page.$eval('#list .paper .tldr', (node) => node.textContent ?? ''),
      /<script>alert\(1\)<\/script>/,
    )
    assert.equal(await page.evaluate(() => document.querySelectorAll('#list script, #list img').length), 0)
    const hrefs = await page.$$eval('#list a', (links) => links.map((a) => a.href))
    assert.ok(
      hrefs.every((href) => !href.includes('evil')),
      hrefs.join(' '),
    )
    assert.ok(
      requests.every((url) => url.startsWith(server.url) || url.startsWith('data:')),
      requests.join(' '),
    )
    assert.deepEqual(errors, [])
    await page.close()
  } finally {
    await server.close()
  }
})

test('without script the page lists every paper as served, hostile text as text; with script it asks only for its own files', async () => {
  arxiv.papers = [
    ...Array.from({ length: 24 }, (_, i) => paper(i + 1, i === 23 ? { comment: '12 pages, accepted at ICLR' } : {})),
    paper(25, { title: HOSTILE }),
  ]
  const workspace = workspaceWith({ 'README.md': '# Papers\n' })
  const run = await runAction({ inputs: inputs(), workspace, runner: 'bundle' })
  assert.equal(run.code, 0, run.stdout)
  const server = await serveFolder(path.join(workspace, 'docs'))
  try {
    const page = await browser.newPage()
    await page.setJavaScriptEnabled(false)
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    await page.goto(server.url)
    const links = await page.$$eval('#list .paper h3 a', (nodes) =>
      nodes.map((a) => ({ text: a.textContent ?? '', href: a.href })),
    )
    assert.equal(links.length, 25)
    assert.deepEqual(links[0], { text: HOSTILE.replace(/\s+/g, ' '), href: 'https://arxiv.org/abs/2511.00025v1' })
    assert.deepEqual(
      links.slice(1).map((link) => link.href),
      Array.from({ length: 24 }, (_, i) => `https://arxiv.org/abs/2511.${String(24 - i).padStart(5, '0')}v1`),
    )
    // The meta line (authors, date, categories, keywords) and the code link need no script either.
    const meta = await page.$eval('#list .paper:nth-child(2) .meta', (node) => node.textContent ?? '')
    assert.match(meta, /^Test Author · 2025-11-\d\d · /)
    assert.match(meta, /Diffusion, Language/)
    assert.equal(
      await page.$eval('#list .paper:nth-child(2) .comment', (node) => node.textContent),
      '12 pages, accepted at ICLR',
    )
    assert.equal(
      await page.$eval('#list .paper:nth-child(2) .actions a', (a) => a.href),
      'https://github.com/lab/repo24',
    )
    // The controls that need script are not shown, and nothing was asked for but the page.
    assert.equal(await page.$eval('.filters', (node) => getComputedStyle(node).display), 'none')
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined)
    assert.deepEqual(requests, ['/'])
    await page.close()

    // With script: the same list, then search and filters, from papers.json (abstracts on demand).
    const { page: live, requests: asked, errors } = await open(server.url)
    assert.equal((await ids(live)).length, 25)
    assert.equal(await live.$eval('.filters', (node) => getComputedStyle(node).display), 'flex')
    assert.deepEqual(
      asked.filter((url) => !url.startsWith('data:')).map((url) => new URL(url).pathname),
      ['/', '/papers.json'],
    )
    assert.deepEqual(errors, [])
    await live.close()

    // Opened from disk, the browser reads no file beside it: the list as served, and why.
    const fromDisk = await browser.newPage()
    await fromDisk.goto(`file://${path.join(workspace, 'docs', 'index.html')}`)
    await fromDisk.waitForSelector('html[data-ready="true"]')
    assert.equal((await fromDisk.$$('#list .paper')).length, 25)
    assert.match(await fromDisk.$eval('#status', (node) => node.textContent ?? ''), /^Opened from a file/)
    assert.equal(await fromDisk.$eval('.filters', (node) => getComputedStyle(node).display), 'none')
    await fromDisk.close()
  } finally {
    await server.close()
  }
})
