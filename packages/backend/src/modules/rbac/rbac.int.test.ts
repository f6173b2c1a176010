import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let admin: SignedInUser

beforeAll(async () => {
  t = await createTestApp()
  admin = await createSignedInUser(t, 'admin')
})
afterAll(() => t.close())

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
const call = (user: SignedInUser, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: user.headers, payload })

const permissionsOf = async (user: SignedInUser) =>
  (await call(user, 'GET', '/auth/session')).json().permissions as string[]

async function newGroup(name = `Group ${randomUUID().slice(0, 8)}`) {
  const response = await call(admin, 'POST', '/rbac/groups', { name, description: 'test' })
  return response.json() as { id: string; name: string }
}

describe('access to RBAC administration', () => {
  it('fails closed for everyone without rbac.manage', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const group = await newGroup()
    const attempts = [
      call(psychologist, 'GET', '/rbac/groups'),
      call(psychologist, 'POST', '/rbac/groups', { name: 'Sneaky' }),
      call(psychologist, 'PUT', `/rbac/groups/${group.id}/members/${psychologist.id}`),
      call(psychologist, 'PUT', `/rbac/users/${psychologist.id}/permissions/users.manage`),
    ]
    for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(403)
    expect(await permissionsOf(psychologist)).not.toContain('users.manage')
  })
})

describe('routes that declare a permission', () => {
  it('refuse a signed-in user who lost it, from the next request', async () => {
    const patient = await createSignedInUser(t, 'patient')
    expect((await call(patient, 'GET', '/users/me')).statusCode).toBe(200)
    const { items } = (await call(admin, 'GET', '/rbac/groups')).json()
    const patients = items.find((group: { name: string }) => group.name === 'patients')
    await call(admin, 'DELETE', `/rbac/groups/${patients.id}/members/${patient.id}`)
    const refused = await call(patient, 'GET', '/users/me')
    expect(refused.statusCode).toBe(403)
    expect(refused.json().code).toBe('FORBIDDEN')
  })
})

describe('groups', () => {
  it('lists the seeded default groups with their grants', async () => {
    const { items } = (await call(admin, 'GET', '/rbac/groups')).json()
    const patients = items.find((group: { name: string }) => group.name === 'patients')
    expect(patients).toMatchObject({ isDefault: true })
    expect(patients.permissions).toContain('appointments.read.own')
    const names = (await call(admin, 'GET', '/rbac/permissions'))
      .json()
      .items.map((p: { name: string }) => p.name)
    expect(names).toContain('notes.read.any')
  })

  it('creates, renames and deletes a group; names are unique', async () => {
    const group = await newGroup('Reception desk')
    expect((await call(admin, 'POST', '/rbac/groups', { name: 'Reception desk' })).statusCode).toBe(
      409,
    )
    const renamed = await call(admin, 'PATCH', `/rbac/groups/${group.id}`, { name: 'Front desk' })
    expect(renamed.json()).toMatchObject({ name: 'Front desk', isDefault: false })
    expect((await call(admin, 'DELETE', `/rbac/groups/${group.id}`)).statusCode).toBe(204)
    expect(
      (await call(admin, 'PATCH', `/rbac/groups/${group.id}`, { name: 'x y' })).statusCode,
    ).toBe(404)
  })

  it('protects the default groups', async () => {
    const { items } = (await call(admin, 'GET', '/rbac/groups')).json()
    const admins = items.find((group: { name: string }) => group.name === 'admins')
    expect((await call(admin, 'DELETE', `/rbac/groups/${admins.id}`)).json().code).toBe(
      'DEFAULT_GROUP_PROTECTED',
    )
    expect(
      (await call(admin, 'PATCH', `/rbac/groups/${admins.id}`, { name: 'root' })).statusCode,
    ).toBe(409)
    const revoke = await call(admin, 'DELETE', `/rbac/groups/${admins.id}/permissions/rbac.manage`)
    expect(revoke.json().code).toBe('DEFAULT_GROUP_PROTECTED')
  })
})

describe('grants take effect on the next request', () => {
  it('through group membership and group grants', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const group = await newGroup()
    expect(await permissionsOf(psychologist)).not.toContain('audit.read')
    expect(
      (await call(admin, 'PUT', `/rbac/groups/${group.id}/members/${psychologist.id}`)).statusCode,
    ).toBe(204)
    expect(await permissionsOf(psychologist)).not.toContain('audit.read')
    await call(admin, 'PUT', `/rbac/groups/${group.id}/permissions/audit.read`)
    expect(await permissionsOf(psychologist)).toContain('audit.read')
    expect((await call(psychologist, 'GET', '/audit-logs')).statusCode).toBe(200)
    const members = (await call(admin, 'GET', `/rbac/groups/${group.id}/members`)).json()
    expect(members.items.map((m: { userId: string }) => m.userId)).toEqual([psychologist.id])
    await call(admin, 'DELETE', `/rbac/groups/${group.id}/members/${psychologist.id}`)
    expect(await permissionsOf(psychologist)).not.toContain('audit.read')
    expect((await call(psychologist, 'GET', '/audit-logs')).statusCode).toBe(403)
  })

  it('through direct grants', async () => {
    const patient = await createSignedInUser(t, 'patient')
    await permissionsOf(patient)
    await call(admin, 'PUT', `/rbac/users/${patient.id}/permissions/courses.manage`)
    expect(await permissionsOf(patient)).toContain('courses.manage')
    const access = (await call(admin, 'GET', `/rbac/users/${patient.id}`)).json()
    expect(access.direct).toEqual(['courses.manage'])
    expect(access.groups.map((g: { name: string }) => g.name)).toEqual(['patients'])
    expect(access.effective).toContain('courses.manage')
    await call(admin, 'DELETE', `/rbac/users/${patient.id}/permissions/courses.manage`)
    expect(await permissionsOf(patient)).not.toContain('courses.manage')
  })

  it('refuses unknown permissions and users', async () => {
    const patient = await createSignedInUser(t, 'patient')
    expect(
      (await call(admin, 'PUT', `/rbac/users/${patient.id}/permissions/everything`)).statusCode,
    ).toBe(400)
    expect(
      (await call(admin, 'PUT', `/rbac/users/${randomUUID()}/permissions/audit.read`)).statusCode,
    ).toBe(404)
  })

  it('writes every change to the audit log with the admin, address and agent', async () => {
    const group = await newGroup()
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/rbac/groups/${group.id}/permissions/courses.manage`,
      headers: { ...admin.headers, 'user-agent': 'admin-panel-test' },
    })
    const [row] = await t.database.query<Record<string, unknown>>(
      `SELECT user_id, ip_address::text AS ip, user_agent, changes FROM audit_logs
       WHERE action = 'rbac.group_permission_granted' AND resource_id = $1`,
      [group.id],
    )
    expect(row).toEqual({
      user_id: admin.id,
      ip: '127.0.0.1/32',
      user_agent: 'admin-panel-test',
      changes: {
        permission: 'courses.manage',
        before: { permissions: [] },
        after: { permissions: ['courses.manage'] },
      },
    })
  })
})
