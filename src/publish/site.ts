/**
 * The digest as a page to read it: `<site-dir>/index.html`, one self-contained file (its style,
 * its script and the newest papers as a list that needs no script), `papers.json`, the record of
 * every paper that the script searches, filters and orders (asked for at once from the page's
 * head), and `abstracts.json`, fetched only when a reader opens an abstract or searches. Pure:
 * the same digest gives the same bytes, so a run that changes no paper leaves the site as it was.
 * A Content-Security-Policy allows nothing but the page's own inline script and style (by hash)
 * and requests to its own origin; arXiv's text reaches the script as JSON and is inserted as text,
 * never as HTML. The script and style are src/page/'s, built by `npm run build`.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { GENERATOR } from '../common/markers.js'
import { keywordsById, newestAcross, paperUrl, type Digest, type Paper } from '../readme/model.js'
import { codeLink } from '../readme/table.js'
import { xmlText } from './feed.js'
import { PAPER_FIELDS } from './fields.js'
import { PAGE_SCRIPT, PAGE_STYLE } from './page-assets.js'

export const SITE_PAGE = 'index.html'
export const SITE_PAPERS = 'papers.json'
export const SITE_ABSTRACTS = 'abstracts.json'

/**
 * How many of the newest papers index.html lists as served, for a reader without script and for
 * the first view before the script starts: every paper of most digests, while a digest of 20,000
 * stays within its first-view budget (the benchmark's site_first_view_kb_gzip).
 */
export const SERVED_PAPERS = 1_000

/** The fields of a paper in the page's record: those of the JSON digest the page shows, then its own. */
const PAGE_FIELDS = PAPER_FIELDS.filter((field) => field.page)

type UniquePapers = readonly { paper: Paper; keywords: number[] }[]

/** Each file of the site by name, as a function of the digest: rendered one at a time, as asked. */
const RENDERERS: Record<string, (digest: Digest, papers: UniquePapers) => string> = {
  [SITE_PAGE]: sitePage,
  [SITE_PAPERS]: pageRecord,
  [SITE_ABSTRACTS]: (_, papers) =>
    `${JSON.stringify({ generator: GENERATOR, version: 1, abstracts: Object.fromEntries(papers.map(({ paper }) => [paper.id, paper.abstract])) })}\n`,
}

/** The site's files in `siteDir`, by repository path, each with what renders it from a digest. */
export function siteRenderers(siteDir: string): Map<string, (digest: Digest) => string> {
  return new Map(
    Object.entries(RENDERERS).map(([name, render]) => [
      path.posix.join(siteDir, name),
      (digest: Digest) => render(digest, uniquePapers(digest)),
    ]),
  )
}

/** The files of a site in `siteDir`, by repository path. */
export function siteFiles(digest: Digest, siteDir: string): Map<string, string> {
  return new Map([...siteRenderers(siteDir)].map(([file, render]) => [file, render(digest)]))
}

/** The site's file names in `siteDir`. */
export function sitePaths(siteDir: string): string[] {
  return [...siteRenderers(siteDir).keys()]
}

/** A site file the action wrote (its page names the generator; its JSON says so). */
export function isOwnSiteFile(text: string): boolean {
  if (text.includes(`<meta name="generator" content="${GENERATOR}">`)) return true
  try {
    return (JSON.parse(text) as { generator?: unknown }).generator === GENERATOR
  } catch {
    return false
  }
}

/** Every paper once (its newest version), newest first, with the indexes of its keywords. */
function uniquePapers(digest: Digest): { paper: Paper; keywords: number[] }[] {
  const index = new Map(digest.sections.map((section, i) => [section.title, i]))
  const keywords = keywordsById(digest.sections)
  return newestAcross(digest.sections, Infinity).map((paper) => ({
    paper,
    keywords: (keywords.get(paper.id) ?? []).map((title) => index.get(title) ?? 0),
  }))
}

/**
 * papers.json: one array per paper, its positions named once in `fields` (compact: a digest of
 * 20,000 papers must stay well under a megabyte compressed). A field a paper lacks is null.
 */
