import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInThroughApi } from '../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { DEMO_ACCOUNTS } from './demo-accounts.ts'
import { seedDemoData } from './seed-demo-data.ts'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
  await seedDemoData(t.database)
})
afterAll(() => t.close())

const demoPhone = (type: string) => DEMO_ACCOUNTS.find((a) => a.type === type)?.phone ?? ''

describe('the demo staff', () => {
  it('asks the demo admin to enrol TOTP first, and lets a demo psychologist straight in', async () => {
    const session = async (phone: string) => {
      const { headers } = await signInThroughApi(t, phone)
      return (await t.app.inject({ url: '/api/v1/auth/session', headers })).json()
    }
    expect((await session(demoPhone('admin'))).totpSetupRequired).toBe(true)
    expect((await session(demoPhone('psychologist'))).totpSetupRequired).toBe(false)
  })
})
