// Builds the bundle the action runs (dist/index.js and its chunks) with ncc. The only place the
// ncc flags are written: `npm run build` writes dist/, and check-dist.mjs builds into a scratch
// folder with the same flags to compare.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export function buildBundle(outDir, { quiet = false } = {}) {
  rmSync(outDir, { recursive: true, force: true })
  const flags = ['--license', 'licenses.txt', '--target', 'es2022', '--minify', ...(quiet ? ['--quiet'] : [])]
  execFileSync('npx', ['ncc', 'build', 'src/index.ts', '-o', outDir, ...flags], { stdio: 'inherit' })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildBundle('dist')
