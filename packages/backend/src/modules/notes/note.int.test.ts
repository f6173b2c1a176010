import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { parseNotesKeys } from '../../config/care-config.ts'
import { rotateNoteKeys } from './note-key-rotation.ts'

const OLD_KEY = `k1:${randomBytes(32).toString('base64')}`

describe('appointment notes', () => {
  let t: TestApp
  let patient: SignedInUser
  let admin: SignedInUser
  let psy: TestPsychologist
  let otherPsy: TestPsychologist
  let appointmentId: string

  beforeAll(async () => {
    t = await createTestApp({ env: { NOTES_ENCRYPTION_KEYS: OLD_KEY } })
    patient = await createSignedInUser(t, 'patient')
    admin = await createSignedInUser(t, 'admin')
    psy = await createPsychologist(t, {
      sessionTypes: [{ durationMinutes: 50, mode: 'video', priceIrr: 0 }],
    })
    otherPsy = await createPsychologist(t)
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: patient.headers,
      payload: {
        psychologistId: psy.id,
        sessionTypeId: psy.sessionTypeIds[0],
        startsAt: hourFromNow(30),
      },
    })
    appointmentId = booked.json().id
  })
  afterAll(() => t.close())

  const url = () => `/api/v1/appointments/${appointmentId}/notes`
  const write = (user: SignedInUser, payload: object) =>
    t.app.inject({ method: 'POST', url: url(), headers: user.headers, payload })
  const read = (user: SignedInUser) => t.app.inject({ url: url(), headers: user.headers })
  const auditCount = async (userId: string) => {
    const [row] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_logs WHERE user_id = $1 AND action = 'appointment_note.read'`,
      [userId],
    )
    return row?.n ?? 0
  }

  it('stores private and shared notes encrypted, never in the clear', async () => {
    const privateNote = await write(psy, { content: 'نشانه‌های اضطراب اجتماعی', isPrivate: true })
    expect(privateNote.statusCode).toBe(201)
    const shared = await write(psy, { content: 'تمرین: دفترچهٔ خواب', isPrivate: false })
    expect(shared.json()).toMatchObject({ isPrivate: false, content: 'تمرین: دفترچهٔ خواب' })
    const rows = await t.database.query<{ content: string; key_id: string }>(
      'SELECT content, key_id FROM appointment_notes WHERE appointment_id = $1',
      [appointmentId],
    )
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row.key_id).toBe('k1')
      expect(row.content).not.toMatch(/اضطراب|دفترچه/)
    }
  })

  it('lets only the appointment’s psychologist write, with a strict body', async () => {
    expect((await write(patient, { content: 'x' })).statusCode).toBe(403)
    expect((await write(otherPsy, { content: 'x' })).statusCode).toBe(404)
    const mass = await write(psy, { content: 'x', authorId: patient.id })
    expect(mass.statusCode).toBe(400)
  })

  it('shows the patient shared notes only, and audits nothing for them', async () => {
    const response = await read(patient)
    expect(response.json().items.map((n: { content: string }) => n.content)).toEqual([
      'تمرین: دفترچهٔ خواب',
    ])
    expect(await auditCount(patient.id)).toBe(0)
  })

  it('answers another psychologist like a missing appointment', async () => {
    expect((await read(otherPsy)).statusCode).toBe(404)
  })

  it('audits every private note read by its author and by admins', async () => {
    const mine = await read(psy)
    expect(mine.json().items).toHaveLength(2)
    expect(await auditCount(psy.id)).toBe(1)
    await read(psy)
    expect(await auditCount(psy.id)).toBe(2)
    const byAdmin = await read(admin)
    expect(byAdmin.json().items.some((n: { isPrivate: boolean }) => n.isPrivate)).toBe(true)
    const [entry] = await t.database.query<{ resource: string; resource_id: string }>(
      `SELECT resource, resource_id FROM audit_logs WHERE user_id = $1 AND action = 'appointment_note.read'`,
      [admin.id],
    )
    expect(entry?.resource).toBe('appointment_note')
  })

  it('amends a note with an addendum that keeps the original, sealed and audited', async () => {
    const notes = (await read(psy)).json().items as { id: string; isPrivate: boolean }[]
    const shared = notes.find((note) => !note.isPrivate)?.id ?? ''
    const amendUrl = `${url()}/${shared}/addenda`
    const amend = (user: SignedInUser, payload: object) =>
      t.app.inject({ method: 'POST', url: amendUrl, headers: user.headers, payload })
    const added = await amend(psy, { content: 'اصلاحیه: هفته‌ای سه شب' })
    expect(added.statusCode).toBe(201)
    expect(added.json()).toMatchObject({ noteId: shared, authorId: psy.id })
    expect((await amend(patient, { content: 'x' })).statusCode).toBe(403)
    expect((await amend(admin, { content: 'x' })).statusCode).toBe(403)
    expect((await amend(otherPsy, { content: 'x' })).statusCode).toBe(404)
    expect((await amend(psy, { content: ' ' })).statusCode).toBe(400)

    const seen = (await read(patient)).json().items[0]
    expect(seen.content).toBe('تمرین: دفترچهٔ خواب')
    expect(seen.addenda.map((a: { content: string }) => a.content)).toEqual([
      'اصلاحیه: هفته‌ای سه شب',
    ])
    const [row] = await t.database.query<{ content: string; key_id: string }>(
      'SELECT content, key_id FROM appointment_note_addenda WHERE note_id = $1',
      [shared],
    )
    expect(row?.key_id).toBe('k1')
    expect(row?.content).not.toContain('اصلاحیه')
    const audit = await t.database.query<{ resource_id: string }>(
      `SELECT resource_id FROM audit_logs WHERE action = 'appointment_note.amend' AND user_id = $1`,
      [psy.id],
    )
    expect(audit.map((entry) => entry.resource_id)).toEqual([shared])
  })

  it('re-seals old notes and their addenda under a new current key and still reads them', async () => {
    const keys = parseNotesKeys(`k2:${randomBytes(32).toString('base64')},${OLD_KEY}`)
    expect((await rotateNoteKeys({ db: t.database.db, keys })).rotated).toBe(3)
    const rows = await t.database.query<{ key_id: string }>(
      `SELECT key_id FROM appointment_notes WHERE appointment_id = $1
       UNION ALL SELECT a.key_id FROM appointment_note_addenda a
       JOIN appointment_notes n ON n.id = a.note_id WHERE n.appointment_id = $1`,
      [appointmentId],
    )
    expect(rows.map((r) => r.key_id)).toEqual(['k2', 'k2', 'k2'])
    expect((await rotateNoteKeys({ db: t.database.db, keys })).rotated).toBe(0)
  })
})
