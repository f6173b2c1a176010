import type { offlineMessagesFa } from './offline-messages-fa.ts'

export const offlineMessagesEn: typeof offlineMessagesFa = {
  title: 'You are offline.',
  body: 'What you have already seen stays readable. Booking, cancelling, paying, signing out and changing settings need a connection.',
  needsConnection: 'Needs a connection',
}
