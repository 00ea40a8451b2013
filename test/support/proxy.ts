import { createServer, request as httpRequest, type IncomingMessage } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

/**
 * A loopback HTTP proxy, as a lab's network has one: it tunnels CONNECT and forwards
 * absolute-form requests, and it alone knows the hosts behind it (`routes`: a hostname such as
 * `arxiv.test` to a port on 127.0.0.1). The action's machine cannot resolve those names, so a
 * request that skips the proxy fails. Every host asked through it is recorded.
 */
export interface Proxy {
  readonly url: string
  /** `host:port` of each CONNECT, and `METHOD url` of each forwarded request, in order. */
  readonly seen: string[]
  close(): Promise<void>
}

export async function startProxy(routes: Record<string, number>): Promise<Proxy> {
  const seen: string[] = []
  const sockets = new Set<Socket>()
  const portOf = (host: string): number | undefined => routes[host.toLowerCase()]
  const server = createServer((request: IncomingMessage, response) => {
    seen.push(`${request.method} ${request.url}`)
    const target = new URL(request.url ?? '')
    const port = portOf(target.hostname)
    if (port === undefined) {
      response.writeHead(502).end('unknown host')
      return
    }
    const forwarded = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: `${target.pathname}${target.search}`,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      },
    )
    forwarded.on('error', () => response.destroy())
    request.pipe(forwarded)
  })
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${request.url}`)
    const [host = '', port = ''] = (request.url ?? '').split(':')
    const local = portOf(host)
    if (local === undefined || port === '') {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    const upstream = connect(local, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [upstream, client]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {
        upstream.destroy()
        client.destroy()
      })
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
