import { randomUUID } from 'node:crypto'
import { Agent, createServer, request, type ServerResponse } from 'node:http'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createParser } from 'eventsource-parser'

/**
 * The companion scenario's floor: what relaying the paced provider's stream costs on this
 * machine with nothing of the app around it. It answers the two routes the scenario calls as
 * the app does (a conversation id; a send answered with `accepted`, one `delta` per provider
 * chunk and `done`), reading the provider with node:http and eventsource-parser like the app's
 * client, but with no framework, session, database, safety check, output check or saving. The
 * app's figures beside these say how much of what it adds is the app's own.
 */
const PROVIDER_URL = process.env.PROVIDER_URL ?? ''
const agent = new Agent({ keepAlive: true })
// The two figures the scenario scrapes, named and measured as the app's prom-client does them
// (a 5 ms resolution, the delay histogram restarted at each scrape).
const loopDelay = monitorEventLoopDelay({ resolution: 5 })
loopDelay.enable()

function metrics(): string {
  const cpu = process.cpuUsage()
  const text = `nodejs_eventloop_lag_p99_seconds ${loopDelay.percentile(99) / 1e9}\nprocess_cpu_seconds_total ${(cpu.user + cpu.system) / 1e6}\n`
  loopDelay.reset()
  return text
}

const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`

function relay(response: ServerResponse) {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
  })
  response.write(event('accepted', { replyId: randomUUID() }))
  const upstream = request(PROVIDER_URL, {
    method: 'POST',
    agent,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
  })
  upstream.on('response', (incoming) => {
    incoming.setEncoding('utf8')
    const parser = createParser({
      onEvent({ data }) {
        if (data === '[DONE]') return
        const content = (JSON.parse(data) as { choices: { delta: { content?: string } }[] })
          .choices[0]?.delta.content
        if (content) response.write(event('delta', { text: content }))
      },
    })
    incoming.on('data', (chunk: string) => parser.feed(chunk))
    incoming.on('end', () => response.end(event('done', {})))
  })
  upstream.on('error', () => response.end(event('unavailable', {})))
  upstream.end(JSON.stringify({ model: 'bench-paced', stream: true, messages: [] }))
}

createServer((incoming, response) => {
  incoming.resume()
  incoming.once('end', () => {
    if (incoming.url === '/metrics') {
      response.end(metrics())
    } else if (incoming.url?.endsWith('/messages')) {
      relay(response)
    } else if (incoming.method === 'POST') {
      response.writeHead(201, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ id: randomUUID() }))
    } else {
      response.end('companion relay')
    }
  })
}).listen(Number(process.env.PORT), process.env.HOST)
