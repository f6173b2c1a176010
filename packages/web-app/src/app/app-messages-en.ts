import { agendaMessagesEn } from '../features/agenda/agenda-messages-en.ts'
import { appointmentsMessagesEn } from '../features/appointments/appointments-messages-en.ts'
import { authMessagesEn } from '../features/auth/auth-messages-en.ts'
import { bookingMessagesEn } from '../features/booking/booking-messages-en.ts'
import { dashboardMessagesEn } from '../features/dashboard/dashboard-messages-en.ts'
import { directoryMessagesEn } from '../features/directory/directory-messages-en.ts'
import { homeMessagesEn } from '../features/home/home-messages-en.ts'
import { messagingMessagesEn } from '../features/messaging/messaging-messages-en.ts'
import { notificationsMessagesEn } from '../features/notifications/notifications-messages-en.ts'
import { onboardingMessagesEn } from '../features/onboarding/onboarding-messages-en.ts'
import { paymentsMessagesEn } from '../features/payments/payments-messages-en.ts'
import { commonMessagesEn } from '../shared/common-messages-en.ts'
import { shellMessagesEn } from './shell-messages-en.ts'

/** The `app` namespace in English: the shell's strings plus one subtree per feature. */
export const appMessagesEn = {
  shell: shellMessagesEn,
  common: commonMessagesEn,
  home: homeMessagesEn,
  auth: authMessagesEn,
  onboarding: onboardingMessagesEn,
  dashboard: dashboardMessagesEn,
  directory: directoryMessagesEn,
  booking: bookingMessagesEn,
  payments: paymentsMessagesEn,
  appointments: appointmentsMessagesEn,
  agenda: agendaMessagesEn,
  messaging: messagingMessagesEn,
  notifications: notificationsMessagesEn,
}
