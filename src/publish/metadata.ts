/*
 * What arXiv said of each paper beyond its row (all authors, categories, both versions' dates,
 * DOI, journal reference), kept from run to run wherever an output shows it: read back from the
 * JSON digest and the feeds the action wrote, and otherwise looked up once (see the run).
 */
import { hasMetadata, METADATA, type Digest, type Paper } from '../readme/model.js'
import { metadataShown } from '../readme/table.js'
import { readFeed } from './feed.js'
import { PAPER_FIELDS, readField } from './fields.js'

const METADATA_FIELDS = PAPER_FIELDS.filter((field) => field.metadata !== undefined)

export type Metadata = Partial<Pick<Paper, (typeof METADATA)[number]>> & {
  /** The version the metadata was written for, when known: the latest version's date is its own. */
  readonly version?: number | undefined
}

/** What belongs to one version of a paper: taken from metadata of another version, it would be wrong. */
const PER_VERSION = ['updated', 'doi', 'journalRef'] as const

/** What the outputs of a run need of each paper. */
export interface MetadataNeeds {
  readonly authors: boolean
  readonly categories: boolean
  /** Everything (feeds or the JSON digest are on). */
  readonly full: boolean
}

export function metadataNeeds(columns: readonly string[], publishing: boolean): MetadataNeeds {
  return { ...metadataShown(columns), full: publishing }
}

export function lacksMetadata(paper: Paper, needs: MetadataNeeds): boolean {
  if (needs.full) return !hasMetadata(paper)
  return (needs.authors && paper.authors === undefined) || (needs.categories && paper.categories === undefined)
}

/** The ids of papers the outputs need more of, each once. */
export function idsLacking(digest: Digest, needs: MetadataNeeds): string[] {
  const ids = new Set<string>()
  for (const section of digest.sections)
    for (const paper of section.papers) if (lacksMetadata(paper, needs)) ids.add(paper.id)
  return [...ids]
}

/** What a paper holds of arXiv's metadata, and for which version. */
export function metadataOf(paper: Paper): Metadata {
  return {
    ...Object.fromEntries(METADATA.filter((key) => paper[key] !== undefined).map((key) => [key, paper[key]])),
    version: paper.version,
  }
}

/**
 * `paper` with what it lacks of `found` (arXiv's metadata); itself when there is nothing to add.
 * A README's Authors cell holds only the first author: a fuller list is taken. What belongs to
 * one version (its date, DOI, journal reference) is not taken from another version's metadata.
 */
export function filledFrom(paper: Paper, found: Metadata): Paper {
  const extra: Record<string, unknown> = {}
  const otherVersion = found.version !== undefined && found.version !== paper.version
  for (const key of METADATA) {
    if (otherVersion && (PER_VERSION as readonly string[]).includes(key)) continue
    const value = found[key]
    if (value === undefined) continue
    if (key === 'authors' ? (paper.authors?.length ?? 0) < (found.authors?.length ?? 0) : paper[key] === undefined)
      extra[key] = value
  }
  return Object.keys(extra).length === 0 ? paper : { ...paper, ...extra }
}

/** Fills what each paper lacks from `known` (by id); papers with nothing to add stay as they are. */
export function withMetadata(digest: Digest, known: ReadonlyMap<string, Metadata>): Digest {
  if (known.size === 0) return digest
  return {
    ...digest,
    sections: digest.sections.map((section) => ({
      ...section,
      papers: section.papers.map((paper) => {
        const found = known.get(paper.id)
        return found ? filledFrom(paper, found) : paper
      }),
    })),
  }
}

/** The metadata the JSON digest holds, by id; nothing for a text that is not such a digest. */
export function metadataFromJson(text: string | undefined): Map<string, Metadata> {
  const known = new Map<string, Metadata>()
  if (text === undefined) return known
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return known
  }
  const keywords = (parsed as { keywords?: unknown }).keywords
  if (!Array.isArray(keywords)) return known
  // A file a person edited may hold anything where a keyword or a paper should be: it is skipped.
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
  for (const keyword of keywords) {
    const papers = isObject(keyword) ? keyword.papers : undefined
    if (!Array.isArray(papers)) continue
    for (const raw of papers) {
      if (!isObject(raw)) continue
      const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined
      if (id === undefined) continue
      const entry: Record<string, unknown> = typeof raw.version === 'number' ? { version: raw.version } : {}
      for (const field of METADATA_FIELDS) {
        const value = readField(field, raw[field.name])
        if (value !== undefined && field.metadata) entry[field.metadata] = value
      }
      known.set(id, entry)
    }
  }
  return known
}

/** The metadata a feed the action wrote holds, by id. */
export function metadataFromFeed(text: string | undefined): Map<string, Metadata> {
  return new Map(text === undefined ? [] : readFeed(text).map(({ id, ...metadata }) => [id, metadata]))
}
