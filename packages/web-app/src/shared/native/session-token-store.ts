import { readSecure, writeSecure } from './secure-storage.ts'

const KEY = 'session-token'

/** The session token kept from the last sign-in on this device, if any. */
export function loadSessionToken(): Promise<string | null> {
  return readSecure(KEY).catch(() => null)
}

/** Keeps a new sign-in's token, or forgets it (null) when the session ends. */
export function keepSessionToken(token: string | null): void {
  void writeSecure(KEY, token).catch(() => undefined)
}

/** Forgets the kept token; settles once storage has (the page may be left right after). */
export function forgetSessionToken(): Promise<void> {
  return writeSecure(KEY, null).catch(() => undefined)
}
