import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { resolveSession, revokeAllSessions } from './session.service.ts'

describe('session resolution', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('resolves a live token to its user with the default group permissions', async () => {
    const user = await createSignedInUser(t, 'patient')
    const auth = await resolveSession(t.database.db, t.config.sessions, user.token)
    expect(auth?.userId).toBe(user.id)
    expect(auth?.permissions.has('appointments.read.own')).toBe(true)
    expect(auth?.permissions.has('users.read.any')).toBe(false)
  })

  it('refuses a revoked token, an unknown token and an idle one', async () => {
    const user = await createSignedInUser(t, 'psychologist')
    const later = new Date(Date.now() + 13 * 60 * 60 * 1000)
    expect(await resolveSession(t.database.db, t.config.sessions, user.token, later)).toBeNull()
    await revokeAllSessions(t.database.db, user.id)
    expect(await resolveSession(t.database.db, t.config.sessions, user.token)).toBeNull()
    expect(await resolveSession(t.database.db, t.config.sessions, 'x'.repeat(43))).toBeNull()
  })
})
