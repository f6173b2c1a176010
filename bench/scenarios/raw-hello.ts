import { httpScenario } from '../lib/http-scenario.ts'

export const rawHello = httpScenario({
  name: 'raw node:http hello',
  server: 'raw-node',
  baseline: true,
  request: () => ({ path: '/' }),
})
