import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Heading, Nodes } from 'mdast'
import { failureSummaryMarkdown } from '../../src/summary.js'
import { parseGfm, tables, visibleText } from '../support/gfm.js'

test('a failed run: a heading, the message quoted as text, a row per failed keyword, and what the next run does', () => {
  const markdown = failureSummaryMarkdown(
    {
      message: 'Every keyword failed <img src=x onerror=alert(1)> [link](https://evil.example)',
      failures: [
        { title: 'Alpha | Beta', error: 'HTTP 503' },
        { title: 'Gamma', error: 'timed out' },
      ],
      beforeAnyRequest: false,
    },
    'README.md',
  )
  const root = parseGfm(markdown)
  const heading = root.children.find((node): node is Heading => node.type === 'heading')
  assert.equal(heading && visibleText(heading), 'arXiv daily digest')
  // The message shows as text: no HTML, and no link but a bare URL shown as itself (GitHub links
  // those in any text), so no text can pose as a link to somewhere else.
  const walk = (node: Nodes): void => {
    assert.notEqual(node.type, 'html', markdown)
    if (node.type === 'link') assert.equal(visibleText(node), node.url, markdown)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(root)
  assert.match(visibleText(root), /<img src=x onerror=alert\(1\)> \[link\]\(https:\/\/evil\.example\)/)
  const [table] = tables(root)
  assert.ok(table, markdown)
  assert.deepEqual(
    table.children.slice(1).map((row) => row.children.map((cell) => visibleText(cell))),
    [
      ['Alpha | Beta', 'failed: HTTP 503'],
      ['Gamma', 'failed: timed out'],
    ],
  )
  assert.match(markdown, /\*\*Next run:\*\* it asks arXiv again and catches up/)
  const early = failureSummaryMarkdown({ message: 'Input "keywords": is empty', beforeAnyRequest: true }, undefined)
  assert.match(early, /Nothing was written and nothing was asked of arXiv/)
})
