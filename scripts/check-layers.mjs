// Fails on an import cycle between files of src/ (type-only imports included: a cycle of types
// is still two modules that cannot be read apart) and on an import that points up the layers.
// A file's layer is its folder's:
//   common/  <  page/  <  readme/  <  publish/  <  plan/  <  report/  <  arxiv/  <  model/  <  settings/  <  delivery/
//   <  the run (files at the top of src/)
// readme/ is the README's format (the digest's model, its table, parse and render), publish/ the
// files written beside it (feeds, JSON, the page), plan/ what a run changes (merge, update),
// page/ the page's own script and style (built for the browser, it imports nothing of the action),
// report/ the Markdown that tells people about it (pull request and issue bodies).
// A module may import its own layer and the layers below it. A folder without a layer fails too,
// so that a new folder is placed on purpose.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SRC = 'src'
const FOLDERS = ['common', 'page', 'readme', 'publish', 'plan', 'report', 'arxiv', 'model', 'settings', 'delivery']
const folderOf = (file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : undefined)
const layerOf = (file) => (folderOf(file) === undefined ? FOLDERS.length : FOLDERS.indexOf(folderOf(file)))

const files = readdirSync(SRC, { recursive: true })
  .map((name) => name.split(path.sep).join('/'))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
const imports = new Map()
for (const file of files) {
  const text = readFileSync(path.join(SRC, file), 'utf8')
  const targets = [...text.matchAll(/^(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)].map((match) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1].replace(/\.js$/, '.ts'))),
  )
  imports.set(
    file,
    targets.filter((target) => files.includes(target)),
  )
}

const problems = []
for (const file of files)
  if (layerOf(file) === -1) problems.push(`${file} is in a folder the layers do not name (${FOLDERS.join(', ')})`)
for (const [file, targets] of imports) {
  for (const target of targets) {
    if (layerOf(target) > layerOf(file)) problems.push(`${file} imports ${target}, a layer above it`)
  }
}

// Depth-first search; a back edge closes a cycle.
const state = new Map()
const stack = []
function visit(file) {
  state.set(file, 'open')
  stack.push(file)
  for (const target of imports.get(file) ?? []) {
    if (state.get(target) === 'open')
      problems.push(`import cycle: ${[...stack.slice(stack.indexOf(target)), target].join(' -> ')}`)
    else if (!state.has(target)) visit(target)
  }
  stack.pop()
  state.set(file, 'done')
}
for (const file of files) if (!state.has(file)) visit(file)

if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`src/: ${files.length} files, no import cycle, every import points down the layers`)
