import assert from 'node:assert/strict'
import { test } from 'node:test'
import { FakeGitHub } from './github-server.js'

// The fake must refuse what the real API refuses, or the end-to-end tests prove nothing.
test("the fake GitHub records requests that GitHub's OpenAPI description would reject", async (t) => {
  const github = await FakeGitHub.start({ 'README.md': '# R\n' })
  t.after(() => github.close())
  const headers = { Authorization: `token ${github.token}`, 'Content-Type': 'application/json' }
  const repo = `${github.url}/repos/${github.owner}/${github.repo}`
  const missingField = await fetch(`${repo}/git/trees`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ base_tree: 'x' }),
  })
  assert.equal(missingField.status, 422)
  const wrongType = await fetch(`${repo}/git/commits`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ message: 1, tree: 'x' }),
  })
  assert.equal(wrongType.status, 422)
  const badQuery = await fetch(`${repo}/pulls?state=merged`, { headers })
  assert.equal(badQuery.status, 422)
  const badPath = await fetch(`${repo}/pulls/abc`, { method: 'PATCH', headers, body: JSON.stringify({ body: 'x' }) })
  assert.equal(badPath.status, 422)
  const unknown = await fetch(`${repo}/git/blobs`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ content: 'x' }),
  })
  assert.equal(unknown.status, 404)
  assert.equal(github.violations.length, 5)
  assert.match(github.violations.join('\n'), /git\/create-tree: .*tree/)
  const unauthorised = await fetch(`${repo}/branches/main`, { headers: { Authorization: 'token wrong' } })
  assert.equal(unauthorised.status, 401)
})

test('the fake GitHub hashes git objects as git does', async (t) => {
  const github = await FakeGitHub.start({})
  t.after(() => github.close())
  // `printf 'hello\n' | git hash-object --stdin` and the empty tree's well-known id.
  assert.equal(github.blob(Buffer.from('hello\n')), 'ce013625030ba8dba906f756967f9e9ca394464a')
  assert.equal(github.tree([]), '4b825dc642cb6eb9a060e54bf8d69288fbee4904')
})
