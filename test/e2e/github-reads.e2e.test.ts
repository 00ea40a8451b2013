import assert from 'node:assert/strict'
import { test } from 'node:test'
import v8 from 'node:v8'
import vm from 'node:vm'
import { createClient } from '../../src/delivery/github-client.js'
import { GitData } from '../../src/delivery/git-data.js'
import { startGitHub } from '../support/github-run.js'

// Reading files through the REST API as a long run does, many times and under memory pressure.

v8.setFlagsFromString('--expose-gc')
const collect = vm.runInNewContext('gc') as () => void

test('files read through the raw media type survive garbage collection between the answer and its body (30 reads, a collection after each answer)', async (t) => {
  const files = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [`notes/${i}.md`, `\uFEFF# Note ${i}\n${'text '.repeat(2000)}\n`]),
  )
  const github = await startGitHub(t, files)
  const octokit = createClient(github.token, github.url, 'test')
  // A collection right after each answer, before the action reads its body: what memory
  // pressure does in a long run.
  octokit.hook.after('request', async () => {
    collect()
    await new Promise((resolve) => setTimeout(resolve, 1))
    collect()
  })
  const git = new GitData(octokit, { owner: github.owner, repo: github.repo })
  const head = github.refs.get('main')!
  for (let i = 0; i < 30; i++) assert.equal(await git.read(head, `notes/${i}.md`), files[`notes/${i}.md`], `file ${i}`)
})
