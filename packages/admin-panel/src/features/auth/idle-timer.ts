/** How long before the idle sign-out the panel warns, so a person at the desk can stay. */
export const WARN_BEFORE_MS = 2 * 60_000

export type IdleState = 'active' | 'warning' | 'expired'

/** Where a session stands after `idleMs` without activity, for an idle limit of `limitMs`. */
export function idleStateOf(idleMs: number, limitMs: number): IdleState {
  if (idleMs >= limitMs) return 'expired'
  if (idleMs >= limitMs - Math.min(WARN_BEFORE_MS, limitMs / 2)) return 'warning'
  return 'active'
}

// Several tabs of the panel share one session: activity in any of them keeps it.
const ACTIVITY_KEY = 'yy-admin-last-activity'

export function recordActivity(now = Date.now()): void {
  try {
    localStorage.setItem(ACTIVITY_KEY, String(now))
  } catch {
    // Storage can be off (private modes); this tab's own clock still counts.
  }
}

/** The latest activity in any tab, or `fallback` when none was written. */
export function lastActivity(fallback: number): number {
  try {
    return Math.max(fallback, Number(localStorage.getItem(ACTIVITY_KEY)) || 0)
  } catch {
    return fallback
  }
}
