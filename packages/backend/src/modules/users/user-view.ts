import type { userSchema } from '@yektayar/shared'
import type { z } from 'zod'
import type { Db } from '../../db/database.ts'
import { findUserRowsByIds, type UserRow } from './users.repository.ts'

export type UserView = z.infer<typeof userSchema>

function toView(row: UserRow): UserView {
  return {
    id: row.id,
    type: row.type as UserView['type'],
    isActive: row.isActive ?? false,
    profile: row.profile ?? {},
    preferences: row.preferences ?? {},
    identifiers: row.identifiers.map((identifier) => ({
      ...identifier,
      type: identifier.type as 'phone' | 'email',
    })),
    hasPassword: row.hasPassword,
    totpEnabled: row.totpEnabled,
    totpRequired: row.totpRequired,
    createdAt: (row.createdAt ?? new Date(0)).toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  }
}

/** Rows → views; each row carries its identifiers (users.repository.ts). */
export function toUserViews(rows: UserRow[]): UserView[] {
  return rows.map(toView)
}

export async function findUserView(db: Db, id: string): Promise<UserView | undefined> {
  return toUserViews(await findUserRowsByIds(db, [id]))[0]
}
