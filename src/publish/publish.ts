/**
 * The digest as files to subscribe to: an Atom feed (RFC 4287) per keyword plus `all.xml`, and
 * one JSON document of the whole digest. Pure: the same digest always gives the same bytes, so
 * a run that changes no paper leaves every file as it was (no generation time in them).
 */
import path from 'node:path'
import { feedXml, isOwnFeed, rawUrl, type FeedEntry, type FeedSite } from './feed.js'
import { keywordsById, newestAcross, type Digest, type Paper } from '../readme/model.js'
import { paperRecord } from './fields.js'
import { slug, uniqueSlug } from '../readme/overflow.js'
import { isOwnSiteFile, siteRenderers, sitePaths } from './site.js'
import { PUBLISHED_FILE_BUDGET, withinBudget, type Trim } from './budget.js'

export interface PublishOptions {
  readonly readmePath: string
  /** Folder for the feeds, relative to the repository root; undefined writes none. */
  readonly feedDir?: string | undefined
  /** File for the JSON digest; undefined writes none. */
  readonly jsonPath?: string | undefined
  /** Folder for the page to read the digest; undefined writes none. */
  readonly siteDir?: string | undefined
  /** Keyword title → arXiv query, for the JSON. */
  readonly queries: ReadonlyMap<string, string>
  /** Where the files are published, for links; undefined outside a known repository. */
  readonly site?: FeedSite | undefined
}

/** The newest papers across keywords that all.xml holds. */
export const ALL_FEED_PAPERS = 200
export const ALL_FEED = 'all'

/** A JSON file the action wrote: version 1 with a keywords array. */
export function isOwnJson(text: string): boolean {
  try {
    const value = JSON.parse(text) as { version?: unknown; keywords?: unknown }
    return value.version === 1 && Array.isArray(value.keywords)
  } catch {
    return false
  }
}

/** Feed file names per section title, unique (`all` is the combined feed's), in section order. */
export function feedSlugs(titles: readonly string[]): Map<string, string> {
  const taken = new Set([ALL_FEED])
  const slugs = new Map<string, string>()
  for (const title of titles) {
    const name = uniqueSlug(title, (candidate) => taken.has(candidate))
    taken.add(name)
    slugs.set(title, name)
  }
  return slugs
}

export function feedPath(feedDir: string, name: string): string {
  return path.posix.join(feedDir, `${name}.xml`)
}

/** Links, relative to the README, to each section's feed and to all.xml (for the README). */
export function feedLinks(
  titles: readonly string[],
  feedDir: string,
  readmePath: string,
  site?: FeedSite,
): { all: string; sections: Map<string, string> } {
  const from = path.posix.dirname(readmePath)
  // In a repository, the raw file (a feed reader cannot subscribe to GitHub's file view).
  const link = (name: string) =>
    site ? rawUrl(site, feedPath(feedDir, name)) : path.posix.relative(from, feedPath(feedDir, name))
  const sections = new Map([...feedSlugs(titles)].map(([title, name]) => [title, link(name)]))
  return { all: link(ALL_FEED), sections }
}

function digestJson(digest: Digest, options: PublishOptions): string {
  const keywords = digest.sections.map((section) => ({
    title: section.title,
    query: options.queries.get(section.title) ?? '',
    papers: section.papers.map((paper) => paperRecord(paper)),
  }))
  return `${JSON.stringify({ version: 1, updated: digest.lastUpdate ?? null, keywords }, null, 2)}\n`
}

/** The files to publish, by repository path, and those cut to fit the budget. */
export interface Published {
  readonly files: Map<string, string>
  readonly trims: Trim[]
}

/**
 * The files to publish for `digest` (every paper of every section, overflow files included), by
 * repository path, each within `budget` bytes (see budget.ts).
 */
