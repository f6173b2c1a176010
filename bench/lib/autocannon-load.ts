import autocannon from 'autocannon'
import type { Measurement, Target } from '../scenario.ts'
import { dropResponseBodies, refuseBodyChecks } from './autocannon-bodies.ts'

dropResponseBodies()

/** What a scenario chooses; connections and duration are the run's, so ratios compare. */
export type LoadRequest = Omit<
  autocannon.Options,
  'url' | 'connections' | 'duration' | 'amount' | 'title'
> & { path: string }

/** A result left unaggregated (`skipAggregateResult`): counts, and histograms still encoded. */
interface Slice {
  totalCompletedRequests: number
}

type Aggregate = (slices: Slice[], options: autocannon.Options) => autocannon.Result
const aggregateResult = (autocannon as unknown as { aggregateResult: Aggregate }).aggregateResult

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** One stretch of load, with its raw histograms kept so slices can be merged afterwards. */
async function drive(options: autocannon.Options, seconds: number): Promise<Slice> {
  const slice: unknown = await autocannon({
    ...options,
    duration: seconds,
    skipAggregateResult: true,
  })
  return slice as Slice
}

function toMeasurement(result: autocannon.Result, seconds: number): Measurement {
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    samples: result.requests.total,
    failures: result.non2xx + result.errors,
  }
}

/** The baseline's slice, with the servers under test stopped meanwhile. */
async function driveBaseline(target: Target, options: autocannon.Options, seconds: number) {
  target.serversAside?.pause()
  try {
    return await drive(options, seconds)
  } finally {
    target.serversAside?.resume()
  }
}

/** One round: a slice of each, the scenario first when asked. */
async function alternate(
  target: Target,
  baseline: autocannon.Options,
  scenario: autocannon.Options,
  seconds: number,
  scenarioFirst: boolean,
): Promise<{ raw: Slice; measured: Slice }> {
  if (scenarioFirst) {
    const measured = await drive(scenario, seconds)
    return { raw: await driveBaseline(target, baseline, seconds), measured }
  }
  const raw = await driveBaseline(target, baseline, seconds)
  return { raw, measured: await drive(scenario, seconds) }
}

/**
 * Warm-up first (discarded: JIT, connection set-up, caches), then the measured run. With a
 * baseline origin the measured run is cut into rounds that alternate a slice of the baseline
 * and a slice of the scenario (in turn first), and the ratio is the median of the rounds'
 * ratios: a shared machine speeds up and slows down over a run by more than the differences
 * being measured, and neighbouring slices see the same machine.
 */
export async function autocannonLoad(
  target: Target,
  request: LoadRequest,
  baselineUrl = target.baselineOrigin && `${target.baselineOrigin}/`,
  /** When the baseline is the same app another way (one instance direct), asked alike. */
  baselineRequest?: Omit<LoadRequest, 'path'>,
): Promise<Measurement> {
  const { path, ...options } = request
  refuseBodyChecks(options)
  const { connections, warmupSeconds, durationSeconds, rounds } = target.settings
  const scenario = { ...options, url: `${target.origin}${path}`, connections }
  await drive(scenario, warmupSeconds)
  if (!baselineUrl) {
    return toMeasurement(
      aggregateResult([await drive(scenario, durationSeconds)], scenario),
      durationSeconds,
    )
  }
  const baseline = { ...baselineRequest, url: baselineUrl, connections }
  // An app as baseline needs its JIT and caches warmed as much as the scenario's.
  if (baselineRequest) await drive(baseline, warmupSeconds)
  const sliceSeconds = Math.max(1, Math.round(durationSeconds / rounds))
  const slices: Slice[] = []
  const baselineSlices: Slice[] = []
  const ratios: number[] = []
  let baselineRequests = 0
  for (let round = 0; round < rounds; round += 1) {
    const { raw, measured } = await alternate(
      target,
      baseline,
      scenario,
      sliceSeconds,
      round % 2 === 1,
    )
    slices.push(measured)
    baselineSlices.push(raw)
    baselineRequests += raw.totalCompletedRequests
    ratios.push(measured.totalCompletedRequests / Math.max(1, raw.totalCompletedRequests))
  }
  const seconds = sliceSeconds * rounds
  const { latency } = aggregateResult(baselineSlices, baseline)
  return {
    ...toMeasurement(aggregateResult(slices, scenario), seconds),
    pairedRatio: median(ratios),
    baselineRequestsPerSecond: baselineRequests / seconds,
    baselineP50Ms: latency.p50,
    baselineP99Ms: latency.p99,
  }
}
