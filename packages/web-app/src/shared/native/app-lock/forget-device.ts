import { clearOfflineCopy, endSessionOnServer } from '@yektayar/ui'
import { forgetSessionToken } from '../session-token-store.ts'
import { saveLockSettings } from './app-lock-store.ts'

/** Long enough for a slow phone network; the device is forgotten either way. */
const SIGN_OUT_WAIT_MS = 5_000

/**
 * Too many wrong PINs: nothing of the person stays reachable, on this device or through it. The
 * server ends the session first, while its token is still here to name it, so a copy of the
 * token taken off the phone opens nothing either; then the token, the offline copy and the lock
 * itself go. Offline, or with the server slow to answer, the device forgets all the same (the
 * person can still end that session under Devices). Signing in again needs a code sent to
 * their phone number.
 */
export async function forgetDevice(): Promise<void> {
  await endSessionOnServer({ signal: AbortSignal.timeout(SIGN_OUT_WAIT_MS) }).catch(() => undefined)
  await forgetSessionToken()
  clearOfflineCopy()
  await saveLockSettings(null)
  window.location.replace('/sign-in')
}
