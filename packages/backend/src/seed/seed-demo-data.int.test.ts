import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInThroughApi } from '../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { plaintextOf } from '../modules/notes/note.service.ts'
import { findEffectivePermissions } from '../modules/rbac/permission.repository.ts'
import { createSession } from '../modules/sessions/session.service.ts'
import { DEMO_ACCOUNTS } from './demo-accounts.ts'
import { seedDemoData } from './seed-demo-data.ts'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
  await seedDemoData(t.database, t.config.care.notesKeys)
})
afterAll(() => t.close())

const demoPhone = (type: string) => DEMO_ACCOUNTS.find((a) => a.type === type)?.phone ?? ''

describe('the demo staff', () => {
  it('asks the demo admin to enrol TOTP first, and lets a demo psychologist straight in', async () => {
    const session = async (phone: string) => {
      const { headers } = await signInThroughApi(t, phone)
      return (await t.app.inject({ url: '/api/v1/auth/session', headers })).json()
    }
    expect((await session(demoPhone('admin'))).totpSetupRequired).toBe(true)
    expect((await session(demoPhone('psychologist'))).totpSetupRequired).toBe(false)
  })
})

describe('the demo on-call rota', () => {
  it('pages Dr Ahmadi first, who holds safety.respond, then the admin', async () => {
    const rota = await t.database.query<{ value: string }>(
      `SELECT i.value FROM safety_on_call o JOIN user_identifiers i
         ON i.user_id = o.user_id AND i.type = 'phone' ORDER BY o.position`,
    )
    expect(rota.map((row) => row.value)).toEqual(['+989120000101', '+989120000001'])
    const [first] = await t.database.query<{ user_id: string }>(
      'SELECT user_id FROM safety_on_call ORDER BY position LIMIT 1',
    )
    expect(await findEffectivePermissions(t.database.db, first?.user_id ?? '')).toContain(
      'safety.respond',
    )
  })
})

describe('the demo history', () => {
  it('has past sessions held and missed, notes, payments with a refund, and a conversation', async () => {
    const patient = await signInThroughApi(t, demoPhone('patient'))
    const count = async (text: string) =>
      ((await t.database.query<{ n: number }>(text))[0]?.n ?? 0) as number
    expect(
      await count(
        `SELECT count(*)::int AS n FROM appointments WHERE status = 'completed' AND ends_at < now()`,
      ),
    ).toBeGreaterThanOrEqual(2)
    expect(
      await count(`SELECT count(*)::int AS n FROM appointments WHERE status = 'no_show'`),
    ).toBe(1)

    const notes = await t.database.query<
      Parameters<typeof plaintextOf>[1] & { isPrivate: boolean }
    >('SELECT id, content, key_id AS "keyId", is_private AS "isPrivate" FROM appointment_notes')
    expect(notes.every((note) => note.keyId !== null)).toBe(true)
    const texts = notes.map((note) => plaintextOf(t.config.care.notesKeys, note))
    expect(texts.some((text) => text.includes('تنفس'))).toBe(true)
    expect(new Set(notes.map((note) => note.isPrivate))).toEqual(new Set([true, false]))

    const history = await t.app.inject({
      url: '/api/v1/payments/history',
      headers: patient.headers,
    })
    expect(history.statusCode).toBe(200)
    const kinds = JSON.stringify(history.json())
    expect(kinds).toContain('"refund"')
    expect(kinds).toContain('"payment"')

    const threads = await t.app.inject({ url: '/api/v1/threads', headers: patient.headers })
    const direct = threads.json().items.find((item: { kind: string }) => item.kind === 'direct')
    expect(direct).toBeDefined()
    const messages = await t.app.inject({
      url: `/api/v1/threads/${direct.id}/messages`,
      headers: patient.headers,
    })
    expect(messages.json().items.length).toBe(4)
  })

  it('is written once: a second seed adds nothing', async () => {
    const before = await t.database.query('SELECT count(*)::int AS n FROM appointments')
    await seedDemoData(t.database, t.config.care.notesKeys)
    expect(await t.database.query('SELECT count(*)::int AS n FROM appointments')).toEqual(before)
  })
})

// The OTP cool-down would refuse a second sign-in of the same demo phone in this file.
async function sessionOf(phone: string, type: 'patient' | 'psychologist') {
  const [row] = await t.database.query<{ user_id: string }>(
    `SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value = $1`,
    [phone],
  )
  const userId = row?.user_id ?? ''
  const session = await createSession(t.database.db, t.config.sessions, { userId, userType: type })
  return { userId, headers: { authorization: `Bearer ${session.token}` } }
}

describe('the demo assessments', () => {
  it('give the demo patient PHQ-9 and GAD-7 results over weeks, and her psychologist sees them', async () => {
    const patient = await sessionOf(demoPhone('patient'), 'patient')
    const page = (
      await t.app.inject({ url: '/api/v1/assessments/results', headers: patient.headers })
    ).json() as { items: { assessment: { slug: string }; total: number; band: string }[] }
    const phq = page.items.filter((r) => r.assessment.slug === 'phq-9')
    expect(phq.map((r) => [r.total, r.band])).toEqual([
      [7, 'mild'],
      [10, 'moderate'],
      [14, 'moderate'],
    ])
    expect(page.items.filter((r) => r.assessment.slug === 'gad-7')).toHaveLength(2)
    const psychologist = await sessionOf(demoPhone('psychologist'), 'psychologist')
    const trends = (
      await t.app.inject({
        url: `/api/v1/patients/${patient.userId}/assessment-trends`,
        headers: psychologist.headers,
      })
    ).json() as { series: { points: unknown[] }[] }
    expect(trends.series.map((s) => s.points.length).sort()).toEqual([2, 3])
  })
})
