// Extracts the operations the action uses from GitHub's published OpenAPI description
// (npm package @octokit/openapi, ~385 MB, installed outside the project) into a small file
// that the fake GitHub server validates every request against.
// Usage: node scripts/extract-openapi.mjs /path/to/node_modules/@octokit/openapi
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const OPERATIONS = {
  'repos/get': ['get', '/repos/{owner}/{repo}'],
  'repos/get-branch': ['get', '/repos/{owner}/{repo}/branches/{branch}'],
  'repos/get-content': ['get', '/repos/{owner}/{repo}/contents/{path}'],
  'git/create-tree': ['post', '/repos/{owner}/{repo}/git/trees'],
  'git/create-commit': ['post', '/repos/{owner}/{repo}/git/commits'],
  'git/create-ref': ['post', '/repos/{owner}/{repo}/git/refs'],
  'git/update-ref': ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  'pulls/list': ['get', '/repos/{owner}/{repo}/pulls'],
  'pulls/create': ['post', '/repos/{owner}/{repo}/pulls'],
  'pulls/update': ['patch', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  'pulls/request-reviewers': ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'],
  'issues/create': ['post', '/repos/{owner}/{repo}/issues'],
  'issues/add-labels': ['post', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  'issues/add-assignees': ['post', '/repos/{owner}/{repo}/issues/{issue_number}/assignees'],
  'issues/create-comment': ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  'issues/update': ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  'repos/compare-commits-with-basehead': ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  'git/get-tree': ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  'issues/list-for-repo': ['get', '/repos/{owner}/{repo}/issues'],
  'git/get-commit': ['get', '/repos/{owner}/{repo}/git/commits/{commit_sha}'],
}

const root = process.argv[2]
const spec = JSON.parse(readFileSync(path.join(root, 'generated/api.github.com.deref.json'), 'utf8'))
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version
const operations = {}
for (const [id, [method, route]] of Object.entries(OPERATIONS)) {
  const operation = spec.paths[route]?.[method]
  if (!operation || operation.operationId !== id) throw new Error(`${method} ${route} is not ${id}`)
  const parameters = (operation.parameters ?? []).map(({ name, in: where, required, schema }) => ({
    name,
    in: where,
    required: Boolean(required),
    schema,
  }))
  const body = operation.requestBody?.content?.['application/json']?.schema
  operations[id] = {
    method: method.toUpperCase(),
    route,
    parameters,
    requestBody: body ? { required: Boolean(operation.requestBody.required), schema: body } : undefined,
  }
}
const out = { source: `@octokit/openapi@${version} generated/api.github.com.deref.json`, operations }
writeFileSync(new URL('../test/openapi/operations.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`)
console.log(`extracted ${Object.keys(operations).length} operations from @octokit/openapi@${version}`)
