import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Table } from 'mdast'
import { parse } from 'yaml'
import { Outputs } from '../../src/outputs.js'
import { CHOOSABLE_COLUMNS } from '../../src/readme/table.js'
import { Inputs } from '../../src/settings/inputs.js'
import { parseGfm, visibleText } from '../support/gfm.js'

const root = new URL('../../', import.meta.url)
const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
  name: string
  description: string
  branding: { icon: string; color: string }
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
const readme = parseGfm(readFileSync(new URL('README.md', root), 'utf8'))

/** The first table after the `## <title>` heading, as rows of cell texts (header row dropped). */
function tableAfter(title: string): string[][] {
  const start = readme.children.findIndex(
    (node) => node.type === 'heading' && node.depth === 2 && visibleText(node) === title,
  )
  assert.ok(start >= 0, `README has a "## ${title}" section`)
  const table = readme.children.slice(start).find((node): node is Table => node.type === 'table')
  assert.ok(table)
  return table.children.slice(1).map((row) => row.children.map((cell) => visibleText(cell)))
}

test('action.yml: node24, dist/index.js, Marketplace metadata, every input and output described', () => {
  assert.equal(action.runs.using, 'node24')
  assert.equal(action.runs.main, 'dist/index.js')
  assert.ok(action.name && action.description && action.branding.icon && action.branding.color)
  for (const [name, input] of Object.entries(action.inputs)) {
    assert.ok(input.description.length > 20, name)
    if (!input.required) assert.ok('default' in input, `${name} has a default`)
  }
  for (const [name, output] of Object.entries(action.outputs)) assert.ok(output.description.length > 10, name)
})

test('the inputs the code reads are exactly those action.yml declares', () => {
  assert.deepEqual(Object.values(Inputs).sort(), Object.keys(action.inputs).sort())
  assert.deepEqual(Object.values(Outputs).sort(), Object.keys(action.outputs).sort())
})

test('the README inputs table matches action.yml: names, order and defaults', () => {
  const rows = tableAfter('Inputs')
  assert.deepEqual(
    rows.map((row) => row[0]),
    Object.keys(action.inputs),
  )
  for (const [name, , shown] of rows) {
    const input = action.inputs[name!]!
    const expected = input.required ? '(required)' : input.default === '' ? '(empty)' : input.default
    assert.equal(shown, expected, `default of ${name}`)
  }
})

test('the README outputs table matches action.yml', () => {
  assert.deepEqual(
    tableAfter('Outputs').map((row) => row[0]),
    Object.keys(action.outputs),
  )
})

test('the bundle holds one copy of @octokit/core, and the local path never loads Octokit', () => {
  const dist = new URL('dist/', root)
  const files = readdirSync(dist).filter((name) => name.endsWith('.js'))
  const copies = files.reduce(
    (sum, name) => sum + (readFileSync(new URL(name, dist), 'utf8').match(/octokit-core\.js\//g) ?? []).length,
    0,
  )
  assert.equal(copies, 1)
  assert.doesNotMatch(readFileSync(new URL('index.js', dist), 'utf8'), /octokit-core\.js\//)
})

test('every table in the README keeps its shape on GitHub', () => {
  for (const node of readme.children) {
    if (node.type !== 'table') continue
    const width = node.children[0]!.children.length
    for (const row of node.children) assert.equal(row.children.length, width, visibleText(row).slice(0, 80))
  }
})

test("the README's columns example is what the action renders for that paper", async () => {
  const { renderRow, headerLine } = await import('../../src/readme/table.js')
  const text = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const example = /## Columns[\s\S]*?```markdown\n([\s\S]*?)```/.exec(text)?.[1]?.trim().split('\n') ?? []
  const columns = ['Title', 'Date', 'Authors', 'Code', 'Abstract']
  assert.equal(example[0], headerLine(columns))
  const paper = {
    id: '2611.01234',
    version: 2,
    title: 'Reward Models that Explain',
    date: '2026-11-20',
    abstract: 'We release code at https://github.com/lab/explain-rm.',
    comment: '',
    authors: ['Ada Lovelace', 'Alan Turing'],
  }
  assert.equal(example[2], renderRow(paper, columns))
})

test('every relative link in README.md and docs/ leads to a file of the repository', async () => {
  const { existsSync } = await import('node:fs')
  const path = await import('node:path')
  const root = new URL('../../', import.meta.url).pathname
  const files = [
    'README.md',
    'CONTRIBUTING.md',
    'SECURITY.md',
    ...readdirSync(new URL('../../docs/', import.meta.url)).map((f) => `docs/${f}`),
  ].filter((file) => file.endsWith('.md'))
  const broken: string[] = []
  for (const file of files) {
    const links: string[] = []
    const visit = (node: { type: string; url?: string; children?: unknown[] }): void => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url)
        links.push(node.url)
      for (const child of node.children ?? []) visit(child as { type: string })
    }
    visit(parseGfm(readFileSync(path.join(root, file), 'utf8')))
    for (const link of links) {
      if (/^[a-z]+:/i.test(link) || link.startsWith('#')) continue
      const target = path.join(root, path.dirname(file), decodeURIComponent(link.split('#')[0]!))
      if (!existsSync(target)) broken.push(`${file}: ${link}`)
    }
  }
  assert.deepEqual(broken, [])
})

test('the README shows a picture of the rendered digest above its Markdown', () => {
  const text = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const picture = text.indexOf('](docs/images/readme-example.png)')
  assert.ok(picture !== -1 && picture < text.indexOf('```markdown'))
  const png = readFileSync(new URL('../../docs/images/readme-example.png', import.meta.url))
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file')
})

test('every column a user may name is documented where columns are: action.yml and the README', () => {
  const columns = action.inputs.columns!.description
  const readmeText = readFileSync(new URL('README.md', root), 'utf8')
  const section = readmeText.slice(
    readmeText.indexOf('## Columns'),
    readmeText.indexOf('## A digest that reads for you'),
  )
  for (const name of CHOOSABLE_COLUMNS) {
    assert.ok(columns.includes(name), `action.yml's columns names ${name}`)
    assert.ok(section.includes(`\`${name}\``), `the README's Columns section names ${name}`)
  }
})
