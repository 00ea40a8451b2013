import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Table } from 'mdast'
import { entry, feed, fixture, startArxivServer, type Handler } from '../support/arxiv-server.js'
import { FakeGitHub } from '../support/github-server.js'
import { parseGfm, visibleText } from '../support/gfm.js'
import { runOnGitHub } from '../support/github-run.js'
import { runAction, workspaceWith } from '../support/run-action.js'
import { servedPaper } from '../support/papers.js'

// Every message the troubleshooting table (docs/troubleshooting.md, and the README's first three) quotes is produced, word for word, by the case
// it describes. In the table, `...` stands for text the case fills in, and X, x, owner/repo, #n
// and abc1234 for names.

const page = parseGfm(readFileSync(new URL('../../docs/troubleshooting.md', import.meta.url), 'utf8'))
const table = page.children.find((node): node is Table => node.type === 'table')!
const quoted = table.children.slice(1).map((row) => visibleText(row.children[0]!).replace(/ \(warning\)$/, ''))

function pattern(message: string): RegExp {
  const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const wild = escaped
    .replace(/\\\.\\\.\\\./g, '.*')
    .replace(/\bowner\/repo\b/g, '\\S+/\\S+')
    .replace(/#n\b/g, '#\\d+')
    .replace(/\babc1234\b/g, '[0-9a-f]{7}')
    .replace(/"[Xx]"/g, '"[^"]+"')
    .replace(/\bfrom x\b/g, 'from \\S+')
  return new RegExp(wild)
}

const paper = (n: number) => entry(servedPaper(n, { title: `Paper ${n}` }))
const good = feed([paper(1), paper(2)])

async function local(
  inputs: Record<string, string>,
  files: Record<string, string> = {},
  handler: Handler = () => ({ body: good }),
): Promise<string> {
  const arxiv = await startArxivServer(handler)
  try {
    const result = await runAction({
      inputs: { keywords: 'X', mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0', ...inputs },
      workspace: workspaceWith(files),
    })
    return result.stdout
  } finally {
    await arxiv.close()
  }
}

async function github(
  inputs: Record<string, string>,
  prepare: (github: FakeGitHub) => void | Promise<void> = () => undefined,
  files: Record<string, string> | null = { 'README.md': '# R\n' },
): Promise<string> {
  const arxiv = await startArxivServer(() => ({ body: good }))
  const fake = await FakeGitHub.start(files)
  try {
    await prepare(fake)
    return (await runOnGitHub(fake, arxiv.url, { keywords: 'X', ...inputs })).stdout
  } finally {
    await arxiv.close()
    await fake.close()
  }
}

const rows = (lines: number, extra: string) =>
  `${'\n'.repeat(lines)}<!-- arxiv-daily:start -->\nLast update: 2025-01-01\n## K\n${extra}\n<!-- arxiv-daily:end -->\n`
const header = '| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |'
const row = (n: number): string =>
  `| **[Held ${n}](https://arxiv.org/abs/2401.${String(n).padStart(5, '0')}v1)** | 2024-01-01 | <details><summary>Show</summary><p>A</p></details> |  |`
const emptyFeed = fixture('v2026_empty_idlist_0000.0000.xml')

/** The case each message describes, found by the start of the message. */
const CASES: [string, () => Promise<string>][] = [
  ['Input "max_papers" is not an input', () => local({ max_papers: '5' })],
  ['Input "issue" does nothing in mode "local"', () => local({ issue: 'true' })],
  ['Input "mode": must be one of', () => local({ mode: 'pr' })],
  ['Input "categories": looks like a YAML list', () => local({ categories: '[cs.LG, stat.ML]' })],
  ['Input "keywords": is empty', () => local({ keywords: '' })],
  [
    'Input "request-delay"',
    () => local({ 'request-delay': '1', 'arxiv-api-url': 'https://export.arxiv.org/api/query' }),
  ],
  ['Input "keywords": the arXiv query', () => local({ keywords: 'X = ti:"a' })],
  [
    'README.md line 15',
    () =>
      local(
        {},
        {
          'README.md': rows(
            9,
            `${header}\n| **[T](https://arxiv.org/abs/2501.00001v1)** | 2025-1-2 | <details><summary>Show</summary><p>A</p></details> | |`,
          ),
        },
      ),
  ],
  [
    'README.md line 5: a paper table under',
    () => local({ keywords: 'NbSe2' }, { 'README.md': `# R\n\n## Papers\n### NbSe2\n${header}\n${row(1)}\n` }),
  ],
  [
    "The README's DailyArXiv digest was not adopted",
    () =>
      local(
        { keywords: 'Graph Neural Network' },
        { 'README.md': `# R\n\n## Graph Neural Networks\n${header}\n${row(1)}\n${row(2)}\n` },
      ),
  ],
  [
    '... "X" holds',
    () =>
      local(
        { keywords: 'X' },
        { 'README.md': `# R\n\n## X\n${header}\n${Array.from({ length: 101 }, (_, i) => row(i + 1)).join('\n')}\n` },
      ),
  ],
  [
    'The section "X" was removed',
    async () => {
      const arxiv = await startArxivServer(() => ({ body: good }))
      try {
        const workspace = workspaceWith()
        const inputs = { mode: 'local', 'arxiv-api-url': arxiv.url, 'request-delay': '0' }
        await runAction({ inputs: { ...inputs, keywords: 'X\nY' }, workspace })
        return (await runAction({ inputs: { ...inputs, keywords: 'Y' }, workspace })).stdout
      } finally {
        await arxiv.close()
      }
    },
  ],
  ['Input "keywords": looks like a YAML list', () => local({ keywords: '[Reward Model, Diffusion Model]' })],
  [
    'arXiv found no paper for the keyword',
    () => local({}, {}, () => ({ body: fixture('v2026_empty_idlist_0000.0000.xml') })),
  ],
  ['READEM.md does not exist', () => local({ 'readme-path': 'READEM.md' }, { 'README.md': '# R\n' })],
  ['arXiv looks down', () => local({ keywords: 'A\nB\nC', 'max-retries': '0' }, {}, () => ({ status: 503 }))],
  ['could not reach arXiv at', () => local({ 'arxiv-api-url': 'http://127.0.0.1:9/api/query', 'max-retries': '0' })],
  ['Input "columns"', () => local({ columns: 'Directions' })],
  [
    'The authors and dates of',
    () =>
      local(
        { columns: 'Authors, Abstract', 'max-papers': '1', 'max-retries': '0' },
        { 'README.md': `# R\n\n## X\n${header}\n${row(1)}\n` },
        (request) => (request.url.searchParams.has('id_list') ? { status: 503 } : { body: good }),
      ),
  ],
  [
    'README.md line 3',
    () =>
      local(
        {},
        { 'README.md': '# R\n<!-- arxiv-daily:start -->\n<!-- arxiv-daily:start -->\n<!-- arxiv-daily:end -->\n' },
      ),
  ],
  [
    'Keyword "X" was not updated: arXiv answered HTTP 503',
    () => local({ 'max-retries': '3' }, {}, () => ({ status: 503 })),
  ],
  ['Every keyword failed', () => local({ 'max-retries': '0' }, {}, () => ({ status: 503 }))],
  [
    'arXiv rejected the query',
    () => local({}, {}, () => ({ status: 400, body: fixture('v2026_error_http400_idlist_abc.xml') })),
  ],
  ['arXiv answered HTTP 429', () => local({}, {}, () => ({ status: 429, headers: { 'Retry-After': '3600' } }))],
  [
    'GitHub refused to create a pull request',
    () => github({ mode: 'pull-request' }, (g) => void (g.pullRequestCreationAllowed = false)),
  ],
  ['GitHub refused to update the branch "main"', () => github({}, (g) => void g.protectedBranches.add('main'))],
  [
    'GitHub refused to update the branch "arxiv-daily/update"',
    () =>
      github({ mode: 'pull-request' }, (g) => {
        g.refs.set(
          'arxiv-daily/update',
          g.commitFiles(g.refs.get('main'), { 'R.md': 'x' }, 'Update arXiv papers (1 new)'),
        )
        g.faults.set('git/update-ref', [
          { status: 422, message: 'Repository rule violations found\n\nCannot force-push to this branch\n\n' },
        ])
      }),
  ],
  [
    'GitHub refused to read the branch "main" (HTTP 403: API rate limit',
    () =>
      github(
        {},
        (g) =>
          void g.faults.set('repos/get-branch', [
            {
              status: 403,
              message: 'API rate limit exceeded for installation.',
              headers: {
                'x-ratelimit-remaining': '0',
                'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
              },
            },
          ]),
      ),
  ],
  [
    'GitHub refused to create a tree',
    () =>
      github(
        {},
        (g) =>
          void g.faults.set('git/create-tree', [{ status: 403, message: 'Resource not accessible by integration' }]),
      ),
  ],
  ['GitHub refused to ... (HTTP 401', () => github({ 'github-token': 'ghs_wrong' })],
  [
    'The branch "main" kept moving',
    () => github({}, (g) => void (g.beforeRefUpdate = () => void g.push('main', { 'N.md': String(Math.random()) }))),
  ],
  ['The branch "x" does not exist', () => github({ base: 'nope' })],
  ['The repository owner/repo has no commits yet', () => github({}, () => undefined, null)],
  ['Input "categories"', () => local({ categories: 'cs.se' })],
  ['Input "keywords": "', () => local({ keywords: '|||' })],
  [
    'Input "readme-path": "README.md" is a symbolic link',
    () => github({}, (g) => void g.pushSymlink('main', 'README.md', 'docs/README.md'), { 'docs/README.md': '# D\n' }),
  ],
  ['Input "readme-path": "readme.md" does not exist', () => github({ 'readme-path': 'readme.md' })],
  ['Input "readme-path"', () => local({ 'readme-path': 'docs' }, { 'docs/a.md': 'x' })],
  [
    'Keyword "X" was not updated: arXiv returned no papers',
    () => {
      const held = {
        'README.md': rows(
          0,
          `${header}\n| **[T](https://arxiv.org/abs/2511.00001v1)** | 2025-11-01 | <details><summary>Show</summary><p>A</p></details> |  |`,
        ),
      }
      return local({ keywords: 'K' }, held, () => ({ body: emptyFeed }))
    },
  ],
  [
    'The branch "x" exists and holds commits',
    () =>
      github(
        { mode: 'pull-request', 'pr-branch': 'dev' },
        (g) => void g.refs.set('dev', g.commitFiles(g.refs.get('main'), { 'D.md': 'mine' }, 'My work')),
      ),
  ],
  [
    'Could not request reviews',
    () => github({ mode: 'pull-request', 'pr-reviewers': 'stranger' }, (g) => void (g.collaborators = new Set())),
  ],
  ['The README update itself was delivered', () => github({ issue: 'true' }, (g) => void (g.issuesEnabled = false))],
  ['Input "github-token"', () => local({ mode: 'commit', 'github-token': '' })],
]

test("the README's troubleshooting messages are the table's (and so produced as quoted)", () => {
  const readme = parseGfm(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'))
  const start = readme.children.findIndex(
    (node) => node.type === 'heading' && node.depth === 2 && visibleText(node) === 'Troubleshooting',
  )
  const list = readme.children.slice(start).find((node) => node.type === 'list')
  assert.ok(list && list.type === 'list')
  const messages = list.children.map((item) => {
    const code = JSON.stringify(item).match(/"type":"inlineCode","value":"((?:\\.|[^"\\])*)"/)
    return JSON.parse(`"${code?.[1] ?? ''}"`) as string
  })
  assert.equal(messages.length, 3)
  for (const message of messages)
    assert.ok(
      quoted.some((row) => pattern(message).test(row)),
      `not in docs/troubleshooting.md: ${message}`,
    )
})

test('every message the troubleshooting table quotes has a case here', () => {
  for (const message of quoted)
    assert.ok(
      CASES.some(([prefix]) => message.startsWith(prefix)),
      `no case for: ${message}`,
    )
})

for (const message of quoted) {
  test(`troubleshooting: ${message.slice(0, 70)}`, async () => {
    const found = CASES.find(([prefix]) => message.startsWith(prefix))
    assert.ok(found, `no case for: ${message}`)
    const output = await found[1]()
    assert.match(output, pattern(message))
  })
}
