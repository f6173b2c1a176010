import { httpScenario } from '../lib/http-scenario.ts'

export const healthz = httpScenario({
  name: 'GET /healthz',
  server: 'app',
  budget: { minRatio: 0.9 },
  request: () => ({ path: '/healthz' }),
})
