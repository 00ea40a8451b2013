import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** What the loopback arXiv answers to one request; the fields beyond `body` make it misbehave. */
export interface Reply {
  status?: number
  headers?: Record<string, string>
  body?: string | Buffer
  /** Wait this long before answering. */
  delayMs?: number
  /** Send headers and part of the body, then never finish. */
  hang?: boolean
  /** Destroy the connection without answering. */
  reset?: boolean
  /** Stream this many bytes of filler after the body, for the body-size cap. */
  floodBytes?: number
}

export interface RecordedRequest {
  readonly url: URL
  readonly headers: IncomingMessage['headers']
  /** performance.now() when the request arrived. */
  readonly at: number
  readonly remotePort: number
}

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>

export interface ArxivServer {
  readonly url: string
  readonly requests: RecordedRequest[]
  /** Distinct client sockets seen, to check that one connection is reused. */
  readonly connections: () => number
  close(): Promise<void>
}

export const FIXTURES = new URL('../fixtures/arxiv/', import.meta.url)

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8')
}

export const ATOM = { 'Content-Type': 'application/atom+xml; charset=utf-8' }

async function answer(reply: Reply, response: ServerResponse): Promise<void> {
  if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs))
  if (reply.reset) {
    response.socket?.destroy()
    return
  }
  response.writeHead(reply.status ?? 200, { ...ATOM, ...reply.headers })
  if (reply.hang) {
    response.write(typeof reply.body === 'string' ? reply.body.slice(0, 100) : '<?xml')
    return
  }
  if (reply.floodBytes) {
    const chunk = Buffer.alloc(64 * 1024, 'x')
    response.write(reply.body ?? '')
    for (let sent = 0; sent < reply.floodBytes && !response.destroyed; sent += chunk.length) {
      if (!response.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            response.off('drain', done).off('close', done)
            resolve()
          }
          response.on('drain', done).on('close', done)
        })
      }
    }
    response.end()
    return
  }
  response.end(reply.body ?? '')
}

/** Starts a fake arXiv API on 127.0.0.1 that answers each request through `handler`. */
export async function startArxivServer(handler: Handler): Promise<ArxivServer> {
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  const ports = new Set<number>()
  const server = createServer((request, response) => {
    const recorded = {
      url: new URL(request.url ?? '/', 'http://127.0.0.1'),
      headers: request.headers,
      at: performance.now(),
      remotePort: request.socket.remotePort ?? 0,
    }
    ports.add(recorded.remotePort)
    requests.push(recorded)
    Promise.resolve(handler(recorded, requests.length - 1))
      .then((reply) => answer(reply, response))
      .catch((error: unknown) => {
        response.writeHead(599)
        response.end(String(error))
      })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api/query`,
    requests,
    connections: () => ports.size,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Entry elements of a fixture file, to assemble feeds of any size from real text. */
export function fixtureEntries(name: string): string[] {
  return fixture(name).match(/<entry>[\s\S]*?<\/entry>/g) ?? []
}

/** Wraps entry elements in the current server's feed header. */
export function feed(entries: readonly string[], total = entries.length): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/test</id>
  <title>arXiv Query: test</title>
  <updated>2026-11-26T00:00:00Z</updated>
  <opensearch:itemsPerPage>${entries.length}</opensearch:itemsPerPage>
  <opensearch:totalResults>${total}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
${entries.join('\n')}
</feed>
`
}

export interface SimplePaper {
  id: string
  version?: number
  title: string
  abstract?: string
  comment?: string
  updated: string
  published?: string
  categories?: string[]
}

const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** One entry in the current server's element order, for synthetic feeds. */
export function entry(paper: SimplePaper): string {
  const id = `${paper.id}v${paper.version ?? 1}`
  const categories = (paper.categories ?? ['cs.CL'])
    .map((term) => `    <category term="${term}" scheme="http://arxiv.org/schemas/atom"/>`)
    .join('\n')
  return `  <entry>
    <id>http://arxiv.org/abs/${id}</id>
    <title>${xmlEscape(paper.title)}</title>
    <updated>${paper.updated}</updated>
    <link href="https://arxiv.org/abs/${id}" rel="alternate" type="text/html"/>
    <summary>${xmlEscape(paper.abstract ?? `Abstract of ${paper.title}.`)}</summary>
${categories}
    <published>${paper.published ?? paper.updated}</published>
${paper.comment ? `    <arxiv:comment>${xmlEscape(paper.comment)}</arxiv:comment>\n` : ''}    <arxiv:primary_category term="${(paper.categories ?? ['cs.CL'])[0]}"/>
    <author><name>Test Author</name></author>
  </entry>`
}

/**
 * A paper anyone could submit that imitates arXiv's error answer: titled "Error", by an author
 * named "arXiv api core" (only its id says it is a paper).
 */
export function impostorErrorEntry(): string {
  return entry({ id: '2611.00001', title: 'Error', updated: '2026-11-01T10:00:00Z', abstract: 'Gotcha.' }).replace(
    '<name>Test Author</name>',
    '<name>arXiv api core</name>',
  )
}

/**
 * A loopback arXiv that answers every query with `papers`, newest first, paged as the API pages.
 * Tests change `papers` between runs, as arXiv's answers change from day to day.
 */
export class PaperArxiv {
  papers: SimplePaper[] = []
  /** Queries answered with HTTP 500 (a keyword whose requests fail). */
  failing: (query: string) => boolean = () => false

  private constructor(private readonly server: ArxivServer) {}

  static async start(): Promise<PaperArxiv> {
    const holder: { papers: () => SimplePaper[]; failing: (query: string) => boolean } = {
      papers: () => [],
      failing: () => false,
    }
    const arxiv = new PaperArxiv(
      await startArxivServer((request) => {
        if (holder.failing(request.url.searchParams.get('search_query') ?? '')) return { status: 500, body: 'down' }
        const max = Number(request.url.searchParams.get('max_results'))
        const start = Number(request.url.searchParams.get('start'))
        const papers = holder.papers()
        const key =
          request.url.searchParams.get('sortBy') === 'submittedDate'
            ? (p: SimplePaper) => p.published ?? p.updated
            : (p: SimplePaper) => p.updated
        const sorted = [...papers].sort((a, b) => (key(a) < key(b) ? 1 : -1))
        return { body: feed(sorted.slice(start, start + max).map(entry), papers.length) }
      }),
    )
    holder.papers = () => arxiv.papers
    holder.failing = (query) => arxiv.failing(query)
    return arxiv
  }

  get url(): string {
    return this.server.url
  }

  get requests(): ArxivServer['requests'] {
    return this.server.requests
  }

  close(): Promise<void> {
    return this.server.close()
  }
}
