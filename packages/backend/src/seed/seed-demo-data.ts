import { DEFAULT_GROUPS } from '@yektayar/shared'
import type { NotesKey } from '../config/config.ts'
import type { Database, RawSql } from '../db/database.ts'
import type { FileStorage } from '../integrations/storage/file-storage.ts'
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts.ts'
import { seedDemoHistory } from './demo-history.ts'
import { seedMessagingDemo } from './messaging-demo.ts'
import { syncReferenceData } from './reference-data.ts'
import { seedSafetyDemo } from './safety-demo.ts'
import { seedDemoAssessments } from './seed-demo-assessments.ts'
import { insertDemoPractice } from './seed-demo-care.ts'
import { seedDemoCourses } from './seed-demo-courses.ts'

const SEEDED_KEY = 'demo.seeded'

/**
 * Demo people only the first time (reference data again, so a seed works on a database that
 * only migrate() has touched), so a second start keeps
 * whatever was changed. Then the demo courses, once too, their video stored in `storage` when
 * its file is there (seed-demo-courses.ts). Answers the demo accounts so the console can list them.
 */
export async function seedDemoData(
  database: Database,
  notesKeys: NotesKey[],
  storage?: FileStorage,
): Promise<DemoAccount[]> {
  await database.transaction(async (sql) => {
    await syncReferenceData(sql)
    const seeded = await sql.query('SELECT 1 FROM config WHERE key = $1', [SEEDED_KEY])
    if (seeded.length > 0) return
    for (const account of DEMO_ACCOUNTS) {
      const id = await insertAccount(sql, account)
      if (account.type === 'psychologist') await insertDemoPractice(sql, id, account.email)
    }
    await seedMessagingDemo(sql)
    await seedSafetyDemo(sql)
    await seedDemoHistory(sql, notesKeys)
    await seedDemoAssessments(sql)
    await sql.query(
      `INSERT INTO config (key, value, description) VALUES ($1, 'true'::jsonb, 'Demo data created')`,
      [SEEDED_KEY],
    )
  })
  await seedDemoCourses(database, storage)
  return DEMO_ACCOUNTS
}

async function insertAccount(sql: RawSql, account: DemoAccount): Promise<string> {
  const [user] = await sql.query<{ id: string }>(
    `INSERT INTO users (type, profile, preferences) VALUES ($1, $2::jsonb, $3::jsonb) RETURNING id`,
    [account.type, JSON.stringify(account.profile), JSON.stringify({ language: 'fa' })],
  )
  if (!user) throw new Error('demo user insert returned no row')
  await sql.query(
    `INSERT INTO user_identifiers (user_id, type, value, is_verified, is_primary)
     VALUES ($1, 'phone', $2, true, true), ($1, 'email', $3, true, false)`,
    [user.id, account.phone, account.email],
  )
  await sql.query(
    `INSERT INTO user_group_members (user_id, group_id)
     SELECT $1, id FROM user_groups WHERE name = $2`,
    [user.id, DEFAULT_GROUPS[account.type].name],
  )
  // The demo admin shows what production asks of every staff member: enrol TOTP first.
  if (account.type === 'admin') {
    await sql.query('INSERT INTO user_mfa (user_id, totp_required) VALUES ($1, true)', [user.id])
  }
  return user.id
}
