import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist } from '../../../test/care-fixtures.ts'
import { createConfirmedAppointment } from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { recordAudit } from './audit.service.ts'

const SECRET = 'افکار مزاحم درباره‌ی کار'

let t: TestApp
let admin: SignedInUser

beforeAll(async () => {
  t = await createTestApp()
  admin = await createSignedInUser(t, 'admin', { firstName: 'سارا', lastName: 'مدیر' })
})
afterAll(() => t.close())

const get = (url: string) => t.app.inject({ url: `/api/v1${url}`, headers: admin.headers })

type Row = { action: string; actorName: string | null; resourceId: string; changes: unknown }

describe('the audit lookup', () => {
  it('answers who read which clinical note, never what it says', async () => {
    const psy = await createPsychologist(t)
    const patient = await createSignedInUser(t, 'patient')
    const appointmentId = await createConfirmedAppointment(t, patient.id, psy.id)
    const notes = `/api/v1/appointments/${appointmentId}/notes`
    const written = await t.app.inject({
      method: 'POST',
      url: notes,
      headers: psy.headers,
      payload: { content: SECRET, isPrivate: true },
    })
    const noteId = written.json().id as string
    await t.app.inject({ url: notes, headers: admin.headers })
    // A careless future caller: the lookup still never shows a note's text.
    await recordAudit(t.database.db, {
      action: 'appointment_note.read',
      resource: 'appointment_note',
      resourceId: noteId,
      changes: { content: SECRET, appointmentId },
    })

    const response = await get(`/audit-logs?resource=appointment_note&resourceId=${noteId}`)
    expect(response.statusCode).toBe(200)
    expect(response.body).not.toContain(SECRET)
    const items = response.json().items as Row[]
    expect(items.map((row) => [row.action, row.actorName])).toEqual([
      ['appointment_note.read', null],
      ['appointment_note.read', 'سارا مدیر'],
    ])
    expect(items[0]?.changes).toEqual({ appointmentId })
    const csv = await get(`/audit-logs/export?resourceId=${noteId}`)
    expect(csv.body).not.toContain(SECRET)
    expect(csv.body).toContain('سارا مدیر')
  })

  it('filters by person, action, resource and Tehran days', async () => {
    const actor = await createSignedInUser(t, 'psychologist', { firstName: 'Reza', lastName: 'K' })
    await recordAudit(t.database.db, {
      userId: actor.id,
      action: 'test.one',
      resource: 'thing',
      resourceId: 'a',
    })
    // The list is newest first to the millisecond (its cursor's precision), then by id: rows
    // written within one millisecond come in either order (the log is append-only, so the
    // time cannot be set afterwards); a few milliseconds apart, the order is known.
    await new Promise((resolve) => setTimeout(resolve, 5))
    await recordAudit(t.database.db, {
      userId: actor.id,
      action: 'test.two',
      resource: 'other',
      resourceId: 'b',
    })
    const actions = async (query: string) =>
      ((await get(`/audit-logs?${query}`)).json().items as Row[]).map((row) => row.action)
    expect(await actions(`userId=${actor.id}`)).toEqual(['test.two', 'test.one'])
    expect(await actions(`userId=${actor.id}&action=test.one`)).toEqual(['test.one'])
    expect(await actions(`userId=${actor.id}&resource=other`)).toEqual(['test.two'])
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(new Date())
    expect(await actions(`userId=${actor.id}&from=${today}&to=${today}`)).toHaveLength(2)
    expect(await actions(`userId=${actor.id}&to=2020-01-01`)).toEqual([])
    expect(await actions(`userId=${actor.id}&from=2999-01-01`)).toEqual([])
    expect((await get('/audit-logs?userId=nope')).statusCode).toBe(400)

    const facets = (await get('/audit-logs/facets')).json()
    expect(facets.actions).toEqual(expect.arrayContaining(['test.one', 'test.two']))
    expect(facets.resources).toEqual(expect.arrayContaining(['thing', 'other']))
    expect([...facets.actions].sort()).toEqual(facets.actions)
  })

  it('exports the filtered list as CSV in batches, and audits the export', async () => {
    await t.database.query(
      `INSERT INTO audit_logs (action, resource, resource_id, changes)
       SELECT 'test.bulk', 'bulk', g::text, jsonb_build_object('n', g) FROM generate_series(1, 1234) g`,
    )
    const response = await get('/audit-logs/export?action=test.bulk')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-/)
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const lines = response.body.split('\r\n').filter(Boolean)
    expect(lines[0]).toContain('کنش')
    expect(lines).toHaveLength(1235)
    const ids = new Set(lines.slice(1).map((line) => line.split(',')[6]))
    expect(ids.size).toBe(1234)

    const [exported] = await t.database.query<{ changes: unknown; user_id: string }>(
      "SELECT changes, user_id FROM audit_logs WHERE action = 'audit.export' ORDER BY created_at DESC LIMIT 1",
    )
    expect(exported).toEqual({ user_id: admin.id, changes: { filters: { action: 'test.bulk' } } })
  })
})
