// `npm run local`: runs the built action in local mode, as the runner would, with no token.
// It writes README.md into ./local-run/ (or GITHUB_WORKSPACE) and prints where.
//   npm run local                                  keywords from .env.example
//   npm run local -- --keywords "Reward Model" --max-papers 20
// Any input can be given as --<input-name> <value>; the rest come from .env.example.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))
const env = { ...process.env }
for (const line of readFileSync(path.join(root, '.env.example'), 'utf8').split('\n')) {
  const match = /^([A-Z_][A-Z0-9_-]*)=(.*)$/.exec(line.trim())
  if (match && env[match[1]] === undefined) env[match[1]] = match[2]
}
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i += 2) {
  const name = /^--([a-z-]+)$/.exec(args[i] ?? '')?.[1]
  if (!name || args[i + 1] === undefined) {
    console.error(`Expected --<input-name> <value> pairs, got ${JSON.stringify(args[i])}`)
    process.exit(2)
  }
  env[`INPUT_${name.toUpperCase()}`] = args[i + 1]
}
env.INPUT_MODE = 'local'
env.GITHUB_WORKSPACE = path.resolve(process.env.INIT_CWD ?? process.cwd(), env.GITHUB_WORKSPACE ?? '.')
mkdirSync(env.GITHUB_WORKSPACE, { recursive: true })
const dist = path.join(root, 'dist', 'index.js')
if (!existsSync(dist)) {
  console.error('dist/index.js is missing: run "npm run build" first')
  process.exit(1)
}
const result = spawnSync(process.execPath, [dist], { env, stdio: 'inherit' })
console.log(`\nREADME: ${path.join(env.GITHUB_WORKSPACE, env['INPUT_README-PATH'] ?? 'README.md')}`)
process.exit(result.status ?? 1)
