import Fastify from 'fastify'
import { afterAll, describe, expect, it } from 'vitest'
import { ReplyRun } from './reply-run.ts'
import { streamReply } from './reply-stream.ts'
import type { AcceptedSend } from './send.service.ts'

const message = {
  id: '5c2a1b0d-4e3f-4a6b-9c8d-7e6f5a4b3c21',
  conversationId: '6f1c2e4a-9b7d-4c3e-8a2f-1d0e9c8b7a65',
  role: 'user' as const,
  content: 'سلام',
  status: 'complete' as const,
  kind: null,
  replacedReason: null,
  safety: { level: 'none' as const, reasons: [] },
  createdAt: '2026-12-07T10:00:00.000Z',
}
const safety = { level: 'none' as const, reasons: [] }

const app = Fastify()
afterAll(() => app.close())

describe('the event stream of a send', () => {
  it('writes accepted, the deltas, keep-alive comments while nothing comes, and the last event', async () => {
    const run = new ReplyRun(message.conversationId, '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d')
    const accepted: AcceptedSend = { message, replyId: run.replyId, safety, run, final: run.final }
    app.get('/stream', (_request, reply) => streamReply(reply, accepted, 30))
    setTimeout(() => run.append('یک '), 10)
    setTimeout(() => run.append('دو'), 20)
    setTimeout(() => {
      const reply = {
        ...message,
        id: run.replyId,
        role: 'assistant' as const,
        content: run.content,
        kind: 'model' as const,
        safety: null,
      }
      run.finish({ event: 'done', data: { reply, safety } })
    }, 150)
    const response = await app.inject({ url: '/stream' })
    expect(response.headers['content-type']).toContain('text/event-stream')
    const blocks = response.body.split('\n\n').filter(Boolean)
    const names = blocks.map((block) =>
      block.startsWith(':') ? 'comment' : /^event: (\S+)/.exec(block)?.[1],
    )
    expect(names[0]).toBe('accepted')
    expect(names.filter((name) => name === 'delta')).toHaveLength(2)
    expect(names).toContain('comment')
    expect(names.at(-1)).toBe('done')
    expect(blocks).toContain('event: delta\ndata: {"text":"یک "}')
    expect(blocks.at(-1)).toContain('"content":"یک دو"')
  })
})
