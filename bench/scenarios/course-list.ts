import type autocannon from 'autocannon'
import { BROWSER_ACCEPT_ENCODING, httpScenario } from '../lib/http-scenario.ts'
import { BENCH_PSYCHOLOGISTS, BENCH_USERS, benchToken } from '../lib/messaging-seed-sql.ts'
import type { Target } from '../scenario.ts'

const PATIENTS = BENCH_USERS - BENCH_PSYCHOLOGISTS

/**
 * Each connection is a different patient (10 enrolments each, 100,000 in the table), so every
 * page carries that person's own progress, asking as the web app does: compressed answers and
 * the UI language in Accept-Language.
 */
function eachConnectionAnotherPatient() {
  let next = 0
  return (client: autocannon.Client) => {
    client.setHeaders({
      authorization: `Bearer ${benchToken(BENCH_PSYCHOLOGISTS + (next++ % PATIENTS))}`,
      'accept-encoding': BROWSER_ACCEPT_ENCODING,
      'accept-language': 'fa',
    })
  }
}

/** Fails the run early when the data set or the route is not what the figures claim. */
async function checkCourseList({ origin }: Target) {
  // Each patient is in 10 of the 1,000 courses; among the first 50 some are in one of the 20
  // newest (the first page), whose rows must then carry that patient's progress.
  let withProgress = 0
  for (let n = BENCH_PSYCHOLOGISTS; n < BENCH_PSYCHOLOGISTS + 50; n++) {
    const response = await fetch(`${origin}/api/v1/courses`, {
      headers: { authorization: `Bearer ${benchToken(n)}` },
    })
    const body = (await response.json()) as { items?: { myEnrollment: unknown }[] }
    if (response.status !== 200 || body.items?.length !== 20) {
      throw new Error(
        `GET /api/v1/courses answered ${response.status} with ${body.items?.length} rows`,
      )
    }
    withProgress += body.items.filter((item) => item.myEnrollment !== null).length
  }
  if (withProgress === 0) throw new Error('no catalogue page carried its reader’s progress')
}

/** The catalogue's first page: 20 newest courses, each with my progress. */
export const courseList = httpScenario({
  name: 'course-list',
  server: 'courses-app',
  budget: { minRatio: 0.25, maxP99Ms: 50 },
  setup: checkCourseList,
  request: () => ({ path: '/api/v1/courses', setupClient: eachConnectionAnotherPatient() }),
})

/**
 * Every page from the database (COURSE_LIST_CACHE_SECONDS=0), asked as the web app asks: what
 * the one catalogue query costs without the per-person cache. Reported, no budget.
 */
export const courseListUncached = httpScenario({
  name: 'course-list (cache off)',
  server: 'courses-app-uncached',
  setup: checkCourseList,
  request: () => ({ path: '/api/v1/courses', setupClient: eachConnectionAnotherPatient() }),
})
