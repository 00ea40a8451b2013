import { posix } from 'node:path'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Ajv } from 'ajv'

/**
 * A loopback stand-in for the GitHub REST endpoints the action uses. Git objects are real
 * (blobs, trees and commits hashed as git hashes them), refs move only as GitHub allows, and
 * every request is checked against GitHub's published OpenAPI description
 * (test/openapi/operations.json, extracted from @octokit/openapi): a request the real API would
 * reject is recorded in `violations` and answered with 422.
 */

interface Operation {
  method: string
  route: string
  parameters: { name: string; in: string; required: boolean; schema?: { type?: string; enum?: unknown[] } }[]
  requestBody?: { required: boolean; schema: object }
}

const SPEC = JSON.parse(readFileSync(new URL('../openapi/operations.json', import.meta.url), 'utf8')) as {
  operations: Record<string, Operation>
}
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false })

/** OpenAPI 3.0 writes `nullable: true`; JSON Schema, which Ajv reads, writes a null type. */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema)
  if (typeof schema !== 'object' || schema === null) return schema
  const { nullable, ...rest } = schema as Record<string, unknown>
  const converted = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, toJsonSchema(value)]))
  if (nullable !== true) return converted
  if (typeof converted.type === 'string') return { ...converted, type: [converted.type, 'null'] }
  return { anyOf: [converted, { type: 'null' }] }
}

const ROUTES = Object.entries(SPEC.operations).map(([id, op]) => {
  const names: string[] = []
  const pattern = op.route.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name)
    // Paths and refs may hold slashes (contents/{path}, git/refs/{ref}).
    return name === 'path' || name === 'ref' ? '(.+)' : '([^/]+)'
  })
  return {
    id,
    op,
    names,
    regex: new RegExp(`^${pattern}$`),
    validate: op.requestBody ? ajv.compile(toJsonSchema(op.requestBody.schema) as object) : undefined,
  }
})

type GitObject =
  | { type: 'blob'; data: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; tree: string; parents: string[]; message: string; author: Identity; committer: Identity }

/** A signature as git records it and GitHub's API shows it. */
export interface Identity {
  name: string
  email: string
  date: string
}

/** Who the action's token commits as (commits through the API carry no custom author). */
export const BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
  date: '2025-11-26T00:00:00Z',
}
/** A person pushing from a clone. */
export const REVIEWER: Identity = { name: 'Rae Viewer', email: 'rae@example.org', date: '2025-11-27T09:30:00Z' }
interface TreeEntry {
  name: string
  mode: string
  type: 'blob' | 'tree'
  sha: string
}

export interface RecordedCall {
  readonly operation: string
  readonly method: string
  readonly path: string
  readonly body: Record<string, unknown> | undefined
}

export interface PullRequest {
  number: number
  state: 'open' | 'closed'
  merged: boolean
  head: string
  base: string
  title: string
  body: string
  draft: boolean
  labels: string[]
  assignees: string[]
  reviewers: string[]
  comments: string[]
  /** The head commit when it was closed: GitHub keeps it, whatever the branch holds later. */
  headSha?: string
  /** The repository of the head branch, `owner/name`, when it is a fork's. */
  headRepo?: string
}

export interface Issue {
  number: number
  title: string
  body: string
  labels: string[]
  state: 'open' | 'closed'
  comments: string[]
  /** Who opened it: the token's identity for issues the action opens. */
  user?: string
}

/** The identity the fake's token stands for, as GITHUB_TOKEN's is on GitHub. */
export const TOKEN_LOGIN = 'github-actions[bot]'

/** Lists GitHub pages, with the Link header it sends (`rel="next"` while more follow). */
const PAGED_LISTS = new Set(['issues/list-for-repo', 'pulls/list'])

function page<T>(url: URL, items: readonly T[], defaultSize: number): { items: T[]; headers: Record<string, string> } {
  const size = Math.min(100, Number(url.searchParams.get('per_page') ?? defaultSize) || defaultSize)
  const number = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / size))
  const link = (n: number, rel: string): string => {
    const target = new URL(url)
    target.searchParams.set('page', String(n))
    return `<${target.href}>; rel="${rel}"`
  }
  const links = [
    ...(number < last ? [link(number + 1, 'next'), link(last, 'last')] : []),
    ...(number > 1 ? [link(1, 'first'), link(number - 1, 'prev')] : []),
  ]
  return {
    items: items.slice((number - 1) * size, number * size),
    headers: links.length > 0 ? { Link: links.join(', ') } : {},
  }
}

