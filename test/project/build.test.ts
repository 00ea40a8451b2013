import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { bundledPackages } from '../../scripts/build.mjs'
import { sourcesHash } from '../../scripts/sources-hash.mjs'
import { assertDistCurrent } from '../support/run-action.js'

test('dist/licenses.txt keeps the notice of every package the bundle holds', async () => {
  const licenses = readFileSync(new URL('../../dist/licenses.txt', import.meta.url), 'utf8')
  const packages = await bundledPackages()
  const names = packages.map((p) => p.name)
  // The packages ncc's own notice file left out.
  for (const name of [
    '@actions/core',
    '@actions/exec',
    '@actions/io',
    'undici',
    'tunnel',
    'decode-named-character-reference',
    'character-entities',
  ])
    assert.ok(names.includes(name), `${name} is bundled`)
  for (const { name, version, notice } of packages) {
    assert.ok(licenses.includes(`${name}@${version}\n`), `${name}@${version} is listed`)
    if (notice) assert.ok(licenses.includes(notice), `${name}'s notice is kept whole`)
  }
})

test('a dist/ built from other sources than src/ holds is named before any test runs it', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'stamp-'))
  mkdirSync(path.join(root, 'src'))
  mkdirSync(path.join(root, 'dist'))
  writeFileSync(path.join(root, 'src', 'index.ts'), 'export {}\n')
  writeFileSync(path.join(root, 'package-lock.json'), '{}\n')
  assert.throws(() => assertDistCurrent(root), /dist\/ is older than the sources \(dist\/sources.sha256 is missing\)/)
  writeFileSync(path.join(root, 'dist', 'sources.sha256'), sourcesHash(root))
  assertDistCurrent(root)
  writeFileSync(path.join(root, 'src', 'index.ts'), 'export const changed = 1\n')
  assert.throws(() => assertDistCurrent(root), /names other sources\): run "npm run build"/)
  rmSync(root, { recursive: true, force: true })
})
