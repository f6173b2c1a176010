import { prepareCoursesStore } from '../lib/courses-store.ts'
import { startOnStore } from './seeded-app.ts'
import type { StartServer } from './server.ts'

/** The app on 1,000 courses and 100,000 enrolments. */
export const startCoursesApp: StartServer = async (settings) =>
  startOnStore(settings, await prepareCoursesStore(settings))

/** The same with the catalogue cache off: every page comes from the database. */
export const startCoursesAppUncached: StartServer = async (settings) =>
  startOnStore(settings, await prepareCoursesStore(settings), { COURSE_LIST_CACHE_SECONDS: '0' })
