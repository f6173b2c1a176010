import { createSignedInUser, type SignedInUser } from './auth-fixtures.ts'
import type { TestApp } from './test-app.ts'

export interface PsychologistOptions {
  timeZone?: string
  verified?: boolean
  minNoticeMinutes?: number
  bookingHorizonDays?: number
  bufferBeforeMinutes?: number
  bufferAfterMinutes?: number
  slotStepMinutes?: number
  blockHolidays?: boolean
  roomUrl?: string | null
  specialties?: string[]
  languages?: string[]
  gender?: string
  yearsOfExperience?: number
  /** Weekly windows; the default is every day, all day. */
  rules?: { weekday: number; start: string; end: string }[]
  sessionTypes?: { durationMinutes: number; mode: string; priceIrr: number }[]
}

export interface TestPsychologist extends SignedInUser {
  sessionTypeIds: string[]
}

const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }))

/**
 * A signed-in psychologist with a profile, session types and weekly hours written straight to
 * the database, so appointment tests start from a known calendar.
 */
export async function createPsychologist(
  t: TestApp,
  options: PsychologistOptions = {},
): Promise<TestPsychologist> {
  const user = await createSignedInUser(t, 'psychologist', {
    firstName: 'مریم',
    lastName: 'آزمون',
    firstNameEn: 'Maryam',
    lastNameEn: 'Test',
  })
  await t.database.query(
    `INSERT INTO psychologist_profiles (user_id, time_zone, is_verified, min_notice_minutes,
       booking_horizon_days, buffer_before_minutes, buffer_after_minutes, slot_step_minutes,
       block_holidays, room_url, specialties, languages, gender, years_of_experience, bio_fa)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'روان‌شناس بالینی')`,
    [
      user.id,
      options.timeZone ?? 'UTC',
      options.verified ?? true,
      options.minNoticeMinutes ?? 0,
      options.bookingHorizonDays ?? 60,
      options.bufferBeforeMinutes ?? 0,
      options.bufferAfterMinutes ?? 0,
      options.slotStepMinutes ?? 60,
      options.blockHolidays ?? false,
      options.roomUrl ?? null,
      options.specialties ?? ['anxiety'],
      options.languages ?? ['fa'],
      options.gender ?? 'female',
      options.yearsOfExperience ?? 5,
    ],
  )
  for (const rule of options.rules ?? ALL_DAY) {
    await t.database.query(
      `INSERT INTO availability_rules (psychologist_id, weekday, start_time, end_time)
       VALUES ($1, $2, $3, $4)`,
      [user.id, rule.weekday, rule.start, rule.end],
    )
  }
  const sessionTypeIds: string[] = []
  const types = options.sessionTypes ?? [
    { durationMinutes: 60, mode: 'video', priceIrr: 12_000_000 },
  ]
  for (const [index, type] of types.entries()) {
    const [row] = await t.database.query<{ id: string }>(
      `INSERT INTO session_types (psychologist_id, name_fa, name_en, duration_minutes, mode,
         price_irr, sort_order)
       VALUES ($1, 'جلسه', 'Session', $2, $3, $4, $5) RETURNING id`,
      [user.id, type.durationMinutes, type.mode, type.priceIrr, index],
    )
    if (row) sessionTypeIds.push(row.id)
  }
  return { ...user, sessionTypeIds }
}

/** The next whole hour at least `hoursAhead` from now, as ISO-8601 UTC. */
export function hourFromNow(hoursAhead: number): string {
  const at = new Date(Date.now() + hoursAhead * 3_600_000)
  at.setUTCMinutes(0, 0, 0)
  at.setUTCHours(at.getUTCHours() + 1)
  return at.toISOString()
}

/**
 * Lets a patient book free sessions with the same psychologist again, for tests that use free
 * sessions as "confirmed at once" many times over; the one-free-session rule has its own test
 * (booking.int.test.ts).
 */
export async function forgetFreeIntros(t: TestApp): Promise<void> {
  await t.database.query('UPDATE appointments SET free_intro = false WHERE free_intro')
}
