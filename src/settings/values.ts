import path from 'node:path'

import { SettingsError } from './inputs.js'

/*
 * How each kind of input value is read and checked: the pieces settings.ts puts together. Every
 * problem is a SettingsError naming the input and what it accepts.
 */

/** Items separated by newlines or commas, trimmed, empty ones dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

export function readInteger(name: string, value: string, min: number, max: number): number {
  const trimmed = value.trim()
  const parsed = Number(trimmed)
  if (!/^-?\d+$/.test(trimmed) || parsed < min || parsed > max) {
    throw new SettingsError(name, `must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`)
  }
  return parsed
}

export function readSeconds(name: string, value: string, min: number, max: number): number {
  const parsed = Number(value.trim())
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new SettingsError(name, `must be a number of seconds from ${min} to ${max}; got ${JSON.stringify(value)}`)
  }
  return Math.round(parsed * 1000)
}

export function readChoice<T extends string>(
  name: string,
  value: string,
  accepted: readonly T[],
  suggest: (value: string) => string | undefined = () => undefined,
): T {
  const found = accepted.find((candidate) => candidate === value.trim())
  if (!found) {
    const meant = suggest(value)
    throw new SettingsError(
      name,
      `must be one of ${accepted.map((a) => `"${a}"`).join(', ')}; got ${JSON.stringify(value)}${meant === undefined ? '' : ` (did you mean "${meant}"?)`}`,
    )
  }
  return found
}

export function readUrl(name: string, value: string): URL {
  try {
    const parsed = new URL(value.trim())
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed
  } catch {
    // reported below
  }
  throw new SettingsError(
    name,
    `must be an http(s) URL such as https://export.arxiv.org/api/query; got ${JSON.stringify(value)}`,
  )
}

export const isArxivHost = (host: string): boolean => host === 'arxiv.org' || host.endsWith('.arxiv.org')

/** arXiv over plain http could be answered by anyone on the path: its hosts are asked over https. */
export function readArxivUrl(name: string, value: string): URL {
  const url = readUrl(name, value)
  if (url.protocol === 'http:' && isArxivHost(url.hostname))
    throw new SettingsError(
      name,
      `must use https for ${url.hostname}, so that no one on the way can change arXiv's answers; use ${JSON.stringify(url.href.replace(/^http:/, 'https:'))}`,
    )
  return url
}

/**
 * Paths no digest may write: git's own files, and workflows (a file there runs with the
 * repository's secrets). Compared without case, as on the file systems that ignore it.
 */
function forbiddenPlace(normalized: string): string | undefined {
  const lower = normalized.toLowerCase()
  if (lower === '.git' || lower.startsWith('.git/')) return "is inside .git/, which holds git's own files"
  if (lower === '.github/workflows' || lower.startsWith('.github/workflows/'))
    return "is inside .github/workflows/, where a file is a workflow that runs with the repository's secrets"
  return undefined
}

/** arXiv's terms of use ask for at most one request every three seconds. */
export const ARXIV_MIN_DELAY_MS = 3000

export function readTimezone(
  name: string,
  value: string,
  suggest: (value: string) => string | undefined = () => undefined,
): string {
  const zone = value.trim() || 'UTC'
  // The default needs no check; loading the time zone data costs a run 15 ms.
  if (zone === 'UTC') return zone
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone })
    return zone
  } catch {
    const meant = suggest(value)
    throw new SettingsError(
      name,
      `${JSON.stringify(value)} is not an IANA time zone${meant === undefined ? '' : `; did you mean "${meant}"?`} Use a name such as "UTC", "Asia/Shanghai" or "Europe/Berlin"`,
    )
  }
}

/** Keeps the README inside the repository: relative, no `..`, POSIX separators. */
export function readReadmePath(name: string, value: string): string {
  const raw = value.trim()
  if (raw === '')
    throw new SettingsError(name, 'is empty; give a path relative to the repository root such as "README.md"')
  if (path.posix.isAbsolute(raw) || path.win32.isAbsolute(raw)) {
    throw new SettingsError(name, `must be relative to the repository root; got ${JSON.stringify(value)}`)
  }
  const normalized = path.posix.normalize(raw.replace(/\\/g, '/'))
  if (normalized === '..' || normalized.startsWith('../') || normalized === '.' || normalized.endsWith('/')) {
    throw new SettingsError(name, `must name a file inside the repository; got ${JSON.stringify(value)}`)
  }
  const forbidden = forbiddenPlace(normalized)
  if (forbidden)
    throw new SettingsError(name, `${JSON.stringify(value)} ${forbidden}; name a file elsewhere, such as "README.md"`)
  return normalized
}

/** A folder inside the repository (`feed-dir`): relative, no `..`, POSIX separators; empty is none. */
export function readFolderPath(name: string, value: string): string | undefined {
  const raw = value.trim().replace(/\\/g, '/').replace(/\/+$/, '')
  if (raw === '') return undefined
  const normalized = path.posix.normalize(raw)
  if (
    path.posix.isAbsolute(raw) ||
    path.win32.isAbsolute(value.trim()) ||
    normalized === '..' ||
    normalized.startsWith('../') ||
    normalized === '.'
  ) {
    throw new SettingsError(
      name,
      `must name a folder inside the repository, such as "feeds"; got ${JSON.stringify(value)}`,
    )
  }
  const forbidden = forbiddenPlace(normalized)
  if (forbidden)
    throw new SettingsError(name, `${JSON.stringify(value)} ${forbidden}; name a folder elsewhere, such as "feeds"`)
  return normalized
}
