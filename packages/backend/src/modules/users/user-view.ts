import type { userSchema } from '@yektayar/shared'
import type { z } from 'zod'
import type { Db } from '../../db/database.ts'
import { findIdentifiersOf, findUserRowsByIds, type UserRow } from './users.repository.ts'

export type UserView = z.infer<typeof userSchema>
type IdentifierRow = Awaited<ReturnType<typeof findIdentifiersOf>>[number]

function toView(row: UserRow, identifiers: IdentifierRow[]): UserView {
  return {
    id: row.id,
    type: row.type as UserView['type'],
    isActive: row.isActive ?? false,
    profile: row.profile ?? {},
    preferences: row.preferences ?? {},
    identifiers: identifiers.map((identifier) => ({
      id: identifier.id,
      type: identifier.type as 'phone' | 'email',
      value: identifier.value,
      isVerified: identifier.isVerified ?? false,
      isPrimary: identifier.isPrimary ?? false,
    })),
    hasPassword: row.hasPassword,
    totpEnabled: row.totpEnabled,
    totpRequired: row.totpRequired,
    createdAt: (row.createdAt ?? new Date(0)).toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  }
}

/** Rows → views with their identifiers, in one extra query for the whole page. */
export async function toUserViews(db: Db, rows: UserRow[]): Promise<UserView[]> {
  const identifiers = await findIdentifiersOf(
    db,
    rows.map((row) => row.id),
  )
  return rows.map((row) =>
    toView(
      row,
      identifiers.filter((identifier) => identifier.userId === row.id),
    ),
  )
}

export async function findUserView(db: Db, id: string): Promise<UserView | undefined> {
  return (await toUserViews(db, await findUserRowsByIds(db, [id])))[0]
}
