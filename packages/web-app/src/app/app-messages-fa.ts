import { agendaMessagesFa } from '../features/agenda/agenda-messages-fa.ts'
import { appointmentsMessagesFa } from '../features/appointments/appointments-messages-fa.ts'
import { authMessagesFa } from '../features/auth/auth-messages-fa.ts'
import { bookingMessagesFa } from '../features/booking/booking-messages-fa.ts'
import { dashboardMessagesFa } from '../features/dashboard/dashboard-messages-fa.ts'
import { directoryMessagesFa } from '../features/directory/directory-messages-fa.ts'
import { homeMessagesFa } from '../features/home/home-messages-fa.ts'
import { messagingMessagesFa } from '../features/messaging/messaging-messages-fa.ts'
import { notificationsMessagesFa } from '../features/notifications/notifications-messages-fa.ts'
import { onboardingMessagesFa } from '../features/onboarding/onboarding-messages-fa.ts'
import { paymentsMessagesFa } from '../features/payments/payments-messages-fa.ts'
import { commonMessagesFa } from '../shared/common-messages-fa.ts'
import { shellMessagesFa } from './shell-messages-fa.ts'

/** The `app` namespace in Persian: the shell's strings plus one subtree per feature. */
export const appMessagesFa = {
  shell: shellMessagesFa,
  common: commonMessagesFa,
  home: homeMessagesFa,
  auth: authMessagesFa,
  onboarding: onboardingMessagesFa,
  dashboard: dashboardMessagesFa,
  directory: directoryMessagesFa,
  booking: bookingMessagesFa,
  payments: paymentsMessagesFa,
  appointments: appointmentsMessagesFa,
  agenda: agendaMessagesFa,
  messaging: messagingMessagesFa,
  notifications: notificationsMessagesFa,
}
