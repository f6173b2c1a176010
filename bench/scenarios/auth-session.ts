import { benchPhone, signInNewPatient } from '../lib/bench-accounts.ts'
import { httpScenario } from '../lib/http-scenario.ts'

/** Issue 3: an authenticated route with no database work (the session cache serves it). */
export const authSession = httpScenario({
  name: 'GET /api/v1/auth/session (bearer)',
  server: 'app',
  budget: { minRatio: 0.7 },
  setup: async (target) => signInNewPatient(target.origin, benchPhone(999)),
  request: (token) => ({
    path: '/api/v1/auth/session',
    headers: { authorization: `Bearer ${token}` },
  }),
})
