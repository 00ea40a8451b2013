/** How one keyword is searched. */
export interface KeywordQuery {
  /** Section title, `## <title>`. */
  readonly title: string
  /** The arXiv `search_query` value, before URL encoding. */
  readonly query: string
}

export type SortBy = 'updated' | 'published'

/**
 * DailyArXiv's query: a one-word keyword must appear in both title and abstract, a phrase in
 * either. Double quotes would end the phrase early, so they are dropped from the keyword.
 */
export function keywordQuery(keyword: string): string {
  const phrase = keyword.replace(/"/g, ' ').replace(/\s+/g, ' ').trim()
  const operator = phrase.includes(' ') ? 'OR' : 'AND'
  return `ti:"${phrase}" ${operator} abs:"${phrase}"`
}

const SORT_FIELD: Record<SortBy, string> = { updated: 'lastUpdatedDate', published: 'submittedDate' }

/** Builds the request URL. Every parameter is percent-encoded (spaces as %20, not '+'). */
export function buildQueryUrl(
  endpoint: string,
  query: string,
  sortBy: SortBy,
  start: number,
  maxResults: number,
): string {
  const params: [string, string][] = [
    ['search_query', query],
    ['sortBy', SORT_FIELD[sortBy]],
    ['sortOrder', 'descending'],
    ['start', String(start)],
    ['max_results', String(maxResults)],
  ]
  const search = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
  return `${endpoint}${endpoint.includes('?') ? '&' : '?'}${search}`
}

/** The URL that looks papers up by id (`id_list`), every version's latest. */
export function buildIdListUrl(endpoint: string, ids: readonly string[]): string {
  const params: [string, string][] = [
    ['id_list', ids.join(',')],
    ['start', '0'],
    ['max_results', String(ids.length)],
  ]
  const search = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
  return `${endpoint}${endpoint.includes('?') ? '&' : '?'}${search}`
}

const SEARCH_FIELDS = ['ti', 'au', 'abs', 'co', 'jr', 'cat', 'rn', 'id', 'all', 'submittedDate', 'lastUpdatedDate']

/**
 * Catches raw queries that the arXiv server would reject with HTTP 400, so that the run stops
 * before any request. Returns the problem, or undefined when the query looks well formed.
 */
export function queryProblem(query: string): string | undefined {
  if (query.trim() === '') return 'the query is empty'
  if ((query.match(/"/g) ?? []).length % 2 !== 0) return 'it has an unbalanced double quote'
  let depth = 0
  for (const ch of query.replace(/"[^"]*"/g, '')) {
    if (ch === '(') depth++
    if (ch === ')' && --depth < 0) return 'it has a ")" without a matching "("'
  }
  if (depth !== 0) return 'it has a "(" without a matching ")"'
  if (/^\s*(AND|OR|ANDNOT)\b|\b(AND|OR|ANDNOT)\s*$/.test(query)) return 'it starts or ends with AND, OR or ANDNOT'
  for (const [, field = ''] of query.replace(/"[^"]*"/g, '').matchAll(/\b([A-Za-z_]+):/g)) {
    if (!SEARCH_FIELDS.includes(field)) return `"${field}:" is not an arXiv search field (${SEARCH_FIELDS.join(', ')})`
  }
  return undefined
}
