import { fileURLToPath } from 'node:url'
import { spawnServer } from '../lib/child-server.ts'
import { freePort } from '../lib/free-port.ts'
import { prepareMessagingStore } from '../lib/messaging-store.ts'
import { waitUntilUp } from '../lib/wait-until-up.ts'
import { startOnStore } from './seeded-app.ts'
import { BENCH_HOST, type StartServer } from './server.ts'

const PACED_PROVIDER = fileURLToPath(new URL('./paced-completions.child.ts', import.meta.url))
const RELAY = fileURLToPath(new URL('./companion-relay.child.ts', import.meta.url))

/** The provider's pace, which the companion scenario takes out of what it measures. */
export const COMPANION_PACE = { firstTokenMs: 200, gapMs: 20, tokens: 300 } as const

/**
 * The app on the messaging data set (its 10,000 bench users), with the AI companion pointed at
 * a local provider that streams at a fixed pace (paced-completions.child.ts). Quotas and the
 * stream cap are set above what the scenario sends, so it measures streaming, not refusals.
 */
/** The local provider that streams at COMPANION_PACE (paced-completions.child.ts). */
async function startPacedProvider() {
  const port = await freePort(BENCH_HOST)
  const origin = `http://${BENCH_HOST}:${port}`
  const provider = spawnServer(PACED_PROVIDER, {
    ...process.env,
    HOST: BENCH_HOST,
    PORT: String(port),
    PACE_FIRST_TOKEN_MS: String(COMPANION_PACE.firstTokenMs),
    PACE_GAP_MS: String(COMPANION_PACE.gapMs),
    PACE_TOKENS: String(COMPANION_PACE.tokens),
  })
  await waitUntilUp(origin, provider, 10_000)
  return { url: `${origin}/v1/chat/completions`, stop: provider.stop }
}

export const startCompanionApp: StartServer = async (settings) => {
  const provider = await startPacedProvider()
  const app = await startOnStore(settings, await prepareMessagingStore(settings), {
    COMPANION_PROVIDER: 'openai-compatible',
    COMPANION_API_URL: provider.url,
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

/**
 * The same provider relayed by a bare node:http server (companion-relay.child.ts): the floor
 * under the app's companion figures on this machine.
 */
export const startCompanionRelay: StartServer = async () => {
  const provider = await startPacedProvider()
  const port = await freePort(BENCH_HOST)
  const origin = `http://${BENCH_HOST}:${port}`
  const relay = spawnServer(RELAY, {
    ...process.env,
    HOST: BENCH_HOST,
    PORT: String(port),
    PROVIDER_URL: provider.url,
  })
  await waitUntilUp(origin, relay, 10_000)
  return {
    origin,
    pids: relay.child.pid ? [relay.child.pid] : [],
    stop: async () => {
      await relay.stop()
      await provider.stop()
    },
  }
}
