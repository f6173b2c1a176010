import { PERMISSIONS, type PermissionName } from '@yektayar/shared'
import { expect } from 'vitest'
import { createSignedInUser, type SignedInUser } from './auth-fixtures.ts'
import { addDepartmentStaff } from './messaging-fixtures.ts'
import type { TestApp } from './test-app.ts'

/** One admin endpoint and the permission it needs; `url` is read when the call is made. */
export interface MatrixEndpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  url: () => string
  payload?: object
  permission: PermissionName
}

/** An admin-type account holding every permission directly, except `missing`. */
export async function adminWithout(t: TestApp, missing: PermissionName): Promise<SignedInUser> {
  const user = await createSignedInUser(t, 'admin')
  await t.database.query('DELETE FROM user_group_members WHERE user_id = $1', [user.id])
  await t.database.query(
    `INSERT INTO user_permissions (user_id, permission_id)
     SELECT $1, id FROM permissions WHERE name <> $2 AND name = ANY($3)`,
    [user.id, missing, Object.keys(PERMISSIONS)],
  )
  return user
}

const REFUSED = ['patient', 'psychologist', 'reception', 'adminWithout', 'anonymous']

/**
 * Issue 20's access matrix: each endpoint × patient, psychologist, reception staff, an admin
 * holding every permission but the one it needs, and nobody; then an admin holding it, who
 * alone must get a 2xx. `patient` is the caller's own when its fixtures belong to one.
 */
export async function expectOnlyPermittedAdmins(
  t: TestApp,
  endpoints: MatrixEndpoint[],
  withAll: SignedInUser,
  patient?: SignedInUser,
) {
  const psychologist = await createSignedInUser(t, 'psychologist')
  const reception = await createSignedInUser(t, 'psychologist')
  await addDepartmentStaff(t, 'reception', reception.id)
  const refused: Record<string, SignedInUser> = {
    patient: patient ?? (await createSignedInUser(t, 'patient')),
    psychologist,
    reception,
  }
  const call = (endpoint: MatrixEndpoint, user: SignedInUser | undefined) =>
    t.app.inject({
      method: endpoint.method,
      url: `/api/v1${endpoint.url()}`,
      ...(user ? { headers: user.headers } : {}),
      ...(endpoint.payload ? { payload: endpoint.payload } : {}),
    })
  const answers: string[] = []
  for (const endpoint of endpoints) {
    const callers = { ...refused, adminWithout: await adminWithout(t, endpoint.permission) }
    for (const [who, user] of Object.entries({ ...callers, anonymous: undefined })) {
      const response = await call(endpoint, user)
      answers.push(`${endpoint.method} ${endpoint.url()} ${who} ${response.statusCode}`)
    }
    const allowed = await call(endpoint, withAll)
    expect(allowed.statusCode, `${endpoint.method} ${endpoint.url()} ${allowed.body}`).toBeLessThan(
      300,
    )
  }
  const expected = endpoints.flatMap((endpoint) =>
    REFUSED.map(
      (who) => `${endpoint.method} ${endpoint.url()} ${who} ${who === 'anonymous' ? 401 : 403}`,
    ),
  )
  expect(answers).toEqual(expected)
}
