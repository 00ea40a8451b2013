// `npm run site-screenshots`: pictures of the page `site-dir` writes, at desktop and phone width,
// in light and dark themes, made from a real run of the built action (local mode, recorded arXiv
// answers served on 127.0.0.1) and taken in Debian's Chromium. docs/images/site-*.png; the
// README shows the desktop one. Run it after a change to what the page looks like.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { startArxivServer } from '../test/support/arxiv-server.js'
import { launchBrowser, serveFolder } from '../test/support/browser.js'
import { runAction, workspaceWith } from '../test/support/run-action.js'

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))
const fixtures = path.join(root, 'test/fixtures/arxiv')
const answers = readdirSync(fixtures)
  .filter((name) => name.startsWith('v2026_search') && name.endsWith('.xml'))
  .map((name) => readFileSync(path.join(fixtures, name), 'utf8'))
// Each keyword gets its own recorded answer.
const arxiv = await startArxivServer((_request, index) => ({ body: answers[index % answers.length] ?? '' }))
const workspace = workspaceWith({ 'README.md': '# Papers\n' })
const run = await runAction({
  runner: 'bundle',
  workspace,
  inputs: {
    mode: 'local',
    keywords: 'Hypothesis Testing = all:testing\nLanguage Models = all:language',
    'arxiv-api-url': `${arxiv.url}api/query`,
    'request-delay': '0',
    'site-dir': 'docs',
  },
})
await arxiv.close()
if (run.code !== 0) throw new Error(run.stdout)
const server = await serveFolder(path.join(workspace, 'docs'))
const browser = await launchBrowser()
try {
  for (const [name, width, height, scheme] of [
    ['site-desktop', 1200, 900, 'light'],
    ['site-phone', 390, 844, 'dark'],
  ] as const) {
    const page = await browser.newPage()
    await page.setViewport({ width, height })
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }])
    await page.goto(server.url)
    await page.waitForSelector('html[data-ready="true"]')
    await page.screenshot({ path: path.join(root, 'docs/images', `${name}.png`) })
    await page.close()
    console.log(`docs/images/${name}.png`)
  }
} finally {
  await browser.close()
  await server.close()
}
