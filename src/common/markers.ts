/**
 * Every hidden line the action writes, as data: `<!-- arxiv-daily:<name>[ <field>=<value>]... -->`.
 * One table gives each marker's writer and its reader, so that what is written is what is read
 * back and a new field is one entry. Fields are written in the table's order and each may be
 * missing when read (a marker written by an older version has fewer). A value is percent-encoded,
 * a list item by item joined by commas, so that no value holds a space or closes the comment.
 */

/** The name the action signs the JSON and HTML files it writes with (`generator`), as the markers sign the rest. */
export const GENERATOR = 'arxiv-daily-digest-action'

interface FieldSpec {
  /** A pattern for one (encoded) value, or for one item of a list. */
  readonly value: string
  readonly list?: true
}
interface MarkerSpec {
  readonly fields?: Readonly<Record<string, FieldSpec>>
  /** Space-separated items after the name (the shown record), each matching this pattern. */
  readonly items?: string
  /** A fixed note after `name:`, for a file's first lines (whose marker is read as a whole). */
  readonly note?: string
}

// What encodeURIComponent leaves: letters, digits, `-_.!~*'()` and escapes.
const ENCODED = "[\\w.!~*'()%-]*"
const DATE = '\\d{4}-\\d{2}-\\d{2}'
const OWN_FILE = 'written by the arXiv daily digest action, which rewrites or deletes this file'

const MARKERS = {
  /** Opens the README's region; records the settings a run must notice a change of, when not the defaults. */
  start: { fields: { 'sort-by': { value: 'updated|published' }, columns: { value: ENCODED, list: true } } },
  /** Closes the README's region. */
  end: {},
  /** Under a section: the papers it showed within its window, as `id@date` (see Section.shown). */
  shown: { items: '[^\\s<>]+' },
  /** Ends an update pull request's body: for which README, and the commit the body describes. */
  'pull-request': { fields: { readme: { value: ENCODED }, head: { value: '[0-9a-f]+' } } },
  /** In a pull request's body: the papers new since its previous update, and that update's date. */
  'new-since': { fields: { date: { value: DATE }, ids: { value: ENCODED, list: true } } },
  /** In a pull request's body: the action's pushes a reviewer amended or rebased away. */
  replaced: { fields: { heads: { value: '[0-9a-f]+', list: true } } },
  /** Ends a notification issue's body: for which README. */
  issue: { fields: { readme: { value: ENCODED } } },
  /** The second line of a feed the action writes. */
  feed: { note: OWN_FILE },
  /** The first line of an overflow file (`papers/<slug>.md`). */
  overflow: { note: OWN_FILE },
} as const satisfies Record<string, MarkerSpec>

export type MarkerName = keyof typeof MARKERS
type FieldsOf<N extends MarkerName> = (typeof MARKERS)[N] extends { fields: infer F } ? F : Record<never, never>
type ValueOf<F> = F extends { list: true } ? readonly string[] : string
/** A marker's fields, by name: a string, or a list of strings where the table says so. */
export type MarkerValues<N extends MarkerName> = { -readonly [K in keyof FieldsOf<N>]?: ValueOf<FieldsOf<N>[K]> }

export interface FoundMarker<N extends MarkerName> {
  /** Where the marker starts in the text searched. */
  readonly index: number
  /** The marker as it stands. */
  readonly text: string
  readonly values: MarkerValues<N>
  readonly items: readonly string[]
}

const spec = (name: MarkerName): MarkerSpec => MARKERS[name]
const fieldsOf = (name: MarkerName): [string, FieldSpec][] => Object.entries(spec(name).fields ?? {})

/** The marker's line. */
export function writeMarker<N extends MarkerName>(
  name: N,
  values: MarkerValues<N> = {},
  items: readonly string[] = [],
): string {
  const { note } = spec(name)
  if (note) return `<!-- arxiv-daily:${name}: ${note} -->`
  const given = values as Record<string, string | readonly string[] | undefined>
  const parts = fieldsOf(name).flatMap(([field, { list }]) => {
    const value = given[field]
    if (value === undefined) return []
    const text = list
      ? (value as readonly string[]).map(encodeURIComponent).join(',')
      : encodeURIComponent(value as string)
    return [`${field}=${text}`]
  })
  return `<!-- arxiv-daily:${[name, ...parts, ...items].join(' ')} -->`
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const patterns = new Map<MarkerName, string>()

/** The pattern of a marker, as a regular expression's source (a group per field, then one for the items). */
export function markerSource(name: MarkerName): string {
  let source = patterns.get(name)
  if (source === undefined) {
    const { note, items } = spec(name)
    const fields = fieldsOf(name)
      .map(([field, { value, list }]) => `(?: ${field}=(${list ? `(?:(?:${value})(?:,(?:${value}))*)?` : value}))?`)
      .join('')
    source = note
      ? `<!-- arxiv-daily:${name}: ${escape(note)} -->`
      : `<!-- arxiv-daily:${name}${fields}${items ? `((?: ${items})*)` : ''} -->`
    patterns.set(name, source)
  }
  return source
}

function read<N extends MarkerName>(name: N, match: RegExpExecArray): FoundMarker<N> {
  const fields = fieldsOf(name)
  const values: Record<string, string | string[]> = {}
  fields.forEach(([field, { list }], i) => {
    const text = match[i + 1]
    if (text === undefined) return
    values[field] = list
      ? text
          .split(',')
          .filter((item) => item !== '')
          .map(decode)
      : decode(text)
  })
  const itemText = spec(name).items ? (match[fields.length + 1] ?? '') : ''
  return {
    index: match.index,
    text: match[0],
    values: values as MarkerValues<N>,
    items: itemText.split(' ').filter((item) => item !== ''),
  }
}

// A value that is not valid percent-encoding is read as it stands (a hand edit), never thrown on.
function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

// Compiled once per marker: markerLine is asked of every line of a README. Neither is global, so
// a pattern keeps no state from one call to the next.
const anywhere = new Map<MarkerName, RegExp>()
const alone = new Map<MarkerName, RegExp>()
function compiled(cache: Map<MarkerName, RegExp>, name: MarkerName, wrap: (source: string) => string): RegExp {
  let pattern = cache.get(name)
  if (pattern === undefined) cache.set(name, (pattern = new RegExp(wrap(markerSource(name)))))
  return pattern
}

/** The first marker of this name in `text`. */
export function findMarker<N extends MarkerName>(name: N, text: string): FoundMarker<N> | undefined {
  const match = compiled(anywhere, name, (source) => source).exec(text)
  return match ? read(name, match) : undefined
}

/** The marker when `line` is that marker alone (spaces around it allowed). */
export function markerLine<N extends MarkerName>(name: N, line: string): FoundMarker<N> | undefined {
  // Every marker starts with "<!--": most lines are passed over without a pattern.
  if (!line.includes('<!--')) return undefined
  const marker = line.trim()
  const match = compiled(alone, name, (source) => `^${source}$`).exec(marker)
  return match ? { ...read(name, match), index: line.indexOf(marker) } : undefined
}
