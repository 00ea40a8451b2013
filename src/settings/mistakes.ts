import { distance } from '../readme/adoption-checks.js'
import { DEFAULTS, Inputs, SettingsError } from './inputs.js'

/*
 * The mistakes people make in a workflow's `with:` block, each told with what to write: an input
 * the action does not define (the runner passes it on and only warns where few read), a list in
 * YAML's brackets, a choice or time zone misspelt, an input the chosen mode never reads.
 */

const INPUT_NAMES: readonly string[] = Object.values(Inputs)

/** The candidate closest to `value` (case and `_` or `-` aside), within `most` edits; undefined when none is. */
export function closest(value: string, candidates: readonly string[], most = 2): string | undefined {
  const plain = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '')
  const wanted = plain(value)
  let best: { candidate: string; cost: number } | undefined
  for (const candidate of candidates) {
    const cost = plain(candidate) === wanted ? 0 : distance(plain(candidate), wanted)
    if (cost <= most && (best === undefined || cost < best.cost)) best = { candidate, cost }
  }
  return best?.candidate
}

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`

/** Inputs the runner passed that the action does not define, each with the input it may mean. */
export function unknownInputs(environment: NodeJS.ProcessEnv): string[] {
  const known = new Set(INPUT_NAMES.map((name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`))
  return Object.keys(environment)
    .filter((key) => key.startsWith('INPUT_') && !known.has(key))
    .sort()
    .map((key) => {
      const name = key.slice('INPUT_'.length).toLowerCase()
      return `Input "${name}" is not an input of this action, so it does nothing${didYouMean(closest(name, INPUT_NAMES, 3))}; the inputs are listed in the README`
    })
}

/** What each mode never reads: a value set there is a mistake worth a word. */
const IGNORED_BY: Record<string, readonly string[]> = {
  local: [
    Inputs.Base,
    Inputs.CommitMessage,
    Inputs.PrBranch,
    Inputs.PrTitle,
    Inputs.PrLabels,
    Inputs.PrAssignees,
    Inputs.PrReviewers,
    Inputs.PrDraft,
    Inputs.Issue,
    Inputs.IssueTitle,
    Inputs.IssueLabels,
    Inputs.IssueClosePrevious,
  ],
  commit: [Inputs.PrBranch, Inputs.PrTitle, Inputs.PrLabels, Inputs.PrAssignees, Inputs.PrReviewers, Inputs.PrDraft],
  'pull-request': [],
}

/** Inputs set to something other than their default that `mode` does not read. */
export function ignoredInputs(mode: string, read: (name: string) => string): string[] {
  const defaults: Record<string, string> = DEFAULTS
  return (IGNORED_BY[mode] ?? [])
    .filter((name) => {
      const value = read(name).trim()
      return value !== '' && value !== defaults[name] && value.toLowerCase() !== 'false'
    })
    .map(
      (name) =>
        `Input "${name}" does nothing in mode "${mode}"${mode === 'local' ? ' (local mode writes files and calls no GitHub API)' : ' (it is for mode "pull-request")'}; remove it, or choose the mode it is for`,
    )
}

/**
 * A list written in YAML's brackets (`categories: [cs.LG, stat.ML]`) reaches the action as text:
 * refused, showing the form to write.
 */
export function refuseBracketedList(name: string, value: string): void {
  const text = value.trim()
  if (!/^\[[\s\S]*\]$/.test(text)) return
  const items = text
    .slice(1, -1)
    .split(',')
    .map((item) => item.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .filter((item) => item !== '')
  throw new SettingsError(
    name,
    `looks like a YAML list in brackets (${JSON.stringify(text.slice(0, 60))}), which the action reads as text; write the items separated by commas or one per line: "${name}: ${items.join(', ')}"`,
  )
}

/** How people write a mode that is not one. */
const MODE_ALIASES: Record<string, string> = {
  pr: 'pull-request',
  pullrequest: 'pull-request',
  'pull-requests': 'pull-request',
  push: 'commit',
  direct: 'commit',
  file: 'local',
  disk: 'local',
}

/** The mode someone who wrote `value` most likely meant. */
export function suggestMode(value: string): string | undefined {
  const plain = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  return (
    MODE_ALIASES[plain] ??
    MODE_ALIASES[plain.replace(/-/g, '')] ??
    closest(value, ['local', 'commit', 'pull-request'], 3)
  )
}

/** Zones people name by a city or an abbreviation that IANA does not list. */
const ZONE_ALIASES: Record<string, string> = {
  beijing: 'Asia/Shanghai',
  china: 'Asia/Shanghai',
  hangzhou: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  guangzhou: 'Asia/Shanghai',
  cst: 'Asia/Shanghai',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  ist: 'Asia/Kolkata',
  india: 'Asia/Kolkata',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  est: 'America/New_York',
  edt: 'America/New_York',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  bst: 'Europe/London',
  gmt: 'UTC',
}

/** The IANA zone someone who wrote `value` most likely meant (a city's zone, or a known alias). */
export function suggestZone(value: string): string | undefined {
  const plain = value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
  const alias = ZONE_ALIASES[plain]
  if (alias) return alias
  const zones = Intl.supportedValuesOf('timeZone')
  const cities = zones.map((zone) => zone.split('/').at(-1) ?? zone)
  const city = closest(value, cities, 2)
  return city === undefined ? closest(value, zones, 2) : zones[cities.indexOf(city)]
}
