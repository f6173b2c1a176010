import { readSecure, writeSecure } from '../secure-storage.ts'
import { type Attempts, type LockSettings, NO_ATTEMPTS } from './lock-policy.ts'

const SETTINGS_KEY = 'app-lock'
const ATTEMPTS_KEY = 'app-lock-attempts'

let settings: LockSettings | null = null
const listeners = new Set<() => void>()

/** Reads the lock's settings once at start (native only); until then the lock counts as off. */
export async function loadLockSettings(): Promise<LockSettings | null> {
  settings = parse<LockSettings>(await readSecure(SETTINGS_KEY).catch(() => null))
  return settings
}

export function currentLockSettings(): LockSettings | null {
  return settings
}

export async function saveLockSettings(next: LockSettings | null): Promise<void> {
  await writeSecure(SETTINGS_KEY, next && JSON.stringify(next))
  await saveAttempts(NO_ATTEMPTS)
  settings = next
  for (const listener of listeners) listener()
}

/** For useSyncExternalStore: Settings shows the lock as saved. */
export function subscribeLockSettings(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export async function loadAttempts(): Promise<Attempts> {
  return parse<Attempts>(await readSecure(ATTEMPTS_KEY).catch(() => null)) ?? NO_ATTEMPTS
}

export function saveAttempts(attempts: Attempts): Promise<void> {
  return writeSecure(ATTEMPTS_KEY, JSON.stringify(attempts))
}

function parse<T>(text: string | null): T | null {
  if (!text) return null
  try {
    return JSON.parse(text) as T
  } catch {
    return null
  }
}