function pageRecord(digest: Digest, papers: UniquePapers): string {
  return `${JSON.stringify({
    generator: GENERATOR,
    version: 1,
    keywords: digest.sections.map((section) => section.title),
    fields: [...PAGE_FIELDS.map((field) => field.name), 'code', 'keywords'],
    papers: papers.map(({ paper, keywords }) => [
      ...PAGE_FIELDS.map((field) => field.value(paper) ?? null),
      codeLink(paper)?.url ?? null,
      keywords,
    ]),
  })}\n`
}

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** The page's policy: its own inline script and style by hash (the same for every page). */
let policy: string | undefined
function contentPolicy(): string {
  policy ??= [
    "default-src 'none'",
    `script-src ${hash(PAGE_SCRIPT)}`,
    `style-src ${hash(PAGE_STYLE)}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  return policy
}

/**
 * A paper as index.html serves it: what the script's card (src/page/app.ts) shows that needs no
 * script, in the same markup and classes, so that the list looks the same before and after.
 */
function servedCard(paper: Paper, keywords: readonly string[]): string {
  const meta = [(paper.authors ?? []).join('; '), paper.date, (paper.categories ?? []).join(' '), keywords.join(', ')]
    .filter((part) => part !== '')
    .join(' · ')
  const code = codeLink(paper)?.url
  return [
    `<li class="paper"><h3><a href="${xmlText(paperUrl(paper))}">${xmlText(paper.title)}</a></h3>`,
    paper.titleTranslated ? `<p class="translated">${xmlText(paper.titleTranslated)}</p>` : '',
    paper.tldr ? `<p class="tldr">TL;DR: ${xmlText(paper.tldr)}</p>` : '',
    paper.relevance
      ? `<p class="relevance">Relevance ${paper.relevance.score}/10${paper.relevance.reason ? `: ${xmlText(paper.relevance.reason)}` : ''}</p>`
      : '',
    `<p class="meta">${xmlText(meta)}</p>`,
    paper.comment ? `<p class="comment">${xmlText(paper.comment)}</p>` : '',
    code?.startsWith('https://') ? `<div class="actions"><a href="${xmlText(code)}">Code</a></div>` : '',
    '</li>',
  ].join('')
}

function sitePage(digest: Digest, papers: UniquePapers): string {
  const updated = digest.lastUpdate ? `Last update: ${xmlText(digest.lastUpdate)}` : ''
  const titles = digest.sections.map((section) => section.title)
  const served = papers
    .slice(0, SERVED_PAPERS)
    .map(({ paper, keywords }) =>
      servedCard(
        paper,
        keywords.map((k) => titles[k] ?? ''),
      ),
    )
    .join('\n')
  const rest =
    papers.length > SERVED_PAPERS
      ? `<p class="served" id="served">The newest ${SERVED_PAPERS} of ${papers.length} papers are listed here; with script on, the page searches all of them, and the README lists every one.</p>`
      : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentPolicy()}">
<meta name="generator" content="${GENERATOR}">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>arXiv digest</title>
<style>${PAGE_STYLE}</style>
<script>${PAGE_SCRIPT}</script>
</head>
<body>
<a class="skip" href="#papers">Skip to the papers</a>
<header>
<h1>arXiv digest</h1>
<p id="updated">${updated}</p>
</header>
<main>
<section aria-labelledby="filters-title" class="filters">
<h2 id="filters-title" class="visually-hidden">Search and filters</h2>
<div role="search">
<label for="q">Search titles, authors, abstracts and comments</label>
<input id="q" type="search" autocomplete="off" spellcheck="false">
</div>
<fieldset id="keywords"><legend>Keywords</legend></fieldset>
<div class="dates">
<label for="from">From</label> <input id="from" type="date">
<label for="to">To</label> <input id="to" type="date">
</div>
<div id="new-box" hidden><input id="new-only" type="checkbox"> <label for="new-only">New only (<span id="new-count">0</span>)</label></div>
<div class="order" id="order-box" hidden>
<label for="order">Order</label>
<select id="order"><option value="date">Newest first</option><option value="relevance">Closest to your interests first</option></select>
<label for="min-score">Relevance at least</label>
<input id="min-score" type="number" min="0" max="10" step="1" inputmode="numeric">
</div>
<div class="pin">
<label for="pin">Pin an author or term to highlight</label>
<input id="pin" type="text" autocomplete="off"> <button id="pin-add" type="button">Pin</button>
<ul id="pins" aria-label="Pinned authors and terms"></ul>
</div>
<button id="clear" type="button">Clear search and filters</button>
</section>

<h2 id="papers" tabindex="-1">Papers</h2>
<p id="status" role="status" aria-live="polite"></p>
<p class="keys-bar"><button id="seen-all" type="button" hidden>Mark all seen</button> <button id="keys-toggle" type="button" aria-expanded="false" aria-controls="keys">Keyboard keys (?)</button></p>
<dl id="keys" hidden><dt>/</dt><dd>search</dd><dt>j / k</dt><dd>next / previous paper</dd><dt>o</dt><dd>open the paper on arXiv</dd><dt>a</dt><dd>show or hide its abstract</dd><dt>p</dt><dd>pin its first author</dd><dt>?</dt><dd>show or hide these keys</dd></dl>
<p id="copied" role="status" aria-live="polite" class="visually-hidden"></p>
<ol id="list">
${served}
</ol>
${rest}
<button id="more" type="button" hidden>Show more papers</button>
<figure id="chart-figure" hidden>
<figcaption id="chart-title">Papers per week, by keyword</figcaption>
<div id="chart"></div>
</figure>
</main>
<footer><p>Made by the arXiv daily digest action from ${papers.length} papers. Nothing you do here leaves your browser.</p></footer>
</body>
</html>
`
}
