import type { listSessions } from './session.service.ts'

type SessionRow = Awaited<ReturnType<typeof listSessions>>[number]

const text = (value: unknown) => (typeof value === 'string' ? value : null)

/**
 * Live sessions as devices, most recently used first: what a person sees of their own sign-ins
 * and an admin of someone else's. `current` marks the session asking, if it is among them.
 */
export function devicesOf(rows: SessionRow[], currentSessionId?: string) {
  const now = Date.now()
  return rows
    .filter((row) => row.expiresAt.getTime() > now)
    .map((row) => ({
      id: row.id,
      current: row.id === currentSessionId,
      createdAt: (row.createdAt ?? new Date(0)).toISOString(),
      lastActivityAt: (row.lastActivityAt ?? row.createdAt ?? new Date(0)).toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      ip: text(row.metadata?.ip),
      userAgent: text(row.metadata?.userAgent),
    }))
}
