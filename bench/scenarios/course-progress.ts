import type autocannon from 'autocannon'
import { benchEnrolment, VIDEO_SECONDS } from '../lib/courses-seed-sql.ts'
import { httpScenario } from '../lib/http-scenario.ts'
import { BENCH_PSYCHOLOGISTS, benchToken } from '../lib/messaging-seed-sql.ts'

/**
 * Each connection is another patient reporting their place in the video of their first course,
 * as a player does every few seconds: the enrolment's row lock, the forward-only upsert of the
 * lesson's progress and the derived 0–100 progress, in one transaction per request. The same
 * body again does the same work (the upsert rewrites the row; GREATEST keeps the furthest
 * point), and half the video stays below the 95% that would complete it.
 */
function reportVideoPosition() {
  let next = 0
  return (client: autocannon.Client) => {
    const user = BENCH_PSYCHOLOGISTS + next++
    const { enrollmentId, videoLessonId } = benchEnrolment(user)
    client.setRequests([
      {
        method: 'PATCH',
        path: `/api/v1/enrollments/${enrollmentId}/progress`,
        headers: {
          authorization: `Bearer ${benchToken(user)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          lessonId: videoLessonId,
          positionSeconds: VIDEO_SECONDS / 2,
          timeSpentSeconds: VIDEO_SECONDS / 2 + 15,
        }),
      },
    ])
  }
}

/** Progress updates: req/s and p99 reported; the issue sets no budget for them. */
export const courseProgress = httpScenario({
  name: 'course-progress',
  server: 'courses-app',
  request: () => ({
    path: '/api/v1/enrollments',
    method: 'PATCH',
    setupClient: reportVideoPosition(),
  }),
})
