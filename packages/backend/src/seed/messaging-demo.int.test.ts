import type { ThreadSummary } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { createSession } from '../modules/sessions/session.service.ts'
import { seedDemoData } from './seed-demo-data.ts'

describe('messaging demo data', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
    await seedDemoData(t.database, t.config.care.notesKeys)
  })
  afterAll(() => t.close())

  const signIn = async (phone: string, type: 'patient' | 'psychologist') => {
    const [row] = await t.database.query<{ user_id: string }>(
      `SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value = $1`,
      [phone],
    )
    const session = await createSession(t.database.db, t.config.sessions, {
      userId: row?.user_id ?? '',
      userType: type,
    })
    return { authorization: `Bearer ${session.token}` }
  }

  it('gives the demo patient a reception conversation with an unread reply', async () => {
    const response = await t.app.inject({
      url: '/api/v1/threads',
      headers: await signIn('+989120000002', 'patient'),
    })
    const { items } = response.json() as { items: ThreadSummary[] }
    const reception = items.filter((item) => item.kind === 'department')
    expect(reception).toHaveLength(1)
    expect(reception[0]).toMatchObject({ category: 'reception', unreadCount: 1, lastSeq: 2 })
    expect(reception[0]?.lastMessage?.preview).toContain('حتماً')
    const pointers = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM message_threads WHERE last_seq > 0 AND last_message_id IS NULL`,
    )
    expect(pointers[0]?.n).toBe(0)
  })

  it('puts demo staff in department inboxes', async () => {
    const response = await t.app.inject({
      url: '/api/v1/threads/inbox',
      headers: await signIn('+989120000102', 'psychologist'),
    })
    expect((response.json() as { items: ThreadSummary[] }).items).toHaveLength(1)
  })
})
