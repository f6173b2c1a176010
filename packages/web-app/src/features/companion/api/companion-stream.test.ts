import type { CompanionStreamEvent } from '@yektayar/shared/types'
import { describe, expect, it } from 'vitest'
import {
  accepted,
  delta,
  done,
  REPLY_ID,
  replyFixture,
  sse,
  streamOf,
} from '../testing/companion-fixtures.ts'
import { companionEvents } from './companion-stream.ts'

async function collect(body: ReadableStream<Uint8Array>) {
  const events: CompanionStreamEvent[] = []
  for await (const event of companionEvents(body)) events.push(event)
  return events
}

const ALL_KINDS: CompanionStreamEvent[] = [
  accepted(),
  delta('سلام، '),
  delta('می‌شنوم.'),
  { event: 'replaced', data: { content: 'متن تازه', reason: 'diagnosis' } },
  done(),
]

describe('companionEvents', () => {
  it('reads every kind of event, in order, with its data', async () => {
    const unavailable: CompanionStreamEvent = {
      event: 'unavailable',
      data: {
        reply: replyFixture({ status: 'unavailable', content: '' }),
        reason: 'timeout',
        retryAfterSeconds: 30,
        offlineOffered: true,
        safety: { level: 'none', reasons: [] },
      },
    }
    expect(await collect(streamOf(ALL_KINDS.map(sse)))).toEqual(ALL_KINDS)
    expect(await collect(streamOf([sse(accepted()), sse(unavailable)]))).toEqual([
      accepted(),
      unavailable,
    ])
  })

  it('joins events split anywhere between chunks, even inside a Persian letter', async () => {
    const bytes = new TextEncoder().encode(ALL_KINDS.map(sse).join(''))
    // Every split point, so some fall between the two bytes of a Persian letter.
    for (let size = 1; size <= 7; size++) {
      const chunks: Uint8Array[] = []
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size))
      expect(await collect(streamOf(chunks))).toEqual(ALL_KINDS)
    }
    const word = new TextEncoder().encode(sse(delta('ژ')))
    const middle = word.indexOf(0xda) + 1 // ژ is 0xDA 0x98 in UTF-8
    expect(await collect(streamOf([word.slice(0, middle), word.slice(middle)]))).toEqual([
      delta('ژ'),
    ])
  })

  it('reads several events in one chunk and CRLF line ends', async () => {
    const text = `${sse(delta('یک'))}${sse(delta('دو'))}`.replaceAll('\n', '\r\n')
    expect(await collect(streamOf([text]))).toEqual([delta('یک'), delta('دو')])
  })

  it('skips comments, unknown events and data that is not JSON', async () => {
    const events = await collect(
      streamOf([
        ': keep-alive\n\n',
        'event: mystery\ndata: {}\n\n',
        'event: delta\ndata: {not json\n\n',
        'data: {"text":"no name"}\n\n',
        sse(delta('ماند')),
      ]),
    )
    expect(events).toEqual([delta('ماند')])
  })

  it('gives what arrived before a body that breaks, then throws', async () => {
    const seen: CompanionStreamEvent[] = []
    const reading = (async () => {
      for await (const event of companionEvents(
        streamOf([sse(accepted()), sse(delta('نیمه'))], { failAtEnd: true }),
      )) {
        seen.push(event)
      }
    })()
    await expect(reading).rejects.toThrow('network error')
    expect(seen).toEqual([accepted(), delta('نیمه')])
    expect(seen[0]?.event === 'accepted' && seen[0].data.replyId).toBe(REPLY_ID)
  })
})
