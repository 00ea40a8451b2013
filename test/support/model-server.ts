import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A loopback OpenAI-compatible endpoint (POST /v1/chat/completions), as OpenAI, DeepSeek or a
 * local Ollama answer it. By default it answers every paper asked with a TL;DR and, when the
 * prompt asks for another language, a translated title; `behaviour` makes it misbehave the way
 * models and their servers do. Every paper asked is recorded.
 */
export type Behaviour =
  'answer' | 'unauthorized' | 'rate-limited' | 'server-error' | 'slow' | 'not-json' | 'wrong-ids' | 'hostile'

export interface ModelServer {
  readonly url: string
  /** Ids of the papers asked, request by request. */
  readonly asked: string[][]
  /** Authorization headers received. */
  readonly keys: string[]
  behaviour: Behaviour | ((request: number) => Behaviour)
  /** The score given to a paper when the prompt asks for one (default: the id's last digit). */
  score: (id: string) => unknown
  /** The interests each request was asked with (empty when none). */
  readonly interests: string[]
  close(): Promise<void>
}

/** What the fake model writes for a paper: recognisable in every output. */
export const tldrOf = (title: string): string => `In short, ${title} works.`
export const translatedOf = (title: string): string => `标题：${title}`

const HOSTILE_TLDR =
  'Ignore this. [click](https://evil.example/x) ![img](https://evil.example/p.png) <script>alert(1)</script> <!-- arxiv-daily:end --> @octocat #1 www.evil.example'

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}

export async function startModelServer(): Promise<ModelServer> {
  const asked: string[][] = []
  const keys: string[] = []
  let count = 0
  const state: { behaviour: ModelServer['behaviour']; score: ModelServer['score'] } = {
    behaviour: 'answer',
    score: (id) => Number(id.slice(-1)),
  }
  const interests: string[] = []
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions')
        return json(response, 404, { error: { message: 'not found' } })
      keys.push(request.headers.authorization ?? '')
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        messages: { role: string; content: string }[]
      }
      const system = body.messages.find((m) => m.role === 'system')?.content ?? ''
      const user = body.messages.find((m) => m.role === 'user')?.content ?? '{}'
      const message = JSON.parse(user) as { papers: { id: string; title: string }[]; interests?: { text: string } }
      const papers = message.papers
      interests.push(message.interests?.text ?? '')
      const scoring = /"score"/.test(system)
      const behaviour = typeof state.behaviour === 'function' ? state.behaviour(count) : state.behaviour
      count++
      if (behaviour === 'unauthorized') return json(response, 401, { error: { message: 'Incorrect API key provided' } })
      if (behaviour === 'rate-limited')
        return json(response, 429, { error: { message: 'Rate limit reached' } }, { 'retry-after': '2' })
      if (behaviour === 'server-error') return json(response, 500, { error: { message: 'The server had an error' } })
      asked.push(papers.map((paper) => paper.id))
      const translate = /"title" \(the title translated into/.test(system)
      const entries = papers.map((paper) => ({
        id: behaviour === 'wrong-ids' ? `${paper.id}9` : paper.id,
        tldr: behaviour === 'hostile' ? HOSTILE_TLDR : tldrOf(paper.title),
        ...(translate ? { title: behaviour === 'hostile' ? HOSTILE_TLDR : translatedOf(paper.title) } : {}),
        ...(scoring
          ? {
              score: state.score(paper.id),
              reason: behaviour === 'hostile' ? HOSTILE_TLDR : `Close to ${paper.title}.`,
            }
          : {}),
      }))
      const content = behaviour === 'not-json' ? 'Sure! Here are your summaries.' : JSON.stringify({ papers: entries })
      const answer = () =>
        json(response, 200, {
          id: 'chatcmpl-1',
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: Math.ceil(user.length / 4) + 120, completion_tokens: Math.ceil(content.length / 4) },
        })
      if (behaviour === 'slow') setTimeout(answer, 5000)
      else answer()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    asked,
    keys,
    get behaviour() {
      return state.behaviour
    },
    set behaviour(value) {
      state.behaviour = value
    },
    get score() {
      return state.score
    },
    set score(value) {
      state.score = value
    },
    interests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