export interface Fault {
  status: number
  message: string
  headers?: Record<string, string>
}

const sha1 = (data: Buffer): string => createHash('sha1').update(data).digest('hex')

export class FakeGitHub {
  readonly owner = 'octo'
  readonly repo = 'papers'
  readonly token = 'ghs_test_token_0123456789'
  defaultBranch = 'main'
  readonly objects = new Map<string, GitObject>()
  readonly refs = new Map<string, string>()
  readonly pulls: PullRequest[] = []
  readonly issues: Issue[] = []
  readonly calls: RecordedCall[] = []
  readonly violations: string[] = []
  readonly protectedBranches = new Set<string>()
  pullRequestCreationAllowed = true
  /** When set, reviewers outside it are refused as GitHub refuses non-collaborators. */
  collaborators: Set<string> | undefined
  issuesEnabled = true
  /** Answers the next calls of an operation with an error, in order. */
  readonly faults = new Map<string, Fault[]>()
  /** Run once before the next call of an operation: a person acting while a run is under way. */
  readonly hooks = new Map<string, (() => void)[]>()
  /** Runs before a ref update is applied: a test can move the branch there, as a concurrent push. */
  beforeRefUpdate: ((branch: string) => void) | undefined
  nextNumber = 1
  private server = createServer((request, response) => void this.handle(request, response))
  url = ''

