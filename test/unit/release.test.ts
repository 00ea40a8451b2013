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
  assert.deepEqual(run.stdout.trim().split('\n'), ['prerelease=true', 'major='])
  assert.equal(readFileSync(path.join(folder, 'notes.md'), 'utf8'), '- candidate\n')
  const wrong = spawnSync(process.execPath, [script, 'v1.2.0', 'notes.md'], { cwd: folder, encoding: 'utf8' })
  assert.equal(wrong.status, 1)
  assert.match(wrong.stderr, /::error::The tag "v1\.2\.0" does not match package\.json's version/)
})
