import { randomUUID } from 'node:crypto'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { scrapeApp } from '../lib/app-metrics.ts'
import { postEventStream } from '../lib/event-stream-post.ts'
import { BENCH_PSYCHOLOGISTS, benchToken } from '../lib/messaging-seed-sql.ts'
import type { Measurement, Scenario, Target } from '../scenario.ts'
import { BENCH_METRICS_TOKEN } from '../servers/app-env.ts'
import { COMPANION_PACE } from '../servers/companion-app.ts'

/** Conversations streaming at once, each another bench patient's. */
const CONVERSATIONS = Number(process.env.BENCH_COMPANION_STREAMS ?? 200)
/** Messages each conversation sends in turn; the first round ramps up and is not counted. */
const ROUNDS = 3
const TEXT = 'امشب هم خوابم نمی‌برد و فکرم آرام نمی‌گیرد؛ چه کار کنم؟'
const TOKEN = /(?:r@(\d+\.\d+) )?w(\d+)@(\d+\.\d+)/g
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)
const epochNow = () => performance.timeOrigin + performance.now()

interface StreamFigures {
  /** What the app added to the provider's own time to first token. */
  addedFirstTokenMs: number
  /** For each token after the first: the gap seen here minus the gap the provider left. */
  addedGapsMs: number[]
}

function call(origin: string, path: string, user: number, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('authorization', `Bearer ${benchToken(user)}`)
  headers.set('content-type', 'application/json')
  return fetch(`${origin}${path}`, { ...init, headers })
}

