import type { RawSql } from '../db/database.ts'
import { DEMO_PRACTICES } from './demo-practices.ts'

/**
 * A demo psychologist's verified profile, session types and weekly hours. Runs inside the
 * first-start transaction only, so what people change later survives a restart.
 */
export async function insertDemoPractice(sql: RawSql, userId: string, email: string) {
  const practice = DEMO_PRACTICES[email]
  if (!practice) return
  await sql.query(
    `INSERT INTO psychologist_profiles (user_id, bio_fa, bio_en, specialties, approaches,
       languages, gender, years_of_experience, license_number, time_zone, is_verified,
       verified_at, min_notice_minutes, buffer_after_minutes, slot_step_minutes, block_holidays)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, true, now(), 240, 10, 60, $11)`,
    [
      userId,
      practice.bioFa,
      practice.bioEn,
      practice.specialties,
      practice.approaches,
      practice.languages,
      practice.gender,
      practice.years,
      practice.license,
      practice.timeZone,
      // Those practising in Iran opt in to closing on official holidays; those abroad do not.
      practice.timeZone === 'Asia/Tehran',
    ],
  )
  for (const [order, type] of practice.sessionTypes.entries()) {
    await sql.query(
      `INSERT INTO session_types (psychologist_id, name_fa, name_en, duration_minutes, mode,
         price_irr, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [userId, type.fa, type.en, type.minutes, type.mode, type.priceIrr, order],
    )
  }
  for (const window of practice.hours) {
    for (const weekday of window.days) {
      await sql.query(
        `INSERT INTO availability_rules (psychologist_id, weekday, start_time, end_time)
         VALUES ($1, $2, $3, $4)`,
        [userId, weekday, window.start, window.end],
      )
    }
  }
}
