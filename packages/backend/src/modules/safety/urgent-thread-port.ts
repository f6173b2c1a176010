import type { Locale } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { AppServer } from '../../realtime/socket-server.ts'

/**
 * Opens a thread from the patient to the clinical department with a first message, and answers
 * its id. Messaging provides it (it registers after this module, and depends on it for the
 * safety of every send), so safety never imports messaging.
 */
export type UrgentThreadOpener = (auth: AuthContext, locale: Locale) => Promise<string>

const openers = new WeakMap<AppServer, UrgentThreadOpener>()

export function provideUrgentThreadOpener(io: AppServer, opener: UrgentThreadOpener): void {
  openers.set(io, opener)
}

export function urgentThreadOpenerOf(io: AppServer): UrgentThreadOpener {
  const opener = openers.get(io)
  if (!opener) throw new Error('messaging has not provided the urgent thread opener')
  return opener
}
