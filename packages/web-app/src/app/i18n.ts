import { initI18n } from '@yektayar/ui'
import { agendaMessagesEn } from '../features/agenda/agenda-messages-en.ts'
import { agendaMessagesFa } from '../features/agenda/agenda-messages-fa.ts'
import { appointmentsMessagesEn } from '../features/appointments/appointments-messages-en.ts'
import { appointmentsMessagesFa } from '../features/appointments/appointments-messages-fa.ts'
import { authMessagesEn } from '../features/auth/auth-messages-en.ts'
import { authMessagesFa } from '../features/auth/auth-messages-fa.ts'
import { availabilityMessagesEn } from '../features/availability/availability-messages-en.ts'
import { availabilityMessagesFa } from '../features/availability/availability-messages-fa.ts'
import { bookingMessagesEn } from '../features/booking/booking-messages-en.ts'
import { bookingMessagesFa } from '../features/booking/booking-messages-fa.ts'
import { dashboardMessagesEn } from '../features/dashboard/dashboard-messages-en.ts'
import { dashboardMessagesFa } from '../features/dashboard/dashboard-messages-fa.ts'
import { directoryMessagesEn } from '../features/directory/directory-messages-en.ts'
import { directoryMessagesFa } from '../features/directory/directory-messages-fa.ts'
import { homeMessagesEn } from '../features/home/home-messages-en.ts'
import { homeMessagesFa } from '../features/home/home-messages-fa.ts'
import { messagingMessagesEn } from '../features/messaging/messaging-messages-en.ts'
import { messagingMessagesFa } from '../features/messaging/messaging-messages-fa.ts'
import { onboardingMessagesEn } from '../features/onboarding/onboarding-messages-en.ts'
import { onboardingMessagesFa } from '../features/onboarding/onboarding-messages-fa.ts'
import { paymentsMessagesEn } from '../features/payments/payments-messages-en.ts'
import { paymentsMessagesFa } from '../features/payments/payments-messages-fa.ts'
import { settingsMessagesEn } from '../features/settings/settings-messages-en.ts'
import { settingsMessagesFa } from '../features/settings/settings-messages-fa.ts'
import { commonMessagesEn } from '../shared/common-messages-en.ts'
import { commonMessagesFa } from '../shared/common-messages-fa.ts'
import { shellMessagesEn } from './shell-messages-en.ts'
import { shellMessagesFa } from './shell-messages-fa.ts'

/** The `app` namespace: the shell's strings plus one subtree per feature. */
export function initAppI18n() {
  return initI18n({
    fa: {
      shell: shellMessagesFa,
      common: commonMessagesFa,
      home: homeMessagesFa,
      auth: authMessagesFa,
      onboarding: onboardingMessagesFa,
      settings: settingsMessagesFa,
      availability: availabilityMessagesFa,
      dashboard: dashboardMessagesFa,
      directory: directoryMessagesFa,
      booking: bookingMessagesFa,
      payments: paymentsMessagesFa,
      appointments: appointmentsMessagesFa,
      agenda: agendaMessagesFa,
      messaging: messagingMessagesFa,
    },
    en: {
      shell: shellMessagesEn,
      common: commonMessagesEn,
      home: homeMessagesEn,
      auth: authMessagesEn,
      onboarding: onboardingMessagesEn,
      settings: settingsMessagesEn,
      availability: availabilityMessagesEn,
      dashboard: dashboardMessagesEn,
      directory: directoryMessagesEn,
      booking: bookingMessagesEn,
      payments: paymentsMessagesEn,
      appointments: appointmentsMessagesEn,
      agenda: agendaMessagesEn,
      messaging: messagingMessagesEn,
    },
  })
}
