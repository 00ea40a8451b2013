import assert from 'node:assert/strict'
import type { TestContext } from 'node:test'
import { FakeGitHub } from './github-server.js'
import { runAction, type ActionRun } from './run-action.js'

/** A fake GitHub holding `files` on main (`null`: no commit at all), closed when the test ends. */
export async function startGitHub(t: TestContext, files: Record<string, string> | null): Promise<FakeGitHub> {
  const github = await FakeGitHub.start(files)
  t.after(() => github.close())
  return github
}

/**
 * Runs the action against the fake GitHub (in this process, or the bundle as the runner does),
 * and checks every request it made against the OpenAPI description.
 */
export async function runOnGitHub(
  github: FakeGitHub,
  arxivUrl: string,
  inputs: Record<string, string>,
  runner: 'bundle' | 'in-process' = 'in-process',
): Promise<ActionRun> {
  const result = await runAction({
    inputs: {
      keywords: 'Reward Model',
      'arxiv-api-url': arxivUrl,
      'request-delay': '0',
      'github-token': github.token,
      mode: 'commit',
      ...inputs,
    },
    env: {
      GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
    },
    runner,
  })
  assert.deepEqual(github.violations, [], 'every request matches the OpenAPI description')
  return result
}
