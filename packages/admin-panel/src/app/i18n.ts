import { addCourseErrorMessages, initI18n } from '@yektayar/ui'
import { accessMessagesEn } from '../features/access/access-messages-en.ts'
import { accessMessagesFa } from '../features/access/access-messages-fa.ts'
import { auditLogMessagesEn } from '../features/audit-log/audit-log-messages-en.ts'
import { auditLogMessagesFa } from '../features/audit-log/audit-log-messages-fa.ts'
import { authMessagesEn } from '../features/auth/auth-messages-en.ts'
import { authMessagesFa } from '../features/auth/auth-messages-fa.ts'
import { cliniciansMessagesEn } from '../features/clinicians/clinicians-messages-en.ts'
import { cliniciansMessagesFa } from '../features/clinicians/clinicians-messages-fa.ts'
import { companionFiguresMessagesEn } from '../features/companion-figures/companion-figures-messages-en.ts'
import { companionFiguresMessagesFa } from '../features/companion-figures/companion-figures-messages-fa.ts'
import { configurationMessagesEn } from '../features/configuration/configuration-messages-en.ts'
import { configurationMessagesFa } from '../features/configuration/configuration-messages-fa.ts'
import { coursesMessagesEn } from '../features/courses/courses-messages-en.ts'
import { coursesMessagesFa } from '../features/courses/courses-messages-fa.ts'
import { dashboardMessagesEn } from '../features/dashboard/dashboard-messages-en.ts'
import { dashboardMessagesFa } from '../features/dashboard/dashboard-messages-fa.ts'
import { departmentsMessagesEn } from '../features/departments/departments-messages-en.ts'
import { departmentsMessagesFa } from '../features/departments/departments-messages-fa.ts'
import { holidaysMessagesEn } from '../features/holidays/holidays-messages-en.ts'
import { holidaysMessagesFa } from '../features/holidays/holidays-messages-fa.ts'
import { moneyMessagesEn } from '../features/money/money-messages-en.ts'
import { moneyMessagesFa } from '../features/money/money-messages-fa.ts'
import { notificationsMessagesEn } from '../features/notifications/notifications-messages-en.ts'
import { notificationsMessagesFa } from '../features/notifications/notifications-messages-fa.ts'
import { onCallMessagesEn } from '../features/on-call/on-call-messages-en.ts'
import { onCallMessagesFa } from '../features/on-call/on-call-messages-fa.ts'
import { peopleMessagesEn } from '../features/people/people-messages-en.ts'
import { peopleMessagesFa } from '../features/people/people-messages-fa.ts'
import { sharedMessagesEn } from '../shared/shared-messages-en.ts'
import { sharedMessagesFa } from '../shared/shared-messages-fa.ts'
import { shellMessagesEn } from './shell-messages-en.ts'
import { shellMessagesFa } from './shell-messages-fa.ts'

/** The `app` namespace: the shell's strings plus one subtree per feature. */
export function initAppI18n() {
  const i18n = initI18n({
    fa: {
      shell: shellMessagesFa,
      shared: sharedMessagesFa,
      dashboard: dashboardMessagesFa,
      auth: authMessagesFa,
      courses: coursesMessagesFa,
      notifications: notificationsMessagesFa,
      configuration: configurationMessagesFa,
      onCall: onCallMessagesFa,
      companionFigures: companionFiguresMessagesFa,
      holidays: holidaysMessagesFa,
      auditLog: auditLogMessagesFa,
      clinicians: cliniciansMessagesFa,
      departments: departmentsMessagesFa,
      money: moneyMessagesFa,
      people: peopleMessagesFa,
      access: accessMessagesFa,
    },
    en: {
      shell: shellMessagesEn,
      shared: sharedMessagesEn,
      dashboard: dashboardMessagesEn,
      auth: authMessagesEn,
      courses: coursesMessagesEn,
      notifications: notificationsMessagesEn,
      configuration: configurationMessagesEn,
      onCall: onCallMessagesEn,
      companionFigures: companionFiguresMessagesEn,
      holidays: holidaysMessagesEn,
      auditLog: auditLogMessagesEn,
      clinicians: cliniciansMessagesEn,
      departments: departmentsMessagesEn,
      money: moneyMessagesEn,
      people: peopleMessagesEn,
      access: accessMessagesEn,
    },
  })
  // Authoring meets courses' error codes; the admin panel has no first-screen budget to keep.
  addCourseErrorMessages()
  return i18n
}
