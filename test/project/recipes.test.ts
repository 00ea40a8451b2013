import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { parse } from 'yaml'

// The recipes that post arXiv text elsewhere are run on hostile titles, with the real jq.

const recipes = readFileSync(new URL('../../docs/recipes.md', import.meta.url), 'utf8')

interface Step {
  run?: string
}

function slackScript(): string {
  const section = recipes.slice(recipes.indexOf('## Post the new papers to a chat'))
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  const workflow = parse(yaml) as { jobs: Record<string, { steps: Step[] }> }
  const script = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((step) => step.run?.includes('WEBHOOK'))?.run
  assert.ok(script, 'the recipe posts to a webhook')
  // Instead of posting, print what would be posted.
  return script.replace(/\| curl [^\n]*/, '')
}

test('the Slack recipe escapes arXiv text: a title can neither ping the channel nor forge a link', () => {
  const papers = [
    {
      id: '2611.00001',
      title: 'Attention <!channel> is all <https://example.org/login|you need> & more',
      url: 'https://arxiv.org/abs/2611.00001v1',
      date: '2026-11-01',
      keyword: 'LLM <b>',
    },
  ]
  const posted = execFileSync('bash', ['-c', slackScript()], {
    env: { PATH: process.env.PATH ?? '', PAPERS: JSON.stringify(papers), WEBHOOK: 'unused' },
    encoding: 'utf8',
  })
  const { text } = JSON.parse(posted) as { text: string }
  assert.equal(
    text,
    '• <https://arxiv.org/abs/2611.00001v1|Attention &lt;!channel&gt; is all &lt;https://example.org/login|you need&gt; &amp; more> (LLM &lt;b&gt;, 2026-11-01)',
  )
  // Slack's only control sequences are <...>: the one left is the paper's own link.
  assert.deepEqual(text.match(/<[^>]*>/g), [
    '<https://arxiv.org/abs/2611.00001v1|Attention &lt;!channel&gt; is all &lt;https://example.org/login|you need&gt; &amp; more>',
  ])
})
