import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { sourcesHash, STAMP } from '../../scripts/sources-hash.mjs'

export const DIST = new URL('../../dist/index.js', import.meta.url).pathname
const ROOT = new URL('../../', import.meta.url).pathname

let distChecked = false

/** A test on the bundle tests the sources: a dist/ built from other sources fails with a sentence. */
export function assertDistCurrent(root = ROOT): void {
  let stamp: string | undefined
  try {
    stamp = readFileSync(path.join(root, 'dist', STAMP), 'utf8')
  } catch {
    stamp = undefined
  }
  if (stamp !== sourcesHash(root))
    throw new Error(
      `dist/ is older than the sources (dist/${STAMP} ${stamp === undefined ? 'is missing' : 'names other sources'}): run "npm run build" before the tests that run the bundle`,
    )
}

export interface ActionRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  readonly workspace: string
  /** The README in the workspace after the run (local mode), undefined when missing. */
  readonly readme: (file?: string) => string | undefined
}

/** Parses the GITHUB_OUTPUT file that @actions/core writes (`name<<delimiter` blocks). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

export interface RunOptions {
  /** Inputs by their action.yml names; unset ones get no INPUT_ variable, as outside action.yml. */
  inputs: Record<string, string>
  workspace?: string
  env?: Record<string, string>
  /**
   * `bundle` spawns `dist/index.js` as the runner does (a few tests prove that path); the default
   * calls the action's entry in this process with the same variables and files, and records the
   * waits it would make (pacing, backoff, Retry-After) instead of spending them.
   */
  runner?: 'bundle' | 'in-process'
}

/** Waits the last in-process run asked for, in milliseconds (none are spent). */
export const waited: number[] = []

// Every run's folder lives until the test process ends (a test reads the files after the run),
// then goes: no test leaves anything in the system's temporary folder.
const runFolders: string[] = []
process.on('exit', () => {
  for (const folder of runFolders) rmSync(folder, { recursive: true, force: true })
})

/** A workspace holding `files` (folders made as needed), removed when the test process ends. */
export function workspaceWith(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ws-'))
  runFolders.push(folder)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true })
    writeFileSync(path.join(folder, name), text)
  }
  return folder
}

/** Runs the action the way the runner does: INPUT_* variables and the GITHUB_* files. */
export async function runAction({
  inputs,
  workspace,
  env = {},
  runner = 'in-process',
}: RunOptions): Promise<ActionRun> {
  const folder = mkdtempSync(path.join(tmpdir(), 'run-'))
  runFolders.push(folder)
  if (workspace === undefined) {
    workspace = path.join(folder, 'workspace')
    mkdirSync(workspace)
  }
  const outputFile = path.join(folder, 'output')
  const summaryFile = path.join(folder, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  )
  const variables = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...inputEnv,
    ...env,
  }
  const { code, stdout, stderr } =
    runner === 'bundle' ? await spawnBundle(workspace, variables) : await inProcess(workspace, variables)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
    readme: (file = 'README.md') => {
      try {
        return readFileSync(path.join(workspace, file), 'utf8')
      } catch {
        return undefined
      }
    },
  }
}

async function spawnBundle(
  workspace: string,
  variables: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!distChecked) {
    assertDistCurrent()
    distChecked = true
  }
  const child = spawn(process.execPath, [DIST], { cwd: workspace, env: variables })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? -1)))
  return { code, stdout, stderr }
}

/**
 * The entry called in this process: the environment is the run's alone while it lasts, the
 * action's log (strings written to stdout, as @actions/core writes them) is captured, and the
 * exit code is what the runner would see. The test runner's own messages (binary) pass through.
 */
async function inProcess(
  workspace: string,
  variables: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const [{ run }, { clock }] = await Promise.all([import('../../src/main.js'), import('../../src/common/clock.js')])
  const savedEnv = { ...process.env }
  const savedCwd = process.cwd()
  const savedCode = process.exitCode
  const savedWait = clock.wait
  const write = process.stdout.write.bind(process.stdout)
  let stdout = ''
  waited.length = 0
  for (const name of Object.keys(process.env))
    if (name.startsWith('INPUT_') || name.startsWith('GITHUB_')) delete process.env[name]
  Object.assign(process.env, variables)
  process.exitCode = undefined
  process.chdir(workspace)
  clock.wait = (ms: number) => {
    waited.push(ms)
    return Promise.resolve()
  }
  process.stdout.write = (chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'string') return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
    stdout += chunk
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
    done?.()
    return true
  }
  try {
    await run()
    return { code: Number(process.exitCode ?? 0), stdout, stderr: '' }
  } finally {
    process.stdout.write = write
    clock.wait = savedWait
    process.chdir(savedCwd)
    process.exitCode = savedCode
    for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
    Object.assign(process.env, savedEnv)
  }
}
