import {
  putSafetyPlanBodySchema,
  safeNowBodySchema,
  safeNowResponseSchema,
  safetyPlanSchema,
  talkNowResponseSchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { localeOf } from '../../lib/locale.ts'
import { requireAuth } from '../../plugins/authenticate.ts'
import { answerSafeNow, talkNow } from './check-in.service.ts'
import type { SafetyDeps } from './safety-deps.ts'
import { readPlan, writePlan } from './safety-plan.service.ts'

const tags = ['safety']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]
const patientParams = z.strictObject({ patientId: z.uuid() })

/** What the crisis card calls, and the Stanley–Brown safety plan. */
export const patientSafetyRoutes: FastifyPluginAsyncZod<{ deps: SafetyDeps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/safety/safe-now',
    {
      schema: {
        tags,
        security,
        summary: '"Are you safe right now?" answered',
        description:
          '`no` and `unsure` raise (or renew) my alert for on-call staff and my psychologist; `yes` is noted on my active alert, if any.',
        body: safeNowBodySchema,
        response: { 200: safeNowResponseSchema },
      },
    },
    (request) => answerSafeNow(deps, requireAuth(request), request.body.answer),
  )

  app.post(
    '/safety/talk-now',
    {
      schema: {
        tags,
        security,
        summary: 'Talk to someone now',
        description:
          'Opens (once per alert) my thread to the clinical department and puts it on my alert, which on-call staff see at once.',
        response: { 200: talkNowResponseSchema },
      },
    },
    (request) => talkNow(deps, requireAuth(request), localeOf(request)),
  )

  app.get(
    '/safety/plan',
    {
      schema: {
        tags,
        security,
        summary: 'My safety plan',
        response: { 200: safetyPlanSchema },
      },
    },
    (request) => {
      const auth = requireAuth(request)
      return readPlan(deps.db, auth, auth.userId)
    },
  )

  app.put(
    '/safety/plan',
    {
      schema: {
        tags,
        security,
        summary: 'Write my safety plan',
        body: putSafetyPlanBodySchema,
        response: { 200: safetyPlanSchema },
      },
    },
    (request) => {
      const auth = requireAuth(request)
      return writePlan(deps.db, auth, auth.userId, request.body.sections)
    },
  )

  app.get(
    '/patients/:patientId/safety-plan',
    {
      schema: {
        tags,
        security,
        summary: 'A patient’s safety plan (their psychologist; on-call staff read only; audited)',
        params: patientParams,
        response: { 200: safetyPlanSchema },
      },
    },
    (request) => readPlan(deps.db, requireAuth(request), request.params.patientId),
  )

  app.put(
    '/patients/:patientId/safety-plan',
    {
      schema: {
        tags,
        security,
        summary: 'Write a patient’s safety plan with them (their psychologist; audited)',
        params: patientParams,
        body: putSafetyPlanBodySchema,
        response: { 200: safetyPlanSchema },
      },
    },
    (request) =>
      writePlan(deps.db, requireAuth(request), request.params.patientId, request.body.sections),
  )
}
