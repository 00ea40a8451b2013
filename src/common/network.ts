import type http from 'node:http'
import { HttpClient } from '@actions/http-client'
import { GENERATOR } from './markers.js'
import { fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici'

/*
 * The runner's proxy, honoured as every first-party action honours it: HTTPS_PROXY (or
 * HTTP_PROXY for plain http), NO_PROXY, and loopback addresses never proxied. @actions/http-client
 * reads the variables and makes the tunnels; this module hands its agents to the two clients.
 */

/**
 * Connections for node:http requests: kept alive, one socket at a time (arXiv asks for one
 * request at a time), through the proxy when one applies to the URL.
 */
export class Connections {
  private readonly client = new HttpClient(GENERATOR, [], { keepAlive: true, maxSockets: 1 })

  agentFor(url: string): http.Agent {
    return this.client.getAgent(url)
  }

  close(): void {
    this.client.dispose()
  }
}

/**
 * One client for every fetch of a run, kept alive: it keeps the proxy's dispatcher, so the calls
 * of a run share the tunnel instead of opening one each.
 */
let fetchClient: HttpClient | undefined

/** `fetch` through the runner's proxy when one applies to the URL (what Octokit uses). */
export async function proxiedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  fetchClient ??= new HttpClient(GENERATOR, [], { keepAlive: true })
  const dispatcher = fetchClient.getAgentDispatcher(url)
  if (dispatcher === undefined) return fetch(input, init)
  return (await undiciFetch(url, { ...(init as UndiciRequestInit), dispatcher })) as unknown as Response
}
