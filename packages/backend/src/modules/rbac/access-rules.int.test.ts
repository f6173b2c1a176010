import { randomUUID } from 'node:crypto'
import { PERMISSIONS, type PermissionName } from '@yektayar/shared'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'
const call = (user: SignedInUser, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: user.headers, payload })

async function groupIdOf(name: string): Promise<string> {
  const [row] = await t.database.query<{ id: string }>(
    'SELECT id FROM user_groups WHERE name = $1',
    [name],
  )
  return row?.id ?? ''
}

async function newGroup(permissions: PermissionName[] = []): Promise<string> {
  const [row] = await t.database.query<{ id: string }>(
    'INSERT INTO user_groups (name) VALUES ($1) RETURNING id',
    [`g-${randomUUID().slice(0, 8)}`],
  )
  const id = row?.id ?? ''
  await t.database.query(
    `INSERT INTO group_permissions (group_id, permission_id)
     SELECT $1, id FROM permissions WHERE name = ANY($2)`,
    [id, permissions],
  )
  return id
}

/** A user of type admin holding exactly these permissions, directly and in no group. */
async function holding(permissions: PermissionName[]): Promise<SignedInUser> {
  const user = await createSignedInUser(t, 'admin')
  await t.database.query('DELETE FROM user_group_members WHERE user_id = $1', [user.id])
  await t.database.query(
    `INSERT INTO user_permissions (user_id, permission_id)
     SELECT $1, id FROM permissions WHERE name = ANY($2)`,
    [user.id, permissions],
  )
  await t.app.identity.invalidation.user(user.id)
  return user
}

/** Nobody holds rbac.manage any more; each test then names its one holder. */
async function nobodyManagesAccess() {
  await t.database.query(
    `DELETE FROM user_group_members WHERE group_id = (SELECT id FROM user_groups WHERE name = 'admins')`,
  )
  await t.database.query(
    `DELETE FROM user_permissions WHERE permission_id = (SELECT id FROM permissions WHERE name = 'rbac.manage')`,
  )
  await t.database.query(
    `DELETE FROM group_permissions WHERE permission_id = (SELECT id FROM permissions WHERE name = 'rbac.manage')
       AND group_id <> (SELECT id FROM user_groups WHERE name = 'admins')`,
  )
  await t.app.identity.invalidation.all()
}

const ALL = Object.keys(PERMISSIONS) as PermissionName[]

describe('the last access manager cannot be removed', () => {
  beforeEach(nobodyManagesAccess)

  it('by leaving the admins group', async () => {
    const only = await createSignedInUser(t, 'admin')
    const admins = await groupIdOf('admins')
    const response = await call(only, 'DELETE', `/rbac/groups/${admins}/members/${only.id}`)
    expect(response.statusCode).toBe(409)
    expect(response.json().code).toBe('LAST_ACCESS_MANAGER')
    // With a second admin, the first may go.
    await createSignedInUser(t, 'admin')
    expect(
      (await call(only, 'DELETE', `/rbac/groups/${admins}/members/${only.id}`)).statusCode,
    ).toBe(204)
  })

  it("by revoking the only group's grant, or deleting that group", async () => {
    const only = await holding([])
    const keepers = await newGroup(ALL)
    await t.database.query('INSERT INTO user_group_members (user_id, group_id) VALUES ($1, $2)', [
      only.id,
      keepers,
    ])
    await t.app.identity.invalidation.user(only.id)
    const revoke = await call(only, 'DELETE', `/rbac/groups/${keepers}/permissions/rbac.manage`)
    expect(revoke.json().code).toBe('LAST_ACCESS_MANAGER')
    const remove = await call(only, 'DELETE', `/rbac/groups/${keepers}`)
    expect(remove.statusCode).toBe(409)
    expect(remove.json().code).toBe('LAST_ACCESS_MANAGER')
    const [kept] = await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM group_permissions WHERE group_id = $1',
      [keepers],
    )
    expect(kept?.n).toBe(ALL.length)
  })

  it('by revoking the only direct grant', async () => {
    const only = await holding(ALL)
    const response = await call(only, 'DELETE', `/rbac/users/${only.id}/permissions/rbac.manage`)
    expect(response.statusCode).toBe(409)
    expect(response.json().code).toBe('LAST_ACCESS_MANAGER')
  })

  it('by deactivating them, while an inactive holder does not count', async () => {
    const only = await holding(['rbac.manage'])
    const inactive = await holding(['rbac.manage'])
    await t.database.query('UPDATE users SET is_active = false WHERE id = $1', [inactive.id])
    const manager = await holding(['users.manage', 'users.read.any'])
    const response = await call(manager, 'POST', `/users/${only.id}/deactivate`, {
      reason: 'Left the team',
    })
    expect(response.statusCode).toBe(409)
    expect(response.json().code).toBe('LAST_ACCESS_MANAGER')
    const [row] = await t.database.query<{ is_active: boolean }>(
      'SELECT is_active FROM users WHERE id = $1',
      [only.id],
    )
    expect(row?.is_active).toBe(true)
    expect((await call(only, 'GET', '/rbac/groups')).statusCode).toBe(200)
  })
})

