import {
  assessmentResultSchema,
  idParamsSchema,
  resultListQuerySchema,
  resultPageSchema,
  resultSharingBodySchema,
} from '@yektayar/shared'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { requireAuth } from '../../plugins/authenticate.ts'
import type { AssessmentDeps } from './assessment-deps.ts'
import { getMyResult, listMyResults, setResultSharing } from './result.service.ts'

const tags = ['assessments']
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }]

/** My results: history, one in full, and whether my psychologists see it. */
export const resultRoutes: FastifyPluginAsyncZod<{ deps: AssessmentDeps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/assessments/results',
    {
      schema: {
        tags,
        security,
        summary: 'My results',
        description: 'Newest first, keyset-paginated; `assessmentId` keeps one instrument’s.',
        querystring: resultListQuerySchema,
        response: { 200: resultPageSchema },
      },
    },
    async (request) => listMyResults(deps, requireAuth(request), request.query),
  )

  app.get(
    '/assessments/results/:id',
    {
      schema: {
        tags,
        security,
        summary: 'One of my results',
        description:
          'With scales, bands, my answers and the recommendations. Anyone else’s is 404.',
        params: idParamsSchema,
        response: { 200: assessmentResultSchema },
      },
    },
    async (request) => getMyResult(deps, requireAuth(request), request.params.id),
  )

  app.put(
    '/assessments/results/:id/sharing',
    {
      schema: {
        tags,
        security,
        summary: 'Share a result with my psychologists, or withdraw it',
        description:
          'Results are shared with the psychologists I have sessions with by default; `shared: false` hides this one from them from now on.',
        params: idParamsSchema,
        body: resultSharingBodySchema,
        response: { 200: assessmentResultSchema },
      },
    },
    async (request) =>
      setResultSharing(deps, requireAuth(request), request.params.id, request.body.shared),
  )
}
