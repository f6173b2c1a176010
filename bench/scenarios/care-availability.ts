import { httpScenario } from '../lib/http-scenario.ts'
import { careFixture } from '../servers/care-fixture.ts'

/** Free slots of a Tehran psychologist with a full week and booked sessions, for 30 days. */
export const careAvailability = httpScenario({
  name: 'GET /professionals/:id/availability (30 days)',
  server: 'app-care',
  budget: { minRatio: 0.2 },
  setup: async () => careFixture().availability,
  request: ({ psychologistId, sessionTypeId, from, to }) => ({
    path: `/api/v1/professionals/${psychologistId}/availability?from=${from}&to=${to}&sessionType=${sessionTypeId}`,
  }),
})
