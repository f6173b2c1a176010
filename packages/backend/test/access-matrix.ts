import { PERMISSIONS, type PermissionName } from '@yektayar/shared'
import { expect } from 'vitest'
import { createSignedInUser, type SignedInUser } from './auth-fixtures.ts'
import { addDepartmentStaff } from './messaging-fixtures.ts'
import type { TestApp } from './test-app.ts'

/** One admin endpoint of issue 20's access matrix and the permission it needs. */
export interface MatrixEndpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Read when the call is made, so ids created by earlier calls can be in it. */
  url: () => string
  payload?: object
  permission: PermissionName
}

/** An admin-type account holding every permission directly, except `missing`. */
async function adminWithout(t: TestApp, missing: PermissionName): Promise<SignedInUser> {
  const user = await createSignedInUser(t, 'admin')
  await t.database.query('DELETE FROM user_group_members WHERE user_id = $1', [user.id])
  await t.database.query(
    `INSERT INTO user_permissions (user_id, permission_id)
     SELECT $1, id FROM permissions WHERE name <> $2 AND name = ANY($3)`,
    [user.id, missing, Object.keys(PERMISSIONS)],
  )
  return user
}

const REFUSED = ['patient', 'psychologist', 'reception', 'adminWithout', 'anonymous'] as const

/**
 * Calls each endpoint as a patient (`patient` when the endpoints' fixtures belong to one), a
 * psychologist, reception (department) staff, an admin holding every permission but the one it
 * needs, and anonymously, then as `withAll`, who must get a 2xx. Answers the refused callers'
 * statuses beside the ones expected (403, and 401 for anonymous).
 */
async function callMatrix(
  t: TestApp,
  endpoints: MatrixEndpoint[],
  withAll: SignedInUser,
  patient?: SignedInUser,
) {
  const psychologist = await createSignedInUser(t, 'psychologist')
  const reception = await createSignedInUser(t, 'psychologist')
  await addDepartmentStaff(t, 'reception', reception.id)
  const refusedPatient = patient ?? (await createSignedInUser(t, 'patient'))
  const call = (endpoint: MatrixEndpoint, user: SignedInUser | undefined) =>
    t.app.inject({
      method: endpoint.method,
      url: `/api/v1${endpoint.url()}`,
      ...(user ? { headers: user.headers } : {}),
      ...(endpoint.payload ? { payload: endpoint.payload } : {}),
    })
  const answers: string[] = []
  for (const endpoint of endpoints) {
    const callers: Record<(typeof REFUSED)[number], SignedInUser | undefined> = {
      patient: refusedPatient,
      psychologist,
      reception,
      adminWithout: await adminWithout(t, endpoint.permission),
      anonymous: undefined,
    }
    for (const who of REFUSED) {
      const response = await call(endpoint, callers[who])
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
  return { answers, expected }
}

/** The matrix with an admin of its own, answered for the test to compare (and audit). */
export async function runAccessMatrix(t: TestApp, endpoints: MatrixEndpoint[]) {
  const withAll = await createSignedInUser(t, 'admin')
  return { ...(await callMatrix(t, endpoints, withAll)), withAll }
}

/** The matrix as the caller's `withAll` admin, asserted here: only that admin gets a 2xx. */
export async function expectOnlyPermittedAdmins(
  t: TestApp,
  endpoints: MatrixEndpoint[],
  withAll: SignedInUser,
  patient?: SignedInUser,
) {
  const { answers, expected } = await callMatrix(t, endpoints, withAll, patient)
  expect(answers).toEqual(expected)
}