  /** A repository holding `files` on main; `null` starts one with no commit at all. */
  static async start(files: Record<string, string> | null = {}): Promise<FakeGitHub> {
    const github = new FakeGitHub()
    if (files) github.refs.set('main', github.commitFiles(undefined, files, 'Initial commit'))
    await new Promise<void>((resolve) => github.server.listen(0, '127.0.0.1', resolve))
    github.url = `http://127.0.0.1:${(github.server.address() as AddressInfo).port}`
    return github
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  // ---- git objects -------------------------------------------------------------------------

  private store(type: string, payload: Buffer, object: GitObject): string {
    const sha = sha1(Buffer.concat([Buffer.from(`${type} ${payload.length}\0`), payload]))
    this.objects.set(sha, object)
    return sha
  }

  blob(data: Buffer): string {
    return this.store('blob', data, { type: 'blob', data })
  }

  tree(entries: TreeEntry[]): string {
    // Git sorts tree entries by name, with directories compared as if followed by '/'.
    const key = (entry: TreeEntry) => (entry.type === 'tree' ? `${entry.name}/` : entry.name)
    const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : 1))
    const payload = Buffer.concat(
      sorted.map((e) =>
        Buffer.concat([Buffer.from(`${e.type === 'tree' ? '40000' : e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
      ),
    )
    return this.store('tree', payload, { type: 'tree', entries: sorted })
  }

  commit(tree: string, parents: string[], message: string, author = BOT, committer = author): string {
    const who = (id: Identity) => `${id.name} <${id.email}> ${Date.parse(id.date) / 1000} +0000`
    const text = [
      `tree ${tree}`,
      ...parents.map((p) => `parent ${p}`),
      `author ${who(author)}`,
      `committer ${who(committer)}`,
      '',
      message,
    ].join('\n')
    return this.store('commit', Buffer.from(text), { type: 'commit', tree, parents, message, author, committer })
  }

  /** A commit as GitHub's API shows it (get-branch, compare). */
  private commitJson(sha: string) {
    const commit = this.get(sha, 'commit')!
    return {
      sha,
      parents: commit.parents.map((parent) => ({ sha: parent })),
      commit: {
        message: commit.message,
        tree: { sha: commit.tree },
        author: commit.author,
        committer: commit.committer,
      },
    }
  }

  /**
   * A person amends the branch's head commit from a clone (`git commit --amend`): the same
   * message and author, their edit in the tree, themselves as committer.
   */
  amend(branch: string, files: Record<string, string>, committer = REVIEWER): string {
    const head = this.get(this.refs.get(branch)!, 'commit')!
    let tree: string | undefined = head.tree
    for (const [path, content] of Object.entries(files))
      tree = this.withFile(tree, path, this.blob(Buffer.from(content)))
    const sha = this.commit(tree, head.parents, head.message, head.author, committer)
    this.refs.set(branch, sha)
    return sha
  }

  private get<T extends GitObject['type']>(sha: string, type: T): Extract<GitObject, { type: T }> | undefined {
    const object = this.objects.get(sha)
    return object?.type === type ? (object as Extract<GitObject, { type: T }>) : undefined
  }

  /** A tree equal to `base` with the file at `path` set to `blobSha` (null: removed). */
  private withFile(base: string | undefined, path: string, blobSha: string | null, mode = '100644'): string {
    const [name = '', ...rest] = path.split('/')
    const entries = base ? [...(this.get(base, 'tree')?.entries ?? [])] : []
    const index = entries.findIndex((entry) => entry.name === name)
    const sha =
      rest.length === 0
        ? blobSha
        : this.withFile(
            index >= 0 && entries[index]?.type === 'tree' ? entries[index]?.sha : undefined,
            rest.join('/'),
            blobSha,
            mode,
          )
    const empty = sha === null || (rest.length > 0 && this.get(sha, 'tree')?.entries.length === 0)
    if (empty) {
      if (index >= 0) entries.splice(index, 1)
      return this.tree(entries)
    }
    const entry: TreeEntry = {
      name,
      mode: rest.length === 0 ? mode : '040000',
      type: rest.length === 0 ? 'blob' : 'tree',
      sha,
    }
    if (index >= 0) entries[index] = entry
    else entries.push(entry)
    return this.tree(entries)
  }

  treeAt(commitSha: string, path: string): Extract<GitObject, { type: 'tree' }> | undefined {
    let sha = this.get(commitSha, 'commit')?.tree
    for (const name of path.split('/'))
      sha = sha ? this.get(sha, 'tree')?.entries.find((e) => e.name === name)?.sha : undefined
    return sha ? this.get(sha, 'tree') : undefined
  }

  /** The file's bytes (a symbolic link's are its target path); `follow` reads a link's target, as the contents API does. */
  fileAt(commitSha: string, path: string, follow = false): Buffer | undefined {
    let sha = this.get(commitSha, 'commit')?.tree
    let mode = ''
    for (const name of path.split('/')) {
      const entry = sha ? this.get(sha, 'tree')?.entries.find((e) => e.name === name) : undefined
      sha = entry?.sha
      mode = entry?.mode ?? ''
    }
    const data = sha ? this.get(sha, 'blob')?.data : undefined
    if (!follow || mode !== '120000' || !data) return data
    return this.fileAt(commitSha, posix.normalize(posix.join(posix.dirname(path), data.toString('utf8'))))
  }

  /** Pushes a symbolic link at `path` pointing to `target` (relative to the link's folder). */
  pushSymlink(branch: string, path: string, target: string): string {
    const parent = this.refs.get(branch)!
    const tree = this.withFile(this.get(parent, 'commit')!.tree, path, this.blob(Buffer.from(target)), '120000')
    const sha = this.commit(tree, [parent], `Link ${path}`)
    this.refs.set(branch, sha)
    return sha
  }

  /** Commits files on top of `parent` (a test's stand-in for a person pushing). */
  commitFiles(
    parent: string | undefined,
    files: Record<string, string | Buffer>,
    message: string,
    who: Identity = REVIEWER,
  ): string {
    let tree = parent ? this.get(parent, 'commit')?.tree : this.tree([])
    for (const [path, content] of Object.entries(files))
      tree = this.withFile(tree, path, this.blob(Buffer.from(content)))
    return this.commit(tree!, parent ? [parent] : [], message, who)
  }

  push(branch: string, files: Record<string, string | Buffer>, message = 'A person pushed'): string {
    const sha = this.commitFiles(this.refs.get(branch), files, message)
    this.refs.set(branch, sha)
    return sha
  }

  readme(branch = 'main', path = 'README.md'): string | undefined {
    const sha = this.refs.get(branch)
    return sha ? this.fileAt(sha, path)?.toString('utf8') : undefined
  }

  private isAncestor(ancestor: string, of: string): boolean {
    const queue = [of]
    while (queue.length > 0) {
      const sha = queue.pop()!
      if (sha === ancestor) return true
      queue.push(...(this.get(sha, 'commit')?.parents ?? []))
    }
    return false
  }

  writes(): RecordedCall[] {
    return this.calls.filter((call) => call.method !== 'GET')
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const url = new URL(request.url ?? '/', this.url)
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      const raw = Buffer.isBuffer(data)
      response.writeHead(status, {
        'Content-Type': raw ? 'application/vnd.github.raw' : 'application/json; charset=utf-8',
        ...headers,
      })
      response.end(raw ? data : JSON.stringify(data))
    }
    const route = ROUTES.find((r) => r.op.method === request.method && r.regex.test(url.pathname))
    if (!route) {
      this.violations.push(`${request.method} ${url.pathname} is not an operation the fake knows`)
      return send(404, { message: 'Not Found' })
    }
    const values = route.regex
      .exec(url.pathname)!
      .slice(1)
      .map((v) => decodeURIComponent(v))
    const params = Object.fromEntries(route.names.map((name, i) => [name, values[i] ?? '']))
    let body: Record<string, unknown> | undefined
    if (chunks.length > 0) body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>
    this.calls.push({ operation: route.id, method: request.method ?? '', path: url.pathname + url.search, body })
    const problem = this.validate(route, url, body, params)
    if (problem) {
      this.violations.push(`${route.id}: ${problem}`)
      return send(422, { message: `Invalid request: ${problem}` })
    }
    const auth = request.headers.authorization ?? ''
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`)
      return send(401, { message: 'Bad credentials' })
    this.hooks.get(route.id)?.shift()?.()
    const fault = this.faults.get(route.id)?.shift()
    if (fault) return send(fault.status, { message: fault.message }, fault.headers)
    const [status, data] = this.operate(route.id, params, url, body ?? {}, request.headers.accept ?? '')
    if (status !== 200) return send(status, data)
    if (PAGED_LISTS.has(route.id) && Array.isArray(data)) {
      const { items, headers } = page(url, data, 30)
      return send(status, items, headers)
    }
    if (route.id === 'repos/compare-commits-with-basehead') {
      // GitHub pages a comparison's commits, oldest first (250 a page unless per_page says).
      const compare = data as { commits: unknown[] }
      const { items, headers } = page(url, compare.commits, 250)
      return send(status, { ...compare, commits: items }, headers)
    }
    send(status, data)
  }

  private validate(
    route: (typeof ROUTES)[number],
    url: URL,
    body: Record<string, unknown> | undefined,
    params: Record<string, string>,
  ): string | undefined {
    for (const parameter of route.op.parameters) {
      if (parameter.in === 'path') {
        const value = params[parameter.name] ?? ''
        if (value === '') return `path parameter ${parameter.name} is empty`
        if (parameter.schema?.type === 'integer' && !/^\d+$/.test(value))
          return `path parameter ${parameter.name} must be an integer`
        continue
      }
      if (parameter.in !== 'query') continue
      const value = url.searchParams.get(parameter.name)
      if (value === null) {
        if (parameter.required) return `query parameter ${parameter.name} is required`
        continue
      }
      const schema = parameter.schema ?? {}
      if (schema.type === 'integer' && !/^\d+$/.test(value))
        return `query parameter ${parameter.name} must be an integer`
      if (schema.enum && !schema.enum.includes(value))
        return `query parameter ${parameter.name} must be one of ${schema.enum.join(', ')}`
    }
    for (const name of url.searchParams.keys()) {
      if (!route.op.parameters.some((p) => p.in === 'query' && p.name === name))
        return `unknown query parameter ${name}`
    }
    if (route.op.requestBody?.required && body === undefined) return 'a request body is required'
    if (body !== undefined && route.validate && !route.validate(body)) return ajv.errorsText(route.validate.errors)
    return undefined
  }

  /** Commits reachable from `head` and not from `base`, oldest first (what compare lists). */
  commitsBetween(base: string, head: string): string[] {
    const reachable = (from: string) => {
      const seen = new Set<string>()
      const queue = [from]
      while (queue.length > 0) {
        const sha = queue.pop()!
        if (seen.has(sha)) continue
        seen.add(sha)
        queue.push(...(this.get(sha, 'commit')?.parents ?? []))
      }
      return seen
    }
    const fromBase = reachable(base)
    const order: string[] = []
    const visit = (sha: string) => {
      if (fromBase.has(sha) || order.includes(sha)) return
      for (const parent of this.get(sha, 'commit')?.parents ?? []) visit(parent)
      order.push(sha)
    }
    visit(head)
    return order
  }

  /** A person merges the pull request: the base gets the head's files, as a merge commit. */
  merge(number: number): void {
    const pull = this.pulls.find((p) => p.number === number)!
    const head = this.refs.get(pull.head)!
    const tree = this.get(head, 'commit')!.tree
    this.refs.set(pull.base, this.commit(tree, [this.refs.get(pull.base)!, head], `Merge pull request #${number}`))
    pull.state = 'closed'
    pull.merged = true
  }

  private pullJson(pull: PullRequest) {
    return {
      number: pull.number,
      state: pull.state,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pull.number}`,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
      merged: pull.merged,
      merged_at: pull.merged ? '2025-11-26T10:00:00Z' : null,
      labels: pull.labels.map((name) => ({ name })),
      head: {
        ref: pull.head,
        sha: pull.headSha ?? this.refs.get(pull.head) ?? '',
        label: `${pull.headRepo?.split('/')[0] ?? this.owner}:${pull.head}`,
        repo: { full_name: pull.headRepo ?? `${this.owner}/${this.repo}` },
      },
      base: { ref: pull.base, sha: this.refs.get(pull.base) ?? '' },
    }
  }

  private operate(
    operation: string,
    params: Record<string, string>,
    url: URL,
    body: Record<string, unknown>,
    accept: string,
  ): [number, unknown] {
    switch (operation) {
      case 'repos/get':
        return [200, { name: this.repo, full_name: `${this.owner}/${this.repo}`, default_branch: this.defaultBranch }]
      case 'repos/get-branch': {
        const sha = this.refs.get(params.branch ?? '')
        if (!sha) return [404, { message: 'Branch not found' }]
        return [200, { name: params.branch, commit: this.commitJson(sha) }]
      }
      case 'repos/get-content': {
        const ref = url.searchParams.get('ref') ?? this.defaultBranch
        const commitSha = this.refs.get(ref) ?? ref
        const data = this.fileAt(commitSha, params.path ?? '', true)
        if (!data) {
          const folder = this.treeAt(commitSha, params.path ?? '')
          // A folder is listed as JSON whatever media type was asked for.
          if (folder)
            return [
              200,
              folder.entries.map((e) => ({
                type: e.type === 'tree' ? 'dir' : 'file',
                name: e.name,
                path: `${params.path}/${e.name}`,
                sha: e.sha,
              })),
            ]
          return [404, { message: 'Not Found' }]
        }
        if (accept.includes('raw')) return [200, data]
        const big = data.length > 1024 * 1024
        return [
          200,
          {
            type: 'file',
            path: params.path,
            sha: sha1(Buffer.concat([Buffer.from(`blob ${data.length}\0`), data])),
            size: data.length,
            encoding: big ? 'none' : 'base64',
            content: big ? '' : data.toString('base64'),
          },
        ]
      }
      case 'git/get-commit': {
        const commit = this.get(params.commit_sha ?? '', 'commit')
        if (!commit) return [404, { message: 'Not Found' }]
        return [
          200,
          {
            sha: params.commit_sha,
            tree: { sha: commit.tree },
            parents: commit.parents.map((parent) => ({ sha: parent })),
            message: commit.message,
            author: commit.author,
            committer: commit.committer,
          },
        ]
      }
      case 'git/get-tree': {
        const tree = this.get(params.tree_sha ?? '', 'tree')
        if (!tree) return [404, { message: 'Not Found' }]
        const entries = tree.entries.map((e) => ({
          path: e.name,
          mode: e.type === 'tree' ? '040000' : e.mode,
          type: e.type,
          sha: e.sha,
        }))
        return [200, { sha: params.tree_sha, url: '', tree: entries, truncated: false }]
      }
      case 'git/create-tree': {
        let tree = body.base_tree as string | undefined
        if (tree && !this.get(tree, 'tree')) return [422, { message: 'Invalid base_tree' }]
        for (const entry of body.tree as { path: string; mode: string; content?: string; sha?: string | null }[]) {
          const blob = entry.content !== undefined ? this.blob(Buffer.from(entry.content, 'utf8')) : (entry.sha ?? null)
          tree = this.withFile(tree, entry.path, blob, entry.mode)
        }
        return [201, { sha: tree, tree: [] }]
      }
      case 'git/create-commit': {
        if (body.author !== undefined || body.committer !== undefined)
          this.violations.push('create-commit sent a custom author or committer: the commit would not be verified')
        const parents = body.parents as string[]
        if (!this.get(body.tree as string, 'tree') || parents.some((p) => !this.get(p, 'commit')))
          return [422, { message: 'Invalid tree or parent' }]
        const sha = this.commit(body.tree as string, parents, body.message as string)
        return [
          201,
          {
            sha,
            html_url: `https://github.com/${this.owner}/${this.repo}/commit/${sha}`,
            verification: { verified: true, reason: 'valid' },
          },
        ]
      }
      case 'git/create-ref': {
        const ref = (body.ref as string).replace(/^refs\/heads\//, '')
        if (this.refs.has(ref)) return [422, { message: 'Reference already exists' }]
        this.refs.set(ref, body.sha as string)
        return [201, { ref: `refs/heads/${ref}`, object: { sha: body.sha, type: 'commit' } }]
      }
      case 'git/update-ref': {
        const branch = (params.ref ?? '').replace(/^heads\//, '')
        this.beforeRefUpdate?.(branch)
        const current = this.refs.get(branch)
        if (!current) return [422, { message: 'Reference does not exist' }]
        if (this.protectedBranches.has(branch))
          return [422, { message: `Protected branch update failed for refs/heads/${branch}.` }]
        if (body.force !== true && !this.isAncestor(current, body.sha as string))
          return [422, { message: 'Update is not a fast forward' }]
        this.refs.set(branch, body.sha as string)
        return [200, { ref: `refs/heads/${branch}`, object: { sha: body.sha, type: 'commit' } }]
      }
      case 'pulls/list': {
        // `owner:branch`, as GitHub reads it: a fork's branch of the same name is another head.
        const [headOwner, headBranch] = (url.searchParams.get('head') ?? '').split(':')
        const state = url.searchParams.get('state') ?? 'open'
        const found = this.pulls.filter(
          (p) =>
            (state === 'all' || p.state === state) &&
            (!headBranch || (p.head === headBranch && (p.headRepo?.split('/')[0] ?? this.owner) === headOwner)) &&
            (!url.searchParams.get('base') || p.base === url.searchParams.get('base')),
        )
        if (url.searchParams.get('direction') !== 'asc') found.reverse()
        return [200, found.map((p) => this.pullJson(p))]
      }
      case 'pulls/create': {
        if (!this.pullRequestCreationAllowed)
          return [403, { message: 'GitHub Actions is not permitted to create or approve pull requests.' }]
        if (this.pulls.some((p) => p.state === 'open' && !p.headRepo && p.head === body.head && p.base === body.base))
          return [422, { message: `A pull request already exists for ${this.owner}:${String(body.head)}.` }]
        if (!this.refs.has(body.head as string)) return [422, { message: 'head does not exist' }]
        const pull: PullRequest = {
          number: this.nextNumber++,
          state: 'open',
          merged: false,
          head: body.head as string,
          base: body.base as string,
          title: body.title as string,
          body: (body.body as string) ?? '',
          draft: body.draft === true,
          labels: [],
          assignees: [],
          reviewers: [],
          comments: [],
        }
        this.pulls.push(pull)
        return [201, this.pullJson(pull)]
      }
      case 'pulls/update': {
        const pull = this.pulls.find((p) => p.number === Number(params.pull_number))
        if (!pull) return [404, { message: 'Not Found' }]
        if (typeof body.body === 'string') pull.body = body.body
        if (typeof body.title === 'string') pull.title = body.title
        if (body.state === 'closed' || body.state === 'open') pull.state = body.state
        return [200, this.pullJson(pull)]
      }
      case 'pulls/request-reviewers': {
        const pull = this.pulls.find((p) => p.number === Number(params.pull_number))
        const strangers = ((body.reviewers as string[]) ?? []).filter(
          (name) => this.collaborators && !this.collaborators.has(name),
        )
        if (strangers.length > 0)
          return [
            422,
            {
              message:
                'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the octo/papers repository.',
            },
          ]
        pull?.reviewers.push(...((body.reviewers as string[]) ?? []))
        return pull ? [201, this.pullJson(pull)] : [404, { message: 'Not Found' }]
      }
      case 'issues/add-labels':
      case 'issues/add-assignees': {
        const target =
          this.pulls.find((p) => p.number === Number(params.issue_number)) ??
          this.issues.find((i) => i.number === Number(params.issue_number))
        if (!target) return [404, { message: 'Not Found' }]
        if (operation === 'issues/add-labels') target.labels.push(...(body.labels as string[]))
        else (target as PullRequest).assignees.push(...(body.assignees as string[]))
        return [200, []]
      }
      case 'repos/compare-commits-with-basehead': {
        const [base = '', head = ''] = (params.basehead ?? '').split('...')
        const baseSha = this.refs.get(base) ?? base
        const headSha = this.refs.get(head) ?? head
        if (!this.get(baseSha, 'commit') || !this.get(headSha, 'commit')) return [404, { message: 'Not Found' }]
        const ahead = this.commitsBetween(baseSha, headSha)
        const behind = this.commitsBetween(headSha, baseSha)
        const commits = ahead.map((sha) => this.commitJson(sha))
        return [
          200,
          {
            status:
              behind.length === 0
                ? ahead.length === 0
                  ? 'identical'
                  : 'ahead'
                : ahead.length === 0
                  ? 'behind'
                  : 'diverged',
            ahead_by: ahead.length,
            behind_by: behind.length,
            total_commits: ahead.length,
            commits,
          },
        ]
      }
      case 'issues/create-comment': {
        const target =
          this.pulls.find((p) => p.number === Number(params.issue_number)) ??
          this.issues.find((i) => i.number === Number(params.issue_number))
        if (!target) return [404, { message: 'Not Found' }]
        target.comments.push(body.body as string)
        return [201, { id: 1, body: body.body }]
      }
      case 'issues/update': {
        const issue = this.issues.find((i) => i.number === Number(params.issue_number))
        if (!issue) return [404, { message: 'Not Found' }]
        if (body.state === 'closed' || body.state === 'open') issue.state = body.state
        if (typeof body.body === 'string') issue.body = body.body
        if (typeof body.title === 'string') issue.title = body.title
        return [
          200,
          {
            number: issue.number,
            html_url: `https://github.com/${this.owner}/${this.repo}/issues/${issue.number}`,
            state: issue.state,
          },
        ]
      }
      case 'issues/list-for-repo': {
        const state = url.searchParams.get('state') ?? 'open'
        const found = this.issues
          .filter((i) => state === 'all' || i.state === state)
          .sort((a, b) => b.number - a.number)
        return [
          200,
          found.map((i) => ({
            number: i.number,
            title: i.title,
            body: i.body,
            state: i.state,
            labels: i.labels.map((name) => ({ name })),
            user: { login: i.user ?? TOKEN_LOGIN },
            html_url: `https://github.com/${this.owner}/${this.repo}/issues/${i.number}`,
          })),
        ]
      }
      case 'issues/create': {
        if (!this.issuesEnabled) return [410, { message: 'Issues are disabled for this repo' }]
        const issue: Issue = {
          number: this.nextNumber++,
          title: body.title as string,
          body: (body.body as string) ?? '',
          labels: ((body.labels as string[]) ?? []).map(String),
          state: 'open',
          comments: [],
        }
        this.issues.push(issue)
        return [
          201,
          {
            number: issue.number,
            user: { login: TOKEN_LOGIN },
            html_url: `https://github.com/${this.owner}/${this.repo}/issues/${issue.number}`,
          },
        ]
      }
      default:
        return [500, { message: `fake does not implement ${operation}` }]
    }
  }
}
