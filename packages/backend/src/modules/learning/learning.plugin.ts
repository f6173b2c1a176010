import { modulePlugin } from '../../lib/module-plugin.ts'
import { catalogueRoutes } from './catalogue.routes.ts'
import { courseAuthoringRoutes } from './course-authoring.routes.ts'
import { courseCareRoutes } from './course-care.routes.ts'
import { enrollmentRoutes } from './enrollment.routes.ts'
import { exerciseAnswerRoutes } from './exercise-answer.routes.ts'
import { learningDepsOf } from './learning-deps.ts'
import { lessonAuthoringRoutes } from './lesson-authoring.routes.ts'

/**
 * Courses (issue 17): the catalogue, lessons, progress, exercises, authoring, and courses in
 * care. Reads appointments (the treating relation), users and professionals (names) through
 * their services and writes the audit log; a recommendation is also posted in the thread of
 * patient and psychologist through messaging (course-recommendation-post.ts). Files (who reads
 * course media) and payments (buying a course enrols the buyer) call into this module; it
 * reaches files' storage only through the course media port the files plugin provides
 * (course-media-port.ts).
 */
export const learningPlugin = modulePlugin(
  'learning',
  ['authenticate', 'audit', 'users', 'professionals', 'appointments', 'messaging', 'safety'],
  async (app) => {
    const deps = learningDepsOf(app)
    for (const routes of [
      catalogueRoutes,
      enrollmentRoutes,
      exerciseAnswerRoutes,
      courseAuthoringRoutes,
      lessonAuthoringRoutes,
      courseCareRoutes,
    ]) {
      await app.register(routes, { deps })
    }
  },
)
