import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist, type TestPsychologist } from '../../../test/care-fixtures.ts'
import { photo, uploaded } from '../../../test/file-fixtures.ts'
import { eventually } from '../../../test/notification-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let admin: SignedInUser
let patient: SignedInUser
let newcomer: TestPsychologist

const call = (user: SignedInUser, method: 'GET' | 'PUT' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: user.headers,
    ...(payload ? { payload } : {}),
  })

/** What the psychologist was told, through the notifications engine, oldest first. */
const noticesOf = (userId: string) =>
  t.database.query<{ category: string; body_fa: string; link: string }>(
    'SELECT category, body_fa, link FROM notifications WHERE user_id = $1 ORDER BY created_at',
    [userId],
  )

beforeAll(async () => {
  t = await createTestApp({ withJobs: true })
  admin = await createSignedInUser(t, 'admin')
  patient = await createSignedInUser(t, 'patient')
  newcomer = await createPsychologist(t, { verified: false, timeZone: 'Asia/Tehran' })
  await t.database.query(
    "UPDATE psychologist_profiles SET license_number = 'PS-1402-77' WHERE user_id = $1",
    [newcomer.id],
  )
})
afterAll(() => t.close())

describe('the verification queue', () => {
  it('lists psychologists awaiting verification, oldest first, with the review state', async () => {
    const later = await createPsychologist(t, { verified: false })
    const verified = await createPsychologist(t, { verified: true })
    const queue = (await call(admin, 'GET', '/admin/clinicians')).json()
    const ids = queue.items.map((item: { id: string }) => item.id)
    expect(ids.indexOf(newcomer.id)).toBeLessThan(ids.indexOf(later.id))
    expect(ids).not.toContain(verified.id)
    expect(queue.items.find((item: { id: string }) => item.id === newcomer.id)).toMatchObject({
      licenseNumber: 'PS-1402-77',
      isListed: true,
      review: { state: 'new', rejectionReason: null, reviewedAt: null },
    })
    const firstPage = (await call(admin, 'GET', '/admin/clinicians?status=all&limit=1')).json()
    const second = await call(
      admin,
      'GET',
      `/admin/clinicians?status=all&limit=1&cursor=${firstPage.nextCursor}`,
    )
    expect(second.json().items[0].id).not.toBe(firstPage.items[0].id)
    const detail = (await call(admin, 'GET', `/admin/clinicians/${newcomer.id}`)).json()
    expect(detail).toMatchObject({ id: newcomer.id, isActive: true, review: { state: 'new' } })
    expect(detail.sessionTypes).toHaveLength(1)
    expect((await call(admin, 'GET', `/admin/clinicians/${patient.id}`)).statusCode).toBe(404)
  })

  it('sends a profile back with a reason, then verifies it after the fix', async () => {
    const refuse = (payload: object) =>
      call(admin, 'PUT', `/professionals/${newcomer.id}/verification`, payload)
    expect((await refuse({ isVerified: false })).json().code).toBe('VALIDATION_FAILED')
    expect((await refuse({ isVerified: true, reason: 'خوب است' })).statusCode).toBe(400)
    const reason = 'تصویر پروانه خوانا نیست؛ لطفاً دوباره بارگذاری کنید'
    const rejected = await refuse({ isVerified: false, reason })
    expect(rejected.json().isVerified).toBe(false)

    const mine = (await call(newcomer, 'GET', '/professionals/me')).json()
    expect(mine).toMatchObject({ rejectionReason: reason, isVerified: false })
    await eventually(
      'the psychologist is told',
      async () => (await noticesOf(newcomer.id)).length > 0,
    )
    const [told] = await noticesOf(newcomer.id)
    expect(told).toMatchObject({ category: 'profile_review', link: '/practice' })
    expect(told?.body_fa).toContain(reason)
    const queued = (await call(admin, 'GET', `/admin/clinicians/${newcomer.id}`)).json()
    expect(queued.review).toMatchObject({ state: 'rejected', rejectionReason: reason })

    // The psychologist fixes the profile: the queue shows it came back.
    await call(newcomer, 'PUT', '/professionals/me/profile', { bioFa: 'بیوگرافی کامل‌تر' })
    const back = (await call(admin, 'GET', `/admin/clinicians/${newcomer.id}`)).json()
    expect(back.review.state).toBe('resubmitted')

    const approved = await refuse({ isVerified: true })
    expect(approved.json().isVerified).toBe(true)
    expect((await call(newcomer, 'GET', '/professionals/me')).json().rejectionReason).toBeNull()
    await eventually('told of the approval', async () => (await noticesOf(newcomer.id)).length > 1)
    expect((await noticesOf(newcomer.id))[1]?.body_fa).toContain('تأیید شد')
    const listed = (await call(patient, 'GET', '/professionals?limit=50')).json()
    expect(listed.items.map((item: { id: string }) => item.id)).toContain(newcomer.id)

    const audit = await t.database.query<{ action: string; changes: unknown; ip_address: string }>(
      `SELECT action, changes, ip_address::text FROM audit_logs
       WHERE resource = 'psychologist_profile' AND resource_id = $1 ORDER BY created_at`,
      [newcomer.id],
    )
    expect(audit.map((row) => row.action)).toEqual(['professional.unverify', 'professional.verify'])
    expect(audit[1]?.changes).toEqual({
      before: { isVerified: false, rejectionReason: reason },
      after: { isVerified: true, rejectionReason: null },
    })
    expect(audit[1]?.ip_address).toBeTruthy()
  })

  it("edits a listing, audited, and only the psychologist's own session types", async () => {
    const listing = (payload: object) =>
      call(admin, 'PATCH', `/admin/clinicians/${newcomer.id}/listing`, payload)
    expect((await listing({})).statusCode).toBe(400)
    expect((await listing({ isVerified: true })).statusCode).toBe(400)
    const other = await createPsychologist(t)
    const foreign = await listing({
      sessionTypes: [{ id: other.sessionTypeIds[0], isActive: false }],
    })
    expect(foreign.statusCode).toBe(404)

    const hidden = await listing({
      isListed: false,
      specialties: ['depression'],
      sessionTypes: [{ id: newcomer.sessionTypeIds[0], isActive: false }],
    })
    expect(hidden.json()).toMatchObject({ isListed: false, specialties: ['depression'] })
    expect(hidden.json().sessionTypes[0].isActive).toBe(false)
    const directory = (await call(patient, 'GET', '/professionals?limit=50')).json()
    expect(directory.items.map((item: { id: string }) => item.id)).not.toContain(newcomer.id)
    const [row] = await t.database.query<{ changes: { before: object; after: object } }>(
      `SELECT changes FROM audit_logs WHERE action = 'professional.listing.update'
       AND resource_id = $1`,
      [newcomer.id],
    )
    expect(row?.changes.before).toMatchObject({ isListed: true, specialties: ['anxiety'] })
    expect(row?.changes.after).toMatchObject({
      isListed: false,
      specialties: ['depression'],
      activeSessionTypes: [],
    })
    // A listing edit is not the psychologist's change: the review state stays verified.
    await listing({ isListed: true })
    const again = (await call(admin, 'GET', `/admin/clinicians/${newcomer.id}`)).json()
    expect(again.review.state).toBe('verified')
  })
})

