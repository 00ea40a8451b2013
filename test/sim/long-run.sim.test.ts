import assert from 'node:assert/strict'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { test, type TestContext } from 'node:test'
import { parseReadme } from '../../src/readme/document.js'
import type { Digest } from '../../src/readme/model.js'
import { movedPapers, withMoved } from '../../src/readme/overflow.js'
import { overflowPaths } from '../../src/plan/overflow-files.js'
import { FakeGitHub, type PullRequest } from '../support/github-server.js'
import { pullRequestMarker } from '../../src/report/bodies.js'
import { runOnGitHub } from '../support/github-run.js'
import { runAction, workspaceWith, type ActionRun } from '../support/run-action.js'
import { seededRandom } from '../support/simulated-arxiv.js'
import { World } from './world.js'

// A seeded sequence of days, arXiv changes and a person's events, run in every mode, with an
// oracle that states the promises of docs/how-it-behaves.md after every run. `npm test` runs a
// short year; `npm run sim:long` runs LONG_RUN_DAYS (default 150) per mode. A failure names its
// seed and day: SIM_SEED=<seed> replays it.

const DAYS = Number(process.env.LONG_RUN_DAYS ?? 30)
const SEEDS = process.env.SIM_SEED ? [Number(process.env.SIM_SEED)] : process.env.LONG_RUN_DAYS ? [2, 3, 4, 5] : [2]
const START = '<!-- arxiv-daily:start'
const END = '<!-- arxiv-daily:end -->'
const BRANCH = 'arxiv-daily/update'

// SIM_TRACE=<arXiv id> prints, after each run, where that paper is shown (rows and the hidden
// record of the default branch and the update branch) and whether the run announced it.
const TRACE = process.env.SIM_TRACE

type Mode = 'local' | 'commit' | 'pull-request'

interface Settings {
  keywords: string[]
  maxPapers: number
  sortBy: 'updated' | 'published'
  feeds: boolean
  json: boolean
  /** max-readme-kib: the default, or small enough that older papers move to overflow files. */
  budgetKib: 450 | 16
  /** columns: the README's own table, or DailyArXiv's longer one. */
  columns: string | undefined
  site: boolean
  /** issue: a notification issue for each run with new papers (GitHub modes). */
  issue: boolean
}

/** Where the action's README lives in a mode: a workspace on disk or the fake GitHub. */
interface Place {
  run(inputs: Record<string, string>): Promise<ActionRun>
  /** The README a reader sees now: the update branch while a pull request is open. */
  view(): string | undefined
  /** Another file where the reader sees the README (an overflow file), undefined when missing. */
  viewFile(path: string): string | undefined
  /** The README on the default branch (local: the file). */
  base(): string | undefined
  /** Another file on the default branch (local: on disk). */
  baseFile(path: string): string | undefined
  /** A person writes the default branch's README (local: the file). */
  write(text: string): void
  writes(): number
  github?: FakeGitHub
}

