import { fileURLToPath } from 'node:url'
import { spawnServer } from '../lib/child-server.ts'
import { freePort } from '../lib/free-port.ts'
import { prepareMessagingStore } from '../lib/messaging-store.ts'
import { waitUntilUp } from '../lib/wait-until-up.ts'
import { startOnStore } from './seeded-app.ts'
import { BENCH_HOST, type StartServer } from './server.ts'

const PACED_PROVIDER = fileURLToPath(new URL('./paced-completions.child.ts', import.meta.url))

/** The provider's pace, which the companion scenario takes out of what it measures. */
export const COMPANION_PACE = { firstTokenMs: 200, gapMs: 20, tokens: 300 } as const

/**
 * The app on the messaging data set (its 10,000 bench users), with the AI companion pointed at
 * a local provider that streams at a fixed pace (paced-completions.child.ts). Quotas and the
 * stream cap are set above what the scenario sends, so it measures streaming, not refusals.
 */
export const startCompanionApp: StartServer = async (settings) => {
  const port = await freePort(BENCH_HOST)
  const providerOrigin = `http://${BENCH_HOST}:${port}`
  const provider = spawnServer(PACED_PROVIDER, {
    ...process.env,
    HOST: BENCH_HOST,
    PORT: String(port),
    PACE_FIRST_TOKEN_MS: String(COMPANION_PACE.firstTokenMs),
    PACE_GAP_MS: String(COMPANION_PACE.gapMs),
    PACE_TOKENS: String(COMPANION_PACE.tokens),
  })
  await waitUntilUp(providerOrigin, provider, 10_000)
  const app = await startOnStore(settings, await prepareMessagingStore(settings), {
    COMPANION_PROVIDER: 'openai-compatible',
    COMPANION_API_URL: `${providerOrigin}/v1/chat/completions`,
    COMPANION_MODEL: 'bench-paced',
    COMPANION_API_KEY: 'sk_bench_local_only',
    COMPANION_HOURLY_QUOTA: '1000',
    COMPANION_DAILY_QUOTA: '10000',
    COMPANION_MAX_STREAMS: '400',
  })
  return {
    ...app,
    stop: async () => {
      await app.stop()
      await provider.stop()
    },
  }
}