export function publishedFiles(digest: Digest, options: PublishOptions, budget = PUBLISHED_FILE_BUDGET): Published {
  const files = new Map<string, string>()
  const trims: Trim[] = []
  const add = (file: string, from: Digest, render: (digest: Digest) => string): void => {
    const { text, trim } = withinBudget(file, from, render, budget)
    files.set(file, text)
    if (trim) trims.push(trim)
  }
  if (options.feedDir !== undefined) {
    const keywords = keywordsById(digest.sections)
    const entry = (paper: Paper): FeedEntry => ({ paper, keywords: keywords.get(paper.id) ?? [] })
    const slugs = feedSlugs(digest.sections.map((section) => section.title))
    for (const section of digest.sections) {
      const file = feedPath(options.feedDir, slugs.get(section.title) ?? slug(section.title))
      add(file, { ...digest, sections: [section] }, (cut) =>
        feedXml(
          file,
          `arXiv papers: ${section.title}`,
          (cut.sections[0]?.papers ?? []).map(entry),
          options.site,
          options.readmePath,
        ),
      )
    }
    const all = feedPath(options.feedDir, ALL_FEED)
    const newest: Digest = {
      ...digest,
      sections: [{ title: ALL_FEED, papers: newestAcross(digest.sections, ALL_FEED_PAPERS) }],
    }
    add(all, newest, (cut) =>
      feedXml(all, 'arXiv papers', (cut.sections[0]?.papers ?? []).map(entry), options.site, options.readmePath),
    )
  }
  if (options.jsonPath !== undefined) add(options.jsonPath, digest, (cut) => digestJson(cut, options))
  if (options.siteDir !== undefined) {
    for (const [file, render] of siteRenderers(options.siteDir)) add(file, digest, render)
  }
  return { files, trims }
}

/** The feed files a digest with these section titles has (to delete those of removed keywords). */
export function feedFiles(titles: readonly string[], feedDir: string): string[] {
  return [...feedSlugs(titles).values()].map((name) => feedPath(feedDir, name))
}

/** A feed or JSON file is in the way: a file the action did not write. */
export class PublishConflictError extends Error {
  constructor(
    readonly path: string,
    input: string,
  ) {
    super(
      `${path} exists and was not written by this action, so it is left as it is and nothing was written. Move it, or set "${input}" to another place.`,
    )
    this.name = 'PublishConflictError'
  }
}

/** Every file the publishing may read: the feeds of the current and previous sections, all.xml, the JSON. */
export function publishPaths(
  titles: readonly string[],
  previousTitles: readonly string[],
  options: PublishOptions,
): string[] {
  const paths = new Set<string>()
  if (options.feedDir !== undefined) {
    for (const file of [...feedFiles(titles, options.feedDir), ...feedFiles(previousTitles, options.feedDir)])
      paths.add(file)
    paths.add(feedPath(options.feedDir, ALL_FEED))
  }
  if (options.jsonPath !== undefined) paths.add(options.jsonPath)
  if (options.siteDir !== undefined) for (const file of sitePaths(options.siteDir)) paths.add(file)
  return [...paths]
}

const isSiteFile = (file: string, options: PublishOptions): boolean =>
  options.siteDir !== undefined && sitePaths(options.siteDir).includes(file)

/** The digest with links to its feeds, for the README (unchanged when feeds are off). */
export function withFeedLinks(digest: Digest, options: PublishOptions | undefined): Digest {
  if (options?.feedDir === undefined) return digest
  const links = feedLinks(
    digest.sections.map((section) => section.title),
    options.feedDir,
    options.readmePath,
    options.site,
  )
  return {
    ...digest,
    feed: links.all,
    sections: digest.sections.map((section) => ({ ...section, feed: links.sections.get(section.title) })),
  }
}

/**
 * The published files to write (text) or delete (null): only those whose text changes, and the
 * feeds of sections that are gone. A file in the way that the action did not write stops the run.
 */
export function publishWrites(
  digest: Digest,
  previousTitles: readonly string[],
  options: PublishOptions,
  existing: ReadonlyMap<string, string | undefined>,
  budget = PUBLISHED_FILE_BUDGET,
): { writes: Map<string, string | null>; trims: Trim[] } {
  const writes = new Map<string, string | null>()
  const { files: wanted, trims } = publishedFiles(digest, options, budget)
  for (const [file, text] of wanted) {
    const before = existing.get(file)
    if (before === text) continue
    const kind = file === options.jsonPath ? 'json-path' : isSiteFile(file, options) ? 'site-dir' : 'feed-dir'
    const own = kind === 'json-path' ? isOwnJson : kind === 'site-dir' ? isOwnSiteFile : isOwnFeed
    if (before !== undefined && !own(before)) throw new PublishConflictError(file, kind)
    writes.set(file, text)
  }
  if (options.feedDir !== undefined) {
    // Any feed of the action's that no section has now goes, whichever run left it (a keyword
    // renamed or removed while feeds were off).
    const folder = `${options.feedDir}/`
    const stale = [
      ...feedFiles(previousTitles, options.feedDir),
      ...[...existing.keys()].filter((file) => file.startsWith(folder) && file.endsWith('.xml')),
    ]
    for (const file of stale) {
      const before = existing.get(file)
      if (!wanted.has(file) && before !== undefined && isOwnFeed(before)) writes.set(file, null)
    }
  }
  return { writes, trims }
}
