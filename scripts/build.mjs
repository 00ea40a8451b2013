// Builds the bundle the action runs (dist/index.js and its chunks) with ncc. The only place the
// ncc flags are written: `npm run build` writes dist/, and check-dist.mjs builds into a scratch
// folder with the same flags to compare.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, transform } from 'esbuild'
import { writePageAssets } from './build-page.mjs'
import { sourcesHash, STAMP } from './sources-hash.mjs'

/**
 * The npm packages the bundle holds, each with the notice its license asks to be kept: found by
 * following the entry's imports (static and dynamic, as ncc does) with esbuild's metafile, so
 * that no bundled package is left out (ncc's own --license misses packages of lazy chunks).
 */
export async function bundledPackages(entry = 'src/index.ts') {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outdir: 'unused',
  })
  const folders = new Set()
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match) folders.add(match[1])
  }
  return [...folders]
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'))
      const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name))
      return {
        name: manifest.name,
        version: manifest.version,
        license: typeof manifest.license === 'string' ? manifest.license : 'see its notice',
        notice: file ? readFileSync(path.join(folder, file), 'utf8').trim() : undefined,
      }
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

function licensesText(packages) {
  return `${packages
    .map(
      ({ name, version, license, notice }) =>
        `${name}@${version}\n${license}\n${notice ?? '(no notice file in the package)'}\n`,
    )
    .join('\n')}`
}

/**
 * ncc minifies the entry but not the chunks of lazy imports (the run, GitHub delivery, the model),
 * which held two thirds of the bundle's bytes: esbuild minifies them in place, keeping their
 * exports, so that a runner downloads and parses less.
 */
async function minifyChunks(folder) {
  for (const name of readdirSync(folder).filter((file) => /^\d+\.index\.js$/.test(file))) {
    const file = path.join(folder, name)
    const { code } = await transform(readFileSync(file, 'utf8'), {
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
    })
    writeFileSync(file, code)
  }
}

/** Builds into a scratch folder and replaces `outDir` only when the build succeeded. */
export async function buildBundle(outDir, { quiet = false } = {}) {
  const scratch = mkdtempSync(path.join(path.dirname(path.resolve(outDir)), '.dist-build-'))
  try {
    const flags = ['--target', 'es2022', '--minify', ...(quiet ? ['--quiet'] : [])]
    execFileSync('npx', ['ncc', 'build', 'src/index.ts', '-o', scratch, ...flags], { stdio: 'inherit' })
    await minifyChunks(scratch)
    writeFileSync(path.join(scratch, 'licenses.txt'), licensesText(await bundledPackages()))
    writeFileSync(path.join(scratch, STAMP), sourcesHash())
    if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true })
    renameSync(scratch, outDir)
    // A scratch folder is private to its maker; dist/ is read like any folder of the checkout.
    chmodSync(outDir, 0o755)
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true })
    throw error
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writePageAssets()
  await buildBundle('dist')
}
