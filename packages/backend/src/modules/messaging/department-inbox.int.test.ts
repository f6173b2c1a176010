import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../../../test/auth-fixtures.ts'
import {
  addDepartmentStaff,
  postMessage,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('GET /admin/department-inboxes', () => {
  it('counts open, unassigned and waiting threads per department, never their content', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const receptionist = await createSignedInUser(t, 'psychologist')
    await addDepartmentStaff(t, 'reception', receptionist.id)
    const [first, second] = [
      await createSignedInUser(t, 'patient'),
      await createSignedInUser(t, 'patient'),
    ]
    if (!first || !second) throw new Error('patients')
    const answered = await startDepartmentThread(t, first, 'reception', 'نوبتم را جابه‌جا کنید')
    const waiting = await startDepartmentThread(t, second, 'reception', 'سؤالی دربارهٔ پرداخت دارم')
    expect((await postMessage(t, receptionist, answered.thread.id, 'حتماً')).statusCode).toBe(201)

    const overview = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/admin/department-inboxes',
          headers: admin.headers,
        })
      ).json()
    const body = await overview()
    const reception = body.items.find((item: { key: string }) => item.key === 'reception')
    expect(reception).toMatchObject({ open: 2, unassigned: 2, waiting: 1, staff: 1 })
    expect(reception.fa).toBeTruthy()
    expect(new Date(reception.oldestWaitingSince).getTime()).toBe(
      new Date(waiting.message.createdAt).getTime(),
    )
    expect(JSON.stringify(body)).not.toContain('پرداخت')
    // Departments nobody wrote to show zeros.
    const quiet = body.items.find((item: { key: string }) => item.key !== 'reception')
    expect(quiet).toMatchObject({ open: 0, unassigned: 0, waiting: 0, oldestWaitingSince: null })
  })
})