async function placeFor(mode: Mode, t: TestContext): Promise<Place> {
  if (mode === 'local') {
    const workspace = workspaceWith({ 'README.md': '# My papers\n\nNotes of mine.\n' })
    const file = path.join(workspace, 'README.md')
    // Every file of the workspace, so that a write of any of them (an overflow file, a feed, the
    // page) counts, not only the README's.
    const snapshot = (): string =>
      readdirSync(workspace, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort()
        .map((name) => `${name}\0${readFileSync(name, 'utf8')}`)
        .join('\0')
    let writes = 0
    let last = snapshot()
    const read = (name: string): string | undefined => {
      try {
        return readFileSync(path.join(workspace, name), 'utf8')
      } catch {
        return undefined
      }
    }
    return {
      async run(inputs) {
        const run = await runAction({ inputs: { ...inputs, mode }, workspace })
        const now = snapshot()
        if (now !== last) writes++
        last = now
        return run
      },
      view: () => readFileSync(file, 'utf8'),
      viewFile: read,
      baseFile: read,
      base: () => readFileSync(file, 'utf8'),
      write(text) {
        writeFileSync(file, text)
        last = snapshot()
      },
      writes: () => writes,
    }
  }
  const github = await FakeGitHub.start({ 'README.md': '# My papers\n\nNotes of mine.\n' })
  t.after(() => github.close())
  const openPull = () => github.pulls.find((pull) => pull.state === 'open' && pull.head === BRANCH && !pull.headRepo)
  return {
    github,
    // arxiv-api-url comes with the inputs; runOnGitHub checks every request against OpenAPI.
    run: (inputs) => runOnGitHub(github, inputs['arxiv-api-url'] ?? '', { ...inputs, mode }),
    view: () => (openPull() ? github.readme(BRANCH) : github.readme('main')),
    viewFile: (name) => github.readme(openPull() ? BRANCH : 'main', name),
    baseFile: (name) => github.readme('main', name),
    base: () => github.readme('main'),
    write: (text) => void github.push('main', { 'README.md': text }, 'A person edits the README'),
    writes: () => github.writes().length,
  }
}

/** The digest a reader sees: the README's rows and those of the overflow files it links. */
function fullDigest(text: string | undefined, read: (path: string) => string | undefined): Digest {
  const document = parseReadme(text, 'README.md')
  const texts = new Map(overflowPaths(document, 'README.md').map((file) => [file, read(file)] as const))
  return withMoved(document.digest, movedPapers(texts), 'README.md')
}

const outside = (text: string): { before: string; after: string } => {
  const start = text.indexOf(START)
  const end = text.indexOf(END)
  return { before: text.slice(0, start), after: text.slice(end + END.length) }
}

/** The promises every run keeps, checked on what a reader sees. */
function checkDigest(
  digest: Digest,
  settings: Settings,
  world: World,
  where: string,
  ordered: boolean,
  failing: readonly string[],
): void {
  const titles = digest.sections.map((section) => section.title.toLowerCase())
  const order = settings.keywords.map((k) => k.toLowerCase()).filter((k) => titles.includes(k))
  // A reviewer's branch changes only with papers: a reorder alone waits for them; so does the
  // base after a pull request was closed unmerged (only new papers justify another one).
  if (ordered) assert.deepEqual(titles, order, `${where}: sections follow the keywords`)
  for (const section of digest.sections) {
    const ids = section.papers.map((p) => p.id)
    assert.equal(new Set(ids).size, ids.length, `${where}: no paper twice in ${section.title}`)
    // A keyword that failed keeps its section exactly as it was, whatever max-papers says now.
    if (!failing.includes(section.title.toLowerCase()))
      assert.ok(section.papers.length <= settings.maxPapers, `${where}: at most max-papers in ${section.title}`)
    const sortedBy = digest.sortedBy ?? 'updated'
    for (const [i, paper] of section.papers.entries()) {
      const known = world.paper(paper.id)
      assert.ok(known, `${where}: ${paper.id} is a paper of arXiv`)
      const dates = [sortedBy === 'published' ? known.published : known.updates[paper.version - 1]]
      // A switch a failing keyword interrupted: the marker keeps the old date until every section
      // is rebuilt, and the sections that were rebuilt show the new one (docs: Switching sort-by).
      if (sortedBy !== settings.sortBy)
        dates.push(settings.sortBy === 'published' ? known.published : known.updates[paper.version - 1])
      assert.ok(
        dates.some((date) => date?.slice(0, 10) === paper.date),
        `${where}: ${paper.id} v${paper.version} dated by ${sortedBy}`,
      )
      const next = section.papers[i + 1]
      if (next) assert.ok(paper.date >= next.date, `${where}: ${section.title} is newest first`)
    }
  }
}

function traceDay(where: string, events: string[], id: string, place: Place, run: ActionRun): void {
  const spots = (text: string | undefined): string => {
    if (!text) return '-'
    return (
      parseReadme(text, 'README.md')
        .digest.sections.map((section) => {
          const row = section.papers.find((p) => p.id === id)
          const shown = section.shown?.find((s) => s.id === id)
          return row || shown
            ? `${section.title}[${row ? `row v${row.version} ${row.date}` : ''}${shown ? ` shown ${shown.date}` : ''}]`
            : ''
        })
        .filter(Boolean)
        .join(' ') || 'absent'
    )
  }
  const announced = (JSON.parse(run.outputs['new-papers'] ?? '[]') as { id: string }[]).some((p) => p.id === id)
  const pulls =
    place.github?.pulls.map((pull) => `#${pull.number}:${pull.state}${pull.headRepo ? '(fork)' : ''}`).join(',') ?? ''
  console.log(
    `${where} [${events.join(', ')}] base: ${spots(place.base())} | branch: ${place.github ? spots(place.github.readme(BRANCH)) : '-'} | pulls ${pulls}${announced ? ' | ANNOUNCED' : ''}`,
  )
}

async function liveAYear(mode: Mode, seed: number, t: TestContext): Promise<void> {
  const random = seededRandom(seed * 7919 + mode.length)
  // The events added in 1.2 draw from a generator of their own, so that the days the earlier
  // events make stay as they were for every seed.
  const unusualRandom = seededRandom(seed * 104_729 + mode.length)
  const unusual = (p: number) => unusualRandom() < p
  /** Lines collaborators wrote under sections, each to stay in the README once. */
  const notes: string[] = []
  let stranger: PullRequest | undefined
  /** Keyword and id of every paper a reader has been shown: one shown for the first time is new. */
  const everShown = new Set<string>()
  const world = await new World(random, DAYS + 1).start()
  t.after(() => world.close())
  const place = await placeFor(mode, t)
  const openPull = () =>
    place.github?.pulls.find((pull) => pull.state === 'open' && pull.head === BRANCH && !pull.headRepo)
  let names = 0
  const fresh = () => `Topic ${String.fromCharCode(65 + names++)}`
  const settings: Settings = {
    keywords: [fresh(), fresh()],
    maxPapers: 8,
    sortBy: 'updated',
    feeds: false,
    json: false,
    budgetKib: 450,
    columns: undefined,
    site: false,
    issue: false,
  }
  world.seed(settings.keywords, 10)
  /** Each announced paper (keyword and id) with the version it had then. */
  const announced = new Map<string, number>()
  /** Papers a reviewer removed from the update branch, or in a pull request closed unmerged. */
  const keptOut = new Set<string>()
  /** Papers of each pull request closed unmerged (the base lacked them), oldest first. */
  const closedPulls: Set<string>[] = []
  // The three newest closed unmerged keep their papers out (REJECTED_READ in pull-request.ts).
  const closedOut = () => new Set(closedPulls.slice(-3).flatMap((ids) => [...ids]))
  let reviewed = false
  let failedBefore = false
  let eventBefore = true
  let issuesBefore = 0
  let person = { before: '# My papers\n\nNotes of mine.\n\n', after: '\n' }
  for (let day = 0; day < DAYS; day++) {
    const where = `${mode}, seed ${seed}, day ${day}`
    const events: string[] = []
    const chance = (p: number) => random() < p
    world.nextDay(settings.keywords)
    // A person's events, before the run.
    if (day > 0) {
      if (chance(0.06)) {
        settings.keywords.push(fresh())
        world.seed(settings.keywords.slice(-1), 6)
        events.push('keyword added')
      }
      if (chance(0.04) && settings.keywords.length > 1) {
        settings.keywords.splice(Math.floor(random() * settings.keywords.length), 1)
        events.push('keyword removed')
      }
      if (chance(0.04)) {
        settings.keywords.reverse()
        events.push('keywords reordered')
      }
      if (chance(0.06)) {
        settings.maxPapers = 4 + Math.floor(random() * 12)
        events.push(`max-papers ${settings.maxPapers}`)
      }
      if (chance(0.03)) {
        settings.sortBy = settings.sortBy === 'updated' ? 'published' : 'updated'
        events.push(`sort-by ${settings.sortBy}`)
      }
      if (chance(0.04)) {
        settings.feeds = !settings.feeds
        events.push(`feeds ${settings.feeds}`)
      }
      if (chance(0.04)) {
        settings.json = !settings.json
        events.push(`json ${settings.json}`)
      }
      if (chance(0.04)) {
        settings.budgetKib = settings.budgetKib === 450 ? 16 : 450
        events.push(`max-readme-kib ${settings.budgetKib}`)
      }
      if (chance(0.03)) {
        settings.columns = settings.columns ? undefined : 'Authors, Abstract, Tags, Comment'
        events.push(`columns ${settings.columns ?? 'as the README has them'}`)
      }
      if (chance(0.03)) {
        settings.site = !settings.site
        events.push(`site ${settings.site}`)
      }
      if (mode !== 'local' && chance(0.04)) {
        settings.issue = !settings.issue
        events.push(`issue ${settings.issue}`)
      }
      const open = openPull()
      if (open && chance(0.35)) {
        place.github!.merge(open.number)
        // What a reviewer removed is the base's now (a row deleted there comes back put back);
        // the papers of the newest pull request closed unmerged stay out.
        keptOut.clear()
        for (const id of closedOut()) keptOut.add(id)
        reviewed = false
        events.push('pull request merged')
      } else if (open && chance(0.05)) {
        open.state = 'closed'
        open.headSha = place.github!.refs.get(BRANCH)
        // The newest pull requests closed unmerged keep out their papers the base lacks.
        const ids = new Set<string>()
        const github = place.github!
        for (const section of fullDigest(github.readme(BRANCH), (name) => github.readme(BRANCH, name)).sections)
          for (const paper of section.papers) ids.add(paper.id)
        for (const section of fullDigest(place.base(), (name) => place.baseFile(name)).sections)
          for (const paper of section.papers) ids.delete(paper.id)
        closedPulls.push(ids)
        keptOut.clear()
        for (const id of closedOut()) keptOut.add(id)
        reviewed = false
        events.push('pull request closed unmerged')
      } else if (open && chance(0.08)) {
        // A reviewer deletes the first row of the update branch.
        const text = place.github!.readme(BRANCH)!
        const row = /^\| \*\*\[[^\n]*\(https:\/\/arxiv\.org\/abs\/([^)v]+)v\d+\)[^\n]*\n/m.exec(text)
        if (row) {
          keptOut.add(row[1]!)
          reviewed = true
          place.github!.push(BRANCH, { 'README.md': text.replace(row[0], '') }, 'A reviewer drops a paper')
          events.push(`reviewer removed ${row[1]}`)
        }
      } else if (open && unusual(0.05)) {
        // A reviewer drops the first row by amending the branch's newest commit (its message, the
        // action's trailer included, kept) and force-pushing it.
        const text = place.github!.readme(BRANCH)!
        const row = /^\| \*\*\[[^\n]*\(https:\/\/arxiv\.org\/abs\/([^)v]+)v\d+\)[^\n]*\n/m.exec(text)
        if (row) {
          keptOut.add(row[1]!)
          reviewed = true
          place.github!.amend(BRANCH, { 'README.md': text.replace(row[0], '') })
          events.push(`reviewer amended away ${row[1]}`)
        }
      }
      const text = place.base()
      if (text !== undefined && text.includes(START) && !open) {
        const roll = random()
        if (roll < 0.06) {
          person = { before: `${person.before}A line of mine, day ${day}.\n\n`, after: person.after }
          const { before, after } = outside(text)
          place.write(person.before + text.slice(before.length, text.length - after.length) + person.after)
          events.push('prose edited')
        } else if (mode !== 'pull-request' && roll < 0.12) {
          const row = /^\| \*\*\[[^\n]*\n/m.exec(text)
          if (row) {
            place.write(text.replace(row[0], ''))
            events.push('a row deleted by hand')
          }
        } else if (unusual(0.04)) {
          // A collaborator's one-line comment block under a section, never closed.
          const region = text.indexOf(START)
          const heading = /^## [^\n]*\n/m.exec(text.slice(region))
          if (heading) {
            const at = region + heading.index + heading[0].length
            const note = `A note of mine, day ${day}.`
            notes.push(note)
            place.write(`${text.slice(0, at)}<!-- NOTE:START -->\n${note}\n\n${text.slice(at)}`)
            events.push('comment block left open')
          }
        }
      }
      // A fork's pull request whose description quotes the action's hidden marker, from a branch
      // of the same name as the update branch.
      if (place.github && !stranger && unusual(0.05)) {
        const github = place.github
        stranger = {
          number: github.nextNumber++,
          state: 'open',
          merged: false,
          head: BRANCH,
          headRepo: 'eve/papers',
          headSha: github.commitFiles(github.refs.get('main'), { 'eve.md': 'mine' }, "Eve's change"),
          base: 'main',
          title: 'A change of mine',
          body: `Copied from the bot:\n\n${pullRequestMarker('README.md')}\n`,
          draft: false,
          labels: [],
          assignees: [],
          reviewers: [],
          comments: [],
        }
        github.pulls.push(stranger)
        events.push("a fork's pull request quoting the marker")
      }
    }
    // A day on which more of a keyword's old papers are revised than its section holds.
    if (day > 0 && unusual(0.04) && settings.keywords.length > 0) {
      const keyword = settings.keywords[Math.floor(unusualRandom() * settings.keywords.length)]!
      world.burst(keyword, settings.maxPapers + 3)
    }
    // An arXiv day with an entry dated where no paper can be.
    if (unusual(0.04))
      world.impossible = ['2026-02-30T12:00:00Z', '2099-01-01T00:00:00Z', '9999-12-31T00:00:00Z'][day % 3]
    if (chance(0.05) && settings.keywords.length > 1) world.failing.add(settings.keywords[0]!.toLowerCase())
    const writesBefore = place.writes()
    const viewBefore = place.view()
    const before = fullDigest(viewBefore, (name) => place.viewFile(name))
    const run = await place.run({
      keywords: settings.keywords.join('\n'),
      'arxiv-api-url': world.url,
      'request-delay': '0',
      'max-retries': '0',
      'max-papers': String(settings.maxPapers),
      'sort-by': settings.sortBy,
      'overlap-days': '7',
      ...(settings.feeds ? { 'feed-dir': 'feeds' } : {}),
      ...(settings.json ? { 'json-path': 'papers.json' } : {}),
      'max-readme-kib': String(settings.budgetKib),
      ...(settings.columns ? { columns: settings.columns } : {}),
      ...(settings.site ? { 'site-dir': 'site' } : {}),
      ...(settings.issue ? { issue: 'true' } : {}),
    })
    const failing = [...world.failing]
    const impossible = world.impossible
    world.impossible = undefined
    if (TRACE) traceDay(where, events, TRACE, place, run)
    const label = `${where} (${events.join(', ') || 'no event'}${failing.length ? `, arXiv down for ${failing.join(', ')}` : ''}${impossible ? `, arXiv sent ${impossible}` : ''})`
    if (process.env.SIM_LOG) console.log(label)
    // Exit code and failed-keywords say exactly what failed.
    assert.equal(run.code, 0, `${label}: ${run.stdout}`)
    assert.deepEqual(
      (JSON.parse(run.outputs['failed-keywords'] ?? '[]') as string[]).map((k) => k.toLowerCase()),
      failing,
      `${label}: failed-keywords`,
    )
    const view = place.view()!
    // Every byte outside the region is the person's.
    if (view.includes(START)) assert.deepEqual(outside(view), person, `${label}: text outside the region`)
    else assert.equal(view, `${person.before.trimEnd()}\n`, `${label}: the README as the person left it`)
    const digest = fullDigest(view, (name) => place.viewFile(name))
    const baseDigest = fullDigest(place.base(), (name) => place.baseFile(name))
    checkDigest(
      digest,
      settings,
      world,
      label,
      mode !== 'pull-request' || (openPull() !== undefined && !reviewed),
      failing,
    )
    // A collaborator's open comment block is a line of text: each note once, one table a section.
    for (const note of notes)
      assert.equal(view.split(note).length - 1, 1, `${label}: the note "${note}" is in the README once`)
    const region = view.includes(START) ? view.slice(view.indexOf(START), view.indexOf(END)) : ''
    const delimiters = region.split('\n').filter((line) => /^\|(?: *:?-{3,}:? *\|)+$/.test(line)).length
    assert.ok(
      delimiters <= parseReadme(view, 'README.md').digest.sections.length,
      `${label}: one table a section (${delimiters} tables)`,
    )
    if (impossible) assert.match(run.stdout, /arXiv entry left out/, `${label}: the impossible date is said`)
    // A fork's pull request quoting the marker is never touched.
    if (stranger) {
      assert.equal(stranger.state, 'open', `${label}: the fork's pull request stays open`)
      assert.deepEqual(stranger.comments, [], `${label}: the fork's pull request gets no comment`)
    }
    // A paper shown for the first time in a keyword's section is announced in that run.
    const announcedNow = new Set(
      (JSON.parse(run.outputs['new-papers'] ?? '[]') as { id: string; keyword: string }[]).map(
        (p) => `${p.keyword.toLowerCase()} ${p.id}`,
      ),
    )
    // New, as the docs define it: not shown before, dated within overlap-days of the section's
    // newest paper, and above its last row (papers from further down arXiv's list are put back).
    const daysBefore = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
    if (!events.some((e) => e.startsWith('sort-by')))
      for (const section of digest.sections) {
        const held = before.sections.find((s) => s.title.toLowerCase() === section.title.toLowerCase())?.papers ?? []
        const newest = held.reduce((max, p) => (p.date > max ? p.date : max), '')
        const last = held.at(-1)?.date ?? ''
        for (const paper of section.papers) {
          const key = `${section.title.toLowerCase()} ${paper.id}`
          const isNew = held.length === 0 || (paper.date >= daysBefore(newest, 7) && paper.date > last)
          if (!everShown.has(key) && isNew)
            assert.ok(announcedNow.has(key), `${label}: ${key} (${paper.date}) shown for the first time, not announced`)
        }
      }
    for (const shown of [digest, baseDigest])
      for (const section of shown.sections)
        for (const paper of section.papers) everShown.add(`${section.title.toLowerCase()} ${paper.id}`)
    // Local and commit mode: a section holds, paper for paper, what a full fetch of max-papers
    // by its date would give (ties on its oldest day aside).
    if (mode !== 'pull-request' && (digest.sortedBy ?? 'updated') === settings.sortBy)
      for (const section of digest.sections) {
        const title = section.title.toLowerCase()
        if (failing.includes(title)) continue
        const key = (p: (typeof world.papers)[number]) =>
          (settings.sortBy === 'published' ? p.published : p.updates[p.updates.length - 1]!).slice(0, 10)
        const own = world.papers.filter((p) => p.keyword === title)
        const ids = new Set(section.papers.map((p) => p.id))
        assert.equal(section.papers.length, Math.min(settings.maxPapers, own.length), `${label}: ${title} is full`)
        const oldest = section.papers.at(-1)?.date ?? ''
        for (const paper of own)
          if (key(paper) > oldest)
            assert.ok(
              ids.has(paper.id),
              `${label}: ${title} lacks ${paper.id} (${key(paper)}), newer than its oldest row ${oldest}`,
            )
      }
    // Nothing is announced twice, and what is announced is shown.
    for (const paper of JSON.parse(run.outputs['new-papers'] ?? '[]') as { id: string; keyword: string }[]) {
      const key = `${paper.keyword.toLowerCase()} ${paper.id}`
      // Only a revision may be news again (the record of what was shown spans overlap-days).
      const version = world.paper(paper.id)?.updates.length ?? 0
      assert.ok((announced.get(key) ?? 0) < version, `${label}: ${key} announced again`)
      announced.set(key, version)
      const section = digest.sections.find((s) => s.title.toLowerCase() === paper.keyword.toLowerCase())
      assert.ok(
        section?.papers.some((p) => p.id === paper.id),
        `${label}: announced ${key} is in the README`,
      )
    }
    // The notification issue: opened exactly when papers are new, listing those and no other.
    const issues = place.github?.issues.length ?? 0
    if (place.github) {
      const news = JSON.parse(run.outputs['new-papers'] ?? '[]') as { id: string; keyword: string }[]
      const announcedIds = news.map((p) => p.id)
      const opened = place.github.issues.length > issuesBefore
      assert.equal(opened, settings.issue && announcedIds.length > 0, `${label}: an issue when papers are new`)
      assert.equal(run.outputs['issue-number'] !== '', opened, `${label}: issue-number`)
      if (opened) {
        const body = place.github.issues.at(-1)!.body ?? ''
        const listed = new Set([...body.matchAll(/arxiv\.org\/abs\/([^)\sv]+)v\d+/g)].map((m) => m[1]!))
        for (const id of listed)
          assert.ok(announcedIds.includes(id), `${label}: the issue lists only new papers (${id})`)
        // Up to 15 a keyword are listed (the rest are counted): a keyword with fewer shows them all.
        for (const { id, keyword } of news)
          if (news.filter((p) => p.keyword === keyword).length <= 15)
            assert.ok(listed.has(id), `${label}: the issue lists ${id}`)
      }
    }
    issuesBefore = issues
    // A paper a reviewer removed, or of a pull request closed unmerged, stays out of the branch.
    if (mode === 'pull-request' && openPull())
      for (const section of digest.sections)
        for (const paper of section.papers)
          assert.ok(
            !keptOut.has(paper.id) || baseDigest.sections.some((s) => s.papers.some((p) => p.id === paper.id)),
            `${label}: ${paper.id} was kept out`,
          )
    // Nothing wiped: a section kept its papers unless max-papers or a removed keyword says otherwise.
    for (const section of before.sections) {
      const now = digest.sections.find((s) => s.title.toLowerCase() === section.title.toLowerCase())
      if (!settings.keywords.some((k) => k.toLowerCase() === section.title.toLowerCase())) continue
      if (events.some((e) => e.startsWith('pull request'))) continue
      assert.ok(
        (now?.papers.length ?? 0) >=
          Math.min(section.papers.length, settings.maxPapers) -
            (events.some((e) => e.startsWith('reviewer')) ? 1 : 0) -
            // A rebuild's full fetch may bring papers of a closed pull request, which stay out.
            [...closedOut()].filter((id) => world.paper(id)?.keyword === section.title.toLowerCase()).length,
        `${label}: ${section.title} kept its papers (${section.papers.length} before, ${now?.papers.length ?? 0} after)`,
      )
    }
    // A keyword arXiv failed for keeps its section exactly as the reader saw it (a pull request's
    // proposed rows included), whatever else the run rebuilt and whatever max-papers says now.
    if (!events.some((e) => e.startsWith('pull request') || e.startsWith('reviewer')))
      for (const title of failing) {
        const ids = (d: Digest) =>
          d.sections.find((s) => s.title.toLowerCase() === title)?.papers.map((p) => p.id) ?? []
        assert.deepEqual(ids(digest), ids(before), `${label}: ${title} kept as it was while arXiv failed`)
      }
    // A quiet day writes nothing at all.
    const quiet =
      !eventBefore && !failedBefore && events.length === 0 && failing.length === 0 && world.changed.size === 0
    if (quiet) {
      assert.equal(run.outputs.changed, 'false', `${label}: changed on a quiet day`)
      assert.equal(place.writes(), writesBefore, `${label}: a write on a quiet day`)
      assert.equal(place.view(), viewBefore, `${label}: the README moved on a quiet day`)
    }
    world.changed.clear()
    failedBefore = failing.length > 0
    eventBefore = events.length > 0
    world.failing.clear()
  }
}

for (const mode of ['local', 'commit', 'pull-request'] as const)
  for (const seed of SEEDS)
    test(`${DAYS} days of runs in ${mode} mode keep every promise (seed ${seed}; SIM_SEED=${seed} replays it)`, async (t) => {
      await liveAYear(mode, seed, t)
    })
