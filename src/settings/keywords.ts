import { keywordQuery, queryProblem, type KeywordQuery } from '../arxiv/query.js'
import { ARXIV_ARCHIVES, ARXIV_CATEGORIES } from '../arxiv/taxonomy.js'
import { Inputs, SettingsError } from './inputs.js'
import { KNOWN_COLUMNS } from '../readme/table.js'
import { parseList } from './values.js'

/* The inputs that speak arXiv's language: keywords (and raw queries) and categories. */

export const MAX_KEYWORD_LENGTH = 200
const EMPTY_KEYWORDS = 'is empty; give one keyword per line, for example "Reward Model"'

/**
 * One keyword per line; a line may hold several separated by commas. `Title = query` uses the
 * query verbatim (commas and all) under that section title.
 */
/**
 * Keywords written as YAML or JSON would be (a list in brackets, `- ` items, quoted names) pass
 * as text and become headings such as `## [Reward Model`: refused, showing the form to use.
 */
function listSyntaxProblem(value: string): string | undefined {
  const lines = value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const names = lines
    .flatMap((line) =>
      line
        .replace(/^\[|\]$/g, '')
        .replace(/^[-*]\s+/, '')
        .split(','),
    )
    .map((name) => name.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .filter((name) => name !== '')
  const block = `write one keyword per line in a block scalar:\n  keywords: |\n${names
    .slice(0, 3)
    .map((name) => `    ${name}`)
    .join('\n')}`
  const text = lines.join('\n')
  if (/^\[[\s\S]*\]$/.test(text) && !text.includes('='))
    return `looks like a YAML list in brackets (${JSON.stringify(text.slice(0, 60))}), which the action reads as text; ${block}`
  const item = lines.find((line) => /^[-*]\s+\S/.test(line))
  if (item) return `has a list marker ("${item.slice(0, 40)}"), which would become part of the heading; ${block}`
  const quoted = lines
    .flatMap((line) => (line.includes('=') ? [] : parseList(line)))
    .find((name) => /^(["']).*\1$/.test(name))
  if (quoted)
    return `has quotes around ${quoted}, which would become part of the heading and the search; phrases are searched as phrases already, so ${block}`
  return undefined
}

export function parseKeywords(value: string): KeywordQuery[] {
  const syntax = listSyntaxProblem(value)
  if (syntax) throw new SettingsError(Inputs.Keywords, syntax)
  const keywords: KeywordQuery[] = []
  for (const line of value.split('\n')) {
    const raw = /^([^=]+?)\s*=\s*(.*)$/.exec(line.trim())
    if (raw) {
      const [, title = '', query = ''] = raw
      const problem = queryProblem(query)
      if (problem)
        throw new SettingsError(
          Inputs.Keywords,
          `the arXiv query of "${title}" is malformed: ${problem}. Write it as "Section title = ti:\\"phrase\\" AND cat:cs.CL"`,
        )
      keywords.push({ title, query: query.trim() })
      continue
    }
    for (const keyword of parseList(line))
      keywords.push({ title: keyword.replace(/\s+/g, ' '), query: keywordQuery(keyword) })
  }
  if (keywords.length === 0) throw new SettingsError(Inputs.Keywords, EMPTY_KEYWORDS)
  const seen = new Set<string>()
  for (const { title } of keywords) {
    // A keyword of punctuation only would search for nothing (`ti:"" AND abs:""`).
    if (!/[\p{L}\p{N}]/u.test(title)) {
      throw new SettingsError(
        Inputs.Keywords,
        `${JSON.stringify(title)} has nothing to search for (no letter or digit); give words such as "Reward Model"`,
      )
    }
    if (title.length > MAX_KEYWORD_LENGTH)
      throw new SettingsError(
        Inputs.Keywords,
        `"${title.slice(0, 40)}..." is longer than ${MAX_KEYWORD_LENGTH} characters`,
      )
    const key = title.toLowerCase()
    if (seen.has(key))
      throw new SettingsError(
        Inputs.Keywords,
        `"${title}" appears twice (keywords are compared without case); each keyword becomes one section`,
      )
    seen.add(key)
  }
  return keywords
}

const KNOWN_CATEGORIES = new Set([...ARXIV_ARCHIVES, ...ARXIV_CATEGORIES])

/**
 * Why `category` is not one arXiv tags papers with (undefined when it is): a filter that matches
 * nothing would silently empty every section. Suggests the spelling a user most likely meant.
 */
export function categoryProblem(category: string): string | undefined {
  if (KNOWN_CATEGORIES.has(category)) return undefined
  const taxonomy = 'see https://arxiv.org/category_taxonomy'
  const sameLetters = [...KNOWN_CATEGORIES].find((known) => known.toLowerCase() === category.toLowerCase())
  if (sameLetters)
    return `${JSON.stringify(category)} is not an arXiv category; did you mean "${sameLetters}"? (categories are case-sensitive; ${taxonomy})`
  const archive = category.split('.')[0] ?? ''
  const siblings = ARXIV_CATEGORIES.filter((known) => known.startsWith(`${archive}.`))
  if (siblings.length > 0)
    return `${JSON.stringify(category)} is not an arXiv category; those of "${archive}" are ${siblings.join(', ')} (${taxonomy})`
  return `${JSON.stringify(category)} is not an arXiv category or archive such as "cs", "cs.CL" or "astro-ph.GA" (${taxonomy})`
}

/**
 * `columns`: names in DailyArXiv's vocabulary, in order, without case; Title and Date may be
 * named and are put first. A name the action does not know is kept for the run to check against
 * the README's table (a fork's own column). Empty: undefined, the README's table decides.
 */
export function parseColumns(value: string): string[] | undefined {
  const names = parseList(value)
  if (names.length === 0) return undefined
  const columns: string[] = []
  for (const name of names) {
    const known = KNOWN_COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase()) ?? name
    if (known === 'Title' || known === 'Date') continue
    if (columns.some((c) => c.toLowerCase() === known.toLowerCase()))
      throw new SettingsError(Inputs.Columns, `names "${known}" twice; name each column once`)
    columns.push(known)
  }
  return ['Title', 'Date', ...columns]
}
