import { randomInt } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let admin: SignedInUser
let zahra: SignedInUser
let mohammadreza: SignedInUser
let sara: SignedInUser

beforeAll(async () => {
  t = await createTestApp()
  admin = await createSignedInUser(t, 'admin')
  zahra = await createSignedInUser(t, 'patient', { firstName: 'زهرا', lastName: 'کاظمی' })
  mohammadreza = await createSignedInUser(t, 'psychologist', {
    firstName: 'محمد‌رضا',
    lastName: 'یزدانی',
    firstNameEn: 'Mohammadreza',
    lastNameEn: 'Yazdani',
  })
  sara = await createSignedInUser(t, 'patient', { firstName: 'سارا', lastName: 'نیک' })
  await t.database.query(
    `INSERT INTO user_identifiers (user_id, type, value, is_verified) VALUES ($1, 'email', $2, true)`,
    [sara.id, `sara.nik${randomInt(1e6)}@example.com`],
  )
})
afterAll(() => t.close())

async function search(q: string): Promise<string[]> {
  const response = await t.app.inject({
    url: `/api/v1/users?q=${encodeURIComponent(q)}`,
    headers: admin.headers,
  })
  expect(response.statusCode, q).toBe(200)
  return response.json().items.map((item: { id: string }) => item.id)
}

describe('people search', () => {
  it('finds a phone number however it is typed', async () => {
    const national = `0${zahra.phone.slice(3)}` // +98912… → 0912…
    const forms = [
      zahra.phone,
      national,
      `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`,
      `0098${zahra.phone.slice(3)}`,
      national.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))),
      national.slice(0, 8), // its start, with the trunk zero
      // Digits from its middle: "12" and five random ones (random last digits that began with
      // 0 were read as the national form, one time in ten).
      zahra.phone.slice(4, 11),
    ]
    for (const form of forms) expect(await search(form), form).toContain(zahra.id)
    expect(await search(national)).toEqual([zahra.id])
  })

  it('folds Persian letters, ZWNJ and spaces in names, and finds English names', async () => {
    expect(await search('محمدرضا')).toEqual([mohammadreza.id])
    expect(await search('محمد رضا یزدانی')).toEqual([mohammadreza.id])
    expect(await search('محمدرضا يزداني')).toEqual([mohammadreza.id]) // Arabic ي
    expect(await search('كاظمي')).toEqual([zahra.id]) // Arabic ك and ي
    expect(await search('yazdani')).toEqual([mohammadreza.id])
  })

  it('finds an email by any part of it, and treats LIKE wildcards as text', async () => {
    expect(await search('sara.nik')).toEqual([sara.id])
    expect(await search('@example.com')).toContain(sara.id)
    expect(await search('%')).toEqual([])
    expect(await search('_')).toEqual([])
  })

  it('pages newest first with a cursor', async () => {
    const marker = 'ویژه'
    const made: string[] = []
    for (let i = 0; i < 3; i++) {
      made.push((await createSignedInUser(t, 'patient', { lastName: `${marker}${i}` })).id)
    }
    const first = await t.app.inject({
      url: `/api/v1/users?q=${encodeURIComponent(marker)}&limit=2`,
      headers: admin.headers,
    })
    const page = first.json()
    const second = await t.app.inject({
      url: `/api/v1/users?q=${encodeURIComponent(marker)}&limit=2&cursor=${page.nextCursor}`,
      headers: admin.headers,
    })
    const ids = [...page.items, ...second.json().items].map((item: { id: string }) => item.id)
    expect(ids).toEqual(made.reverse())
    expect(second.json().nextCursor).toBeNull()
  })

  it('pages without skipping people created within one millisecond', async () => {
    // Imports set their own times, to the microsecond; the cursor carries milliseconds.
    const rows = await t.database.query<{ id: string }>(
      `INSERT INTO users (type, profile, created_at)
       SELECT 'patient', '{"lastName": "همزمان"}', '2026-01-01T10:00:00.123456Z'::timestamptz - g * interval '1 microsecond'
       FROM generate_series(1, 3) g RETURNING id`,
    )
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const after: string = cursor ? `&cursor=${cursor}` : ''
      const page = await t.app.inject({
        url: `/api/v1/users?q=${encodeURIComponent('همزمان')}&limit=1${after}`,
        headers: admin.headers,
      })
      seen.push(...page.json().items.map((item: { id: string }) => item.id))
      cursor = page.json().nextCursor
    } while (cursor)
    expect(seen.sort()).toEqual(rows.map((row) => row.id).sort())
  })

  it('keeps the type and state filters on a whole number asked many times', async () => {
    // A whole number's query is a named statement: after five runs on a connection PostgreSQL
    // plans it once for any number, and the filters are then checked per row, not planned away.
    const national = `0${zahra.phone.slice(3)}`
    const ask = async (filters: string) => {
      const response = await t.app.inject({
        url: `/api/v1/users?q=${encodeURIComponent(national)}${filters}`,
        headers: admin.headers,
      })
      return response.json().items.map((item: { id: string }) => item.id)
    }
    for (let round = 0; round < 30; round++) {
      expect(await ask('')).toEqual([zahra.id])
      expect(await ask('&type=patient&isActive=true')).toEqual([zahra.id])
      expect(await ask('&type=psychologist')).toEqual([])
      expect(await ask('&isActive=false')).toEqual([])
    }
  })
})
