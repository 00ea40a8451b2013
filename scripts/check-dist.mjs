// Rebuilds dist/ from the sources into a scratch folder and fails when it differs from the
// committed dist/: the action runs dist/index.js, so a stale bundle would ship old code.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildBundle } from './build.mjs'
import { PAGE_ASSETS, pageAssets } from './build-page.mjs'

if ((await pageAssets()) !== readFileSync(PAGE_ASSETS, 'utf8')) {
  console.error(`${PAGE_ASSETS} is not what src/page/ builds. Run "npm run build" and commit it with dist/.`)
  process.exit(1)
}

const scratch = mkdtempSync(path.join(tmpdir(), 'dist-check-'))
try {
  await buildBundle(path.join(scratch, 'dist'), { quiet: true })
  const names = new Set([...readdirSync('dist'), ...readdirSync(path.join(scratch, 'dist'))])
  const differing = [...names].filter((name) => {
    try {
      return !readFileSync(path.join('dist', name)).equals(readFileSync(path.join(scratch, 'dist', name)))
    } catch {
      return true
    }
  })
  if (differing.length > 0) {
    console.error(
      `dist/ is not what the sources build (${differing.join(', ')} differ). Run "npm run build" and commit dist/.`,
    )
    process.exit(1)
  }
  console.log('dist/ matches the sources')
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
