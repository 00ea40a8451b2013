/** The page's record of its papers (papers.json), as site.ts writes it. */
export interface PageData {
  readonly keywords: readonly string[]
  /** The name of each position of a row (the JSON digest's names, then `code` and `keywords`). */
  readonly fields: readonly string[]
  readonly papers: readonly (readonly unknown[])[]
}

/** A paper as the page holds it. */
export interface PagePaper {
  readonly id: string
  readonly version: number
  readonly title: string
  readonly authors: readonly string[]
  readonly date: string
  readonly categories: readonly string[]
  readonly comment: string
  readonly code: string
  readonly keywords: readonly number[]
  readonly tldr: string
  readonly translated: string
  readonly relevance: { readonly score: number; readonly reason: string } | undefined
  abstract: string
  hay?: string
  hayAbstract?: boolean
}

export const string = (value: unknown): string => (typeof value === 'string' ? value : '')
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** One row of papers.json as a paper, by the names the file gives its positions. */
export function decoder(data: PageData): (row: readonly unknown[]) => PagePaper {
  const at = (name: string): number => data.fields.indexOf(name)
  const [id, version, title, date, comment, authors, categories, tldr, translated, relevance, code, keywords] = [
    'id',
    'version',
    'title',
    'date',
    'comment',
    'authors',
    'categories',
    'tldr',
    'title_translated',
    'relevance',
    'code',
    'keywords',
  ].map(at)
  return (row) => {
    const get = (index: number | undefined): unknown => (index === undefined || index < 0 ? undefined : row[index])
    const scored = get(relevance) as { score?: unknown; reason?: unknown } | null | undefined
    return {
      id: string(get(id)),
      version: Number(get(version)) || 0,
      title: string(get(title)),
      date: string(get(date)),
      comment: string(get(comment)),
      authors: strings(get(authors)),
      categories: strings(get(categories)),
      tldr: string(get(tldr)),
      translated: string(get(translated)),
      relevance:
        scored && typeof scored.score === 'number' ? { score: scored.score, reason: string(scored.reason) } : undefined,
      code: string(get(code)),
      keywords: (Array.isArray(get(keywords)) ? (get(keywords) as unknown[]) : []).filter(
        (k): k is number => typeof k === 'number' && k >= 0 && k < data.keywords.length,
      ),
      abstract: '',
    }
  }
}

/** The paper's BibTeX entry, its text escaped for LaTeX. */
export function bibtex(p: PagePaper): string {
  const esc = (s: string) => s.replace(/[\\{}%&#$_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
  const key = `arxiv${p.id.replace(/[^0-9a-z]/gi, '')}`
  const authors = p.authors.map(esc).join(' and ')
  return [
    `@misc{${key},`,
    `  title = {${esc(p.title)}},`,
    ...(authors ? [`  author = {${authors}},`] : []),
    `  year = {${p.date.slice(0, 4)}},`,
    `  eprint = {${p.id}},`,
    '  archivePrefix = {arXiv},',
    ...(p.categories[0] ? [`  primaryClass = {${esc(p.categories[0])}},`] : []),
    `  url = {https://arxiv.org/abs/${p.id}}`,
    '}',
    '',
  ].join('\n')
}
