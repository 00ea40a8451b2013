import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { bundledPackages } from '../../scripts/build.mjs'

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
