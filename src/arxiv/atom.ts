import { dateProblem } from '../common/dates.js'
import { errorMessage } from '../common/secrets.js'
import { atomParser } from '../common/atom-parser.js'
import { decodeReference, normalizeText, splitVersionedId, XML_ENTITIES } from '../common/text.js'

/** One Atom entry, narrowed to what the digest uses. */
export interface ArxivEntry {
  readonly id: string
  readonly version: number
  readonly title: string
  readonly abstract: string
  readonly comment: string
  /** ISO 8601 timestamps as arXiv sends them. */
  readonly updated: string
  readonly published: string
  /** The categories, the primary one first. */
  readonly categories: readonly string[]
  /** Every author, in order. */
  readonly authors: readonly string[]
  readonly doi: string
  readonly journalRef: string
}

export interface ArxivFeed {
  readonly entries: readonly ArxivEntry[]
  readonly totalResults: number | undefined
  /** Entries left out because their id or dates are not arXiv's, each described for a warning. */
  readonly rejected: readonly string[]
}

/** arXiv answered with its Atom error entry (its id under `https://arxiv.org/api/errors#`). */
export class ArxivApiError extends Error {
  constructor(message: string) {
    super(`arXiv rejected the query: ${message}`)
    this.name = 'ArxivApiError'
  }
}

/**
 * The body is not an Atom feed at all (HTML page, `Rate exceeded.`, truncated XML, ...). Such
 * answers come and go with arXiv's load, so they are worth another try, unless `refused`: a body
 * that is not merely broken but hostile (entity definitions), which asking again will not mend.
 */
export class ArxivFormatError extends Error {
  constructor(
    message: string,
    readonly refused = false,
  ) {
    super(message)
    this.name = 'ArxivFormatError'
  }
}

// Entities are decoded by `text` below, only in the fields the digest reads.
const parser = atomParser(false)

type Node = Record<string, unknown>

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The five predefined XML entities and character references; anything else stays as written. */
function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw
  return raw.replace(
    /&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-z]+);/g,
    (whole, name: string) => decodeReference(name, XML_ENTITIES) ?? whole,
  )
}

// One pass over the feed before parsing, which the parser (reading character by character)
// would otherwise spend most of its time on:
// - long text (titles, abstracts, comments) is lifted out and put back after parsing; text in
//   XML cannot hold U+FFFF, so a placeholder cannot be confused with text arXiv sent;
// - elements the digest never reads (links, affiliations) are dropped, and an entry's authors
//   become one lifted list;
//   the indentation between tags is dropped too.
// Text in a feed is escaped, so these patterns only ever meet elements; quoted attribute values
// may hold '>'.
const LIFT = '\uffff'
const LIFTED = new Set(['summary', 'title', 'comment', 'journal_ref'])
// An author keeps only the name (affiliations, 34 authors' worth in some entries, are dropped).
const DROPPED = new Set(['affiliation'])
const DROPPED_EMPTY = new Set(['link'])
const NAME = /<((?:[a-z]+:)?name)\b[^>]*>([^<]*)<\/\1>/
const TAG_NAME = /<\/?((?:[a-z]+:)?([a-z_]+))/y

