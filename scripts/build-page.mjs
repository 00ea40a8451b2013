// Builds the page's script and style (src/page/) into src/publish/page-assets.ts, the module from
// which site.ts inlines them into index.html and hashes them for its Content-Security-Policy.
// `npm run build` writes it; check-dist.mjs fails when it is not what src/page/ builds.
import { readFileSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'

export const PAGE_ASSETS = 'src/publish/page-assets.ts'

/** The text of page-assets.ts for the sources as they are. */
export async function pageAssets() {
  const result = await build({
    entryPoints: ['src/page/app.ts'],
    tsconfig: 'src/page/tsconfig.json',
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  })
  const script = result.outputFiles[0].text
  const style = readFileSync('src/page/style.css', 'utf8')
  return [
    '// Written by scripts/build-page.mjs from src/page/ (npm run build): edit those, not this file.',
    `export const PAGE_SCRIPT = ${JSON.stringify(script)}`,
    `export const PAGE_STYLE = ${JSON.stringify(style)}`,
    '',
  ].join('\n')
}

export async function writePageAssets() {
  writeFileSync(PAGE_ASSETS, await pageAssets())
}