describe('an admin grants only what they hold', () => {
  it('to a user, to a group, or through membership of a group (their own too)', async () => {
    const admin = await holding(ALL.filter((name) => name !== 'payments.manage'))
    const other = await createSignedInUser(t, 'patient')
    const theirs = await newGroup(['audit.read'])
    await t.database.query('INSERT INTO user_group_members (user_id, group_id) VALUES ($1, $2)', [
      admin.id,
      theirs,
    ])
    const paying = await newGroup(['payments.manage'])
    const refused = [
      await call(admin, 'PUT', `/rbac/users/${other.id}/permissions/payments.manage`),
      await call(admin, 'PUT', `/rbac/users/${admin.id}/permissions/payments.manage`),
      await call(admin, 'PUT', `/rbac/groups/${theirs}/permissions/payments.manage`),
      await call(admin, 'PUT', `/rbac/groups/${paying}/members/${admin.id}`),
      await call(admin, 'PUT', `/rbac/groups/${paying}/members/${other.id}`),
    ]
    expect(refused.map((r) => `${r.statusCode} ${r.json().code}`)).toEqual(
      Array(5).fill('403 GRANT_NOT_HELD'),
    )
    const [grants] = await t.database.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM user_permissions up JOIN permissions p ON p.id = up.permission_id
          WHERE p.name = 'payments.manage' AND up.user_id IN ($1, $2))
        + (SELECT count(*) FROM user_group_members WHERE group_id = $3) AS n`,
      [admin.id, other.id, paying],
    )
    expect(Number(grants?.n)).toBe(0)
    expect(
      (await call(admin, 'PUT', `/rbac/users/${other.id}/permissions/audit.read`)).statusCode,
    ).toBe(204)
    expect(
      (await call(admin, 'PUT', `/rbac/groups/${theirs}/members/${other.id}`)).statusCode,
    ).toBe(204)
  })
})

describe('why can this person do X', () => {
  it('names the direct grant and the groups that give it, or nothing', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const person = await createSignedInUser(t, 'psychologist')
    const readers = await newGroup(['audit.read'])
    await call(admin, 'PUT', `/rbac/groups/${readers}/members/${person.id}`)
    await call(admin, 'PUT', `/rbac/users/${person.id}/permissions/audit.read`)
    const why = await call(admin, 'GET', `/rbac/users/${person.id}/permissions/audit.read`)
    const [name] = await t.database.query<{ name: string }>(
      'SELECT name FROM user_groups WHERE id = $1',
      [readers],
    )
    expect(why.json()).toEqual({
      userId: person.id,
      permission: 'audit.read',
      isActive: true,
      held: true,
      direct: true,
      groups: [{ id: readers, name: name?.name }],
    })
    const psychologists = await groupIdOf('psychologists')
    const own = await call(admin, 'GET', `/rbac/users/${person.id}/permissions/notes.read.own`)
    expect(own.json().groups).toEqual([{ id: psychologists, name: 'psychologists' }])
    const not = await call(admin, 'GET', `/rbac/users/${person.id}/permissions/payments.manage`)
    expect(not.json()).toMatchObject({ held: false, direct: false, groups: [] })
    const missing = await call(admin, 'GET', `/rbac/users/${randomUUID()}/permissions/audit.read`)
    expect(missing.statusCode).toBe(404)
    const unknown = await call(admin, 'GET', `/rbac/users/${person.id}/permissions/everything`)
    expect(unknown.statusCode).toBe(400)
  })

  it('audits membership changes on the person, with their groups before and after', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const person = await createSignedInUser(t, 'patient')
    const readers = await newGroup(['audit.read'])
    await call(admin, 'PUT', `/rbac/groups/${readers}/members/${person.id}`)
    await call(admin, 'DELETE', `/rbac/groups/${readers}/members/${person.id}`)
    const rows = await t.database.query<{ action: string; resource: string; changes: unknown }>(
      `SELECT action, resource, changes FROM audit_logs
       WHERE resource_id = $1 AND action LIKE 'rbac.member%' ORDER BY created_at, action`,
      [person.id],
    )
    const [group] = await t.database.query<{ name: string }>(
      'SELECT name FROM user_groups WHERE id = $1',
      [readers],
    )
    const name = group?.name ?? ''
    const groups = ['patients', name].sort()
    expect(rows).toEqual([
      {
        action: 'rbac.member_added',
        resource: 'user',
        changes: {
          groupId: readers,
          group: name,
          before: { groups: ['patients'] },
          after: { groups },
        },
      },
      {
        action: 'rbac.member_removed',
        resource: 'user',
        changes: {
          groupId: readers,
          group: name,
          before: { groups },
          after: { groups: ['patients'] },
        },
      },
    ])
  })
})
