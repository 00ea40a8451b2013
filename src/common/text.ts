/*
 * Plain text helpers shared by every layer: whitespace normalisation, character references and
 * code point slicing. Imports nothing of the project.
 */

// C0/C1 controls (other than whitespace) cannot appear in a Markdown table cell usefully and
// some are not even legal in XML; they become spaces like any other whitespace.
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]+/g

/** Characters that `\s` matches besides the space (ECMAScript WhiteSpace and LineTerminator). */
function isOtherSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

// Most text is already normal (single spaces only); a plain scan is several times faster than a
// regular expression with Unicode classes and spares a replace call per space.
function isNormal(text: string): boolean {
  let previousSpace = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20) {
      if (previousSpace) return false
      previousSpace = true
      continue
    }
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xa0 && isOtherSpace(code))) return false
    previousSpace = false
  }
  return true
}

/** Collapses every run of whitespace or control characters to one space and trims. */
export function normalizeText(text: string): string {
  if (isNormal(text)) return text.trim()
  return text.replace(WHITESPACE_OR_CONTROL, ' ').trim()
}

/** The five entities XML predefines. */
export const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * Decodes what stands between `&` and `;`: a numeric reference (`#38`, `#x26`) or a name found in
 * `named`. Undefined when it is neither, so that the caller keeps the text as written.
 */
export function decodeReference(name: string, named: Readonly<Record<string, string>>): string | undefined {
  if (!name.startsWith('#')) return named[name]
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}

/** The first `n` code points (never half a surrogate pair), as Python's slicing does. */
export function firstCodePoints(text: string, n: number): string {
  let end = 0
  for (let count = 0; count < n && end < text.length; count++) {
    const code = text.charCodeAt(end)
    const next = text.charCodeAt(end + 1)
    end += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1
  }
  return text.slice(0, end)
}

/** True when `text` has more than `n` code points, counted only as far as needed. */
export function longerThan(text: string, n: number): boolean {
  if (text.length <= n) return false
  if (text.length > 2 * n) return true
  return firstCodePoints(text, n).length < text.length
}

/** Splits `2503.08342v2` into id and version; old-style ids (`hep-th/9901001v1`) too. */
export function splitVersionedId(idWithVersion: string): { id: string; version: number } {
  const match = /^(.+?)(?:v(\d+))?$/.exec(idWithVersion.trim())
  if (!match?.[1]) return { id: idWithVersion.trim(), version: 0 }
  return { id: match[1], version: match[2] ? Number(match[2]) : 0 }
}

/** An `exclude` entry that is an arXiv id (`2501.01234`, `hep-th/9901001`, a version allowed). */
const ID_ENTRY = /^(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/

/**
 * `exclude` applies to every paper (a word added later also clears the rows already shown). An
 * entry that is an arXiv id drops that one paper, whatever its version: a paper dropped for good.
 */
export function isExcluded(
  paper: { readonly id?: string; readonly title: string; readonly abstract: string },
  exclude: readonly string[],
): boolean {
  if (exclude.length === 0) return false
  const text = `${paper.title}\n${paper.abstract}`.toLowerCase()
  return exclude.some((word) => {
    const id = ID_ENTRY.exec(word)?.[1]
    return id === undefined ? text.includes(word) : paper.id?.toLowerCase() === id
  })
}

/** `cs` matches `cs.CL`; `cs.CL` matches only itself. */
export function categoryMatches(filter: string, term: string): boolean {
  return term === filter || term.startsWith(`${filter}.`)
}

/**
 * Which filter leaves a paper out: `exclude`, or `categories` (a paper whose categories are not
 * known is kept: nothing says it is outside them). Undefined when both keep it.
 */
export function filteredBy(
  paper: {
    readonly id?: string
    readonly title: string
    readonly abstract: string
    readonly categories?: readonly string[] | undefined
  },
  categories: readonly string[],
  exclude: readonly string[],
): 'exclude' | 'categories' | undefined {
  if (isExcluded(paper, exclude)) return 'exclude'
  const terms = paper.categories
  if (categories.length > 0 && terms !== undefined && terms.length > 0)
    if (!terms.some((term) => categories.some((filter) => categoryMatches(filter, term)))) return 'categories'
  return undefined
}

/** Decodes a file's bytes without dropping a byte order mark, which must survive the update. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}
