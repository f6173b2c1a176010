import { type ClientRequest, Agent as HttpAgent, request } from 'node:http'
import { Agent as HttpsAgent, request as requestTls } from 'node:https'

// Idle connections to the provider are closed after this (or a second before the server's own
// Keep-Alive timeout, when it announces a shorter one), so a reused one is rarely already gone.
const FREE_SOCKET_MS = 4_000

/** Keep-alive connections for one provider URL: a reply then skips the TCP and TLS handshakes. */
export function agentFor(url: URL): HttpAgent {
  const options = { keepAlive: true, timeout: FREE_SOCKET_MS }
  return url.protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options)
}

export interface UpstreamPost {
  url: URL
  headers: Record<string, string>
  body: string
  agent: HttpAgent
}

/**
 * Sends the POST with node:http(s) rather than fetch: the answer is then read as a plain
 * readable of strings instead of through WHATWG streams, whose promises per chunk were a large
 * share of the app's time with a few hundred replies streaming (issue 19's bench). node:http
 * never follows a redirect, which would carry the key somewhere nobody configured.
 */
export function postUpstream(post: UpstreamPost): ClientRequest {
  const send = post.url.protocol === 'https:' ? requestTls : request
  const outgoing = send(post.url, {
    method: 'POST',
    agent: post.agent,
    headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
  })
  outgoing.end(post.body)
  return outgoing
}
