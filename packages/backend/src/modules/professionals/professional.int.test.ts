import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist, type TestPsychologist } from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

describe('psychologist directory and profiles', () => {
  let t: TestApp
  let admin: SignedInUser
  let patient: SignedInUser
  let anxious: TestPsychologist
  let couples: TestPsychologist
  let hidden: TestPsychologist
  let idle: TestPsychologist

  beforeAll(async () => {
    t = await createTestApp()
    admin = await createSignedInUser(t, 'admin')
    patient = await createSignedInUser(t, 'patient')
    anxious = await createPsychologist(t, {
      specialties: ['anxiety', 'depression'],
      languages: ['fa', 'en'],
      gender: 'female',
      yearsOfExperience: 12,
      sessionTypes: [
        { durationMinutes: 50, mode: 'video', priceIrr: 14_000_000 },
        { durationMinutes: 15, mode: 'phone', priceIrr: 0 },
      ],
    })
    couples = await createPsychologist(t, {
      specialties: ['couples'],
      gender: 'male',
      yearsOfExperience: 20,
      sessionTypes: [{ durationMinutes: 90, mode: 'in_person', priceIrr: 25_000_000 }],
    })
    hidden = await createPsychologist(t, { verified: false, yearsOfExperience: 30 })
    idle = await createPsychologist(t, { yearsOfExperience: 1, rules: [] })
  })
  afterAll(() => t.close())

  const get = (url: string, user?: SignedInUser) =>
    t.app.inject({ url: `/api/v1${url}`, headers: user?.headers })
  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id)

  it('lists verified psychologists publicly, by experience, with keyset paging', async () => {
    const first = (await get('/professionals?limit=2')).json()
    expect(ids(first)).toEqual([couples.id, anxious.id])
    const rest = (await get(`/professionals?limit=2&cursor=${first.nextCursor}`)).json()
    expect(ids(rest)).toEqual([idle.id])
    expect(rest.nextCursor).toBeNull()
    expect(first.items[1]).toMatchObject({
      minPriceIrr: 0,
      modes: ['phone', 'video'],
      isVerified: true,
    })
  })

  it('filters by specialty, language, gender, mode, price and availability', async () => {
    const cases: [string, string[]][] = [
      ['specialty=couples', [couples.id]],
      ['language=en', [anxious.id]],
      ['gender=female&sort=price_asc', [anxious.id, idle.id]],
      ['mode=in_person', [couples.id]],
      ['minPriceIrr=20000000', [couples.id]],
      ['maxPriceIrr=13000000&mode=video', [idle.id]],
      ['sort=price_desc', [couples.id, idle.id, anxious.id]],
      ['availableWithinDays=7', [couples.id, anxious.id]],
    ]
    for (const [query, expected] of cases) {
      expect({ query, ids: ids((await get(`/professionals?${query}`)).json()) }).toEqual({
        query,
        ids: expected,
      })
    }
    const soonest = (await get('/professionals?availableWithinDays=7')).json().items[0]
    expect(soonest.nextAvailableAt).toMatch(/Z$/)
  })

  it('finds by part of a name however ی, ک, ZWNJ and spaces were typed, and counts', async () => {
    const name = {
      firstName: 'شیدا',
      lastName: 'کریمی‌نژاد',
      firstNameEn: 'Sheida',
      lastNameEn: 'Karimi Nejad',
    }
    const [before] = await t.database.query<{ profile: object }>(
      'SELECT profile FROM users WHERE id = $1',
      [anxious.id],
    )
    const rename = (profile: object) =>
      t.database.query('UPDATE users SET profile = $2::jsonb WHERE id = $1', [
        anxious.id,
        JSON.stringify(profile),
      ])
    await rename(name)
    const search = async (q: string) =>
      (await get(`/professionals?q=${encodeURIComponent(q)}`)).json()
    for (const q of ['كريمي نژاد', 'کریمی‌نژاد', 'کریمینژاد', ' شیدا ', 'KARIMINEJAD', 'sheida k']) {
      const page = await search(q)
      expect({ q, ids: ids(page), total: page.total }).toEqual({ q, ids: [anxious.id], total: 1 })
    }
    expect((await search('%')).total).toBe(0)
    expect((await search('_')).items).toEqual([])
    expect((await get('/professionals')).json().total).toBe(3)
    await rename(before?.profile ?? {})
  })

  it("shows each card's next free time, null when nothing is free", async () => {
    const page = (await get('/professionals')).json()
    const next = Object.fromEntries(
      page.items.map((item: { id: string; nextAvailableAt: string | null }) => [
        item.id,
        item.nextAvailableAt,
      ]),
    )
    expect(next[anxious.id]).toMatch(/Z$/)
    expect(next[couples.id]).toMatch(/Z$/)
    expect(next[idle.id]).toBeNull()
  })

  it('hides unverified profiles from everyone but themselves and admins', async () => {
    expect((await get(`/professionals/${hidden.id}`, patient)).statusCode).toBe(404)
    expect((await get(`/professionals/${hidden.id}`, hidden)).statusCode).toBe(200)
    expect((await get(`/professionals/${hidden.id}`, admin)).statusCode).toBe(200)
    expect(ids((await get('/professionals?includeUnverified=true', patient)).json())).not.toContain(
      hidden.id,
    )
    expect(ids((await get('/professionals?includeUnverified=true', admin)).json())).toContain(
      hidden.id,
    )
    const detail = (await get(`/professionals/${anxious.id}`)).json()
    expect(detail.sessionTypes).toHaveLength(2)
    expect(detail.name).toEqual({ fa: 'مریم آزمون', en: 'Maryam Test' })
  })

  it('lets a psychologist edit their own profile but never the verified flag', async () => {
    const put = (payload: object, user: SignedInUser = anxious) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/professionals/me/profile',
        headers: user.headers,
        payload,
      })
    const updated = await put({
      bioFa: 'درمان شناختی‌رفتاری',
      approaches: ['cbt'],
      bufferAfterMinutes: 10,
    })
    expect(updated.json()).toMatchObject({ bioFa: 'درمان شناختی‌رفتاری', approaches: ['cbt'] })
    expect((await put({ isVerified: true }, hidden)).statusCode).toBe(400)
    const unsafe = ['javascript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'http://a.ir/p']
    for (const url of unsafe) {
      for (const field of ['photoUrl', 'roomUrl']) {
        const refused = await put({ [field]: url })
        expect(refused.statusCode).toBe(400)
        const paths = refused.json().errors.map((error: { path: string }) => error.path)
        expect(new Set(paths)).toEqual(new Set([`body.${field}`]))
      }
    }
    const safe = await put({ roomUrl: 'https://meet.example.ir/room-7', photoUrl: null })
    expect(safe.json()).toMatchObject({ roomUrl: 'https://meet.example.ir/room-7' })
    const office = 'تهران، خیابان ولیعصر، پلاک ۱۲'
    expect((await put({ officeAddress: `  ${office} ` })).json().officeAddress).toBe(office)
    expect((await get(`/professionals/${anxious.id}`)).json().officeAddress).toBe(office)
    expect((await put({ officeAddress: 'x'.repeat(301) })).statusCode).toBe(400)
    expect((await put({ officeAddress: null })).json().officeAddress).toBeNull()
    expect((await put({ timeZone: 'Mars/Olympus' })).json().code).toBe('INVALID_TIME_ZONE')
    expect((await put({ bioFa: 'x' }, patient)).statusCode).toBe(403)
    const relicensed = await put({ licenseNumber: 'NEW-123' })
    expect(relicensed.json().isVerified).toBe(false)
    const verify = (user: SignedInUser) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/professionals/${anxious.id}/verification`,
        headers: user.headers,
        payload: { isVerified: true },
      })
    expect((await verify(anxious)).statusCode).toBe(403)
    expect((await verify(admin)).json().isVerified).toBe(true)
  })

  it('replaces weekly hours, session types and date overrides', async () => {
    const put = (path: string, payload: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/professionals/me/${path}`,
        headers: idle.headers,
        payload,
      })
    const hours = await put('availability', {
      rules: [{ weekday: 6, start: '09:00', end: '13:00' }],
    })
    expect(hours.json().rules).toEqual([{ weekday: 6, start: '09:00', end: '13:00' }])
    expect(
      (await put('availability', { rules: [{ weekday: 6, start: '13:00', end: '09:00' }] }))
        .statusCode,
    ).toBe(400)
    const types = await put('session-types', {
      sessionTypes: [
        { nameFa: 'جلسهٔ آشنایی', nameEn: 'Intro', durationMinutes: 20, mode: 'video', priceIrr: 0 },
      ],
    })
    expect(types.json().sessionTypes.filter((s: { isActive: boolean }) => s.isActive)).toHaveLength(
      1,
    )
    const foreign = await put('session-types', {
      sessionTypes: [
        {
          id: anxious.sessionTypeIds[0],
          nameFa: 'x',
          nameEn: 'x',
          durationMinutes: 20,
          mode: 'video',
          priceIrr: 0,
        },
      ],
    })
    expect(foreign.statusCode).toBe(404)
    const override = await t.app.inject({
      method: 'POST',
      url: '/api/v1/professionals/me/overrides',
      headers: idle.headers,
      payload: { date: '2030-01-05', kind: 'unavailable' },
    })
    expect(override.statusCode).toBe(201)
    const remove = (user: SignedInUser) =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/v1/professionals/me/overrides/${override.json().id}`,
        headers: user.headers,
      })
    expect((await remove(anxious)).statusCode).toBe(404)
    expect((await remove(idle)).statusCode).toBe(204)
  })
})
