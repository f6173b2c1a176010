import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { insertConversation } from './conversation.repository.ts'
import {
  findMessage,
  insertExchange,
  recentMessages,
  saveStreamingContents,
} from './message.repository.ts'

let t: TestApp
let patient: SignedInUser

beforeAll(async () => {
  t = await createTestApp()
  patient = await createSignedInUser(t, 'patient')
})
afterAll(() => t.close())

async function exchangeIn(conversationId: string, text: string, status: 'streaming' | 'complete') {
  return insertExchange(
    t.database.db,
    {
      conversationId,
      role: 'user',
      content: text,
      status: 'complete',
      clientMessageId: randomUUID(),
    },
    { status, kind: 'model', content: '' },
  )
}

describe('companion messages', () => {
  it('writes a message and its reply together, the reply ordered after it', async () => {
    // Both rows come from one statement, often within one millisecond: without the reply's
    // extra millisecond, half of these would list the reply first (ties go by random id).
    for (let round = 0; round < 20; round++) {
      const conversation = await insertConversation(t.database.db, {
        userId: patient.id,
        title: null,
        retention: 'keep',
      })
      const { message, reply } = await exchangeIn(conversation.id, `پیام ${round}`, 'complete')
      expect(reply.replyToId).toBe(message.id)
      const turns = await recentMessages(t.database.db, conversation.id, 10)
      expect(turns.map((turn) => `${turn.role}: ${turn.content}`)).toEqual([
        `user: پیام ${round}`,
        'assistant: ',
      ])
    }
  })

  it('saves streaming replies mid-way as written, whatever they hold, and only while streaming', async () => {
    const conversation = await insertConversation(t.database.db, {
      userId: patient.id,
      title: null,
      retention: 'keep',
    })
    const streaming = await exchangeIn(conversation.id, 'سلام', 'streaming')
    const other = await insertConversation(t.database.db, {
      userId: patient.id,
      title: null,
      retention: 'keep',
    })
    const finished = await exchangeIn(other.id, 'سلام', 'complete')
    // Quotes, backslashes, braces, commas and NULL-like words are what an array literal escapes.
    const tricky = 'می‌گویم "نه", \\ {a,b} NULL\nخط دوم ٬ ☺'
    await saveStreamingContents(
      t.database.db,
      new Map([
        [streaming.reply.id, tricky],
        [finished.reply.id, 'should not land'],
      ]),
    )
    expect((await findMessage(t.database.db, conversation.id, streaming.reply.id))?.content).toBe(
      tricky,
    )
    expect((await findMessage(t.database.db, other.id, finished.reply.id))?.content).toBe('')
  })
})
