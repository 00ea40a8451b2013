// `npm run readme-picture`: the picture of the rendered digest at the top of the README, made from
// a real run of the built action (local mode, a recorded arXiv answer served on 127.0.0.1) and
// rendered by Debian's Chromium, headless. Run it after a change to what the README looks like.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))
const answer = readFileSync(path.join(root, 'test/fixtures/arxiv/v2026_search_all-testing_start10_max10.xml'))
const server = createServer((_, response) => response.end(answer))
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const folder = mkdtempSync(path.join(tmpdir(), 'readme-picture-'))
try {
  const { port } = server.address()
  // Asynchronously: the loopback server answers from this process.
  const child = spawn(process.execPath, [path.join(root, 'dist/index.js')], {
    env: {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: folder,
      INPUT_MODE: 'local',
      INPUT_KEYWORDS: 'Hypothesis Testing = all:testing',
      'INPUT_MAX-PAPERS': '4',
      INPUT_COLUMNS: 'Authors, Abstract, Comment',
      'INPUT_ARXIV-API-URL': `http://127.0.0.1:${port}/api/query`,
      'INPUT_REQUEST-DELAY': '0',
    },
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  const status = await new Promise((resolve) => child.on('close', resolve))
  if (status !== 0) throw new Error(log)
  const markdown = readFileSync(path.join(folder, 'README.md'), 'utf8')
  const body = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
  const page = `<!doctype html><meta charset="utf-8"><style>
    body { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328; margin: 24px; width: 952px; }
    h1 { font-size: 28px; border-bottom: 1px solid #d1d9e0; padding-bottom: 6px; margin-top: 0 }
    h2 { font-size: 21px; border-bottom: 1px solid #d1d9e0; padding-bottom: 4px }
    table { border-collapse: collapse; width: 100% } th, td { border: 1px solid #d1d9e0; padding: 6px 12px; vertical-align: top }
    tr:nth-child(2n) { background: #f6f8fa } a { color: #0969da; text-decoration: none } summary { cursor: pointer }
  </style>${body}`
  const html = path.join(folder, 'page.html')
  writeFileSync(html, page)
  const out = path.join(root, 'docs/images/readme-example.png')
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${path.join(folder, 'profile')}`,
      '--window-size=1000,560',
      `--screenshot=${out}`,
      `file://${html}`,
    ],
    { stdio: 'ignore' },
  )
  console.log(`wrote ${path.relative(root, out)}`)
} finally {
  server.close()
  rmSync(folder, { recursive: true, force: true })
}