async function openConversation(origin: string, user: number): Promise<string> {
  const response = await call(origin, '/api/v1/companion/conversations', user, {
    method: 'POST',
    body: JSON.stringify({ title: 'bench' }),
  })
  if (response.status !== 201)
    throw new Error(`conversation: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { id: string }).id
}

/** One message and its streamed reply, timed token by token. */
async function streamOnce(
  origin: string,
  user: number,
  conversationId: string,
): Promise<StreamFigures> {
  let providerReceivedAt = Number.NaN
  const seen: { sentAt: number; seenAt: number }[] = []
  let ending = ''
  const startedAt = epochNow()
  await postEventStream({
    url: `${origin}/api/v1/companion/conversations/${conversationId}/messages`,
    headers: {
      authorization: `Bearer ${benchToken(user)}`,
      'content-type': 'application/json',
      accept: 'text/event-stream',
    },
    body: JSON.stringify({ text: TEXT, clientMessageId: randomUUID() }),
    onEvent(event) {
      if (event.event !== 'delta') {
        if (event.event === 'done' || event.event === 'unavailable') ending = event.event
        return
      }
      // Taken before anything else: time spent here parsing is the reader's, not the app's.
      const seenAt = epochNow()
      for (const match of (JSON.parse(event.data) as { text: string }).text.matchAll(TOKEN)) {
        if (match[1]) providerReceivedAt = Number(match[1])
        seen[Number(match[2])] = { sentAt: Number(match[3]), seenAt }
      }
    },
  })
  const first = seen[0]
  if (ending !== 'done' || !first || seen.filter(Boolean).length !== COMPANION_PACE.tokens) {
    throw new Error(`reply ended with ${ending || 'nothing'} after ${seen.length} tokens`)
  }
  const addedGapsMs: number[] = []
  for (let i = 1; i < seen.length; i++) {
    const [before, token] = [seen[i - 1], seen[i]]
    if (before && token)
      addedGapsMs.push(token.seenAt - before.seenAt - (token.sentAt - before.sentAt))
  }
  return {
    addedFirstTokenMs: first.seenAt - startedAt - (first.sentAt - providerReceivedAt),
    addedGapsMs,
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0

interface CompanionRun {
  firstToken: number[]
  gaps: number[]
  failures: number
  loopP99Ms: number
}

/** How long one reply takes at the provider's pace. */
const REPLY_MS = COMPANION_PACE.firstTokenMs + COMPANION_PACE.gapMs * COMPANION_PACE.tokens

/**
 * Every conversation sends, waits for the whole reply, and sends again, ROUNDS times; their
 * starts are spread over one reply's length, so from the first round on about CONVERSATIONS
 * replies stream at every moment and each send meets the others mid-stream, as people's
 * messages do, instead of all arriving in the same millisecond.
 */
async function conversationLoop(
  target: Target,
  user: number,
  conversationId: string,
  run: CompanionRun,
  startDelayMs: number,
) {
  await new Promise((resolve) => setTimeout(resolve, startDelayMs))
  for (let round = 0; round < ROUNDS; round++) {
    try {
      const figures = await streamOnce(target.origin, user, conversationId)
      // The first round ramps up to full concurrency; only later ones are counted.
      if (round === 0) continue
      run.firstToken.push(figures.addedFirstTokenMs)
      run.gaps.push(...figures.addedGapsMs)
    } catch (error) {
      run.failures++
      if (run.failures === 1) log(`companion stream failed: ${String(error)}`)
    }
  }
}

async function runStreams(target: Target): Promise<CompanionRun> {
  const users = Array.from({ length: CONVERSATIONS }, (_, i) => BENCH_PSYCHOLOGISTS + i)
  const conversations = await Promise.all(
    users.map((user) => openConversation(target.origin, user)),
  )
  const run: CompanionRun = { firstToken: [], gaps: [], failures: 0, loopP99Ms: 0 }
  // Restart the app's event-loop histogram: what follows is what is measured.
  const before = await scrapeApp(target.origin, BENCH_METRICS_TOKEN)
  const startedAt = performance.now()
  await Promise.all(
    users.map((user, i) =>
      conversationLoop(target, user, conversations[i] ?? '', run, (i * REPLY_MS) / CONVERSATIONS),
    ),
  )
  const seconds = (performance.now() - startedAt) / 1000
  const after = await scrapeApp(target.origin, BENCH_METRICS_TOKEN)
  run.loopP99Ms = after.loopP99Ms
  run.firstToken.sort((a, b) => a - b)
  run.gaps.sort((a, b) => a - b)
  // Every round's tokens, the ramp-up's included: the CPU figure covers the whole run.
  const tokens = CONVERSATIONS * ROUNDS * COMPANION_PACE.tokens
  const cpuSeconds = after.cpuSeconds - before.cpuSeconds
  log(
    `companion: ${CONVERSATIONS} conversations × ${ROUNDS - 1} counted replies of ${COMPANION_PACE.tokens} tokens ` +
      `(provider: first token ${COMPANION_PACE.firstTokenMs} ms, then every ${COMPANION_PACE.gapMs} ms); ` +
      `added first token p50 ${quantile(run.firstToken, 0.5).toFixed(1)} / p99 ${quantile(run.firstToken, 0.99).toFixed(1)} ms, ` +
      `added gap p50 ${quantile(run.gaps, 0.5).toFixed(2)} / p99 ${quantile(run.gaps, 0.99).toFixed(2)} ms, ` +
      `event loop p99 ${run.loopP99Ms.toFixed(1)} ms; ` +
      `app CPU ${((cpuSeconds * 1e6) / tokens).toFixed(1)} µs per token, ${((100 * cpuSeconds) / seconds).toFixed(0)}% of a core over ${seconds.toFixed(1)} s; ` +
      `load average ${loadavg()[0]?.toFixed(2)}`,
  )
  return run
}

// Both rows come from one run: streaming 200 conversations three times is the costly part.
const runs = new Map<string, Promise<CompanionRun>>()
const runFor = (target: Target) => {
  const existing = runs.get(target.origin)
  if (existing) return existing
  const started = runStreams(target)
  runs.set(target.origin, started)
  return started
}

function measurementOf(values: number[], run: CompanionRun): Measurement {
  return {
    p50Ms: quantile(values, 0.5),
    p99Ms: quantile(values, 0.99),
    samples: values.length,
    failures: run.failures,
    eventLoopDelayP99Ms: run.loopP99Ms,
  }
}

/** A row of the table: one figure of the server's run (both rows of a server share it). */
function rowOf(
  name: string,
  server: Scenario['server'],
  figures: (run: CompanionRun) => number[],
  budget?: Scenario['budget'],
): Scenario {
  return {
    name,
    server,
    ...(budget ? { budget } : {}),
    async measure(target) {
      const run = await runFor(target)
      return measurementOf(figures(run), run)
    },
  }
}

/**
 * Issue 19: 200 conversations streaming a 300-token reply at once from one instance, the
 * provider a local stand-in at a fixed pace. What the app adds to the provider's own time to
 * first token (auth, the safety check, two rows written, the provider request) and to the gap
 * between tokens (parsing the provider's events, the output check, writing ours), taken from
 * timestamps the stand-in writes into each token. All cores: stand-in, app and clients share
 * the machine, as in production the app shares it with PostgreSQL.
 */
export const companionFirstToken = rowOf(
  'companion: added time to first token (200 streams)',
  'companion-app',
  (run) => run.firstToken,
  { maxP99Ms: 20, maxEventLoopDelayP99Ms: 20, maxFailures: 0 },
)

export const companionChunkGap = rowOf(
  'companion: added gap between chunks (200 streams)',
  'companion-app',
  (run) => run.gaps,
  { maxP99Ms: 5, maxFailures: 0 },
)

/**
 * The floor of both: the same 200 streams relayed by a bare node:http server with nothing of
 * the app (companion-relay.child.ts), on the same machine in the same run. No budget: it says
 * how much of the app's figures the machine itself sets.
 */
export const companionRelayFirstToken = rowOf(
  'companion floor (bare relay): added time to first token (200 streams)',
  'companion-relay',
  (run) => run.firstToken,
)

export const companionRelayChunkGap = rowOf(
  'companion floor (bare relay): added gap between chunks (200 streams)',
  'companion-relay',
  (run) => run.gaps,
)
