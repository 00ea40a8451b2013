import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const DIST = new URL('../../dist/index.js', import.meta.url).pathname

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
}

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

/** Runs the built bundle the way the runner does: INPUT_* variables and the GITHUB_* files. */
export async function runAction({ inputs, workspace, env = {} }: RunOptions): Promise<ActionRun> {
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
  const child = spawn(process.execPath, [DIST], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...inputEnv,
      ...env,
    },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? -1)))
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
