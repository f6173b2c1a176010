import type {
  CompanionConversation,
  CompanionMessage,
  CompanionStreamEvent,
} from '@yektayar/shared/types'

export const CONVERSATION_ID = '11111111-1111-4111-8111-111111111111'
export const MESSAGE_ID = '22222222-2222-4222-8222-222222222222'
export const REPLY_ID = '33333333-3333-4333-8333-333333333333'
export const THREAD_ID = '44444444-4444-4444-8444-444444444444'

export function conversationFixture(
  overrides: Partial<CompanionConversation> = {},
): CompanionConversation {
  return {
    id: CONVERSATION_ID,
    title: 'دلشورهٔ پیش از امتحان',
    retention: 'keep',
    sharedAt: null,
    createdAt: '2026-12-01T08:00:00.000Z',
    lastActivityAt: '2026-12-01T08:05:00.000Z',
    ...overrides,
  }
}

export const PATIENT_ID = '55555555-5555-4555-8555-555555555555'

/** A conversation as a psychologist's list of shared ones has it. */
export function sharedFixture(
  overrides: Partial<CompanionConversation> = {},
  patientName = 'سارا رضایی',
): CompanionConversation & { patient: { id: string; name: string } } {
  return {
    ...conversationFixture({ sharedAt: '2026-12-02T08:00:00.000Z', ...overrides }),
    patient: { id: PATIENT_ID, name: patientName },
  }
}

export function messageFixture(overrides: Partial<CompanionMessage> = {}): CompanionMessage {
  return {
    id: MESSAGE_ID,
    conversationId: CONVERSATION_ID,
    role: 'user',
    content: 'امروز خیلی دلشوره دارم',
    status: 'complete',
    kind: null,
    replacedReason: null,
    safety: { level: 'none', reasons: [] },
    createdAt: '2026-12-01T08:10:00.000Z',
    ...overrides,
  }
}

export function replyFixture(overrides: Partial<CompanionMessage> = {}): CompanionMessage {
  return messageFixture({
    id: REPLY_ID,
    role: 'assistant',
    content: 'می‌شنوم که دلشوره داری.',
    kind: 'model',
    safety: null,
    createdAt: '2026-12-01T08:10:01.000Z',
    ...overrides,
  })
}

/** One event as the server writes it on the wire. */
export function sse({ event, data }: CompanionStreamEvent): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

/** A response body giving these pieces one by one (strings are UTF-8 encoded). */
export function streamOf(
  pieces: (string | Uint8Array)[],
  { failAtEnd = false } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let index = 0
  return new ReadableStream({
    pull(controller) {
      const piece = pieces[index++]
      if (piece === undefined) {
        if (failAtEnd) controller.error(new TypeError('network error'))
        else controller.close()
        return
      }
      controller.enqueue(typeof piece === 'string' ? encoder.encode(piece) : piece)
    },
  })
}

/** The first event: the person's message (these words) stored and judged. */
export const accepted = (
  content = messageFixture().content,
  level: 'none' | 'concern' | 'crisis' = 'none',
): CompanionStreamEvent => ({
  event: 'accepted',
  data: {
    message: messageFixture({ content, safety: { level, reasons: [] } }),
    replyId: REPLY_ID,
    safety: { level, reasons: level === 'none' ? [] : ['explicit_intent'] },
  },
})
export const delta = (text: string): CompanionStreamEvent => ({ event: 'delta', data: { text } })
export const done = (reply: CompanionMessage = replyFixture()): CompanionStreamEvent => ({
  event: 'done',
  data: { reply, safety: { level: 'none', reasons: [] } },
})