const MALFORMED = 'the answer is not well-formed XML'
const TAG_SPECIAL = /["'<>]/g

/**
 * Where the tag at `lt` ends (just past its `>`), reading quoted attribute values whole. One scan,
 * no backtracking; a tag that never ends, or holds a `<` (which XML allows in neither a tag nor an
 * attribute value), makes the body malformed.
 */
function tagEnd(xml: string, lt: number): number {
  for (const [open, close] of [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
  ] as const) {
    if (!xml.startsWith(open, lt)) continue
    const end = xml.indexOf(close, lt + open.length)
    if (end === -1) throw new ArxivFormatError(`${MALFORMED} (${open} is never closed)`)
    return end + close.length
  }
  // Quotes are skipped whole with indexOf; everything else is found by a one-character class.
  TAG_SPECIAL.lastIndex = lt + 1
  for (let match = TAG_SPECIAL.exec(xml); match; match = TAG_SPECIAL.exec(xml)) {
    const ch = match[0]
    if (ch === '>') return match.index + 1
    if (ch === '<') throw new ArxivFormatError(`${MALFORMED} (a "<" inside a tag at offset ${match.index})`)
    const close = xml.indexOf(ch, match.index + 1)
    if (close === -1) break
    TAG_SPECIAL.lastIndex = close + 1
  }
  throw new ArxivFormatError(`${MALFORMED} (a tag at offset ${lt} never ends)`)
}

/**
 * The pre-pass, as one scan from left to right with indexes: every position is read a bounded
 * number of times, so a hostile body (unclosed tags repeated over megabytes) costs linear time.
 * A tag that never closes makes the body malformed at once.
 */
function prepare(xml: string): { slim: string; lifted: string[]; authors: string[][] } {
  const lifted: string[] = []
  const out: string[] = []
  // An entry's authors become one lifted text (names joined by U+0000, which XML cannot hold):
  // one element for the parser to build instead of two per author, 34 authors in some entries.
  let authors: string[] | undefined
  const pendingAuthors: string[][] = []
  let i = 0
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    if (lt === -1) {
      out.push(xml.slice(i))
      break
    }
    // Text between tags that is only whitespace (the feed's indentation) is a third of a feed.
    const between = xml.slice(i, lt)
    if (between.trim() !== '') out.push(between)
    TAG_NAME.lastIndex = lt
    const name = TAG_NAME.exec(xml)
    const closing = xml[lt + 1] === '/'
    if (name?.[2] === 'entry') authors = undefined
    if (!name || closing || xml[lt + 1] === '!' || xml[lt + 1] === '?') {
      const end = tagEnd(xml, lt)
      out.push(xml.slice(lt, end))
      i = end
      continue
    }
    const [, tag = '', local = ''] = name
    const end = tagEnd(xml, lt)
    const selfClosing = xml[end - 2] === '/'
    if (DROPPED_EMPTY.has(local) && selfClosing) {
      i = end
      continue
    }
    if (DROPPED.has(local) || local === 'author') {
      if (selfClosing) {
        i = end
        continue
      }
      const close = xml.indexOf(`</${tag}>`, end)
      if (close === -1) throw new ArxivFormatError(`${MALFORMED} (<${tag}> is never closed)`)
      if (local === 'author') {
        // Bounded by this author's own element: the pattern never reads past `close`.
        const author = NAME.exec(xml.slice(end, close))?.[2] ?? ''
        if (!authors) {
          authors = []
          out.push(`<authors>${LIFT}${pendingAuthors.length}</authors>`)
          pendingAuthors.push(authors)
        }
        authors.push(author)
      }
      i = close + tag.length + 3
      continue
    }
    let start = xml.slice(lt, end)
    // Each category's scheme attribute (the same URL every time) is another tenth of a feed.
    if (local === 'category') start = start.replace(/ scheme="[^"]*"/, '')
    if (LIFTED.has(local) && !selfClosing) {
      const next = xml.indexOf('<', end)
      if (next !== -1 && xml.startsWith(`</${tag}>`, next)) {
        lifted.push(xml.slice(end, next))
        out.push(`${start}${LIFT}${lifted.length - 1}</${tag}>`)
        i = next + tag.length + 3
        continue
      }
    }
    out.push(start)
    i = end
  }
  return { slim: out.join(''), lifted, authors: pendingAuthors }
}

