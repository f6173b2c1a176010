import type { Budget, Scenario, Target } from '../scenario.ts'
import type { ServerName } from '../servers/index.ts'
import { autocannonLoad, type LoadRequest } from './autocannon-load.ts'

/** What Chromium and Firefox send; the app answers in brotli or gzip where it compresses. */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br'

interface Common {
  name: string
  server: ServerName
  baseline?: true
  budget?: Budget
}

/**
 * With `setup`, whatever it returns (tokens, ids) reaches `request`; setup runs once per run,
 * outside the measured window.
 */
type HttpScenarioSpec<Prepared> = Common &
  (
    | {
        setup: (target: Target) => Promise<Prepared>
        request: (prepared: Prepared) => LoadRequest
        /** What the ratio divides by when not raw node:http (e.g. @fastify/static on one file). */
        baselineUrl?: (prepared: Prepared, target: Target) => string
      }
    | { setup?: undefined; request: () => LoadRequest; baselineUrl?: undefined }
  )

/** A scenario driven by autocannon: the usual kind for one HTTP route. */
export function httpScenario<Prepared>(spec: HttpScenarioSpec<Prepared>): Scenario {
  const { name, server, baseline, budget } = spec
  return {
    name,
    server,
    baseline,
    budget,
    pinned: true,
    async measure(target) {
      if (!spec.setup) return autocannonLoad(target, spec.request())
      const prepared = await spec.setup(target)
      return autocannonLoad(target, spec.request(prepared), spec.baselineUrl?.(prepared, target))
    },
  }
}
