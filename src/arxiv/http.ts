import http from 'node:http'
import https from 'node:https'
import { Connections } from '../common/network.js'

export interface HttpResponse {
  readonly status: number
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

/** The body passed `maxBytes`; reading stopped there. */
export class BodyTooLargeError extends Error {}
/** No complete answer within the time allowed (headers and body together). */
export class HttpTimeoutError extends Error {}

export interface GetOptions {
  readonly headers: Record<string, string>
  readonly timeoutMs: number
  readonly maxBytes: number
  /** Counts every byte received, also of answers that are then refused. */
  readonly onBytes?: (count: number) => void
}

/**
 * One GET over a kept-alive connection (through the runner's proxy, see common/network.ts).
 * node:http rather than fetch: for bodies of a few hundred
 * kilobytes it is several times lighter than WHATWG streams, and arXiv answers are all we read.
 */
export class HttpClient {
  /** Kept-alive connections of one socket, through the runner's proxy when one applies. */
  private readonly connections = new Connections()

  get(url: string, options: GetOptions): Promise<HttpResponse> {
    const target = new URL(url)
    const transport = target.protocol === 'https:' ? https : http
    return new Promise((resolve, reject) => {
      const request = transport.get(
        target,
        { headers: options.headers, agent: this.connections.agentFor(target.href) },
        (response) => {
          const chunks: Buffer[] = []
          let size = 0
          response.on('data', (chunk: Buffer) => {
            size += chunk.length
            options.onBytes?.(chunk.length)
            if (size > options.maxBytes) {
              request.destroy(
                new BodyTooLargeError(`the answer exceeded ${options.maxBytes / 1024 / 1024} MB; reading stopped`),
              )
              return
            }
            chunks.push(chunk)
          })
          response.on('end', () => {
            clearTimeout(timer)
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            })
          })
          response.on('error', reject)
          response.on('aborted', () => reject(new Error('the connection closed before the answer was complete')))
        },
      )
      const timer = setTimeout(
        () => request.destroy(new HttpTimeoutError(`no complete answer within ${options.timeoutMs / 1000} s`)),
        options.timeoutMs,
      )
      request.on('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
    })
  }

  close(): void {
    this.connections.close()
  }
}