/** Text content of an element that may carry attributes (`<title type="html">`). */
function text(value: unknown, lifted: readonly string[] = []): string {
  if (typeof value === 'string')
    return decodeEntities(value.startsWith(LIFT) ? (lifted[Number(value.slice(1))] ?? '') : value)
  if (typeof value === 'number') return String(value)
  if (isNode(value)) return text(value['#text'], lifted)
  return ''
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

const DTD = /<!DOCTYPE|<!ENTITY/i
const FEED_END = /<\/(?:[a-z]+:)?feed>\s*$/
// arXiv's error answer is known by its entry id, which arXiv makes: a paper's title and authors
// are the submitter's, and anyone can submit a paper titled "Error" by "arXiv api core".
const ERROR_ID = /^https?:\/\/(?:export\.)?arxiv\.org\/api\/errors#/
// arXiv's identifiers (https://info.arxiv.org/help/arxiv_identifier.html): 2503.08342v2 since
// 2007, hep-th/9901001v1 before; an entry with anything else in its id is not arXiv's.
const ENTRY_ID =
  /^https?:\/\/(?:export\.)?arxiv\.org\/abs\/((?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?)$/
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
// An error page from a proxy or the load balancer in front of arXiv: worth another try.
const HTML = /^\s*(<!doctype html|<html)/i

/** Why an entry is not a paper arXiv sent (undefined when it is): its id or a date is malformed. */
function entryProblem(entry: Node): string | undefined {
  const rawId = normalizeText(text(entry.id))
  if (!ENTRY_ID.test(rawId))
    return `an entry whose id ${JSON.stringify(rawId.slice(0, 120))} is not an arXiv identifier`
  for (const field of ['updated', 'published'] as const) {
    const value = normalizeText(text(entry[field]))
    if (value !== '' && !TIMESTAMP.test(value))
      return `the entry ${rawId} whose ${field} date ${JSON.stringify(value.slice(0, 60))} is not a timestamp`
    // The day a row shows is the timestamp's own (its first ten characters), so that is checked.
    const problem = value === '' ? undefined : dateProblem(value.slice(0, 10))
    if (problem) return `the entry ${rawId} whose ${field} date ${JSON.stringify(value.slice(0, 60))} ${problem}`
  }
  if (normalizeText(text(entry.updated)) === '' && normalizeText(text(entry.published)) === '')
    return `the entry ${rawId}, which has no date`
  return undefined
}

function parseEntry(entry: Node, lifted: readonly string[], authors: readonly string[][]): ArxivEntry {
  const rawId = normalizeText(text(entry.id))
  const { id, version } = splitVersionedId(ENTRY_ID.exec(rawId)?.[1] ?? '')
  const updated = normalizeText(text(entry.updated))
  const published = normalizeText(text(entry.published)) || updated
  return {
    id,
    version,
    title: normalizeText(text(entry.title, lifted)),
    abstract: normalizeText(text(entry.summary, lifted)),
    comment: normalizeText(text(entry.comment, lifted)),
    updated: updated || published,
    published,
    categories: primaryFirst(
      list(entry.category)
        .map(term)
        .filter((name) => name !== ''),
      term(entry.primary_category),
    ),
    authors: (authors[Number((typeof entry.authors === 'string' ? entry.authors : '').slice(1))] ?? [])
      .map((name) => normalizeText(decodeEntities(name)))
      .filter((name) => name !== ''),
    doi: normalizeText(text(entry.doi)),
    journalRef: normalizeText(text(entry.journal_ref, lifted)),
  }
}

function term(category: unknown): string {
  return isNode(category) ? decodeEntities(typeof category['@term'] === 'string' ? category['@term'] : '') : ''
}

/** arXiv lists the categories in its own order; the primary one (its own element) goes first. */
function primaryFirst(categories: readonly string[], primary: string): string[] {
  if (primary === '') return [...categories]
  return [primary, ...categories.filter((name) => name !== primary)]
}

function isErrorEntry(entry: Node): boolean {
  return ERROR_ID.test(normalizeText(text(entry.id)))
}

/**
 * Parses an arXiv API response. Throws `ArxivApiError` for arXiv's error entry and
 * `ArxivFormatError` for anything that is not an Atom feed.
 */
export function parseAtom(xml: string): ArxivFeed {
  // Entity definitions are refused before parsing: no real answer has them, and expanding
  // them is how a hostile body would exhaust memory.
  if (HTML.test(xml))
    throw new ArxivFormatError(
      `arXiv answered with an HTML page instead of Atom: ${describeBody(xml.replace(/<[^>]*>/g, ' '))}`,
    )
  if (xml.includes('<!') && DTD.test(xml))
    throw new ArxivFormatError('the answer contains a DOCTYPE or entity definitions, which arXiv never sends', true)
  let document: unknown
  // The parser's own validation pass costs as much as parsing: a feed that is cut off is caught
  // by its missing `</feed>`, a tag that never ends by the pre-pass, mismatched tags by the parser.
  if (!FEED_END.test(xml.slice(-100))) throw new ArxivFormatError(`${MALFORMED} (the feed is cut off before </feed>)`)
  const { slim, lifted, authors } = prepare(xml)
  try {
    document = parser.parse(slim)
  } catch (error) {
    throw new ArxivFormatError(`the answer is not well-formed XML (${errorMessage(error).split('\n')[0]})`)
  }
  const feed = isNode(document) ? document.feed : undefined
  if (!isNode(feed)) throw new ArxivFormatError(`the answer is not an Atom feed: ${describeBody(xml)}`)
  const entries = list(feed.entry).filter(isNode)
  const error = entries.find((entry) => isErrorEntry(entry))
  if (error) throw new ArxivApiError(normalizeText(text(error.summary, lifted)) || 'no reason given')
  const total = Number.parseInt(normalizeText(text(feed.totalResults)), 10)
  const rejected: string[] = []
  const papers: ArxivEntry[] = []
  for (const entry of entries) {
    const problem = entryProblem(entry)
    if (problem) rejected.push(problem)
    else papers.push(parseEntry(entry, lifted, authors))
  }
  return { entries: papers, totalResults: Number.isNaN(total) ? undefined : total, rejected }
}

/** A short, safe description of a body that is not Atom, for error messages. */
export function describeBody(body: string): string {
  const trimmed = normalizeText(body)
  if (trimmed === '') return 'an empty body'
  return JSON.stringify(trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed)
}