describe('verification documents', () => {
  it("let verifiers list and open a psychologist's documents, audited, and nobody else's", async () => {
    const licence = await uploaded(t, newcomer, 'document', await photo(), {
      filename: 'licence.jpg',
    })
    const ofPatient = await uploaded(t, patient, 'document', await photo(), {
      filename: 'lab.jpg',
    })
    const listed = await call(admin, 'GET', `/admin/clinicians/${newcomer.id}/documents`)
    expect(listed.json().items.map((item: { id: string }) => item.id)).toEqual([licence.id])
    expect(listed.json().items[0].appointment).toBeNull()
    expect((await call(admin, 'GET', `/files/${licence.id}`)).statusCode).toBe(200)
    expect((await call(admin, 'GET', `/files/${ofPatient.id}`)).statusCode).toBe(404)
    expect((await call(admin, 'GET', `/admin/clinicians/${patient.id}/documents`)).statusCode).toBe(
      404,
    )
    const other = await createPsychologist(t)
    expect((await call(other, 'GET', `/files/${licence.id}`)).statusCode).toBe(404)
    const actions = await t.database.query<{ action: string }>(
      `SELECT action FROM audit_logs WHERE user_id = $1 AND action IN
         ('psychologist_documents.list', 'document.read') ORDER BY created_at`,
      [admin.id],
    )
    expect(actions.map((row) => row.action)).toEqual([
      'psychologist_documents.list',
      'document.read',
    ])
  })
})
