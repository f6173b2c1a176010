import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { seedDemoData } from './seed-demo-data.ts'

describe('demo psychologists', () => {
  let t: TestApp

  beforeAll(async () => {
    t = await createTestApp()
    await seedDemoData(t.database, t.config.care.notesKeys)
  })
  afterAll(() => t.close())

  it('lists eight verified psychologists with priced and free sessions and weekly hours', async () => {
    const page = (await t.app.inject({ url: '/api/v1/professionals?limit=50' })).json()
    expect(page.items).toHaveLength(8)
    const prices = await t.database.query<{ price: number }>(
      'SELECT price_irr::int AS price FROM session_types WHERE price_irr > 0',
    )
    expect(Math.min(...prices.map((p) => p.price))).toBeGreaterThanOrEqual(8_000_000)
    expect(Math.max(...prices.map((p) => p.price))).toBeLessThanOrEqual(25_000_000)
    const [free] = await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM session_types WHERE price_irr = 0',
    )
    expect(free?.n).toBeGreaterThan(0)
    const first = page.items[0]
    const detail = (await t.app.inject({ url: `/api/v1/professionals/${first.id}` })).json()
    expect(detail.bioFa.length).toBeGreaterThan(20)
    expect(detail.licenseNumber).toMatch(/^PCO-/)
    const slots = await t.app.inject({ url: `/api/v1/professionals/${first.id}/availability` })
    expect(slots.json().slots.length).toBeGreaterThan(0)
  })

  it('keeps a second start from adding or resetting anything', async () => {
    await t.database.query('UPDATE psychologist_profiles SET bio_en = $1', ['edited'])
    await seedDemoData(t.database, t.config.care.notesKeys)
    const [row] = await t.database.query<{ n: number; edited: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE bio_en = 'edited')::int AS edited
       FROM psychologist_profiles`,
    )
    expect(row).toEqual({ n: 8, edited: 8 })
  })
})
