import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PaperArxiv } from '../support/arxiv-server.js'
import { startGitHub } from '../support/github-run.js'
import { servedPaper } from '../support/papers.js'
import { startProxy } from '../support/proxy.js'
import { runAction } from '../support/run-action.js'

// A self-hosted runner behind a lab's proxy: arXiv and GitHub are reachable only through it.

const port = (url: string): number => Number(new URL(url).port)

test('on the bundle, behind a proxy: arXiv and GitHub are asked through HTTPS_PROXY / HTTP_PROXY, over two runs; NO_PROXY is honoured', async (t) => {
  const arxiv = await PaperArxiv.start()
  t.after(() => arxiv.close())
  const github = await startGitHub(t, { 'README.md': '# R\n' })
  const proxy = await startProxy({ 'arxiv.test': port(arxiv.url), 'github.test': port(github.url) })
  t.after(() => proxy.close())
  const inputs = {
    keywords: 'Reward Model',
    'arxiv-api-url': 'http://arxiv.test/api/query',
    'request-delay': '0',
    'max-retries': '0',
    'github-token': github.token,
    mode: 'commit',
  }
  const env = {
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_API_URL: 'http://github.test',
    GITHUB_SERVER_URL: 'https://github.com',
    HTTP_PROXY: proxy.url,
    HTTPS_PROXY: proxy.url,
  }
  arxiv.papers = [servedPaper(1), servedPaper(2)]
  const first = await runAction({ inputs, env, runner: 'bundle' })
  assert.equal(first.code, 0, first.stdout + first.stderr)
  assert.match(github.readme()!, /Paper number 2/)
  assert.ok(
    proxy.seen.some((line) => line.includes('arxiv.test')),
    proxy.seen.join('\n'),
  )
  assert.ok(
    proxy.seen.some((line) => line.includes('github.test')),
    proxy.seen.join('\n'),
  )
  assert.deepEqual(github.violations, [])
  // The next day, one paper more: through the proxy again, the run's GitHub calls over one tunnel.
  arxiv.papers = [...arxiv.papers, servedPaper(3)]
  const before = proxy.seen.length
  const second = await runAction({ inputs, env, runner: 'bundle' })
  const tunnels = proxy.seen.slice(before).filter((line) => line.startsWith('CONNECT github.test'))
  assert.equal(tunnels.length, 1, 'one tunnel for every GitHub call of the run')
  assert.equal(second.code, 0, second.stdout + second.stderr)
  assert.match(github.readme()!, /Paper number 3/)
  // NO_PROXY names arXiv's host: it is asked directly, which this machine cannot resolve.
  const seen = proxy.seen.length
  const bypassed = await runAction({
    inputs,
    env: { ...env, NO_PROXY: 'arxiv.test' },
    runner: 'bundle',
  })
  assert.equal(bypassed.code, 1)
  assert.match(bypassed.stdout, /could not reach arXiv at arxiv\.test/)
  assert.ok(!proxy.seen.slice(seen).some((line) => line.includes('arxiv.test')))
})
