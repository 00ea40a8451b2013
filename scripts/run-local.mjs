// `npm run local`: runs the built action in local mode, as the runner would, with no token.
// It writes README.md into ./local-run/ (or GITHUB_WORKSPACE, a clone of your own repository), the
// job summary to a file outside it (its path is printed last, so that nothing is added to your
// repository but what the action writes), and prints the log as a person reads it.
//   npm run local                                  the keywords of .env.example
//   npm run local -- --keywords "Reward Model" --max-papers 20
// Any input of action.yml can be given as --<input-name> <value>; the rest come from .env.example.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))

/** The input names action.yml declares (two-space keys under `inputs:`). */
function inputNames() {
  const text = readFileSync(path.join(root, 'action.yml'), 'utf8')
  const block = text.slice(text.indexOf('\ninputs:'), text.indexOf('\noutputs:'))
  return [...block.matchAll(/^ {2}([a-z][a-z0-9-]*):\s*$/gm)].map((match) => match[1])
}

function closest(name, names) {
  const normal = name.replace(/_/g, '-').toLowerCase()
  return names.find((known) => known === normal || known.startsWith(normal) || normal.startsWith(known))
}

export function parseArgs(args, names) {
  const inputs = {}
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? ''
    const name = /^--([A-Za-z0-9_-]+)$/.exec(flag)?.[1]
    if (!name) return { error: `Expected --<input-name> <value> pairs, got ${JSON.stringify(flag)}` }
    if (!names.includes(name)) {
      const near = closest(name, names)
      return {
        error: `Unknown input --${name}${near ? `; did you mean --${near}?` : ''} (the inputs are those of action.yml: ${names.join(', ')})`,
      }
    }
    if (args[i + 1] === undefined) return { error: `--${name} needs a value` }
    inputs[name] = args[i + 1]
  }
  return { inputs }
}

const PROPERTY = /^([a-z]+)=(.*)$/

/** A workflow command line (`::warning title=X::text`) as a person reads it; undefined drops it. */
export function humanLine(line) {
  const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
  if (!command) return line
  const [, name, properties = '', raw] = command
  const text = raw.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  const title = properties
    .split(',')
    .map((property) => PROPERTY.exec(property))
    .find((match) => match?.[1] === 'title')?.[2]
  switch (name) {
    case 'error':
    case 'warning':
    case 'notice':
      return `${name}${title ? ` (${title.replace(/%2C/g, ',')})` : ''}: ${text}`
    case 'group':
      return `== ${text}`
    case 'debug':
    case 'endgroup':
    case 'add-mask':
    case 'set-output':
    case 'save-state':
      return undefined
    default:
      return text
  }
}

function main() {
  const env = { ...process.env }
  for (const line of readFileSync(path.join(root, '.env.example'), 'utf8').split('\n')) {
    const match = /^([A-Z_][A-Z0-9_-]*)=(.*)$/.exec(line.trim())
    if (match && env[match[1]] === undefined) env[match[1]] = match[2]
  }
  const parsed = parseArgs(process.argv.slice(2), inputNames())
  if (parsed.error) {
    console.error(parsed.error)
    process.exit(2)
  }
  for (const [name, value] of Object.entries(parsed.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  env.INPUT_MODE = 'local'
  env.GITHUB_WORKSPACE = path.resolve(process.env.INIT_CWD ?? process.cwd(), env.GITHUB_WORKSPACE ?? '.')
  mkdirSync(env.GITHUB_WORKSPACE, { recursive: true })
  const dist = path.join(root, 'dist', 'index.js')
  if (!existsSync(dist)) {
    console.error('dist/index.js is missing: run "npm run build" first')
    process.exit(1)
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'local-run-'))
  env.GITHUB_OUTPUT = path.join(scratch, 'output')
  env.GITHUB_STEP_SUMMARY = path.join(scratch, 'job-summary.md')
  writeFileSync(env.GITHUB_OUTPUT, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  const result = spawnSync(process.execPath, [dist], { env, encoding: 'utf8' })
  for (const line of `${result.stdout}${result.stderr}`.split('\n')) {
    const shown = humanLine(line)
    if (shown !== undefined) console.log(shown)
  }
  const outputs = readFileSync(env.GITHUB_OUTPUT, 'utf8')
  rmSync(env.GITHUB_OUTPUT, { force: true })
  const readme = path.join(env.GITHUB_WORKSPACE, env['INPUT_README-PATH'] || 'README.md')
  if (/^changed<<(\S+)\ntrue\n\1$/m.test(outputs)) console.log(`\nREADME written: ${readme}`)
  console.log(`Job summary: ${env.GITHUB_STEP_SUMMARY}`)
  process.exit(result.status ?? 1)
}

if (process.argv[1] === new URL(import.meta.url).pathname) main()
