import { addAppMessages } from '../../shared/lazy-messages.ts'
import { dashboardCoursesMessagesEn } from './dashboard-courses-messages-en.ts'
import { dashboardCoursesMessagesFa } from './dashboard-courses-messages-fa.ts'

/** The course cards' strings, under `app.dashboardCourses`: out of the first screen's bundle. */
export function addDashboardCoursesMessages(): void {
  addAppMessages('dashboardCourses', {
    fa: dashboardCoursesMessagesFa,
    en: dashboardCoursesMessagesEn,
  })
}
