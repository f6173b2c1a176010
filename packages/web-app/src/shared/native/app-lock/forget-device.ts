import { clearOfflineCopy } from '@yektayar/ui'
import { keepSessionToken } from '../session-token-store.ts'
import { saveLockSettings } from './app-lock-store.ts'

/**
 * Too many wrong PINs: nothing of the person stays reachable on this device. The session token
 * and the offline copy go, and so does the lock itself; signing in again needs a code sent to
 * their phone number. The server's session lapses unused (the person can end it under Devices).
 */
export async function forgetDevice(): Promise<void> {
  keepSessionToken(null)
  clearOfflineCopy()
  await saveLockSettings(null)
  window.location.replace('/sign-in')
}
