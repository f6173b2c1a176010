import { modulePlugin } from '../../lib/module-plugin.ts'
import { noticesBeforeSession } from '../appointments/appointment-hooks.ts'
import { assessmentRoutes } from './assessment.routes.ts'
import { assessmentCareRoutes } from './assessment-care.routes.ts'
import { assessmentDepsOf } from './assessment-deps.ts'
import { resultRoutes } from './result.routes.ts'
import { questionnairesDueBefore } from './session-notices.ts'

/**
 * Assessments (issue 18): instruments as data (instruments/), one scoring engine (scoring/),
 * drafts, results with recommendations, and measurement-based care. Reads appointments (the
 * treating relation) and learning (courses to recommend) through their services, hands item 9
 * and notes to the safety module (assessment-safety.ts), writes the audit log, and tells
 * patients of assignments through a notification event, and again with each reminder of a
 * session for those due before every session (session-notices.ts).
 */
export const assessmentsPlugin = modulePlugin(
  'assessments',
  ['authenticate', 'audit', 'appointments', 'learning', 'safety'],
  async (app) => {
    const deps = assessmentDepsOf(app)
    noticesBeforeSession.register(questionnairesDueBefore)
    for (const routes of [resultRoutes, assessmentRoutes, assessmentCareRoutes]) {
      await app.register(routes, { deps })
    }
  },
)
