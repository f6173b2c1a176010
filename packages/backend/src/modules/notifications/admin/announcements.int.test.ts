import type { Announcement, AnnouncementPage } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../../test/test-app.ts'
import { sendAnnouncement } from './announcement-send.ts'
import type { NotificationAdminDeps } from './notification-admin-deps.ts'

interface EventJob {
  data: { recipientId: string; eventKey: string; category: string; content: unknown }
}

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()
const text = (fa: string, en: string) => ({ fa, en })

describe('announcements (admin)', () => {
  let t: TestApp
  let deps: NotificationAdminDeps
  let admin: SignedInUser
  let patient: SignedInUser
  /** Every account of this file's database, by the audience it belongs to. */
  const people = { patients: [] as string[], psychologists: [] as string[], staff: [] as string[] }
  let deactivatedPatient: string
  let supportLead: string

  beforeAll(async () => {
    t = await createTestApp({ withJobs: true })
    deps = { db: t.database.db, jobs: t.jobs, log: { info() {}, error() {} } }
    admin = await createSignedInUser(t, 'admin')
    patient = await createSignedInUser(t, 'patient')
    const psychologists = [
      await createSignedInUser(t, 'psychologist'),
      await createSignedInUser(t, 'psychologist'),
    ]
    const otherPatient = await createSignedInUser(t, 'patient')
    const deactivated = await createSignedInUser(t, 'patient')
    deactivatedPatient = deactivated.id
    await t.database.query('UPDATE users SET is_active = false WHERE id = $1', [deactivated.id])
    // A patient given a staff group (a support lead) is staff for announcements too.
    const lead = await createSignedInUser(t, 'patient')
    supportLead = lead.id
    await t.database.query(`INSERT INTO user_groups (name) VALUES ('support-leads')`)
    await t.database.query(
      `INSERT INTO user_group_members (user_id, group_id)
       SELECT $1, id FROM user_groups WHERE name = 'support-leads'`,
      [lead.id],
    )
    people.patients.push(patient.id, otherPatient.id, lead.id)
    people.psychologists.push(...psychologists.map((p) => p.id))
    people.staff.push(admin.id, lead.id)
  })
  afterAll(() => t.close())

  const post = (user: SignedInUser, url: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: user.headers, payload })

  async function schedule(audience: string, sendAt = inAnHour()): Promise<Announcement> {
    const response = await post(admin, '/admin/announcements', {
      audience,
      title: text('عنوان', 'Title'),
      body: text('متن اطلاعیه', 'Announcement body'),
      sendAt,
    })
    expect(response.statusCode).toBe(201)
    return response.json() as Announcement
  }

  const eventsOf = (announcementId: string) =>
    t.database.query<EventJob>(
      `SELECT data FROM pgboss.job WHERE name = 'notification.event' AND data->>'eventKey' = $1`,
      [`announcement:${announcementId}`],
    )

  const recipientsOf = async (announcementId: string) =>
    (await eventsOf(announcementId)).map((job) => job.data.recipientId).sort()

  const statusOf = async (id: string) =>
    (
      await t.database.query<{ status: string; recipient_count: number | null }>(
        'SELECT status, recipient_count FROM announcements WHERE id = $1',
        [id],
      )
    )[0]

  it('answers 403 to a patient on every route and lets an admin in', async () => {
    const scheduled = await schedule('everyone')
    const routes = [
      {
        method: 'POST',
        url: '/admin/announcements',
        payload: { audience: 'everyone', title: text('ع', 'T'), body: text('م', 'B') },
      },
      { method: 'GET', url: '/admin/announcements' },
      { method: 'POST', url: `/admin/announcements/${scheduled.id}/cancel` },
    ] as const
    for (const route of routes) {
      const asPatient = await t.app.inject({
        ...route,
        url: `/api/v1${route.url}`,
        headers: patient.headers,
      })
      expect(asPatient.statusCode, route.url).toBe(403)
      expect(asPatient.json().code).toBe('FORBIDDEN')
    }
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/announcements',
      headers: admin.headers,
    })
    expect(list.statusCode).toBe(200)
    expect((list.json() as AnnouncementPage).items.map((a) => a.id)).toContain(scheduled.id)
  })

  it('refuses bodies that are not exactly the contract with 400', async () => {
    const valid = { audience: 'patients', title: text('ع', 'T'), body: text('م', 'B') }
    const bad = [
      { ...valid, status: 'sent' },
      { ...valid, audience: 'robots' },
      { ...valid, title: { fa: 'فقط فارسی' } },
      { ...valid, body: text('   ', 'B') },
      { ...valid, title: text('x'.repeat(121), 'T') },
      { ...valid, sendAt: 'tomorrow' },
    ]
    for (const payload of bad) {
      const response = await post(admin, '/admin/announcements', payload)
      expect(response.statusCode, JSON.stringify(payload)).toBe(400)
      expect(response.json().code).toBe('VALIDATION_FAILED')
    }
  })

  it('refuses a send time in the past with ANNOUNCEMENT_SEND_AT_PAST', async () => {
    const response = await post(admin, '/admin/announcements', {
      audience: 'everyone',
      title: text('دیر', 'Late'),
      body: text('دیر', 'Late'),
      sendAt: new Date(Date.now() - 3_600_000).toISOString(),
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().code).toBe('ANNOUNCEMENT_SEND_AT_PAST')
  })

  it('stores a scheduled announcement, queues its send at sendAt and audits it', async () => {
    const sendAt = inAnHour()
    const created = await schedule('psychologists', sendAt)
    expect(created).toMatchObject({
      audience: 'psychologists',
      status: 'scheduled',
      recipientCount: null,
      createdBy: admin.id,
      title: text('عنوان', 'Title'),
    })
    expect(new Date(created.sendAt).getTime()).toBe(new Date(sendAt).getTime())
    const [job] = await t.database.query<{ start_after: Date; data: { announcementId: string } }>(
      `SELECT start_after, data FROM pgboss.job WHERE name = 'announcement.send' AND id = $1`,
      [created.id],
    )
    expect(job?.data.announcementId).toBe(created.id)
    expect(new Date(job?.start_after ?? 0).getTime()).toBe(new Date(sendAt).getTime())
    const audit = await t.database.query<{ user_id: string }>(
      `SELECT user_id FROM audit_logs WHERE action = 'announcements.created' AND resource_id = $1`,
      [created.id],
    )
    expect(audit).toEqual([{ user_id: admin.id }])
  })

  it('tells exactly the audience, active accounts only, with the texts in both languages', async () => {
    for (const audience of ['patients', 'psychologists', 'staff'] as const) {
      const created = await schedule(audience)
      expect(await sendAnnouncement(deps, created.id)).toBe(people[audience].length)
      expect(await recipientsOf(created.id)).toEqual([...people[audience]].sort())
      expect(await statusOf(created.id)).toEqual({
        status: 'sent',
        recipient_count: people[audience].length,
      })
    }
    const everyone = await schedule('everyone')
    await sendAnnouncement(deps, everyone.id)
    const recipients = await recipientsOf(everyone.id)
    expect(recipients).toEqual(
      [...new Set([...people.patients, ...people.psychologists, ...people.staff])].sort(),
    )
    expect(recipients).not.toContain(deactivatedPatient)
    const [event] = await eventsOf(everyone.id)
    expect(event?.data).toMatchObject({
      category: 'announcement',
      content: { title: text('عنوان', 'Title'), body: text('متن اطلاعیه', 'Announcement body') },
    })
  })

  it('counts a support lead (a patient in a staff group) as staff', async () => {
    expect(people.staff).toContain(supportLead)
    const created = await schedule('staff')
    await sendAnnouncement(deps, created.id)
    expect(await recipientsOf(created.id)).toContain(supportLead)
  })

  it('tells each person once and counts them once when the job runs twice', async () => {
    const created = await schedule('psychologists')
    await sendAnnouncement(deps, created.id)
    expect(await sendAnnouncement(deps, created.id)).toBeNull()
    expect(await recipientsOf(created.id)).toEqual([...people.psychologists].sort())
    expect((await statusOf(created.id))?.recipient_count).toBe(people.psychologists.length)
  })

  it('resumes a run that died half-way with the same event keys and the same count', async () => {
    const created = await schedule('patients')
    await sendAnnouncement(deps, created.id)
    // As if the first run had crashed after telling everyone but before marking it sent.
    await t.database.query(`UPDATE announcements SET status = 'sending' WHERE id = $1`, [
      created.id,
    ])
    expect(await sendAnnouncement(deps, created.id)).toBe(people.patients.length)
    const events = await eventsOf(created.id)
    const keys = new Set(events.map((e) => `${e.data.recipientId}|${e.data.eventKey}`))
    // Queued twice at most, but under one (recipient, eventKey) each: told once downstream.
    expect(keys.size).toBe(people.patients.length)
    expect(await statusOf(created.id)).toEqual({
      status: 'sent',
      recipient_count: people.patients.length,
    })
  })

  it('sends nothing once cancelled, and cannot cancel what was sent', async () => {
    const cancelled = await schedule('everyone')
    const cancel = await post(admin, `/admin/announcements/${cancelled.id}/cancel`)
    expect(cancel.statusCode).toBe(200)
    expect(cancel.json().status).toBe('cancelled')
    expect(await sendAnnouncement(deps, cancelled.id)).toBeNull()
    expect(await eventsOf(cancelled.id)).toEqual([])
    expect((await statusOf(cancelled.id))?.status).toBe('cancelled')

    const sent = await schedule('everyone')
    await sendAnnouncement(deps, sent.id)
    const late = await post(admin, `/admin/announcements/${sent.id}/cancel`)
    expect(late.statusCode).toBe(409)
    expect(late.json().code).toBe('ANNOUNCEMENT_NOT_CANCELLABLE')
    const again = await post(admin, `/admin/announcements/${cancelled.id}/cancel`)
    expect(again.json().code).toBe('ANNOUNCEMENT_NOT_CANCELLABLE')
    const unknown = await post(admin, `/admin/announcements/${crypto.randomUUID()}/cancel`)
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().code).toBe('ANNOUNCEMENT_NOT_FOUND')
  })

  it('sends one without sendAt through the queue, now', async () => {
    const response = await post(admin, '/admin/announcements', {
      audience: 'psychologists',
      title: text('اکنون', 'Now'),
      body: text('اکنون', 'Now'),
    })
    expect(response.statusCode).toBe(201)
    const { id } = response.json() as Announcement
    // The worker polls; wait for it without timing it.
    for (let i = 0; i < 100 && (await statusOf(id))?.status !== 'sent'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(await statusOf(id)).toEqual({
      status: 'sent',
      recipient_count: people.psychologists.length,
    })
    expect(await recipientsOf(id)).toEqual([...people.psychologists].sort())
  })

  it('pages the list newest first without skipping or repeating', async () => {
    const all: string[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor ? `&cursor=${cursor}` : ''
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/admin/announcements?limit=3${query}`,
        headers: admin.headers,
      })
      const page = response.json() as AnnouncementPage
      expect(page.items.length).toBeLessThanOrEqual(3)
      all.push(...page.items.map((item) => item.createdAt + item.id))
      cursor = page.nextCursor
    } while (cursor)
    const [{ count } = { count: 0 }] = await t.database.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM announcements',
    )
    expect(all.length).toBe(count)
    expect(new Set(all).size).toBe(count)
    expect([...all].sort().reverse()).toEqual(all)
  })
})
