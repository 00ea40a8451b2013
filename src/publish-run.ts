import { readFileSync } from 'node:fs'
import { publishPaths, type PublishOptions } from './digest/publish.js'
import { FolderError } from './delivery/github-errors.js'
import type { FileReader, Target } from './delivery/target.js'
import { Inputs, SettingsError, type Settings } from './settings.js'

/* The run's side of feeds and JSON: where they go, what they link to, what they are now. */

/** `json-path` must not be a folder, nor `feed-dir` a file: refused before any arXiv request. */
export async function checkPublishPaths(target: Target, settings: Settings): Promise<void> {
  const isFolder = (error: unknown) =>
    error instanceof FolderError || (error as NodeJS.ErrnoException).code === 'EISDIR'
  if (settings.jsonPath !== undefined) {
    await target.read(settings.jsonPath).catch((error: unknown) => {
      if (isFolder(error))
        throw new SettingsError(
          Inputs.JsonPath,
          `${JSON.stringify(settings.jsonPath)} is a folder; name a file such as "${settings.jsonPath}/digest.json"`,
        )
      throw error
    })
  }
  for (const [input, folder] of [
    [Inputs.FeedDir, settings.feedDir],
    [Inputs.SiteDir, settings.siteDir],
  ] as const) {
    if (folder === undefined) continue
    const text = await target.read(folder).catch((error: unknown) => {
      if (isFolder(error)) return undefined
      throw error
    })
    if (text !== undefined)
      throw new SettingsError(
        input,
        `${JSON.stringify(folder)} is a file; name a folder such as "${input === Inputs.SiteDir ? 'docs' : 'feeds'}"`,
      )
  }
}

/** Where feeds and JSON go and what they link to; undefined when neither input is set. */
export function publishOptions(settings: Settings): PublishOptions | undefined {
  if (settings.feedDir === undefined && settings.jsonPath === undefined && settings.siteDir === undefined)
    return undefined
  const repository = process.env.GITHUB_REPOSITORY
  const site = repository
    ? {
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
        repository,
        branch: publishedBranch(settings),
      }
    : undefined
  const queries = new Map(settings.keywords.map((keyword) => [keyword.title, keyword.query]))
  return {
    readmePath: settings.readmePath,
    feedDir: settings.feedDir,
    jsonPath: settings.jsonPath,
    siteDir: settings.siteDir,
    queries,
    site,
  }
}

/** The branch the files end up on: `base`, else the repository's default branch, else the workflow's. */
function publishedBranch(settings: Settings): string {
  if (settings.github.base) return settings.github.base
  try {
    const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      repository?: { default_branch?: string }
    }
    if (event.repository?.default_branch) return event.repository.default_branch
  } catch {
    // No event payload (a local run): the workflow's branch, or main.
  }
  return process.env.GITHUB_REF_NAME || 'main'
}

/** The feed and JSON files as they are where the update lands. */
export async function readPublished(
  read: FileReader,
  publish: PublishOptions | undefined,
  settings: Settings,
  previous: readonly { title: string }[],
  list: (folder: string) => Promise<string[]> = () => Promise.resolve([]),
): Promise<Map<string, string | undefined>> {
  const texts = new Map<string, string | undefined>()
  if (!publish) return texts
  const titles = settings.keywords.map((keyword) => keyword.title)
  const files = publishPaths(
    titles,
    previous.map((section) => section.title),
    publish,
  )
  // Every feed in the folder, so that one no section has any more (left while feeds were off) goes.
  if (publish.feedDir !== undefined)
    for (const name of await list(publish.feedDir)) if (name.endsWith('.xml')) files.push(`${publish.feedDir}/${name}`)
  for (const file of new Set(files)) texts.set(file, await read(file))
  return texts
}
