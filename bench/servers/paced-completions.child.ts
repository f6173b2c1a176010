import { createServer } from 'node:http'
import { performance } from 'node:perf_hooks'
import { chunkOf } from '../../packages/backend/test/openai-stand-in.ts'

/**
 * A stand-in for an OpenAI-compatible chat-completions provider that streams at a fixed pace:
 * the first token FIRST_TOKEN_MS after the request, then one every GAP_MS, TOKENS in all, then
 * `[DONE]`. Each token carries the moment it was written (`w<n>@<epoch ms>`), and the first also
 * the moment the request arrived (`r@<epoch ms>`), so the bench can take the provider's own time
 * out of what the person saw: the clocks are the same machine's.
 */
const FIRST_TOKEN_MS = Number(process.env.PACE_FIRST_TOKEN_MS ?? 200)
const GAP_MS = Number(process.env.PACE_GAP_MS ?? 20)
const TOKENS = Number(process.env.PACE_TOKENS ?? 300)

const now = () => (performance.timeOrigin + performance.now()).toFixed(3)

createServer((request, response) => {
  // GET answers at once: the bench polls it until the stand-in is up.
  if (request.method !== 'POST') return void response.end('paced chat completions')
  const receivedAt = now()
  // The body is read and dropped: what the app sends is tested elsewhere, not measured here.
  request.resume()
  request.once('end', () => {
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' })
    let sent = 0
    let timer: NodeJS.Timeout | undefined
    const next = () => {
      if (sent === TOKENS) {
        response.end(
          `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`,
        )
        return
      }
      const arrival = sent === 0 ? ` r@${receivedAt}` : ''
      response.write(chunkOf(`${arrival} w${sent}@${now()}`))
      sent += 1
      timer = setTimeout(next, GAP_MS)
    }
    timer = setTimeout(next, FIRST_TOKEN_MS)
    response.once('close', () => clearTimeout(timer))
  })
}).listen(Number(process.env.PORT), process.env.HOST)
