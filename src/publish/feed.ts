/**
 * One Atom feed (RFC 4287) as text: entries keyed by arXiv id without version, text escaped and
 * stripped of what XML 1.0 forbids, no generation time (the same papers give the same bytes).
 */
import { atomParser } from '../common/atom-parser.js'
import { writeMarker } from '../common/markers.js'
import { newestDate, paperUrl, type Paper } from '../readme/model.js'

/** Where the feeds are published, for their links; undefined outside a known repository. */
export interface FeedSite {
  readonly serverUrl: string
  readonly repository: string
  readonly branch: string
}

/** The address of a file's raw text, which a feed reader can subscribe to (the file view cannot be). */
export function rawUrl(site: FeedSite, file: string): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  return site.serverUrl === 'https://github.com'
    ? `https://raw.githubusercontent.com/${site.repository}/${site.branch}/${encoded}`
    : `${site.serverUrl}/${site.repository}/raw/${site.branch}/${encoded}`
}

/** The second line of every feed: the action writes and deletes only feeds that carry it. */
export const FEED_MARK = writeMarker('feed')

export function isOwnFeed(text: string): boolean {
  return text.slice(0, 300).includes(FEED_MARK)
}

// XML 1.0 allows tab, newline, carriage return and the ranges below; anything else (controls,
// lone surrogates, U+FFFE/U+FFFF) is dropped so that no title can break the document.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text for XML, and for HTML alike (the page's served list): escaped, and stripped of what XML forbids. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

const stamp = (date: string): string => `${date}T00:00:00Z`

export interface FeedEntry {
  readonly paper: Paper
  readonly keywords: readonly string[]
}

/** arXiv's scheme for its categories, as its own feeds name it. */
export const ARXIV_SCHEME = 'http://arxiv.org/schemas/atom'

// `published` is the first version's time and `updated` the latest's, as arXiv gives them; a
// paper held without them (adopted from a README) shows the date of its row for both.
function entryXml({ paper, keywords }: FeedEntry): string {
  // What the user's model wrote leads the summary: the translated title, then the TL;DR.
  const summary = [
    ...(paper.titleTranslated ? [`Title (translated): ${paper.titleTranslated}`] : []),
    ...(paper.tldr ? [`TL;DR: ${paper.tldr}`] : []),
    ...(paper.relevance
      ? [`Relevance: ${paper.relevance.score}/10${paper.relevance.reason ? `: ${paper.relevance.reason}` : ''}`]
      : []),
    paper.abstract,
    ...(paper.comment ? [`Comment: ${paper.comment}`] : []),
  ].join('\n\n')
  return [
    '  <entry>',
    `    <id>https://arxiv.org/abs/${xmlText(paper.id)}</id>`,
    `    <title type="text">${xmlText(paper.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(paperUrl(paper))}"/>`,
    `    <updated>${xmlText(paper.updated ?? stamp(paper.date))}</updated>`,
    `    <published>${xmlText(paper.published ?? stamp(paper.date))}</published>`,
    ...(paper.authors ?? []).map((name) => `    <author><name>${xmlText(name)}</name></author>`),
    `    <summary type="text">${xmlText(summary)}</summary>`,
    ...keywords.map((keyword) => `    <category term="${xmlText(keyword)}"/>`),
    ...(paper.categories ?? []).map((term) => `    <category term="${xmlText(term)}" scheme="${ARXIV_SCHEME}"/>`),
    ...(paper.doi ? [`    <arxiv:doi>${xmlText(paper.doi)}</arxiv:doi>`] : []),
    ...(paper.journalRef ? [`    <arxiv:journal_ref>${xmlText(paper.journalRef)}</arxiv:journal_ref>`] : []),
    '  </entry>',
  ].join('\n')
}

export function feedXml(
  file: string,
  title: string,
  entries: readonly FeedEntry[],
  site: FeedSite | undefined,
  readmePath: string,
): string {
  const id = site
    ? `${site.serverUrl}/${site.repository}/blob/${site.branch}/${file}`
    : `urn:arxiv-daily-digest:${file}`
  const links = site
    ? [
        `  <link rel="alternate" type="text/html" href="${xmlText(`${site.serverUrl}/${site.repository}/blob/${site.branch}/${readmePath}`)}"/>`,
        `  <link rel="self" type="application/atom+xml" href="${xmlText(rawUrl(site, file))}"/>`,
      ]
    : []
  return `${[
    '<?xml version="1.0" encoding="utf-8"?>',
    FEED_MARK,
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">',
    `  <id>${xmlText(id)}</id>`,
    `  <title type="text">${xmlText(title)}</title>`,
    `  <updated>${stamp(newestDate(entries.map((entry) => entry.paper)) ?? '1970-01-01')}</updated>`,
    '  <author><name>arXiv daily digest</name></author>',
    '  <generator>arXiv daily digest action</generator>',
    ...links,
    ...entries.map(entryXml),
    '</feed>',
  ].join('\n')}\n`
}

/** What a feed the action wrote says of one paper beyond its text (see readFeed). */
export interface FeedRecord {
  readonly id: string
  readonly version?: number
  readonly authors: readonly string[]
  /** arXiv's categories (the keywords' categories left out). */
  readonly categories: readonly string[]
  readonly published?: string
  readonly updated?: string
  readonly doi?: string
  readonly journalRef?: string
}

const reader = atomParser(true)

type XmlNode = Record<string, unknown>
const nodes = (value: unknown): XmlNode[] =>
  Array.isArray(value) ? value.filter((item): item is XmlNode => typeof item === 'object' && item !== null) : []
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'object' && value !== null && typeof (value as XmlNode)['#text'] === 'string'
      ? ((value as XmlNode)['#text'] as string)
      : undefined

/**
 * The entries of a feed the action wrote, as entryXml lays them out; nothing for a text that is
 * not such a feed. Entries that name no author (feeds of the first versions) give nothing.
 */
export function readFeed(xml: string): FeedRecord[] {
  if (!isOwnFeed(xml)) return []
  let parsed: XmlNode
  try {
    parsed = reader.parse(xml) as XmlNode
  } catch {
    return []
  }
  const feed = parsed.feed as XmlNode | undefined
  return nodes(feed?.entry).flatMap((entry): FeedRecord[] => {
    const id = /^https:\/\/arxiv\.org\/abs\/(.+)$/.exec(text(entry.id) ?? '')?.[1]
    const authors = nodes(entry.author).flatMap((author) => text(author.name) ?? [])
    if (id === undefined || authors.length === 0) return []
    const href = nodes(entry.link).find((link) => link['@rel'] === 'alternate')?.['@href']
    const version = /v(\d+)$/.exec(typeof href === 'string' ? href : '')?.[1]
    const optional = {
      published: text(entry.published),
      updated: text(entry.updated),
      doi: text(entry.doi),
      journalRef: text(entry.journal_ref),
    }
    return [
      {
        id,
        ...(version ? { version: Number(version) } : {}),
        authors,
        categories: nodes(entry.category).flatMap((category) =>
          category['@scheme'] === ARXIV_SCHEME && typeof category['@term'] === 'string' ? [category['@term']] : [],
        ),
        ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
      },
    ]
  })
}
