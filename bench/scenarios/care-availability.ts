import { BROWSER_ACCEPT_ENCODING, httpScenario } from '../lib/http-scenario.ts'
import { careFixture } from '../servers/care-fixture.ts'

const pathOf = (from: string) => {
  const { psychologistId, sessionTypeId, to } = careFixture().availability
  return `/api/v1/professionals/${psychologistId}/availability?from=${from}&to=${to}&sessionType=${sessionTypeId}`
}

/**
 * Free slots of a Tehran psychologist with a full week and booked sessions, for 30 days. Every
 * request asks the same question, as visitors of one popular profile do, so identical answers
 * within 2 s come from the app's short answer cache (see schedule.service.ts); like browsers,
 * the requests accept compressed answers.
 */
export const careAvailability = httpScenario({
  name: 'GET /professionals/:id/availability (30 days)',
  server: 'app-care',
  budget: { minRatio: 0.2 },
  setup: async () => careFixture().availability.from,
  request: (from) => ({
    path: pathOf(from),
    headers: { 'accept-encoding': BROWSER_ACCEPT_ENCODING },
  }),
})

/**
 * The same, but every request starts a different millisecond: all computed, none cached, and
 * asked uncompressed so the figure is the computation's.
 */
export const careAvailabilityUncached = httpScenario({
  name: 'GET /professionals/:id/availability (30 days; uncached)',
  server: 'app-care',
  setup: async () => Date.parse(careFixture().availability.from),
  request: (from) => ({
    path: pathOf(new Date(from).toISOString()),
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: pathOf(new Date(from + Math.floor(Math.random() * 3_600_000)).toISOString()),
        }),
      },
    ],
  }),
})
