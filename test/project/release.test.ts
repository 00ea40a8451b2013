import assert from 'node:assert/strict'
import { test } from 'node:test'
import { releasePlan } from '../../scripts/release-plan.mjs'

const CHANGELOG =
  '# Changelog\n\n## Unreleased\n\n- next\n\n## 1.2.0-rc.1 - 2026-12-01\n\n- candidate\n\n## 1.2.0 - 2026-12-05\n\n- Feeds.\n- One request per keyword.\n\n## 1.1.0 - 2026-11-30\n\n- older\n'

test('a final version tag moves the major tag and takes its notes from CHANGELOG.md', () => {
  assert.deepEqual(releasePlan('v1.2.0', '1.2.0', CHANGELOG), {
    tag: 'v1.2.0',
    version: '1.2.0',
    prerelease: false,
    major: 'v1',
    notes: '- Feeds.\n- One request per keyword.',
  })
})

test('a pre-release tag never moves v1', () => {
  const plan = releasePlan('v1.2.0-rc.1', '1.2.0-rc.1', CHANGELOG)
  assert.equal(plan.error, undefined)
  assert.equal(plan.error === undefined && plan.prerelease, true)
  assert.equal(plan.error === undefined ? plan.major : 'error', undefined)
})

test('a tag that does not match package.json, or has no CHANGELOG section, stops the release', () => {
  assert.match(
    releasePlan('v1.3.0', '1.2.0', CHANGELOG).error ?? '',
    /does not match package\.json's version "1\.2\.0"/,
  )
  assert.match(releasePlan('v1.1.1', '1.1.1', CHANGELOG).error ?? '', /CHANGELOG\.md has no "## 1\.1\.1" section/)
  assert.match(releasePlan('latest', '1.2.0', CHANGELOG).error ?? '', /not a version tag/)
})

test('dry run of the release step: for v1.2.0-rc.1 the workflow gets an empty major, so v1 stays', async (t) => {
  const { spawnSync } = await import('node:child_process')
  const { mkdtempSync, rmSync, writeFileSync, readFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  const folder = mkdtempSync(path.join(tmpdir(), 'release-'))
  t.after(() => rmSync(folder, { recursive: true, force: true }))
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ version: '1.2.0-rc.1' }))
  writeFileSync(path.join(folder, 'CHANGELOG.md'), CHANGELOG)
  const script = new URL('../../scripts/release-plan.mjs', import.meta.url).pathname
  const run = spawnSync(process.execPath, [script, 'v1.2.0-rc.1', 'notes.md'], { cwd: folder, encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  const [prerelease, major, ...notes] = run.stdout.trim().split('\n')
  assert.deepEqual([prerelease, major], ['prerelease=true', 'major='])
  assert.equal(readFileSync(path.join(folder, 'notes.md'), 'utf8'), '- candidate\n')
  // The notes as a multi-line output, between a delimiter they cannot hold.
  assert.match(notes.join('\n'), /^notes<<(NOTES_[0-9a-f]{24})\n- candidate\n\1$/)
  const wrong = spawnSync(process.execPath, [script, 'v1.2.0', 'notes.md'], { cwd: folder, encoding: 'utf8' })
  assert.equal(wrong.status, 1)
  assert.match(wrong.stderr, /::error::The tag "v1\.2\.0" does not match package\.json's version/)
})

test('the release workflow runs npm and the release plan only with a read-only token, and writes only in a job that checks out nothing and runs only gh', async () => {
  const { parse } = await import('yaml')
  const { readFileSync, readdirSync } = await import('node:fs')
  const folder = new URL('../../.github/workflows/', import.meta.url)
  type Step = { uses?: string; run?: string; with?: Record<string, unknown> }
  type Job = { permissions?: Record<string, string>; 'timeout-minutes'?: number; steps: Step[] }
  const release = parse(readFileSync(new URL('release.yml', folder), 'utf8')) as {
    permissions: unknown
    jobs: Record<string, Job>
  }
  assert.deepEqual(release.permissions, {}, 'no token by default')
  for (const [name, job] of Object.entries(release.jobs)) {
    const runsNpm = job.steps.some((step) => /\bnpm\b/.test(step.run ?? ''))
    const writes = Object.values(job.permissions ?? {}).includes('write')
    assert.ok(!(runsNpm && writes), `${name}: npm never runs with a token that can write`)
    if (runsNpm)
      for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/checkout')))
        assert.equal(step.with?.['persist-credentials'], false, `${name}: no token kept in the checkout`)
    assert.ok(job['timeout-minutes'], `${name} has a timeout`)
  }
  // The job that can write checks out nothing and runs no code of the repository.
  const writing = Object.entries(release.jobs).filter(([, job]) =>
    Object.values(job.permissions ?? {}).includes('write'),
  )
  assert.equal(writing.length, 1)
  const [, tagging] = writing[0]!
  assert.ok(!tagging.steps.some((step) => step.uses !== undefined), 'no checkout, no action in the writing job')
  assert.ok(
    !tagging.steps.some((step) => /\b(node|npm|npx)\b|scripts\/|^\s*git\s/m.test(step.run ?? '')),
    'only gh runs there',
  )
  const check = tagging.steps.findIndex((step) => /compare\/\$DEFAULT_BRANCH\.\.\.\$SHA/.test(step.run ?? ''))
  const move = tagging.steps.findIndex((step) => /git\/refs\/tags\/\$MAJOR/.test(step.run ?? ''))
  assert.ok(check !== -1 && check < move, 'the tagged commit is checked to be on the default branch before v1 moves')
  // Every action from another repository is pinned to a full commit SHA, its version in a comment.
  for (const file of readdirSync(folder)) {
    for (const line of readFileSync(new URL(file, folder), 'utf8').split('\n')) {
      const uses = /^\s*-?\s*uses:\s*(\S+)(.*)$/.exec(line)
      if (!uses || uses[1]!.startsWith('./')) continue
      assert.match(uses[1]!, /@[0-9a-f]{40}$/, `${file}: ${uses[1]} is pinned to a commit`)
      assert.match(uses[2]!, /# v\d+/, `${file}: ${uses[1]} names its version`)
    }
  }
})

test('this version can be released as documented: package.json, a dated CHANGELOG section, and notes', async (t) => {
  const { spawnSync } = await import('node:child_process')
  const { mkdtempSync, rmSync, readFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  const root = new URL('../../', import.meta.url).pathname
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  assert.equal(version, '1.2.0')
  const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')
  assert.match(changelog, new RegExp(`^## ${version.replace(/\./g, '\\.')} - \\d{4}-\\d{2}-\\d{2}$`, 'm'))
  const folder = mkdtempSync(path.join(tmpdir(), 'release-'))
  t.after(() => rmSync(folder, { recursive: true, force: true }))
  const notes = path.join(folder, 'notes.md')
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/release-plan.mjs'), `v${version}`, notes], {
    cwd: root,
    encoding: 'utf8',
  })
  assert.equal(run.status, 0, run.stderr)
  assert.deepEqual(run.stdout.trim().split('\n').slice(0, 2), ['prerelease=false', 'major=v1'])
  // Every input the README documents is in the notes' version: the CHANGELOG names the new ones.
  const text = readFileSync(notes, 'utf8')
  for (const input of ['site-dir', 'llm-api-url', 'llm-language', 'interests', 'min-relevance', 'exclude'])
    assert.ok(text.includes(`\`${input}\``), input)
})
