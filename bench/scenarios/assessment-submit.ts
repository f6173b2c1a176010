import type autocannon from 'autocannon'
import { httpScenario } from '../lib/http-scenario.ts'
import { BENCH_PSYCHOLOGISTS, benchToken } from '../lib/messaging-seed-sql.ts'

/** GAD-7 answered "several days" throughout: 7, mild, so course suggestions are looked up too. */
const GAD7_MILD = JSON.stringify({
  answers: Array.from({ length: 7 }, (_, i) => ({ itemId: `gad7_${i + 1}`, value: 1 })),
})

/**
 * Each connection is another patient submitting a GAD-7: the instrument read, the answer
 * checks, scoring, the course suggestions by tag (on 1,000 courses), the transaction that
 * answers assignments, stores the result and drops the draft, the safety module's say (no
 * item 9, no note: nothing raised) and the result read back. Every request adds a result.
 */
function submitGad7() {
  let next = 0
  return (client: autocannon.Client) => {
    const user = BENCH_PSYCHOLOGISTS + next++
    client.setRequests([
      {
        method: 'POST',
        path: '/api/v1/assessments/gad-7/submit',
        headers: {
          authorization: `Bearer ${benchToken(user)}`,
          'content-type': 'application/json',
        },
        body: GAD7_MILD,
      },
    ])
  }
}

/** Assessment submissions: req/s and p99 reported (issue 18 sets no budget). */
export const assessmentSubmit = httpScenario({
  name: 'assessment-submit',
  server: 'courses-app',
  request: () => ({
    path: '/api/v1/assessments/gad-7/submit',
    method: 'POST',
    setupClient: submitGad7(),
  }),
})
