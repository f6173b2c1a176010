import { addCourseErrorMessages } from '@yektayar/ui'
import { addAppMessages } from '../../shared/lazy-messages.ts'
import { coursesMessagesEn } from './courses-messages-en.ts'
import { coursesMessagesFa } from './courses-messages-fa.ts'

/**
 * The courses pages' strings, under `app.courses`, added when a courses page module loads:
 * they stay out of the first screen's `app` bundle (its JS budget). So do the sentences for
 * courses' error codes (payment required, not enrolled…), added to `ui` with them.
 */
export function addCoursesMessages(): void {
  addAppMessages('courses', { fa: coursesMessagesFa, en: coursesMessagesEn })
  addCourseErrorMessages()
}
