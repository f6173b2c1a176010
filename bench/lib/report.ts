import type { Budget, Measurement, Scenario } from '../scenario.ts'

export interface ScenarioOutcome {
  scenario: Scenario
  measurement?: Measurement
  error?: string
  /** Why it was not measured on this machine (see ScenarioSkipped); not a failure. */
  skipped?: string
}

export interface ReportRow {
  scenario: string
  server: string
  requestsPerSecond: number | null
  p50Ms: number | null
  p99Ms: number | null
  ratioToRaw: number | null
  /** The baseline's req/s in the slices this scenario alternated with, if it did. */
  baselineRequestsPerSecond: number | null
  baselineP50Ms: number | null
  baselineP99Ms: number | null
  samples: number | null
  failures: number | null
  eventLoopDelayP99Ms: number | null
  completionSeconds: number | null
  budget: string | null
  withinBudget: boolean | null
  note: string | null
  error: string | null
  skipped: string | null
}

function describeBudget(budget: Budget): string {
  const parts: string[] = []
  if (budget.minRatio !== undefined) parts.push(`≥ ${Math.round(budget.minRatio * 100)}%`)
  if (budget.maxP99Ms !== undefined) parts.push(`p99 < ${budget.maxP99Ms} ms`)
  if (budget.maxEventLoopDelayP99Ms !== undefined) {
    parts.push(`loop p99 ≤ ${budget.maxEventLoopDelayP99Ms} ms`)
  }
  if (budget.maxCompletionSeconds !== undefined) {
    parts.push(`all in ≤ ${budget.maxCompletionSeconds} s`)
  }
  if (budget.maxFailures !== undefined) parts.push(`≤ ${budget.maxFailures} failures`)
  return parts.join(', ')
}

function withinBudget(budget: Budget, m: Measurement, ratio: number | null): boolean | null {
  const checks: (boolean | null)[] = []
  if (budget.minRatio !== undefined) checks.push(ratio === null ? null : ratio >= budget.minRatio)
  if (budget.maxP99Ms !== undefined) checks.push(m.p99Ms < budget.maxP99Ms)
  if (budget.maxEventLoopDelayP99Ms !== undefined) {
    const loop = m.eventLoopDelayP99Ms
    checks.push(loop === undefined ? null : loop <= budget.maxEventLoopDelayP99Ms)
  }
  if (budget.maxCompletionSeconds !== undefined) {
    const seconds = m.completionSeconds
    checks.push(seconds === undefined ? null : seconds <= budget.maxCompletionSeconds)
  }
  if (budget.maxFailures !== undefined) checks.push(m.failures <= budget.maxFailures)
  if (checks.includes(null)) return null
  return checks.every(Boolean)
}

/**
 * Turns outcomes into rows. A scenario measured in rounds against the baseline keeps its paired
 * ratio; any other throughput is divided by the baseline's own run.
 */
export function toRows(outcomes: ScenarioOutcome[]): ReportRow[] {
  const baselineRps = outcomes.find((o) => o.scenario.baseline)?.measurement?.requestsPerSecond
  return outcomes.map(({ scenario, measurement: m, error, skipped }) => {
    const rps = m?.requestsPerSecond ?? null
    const ratio = m?.pairedRatio ?? (rps !== null && baselineRps ? rps / baselineRps : null)
    return {
      scenario: scenario.name,
      server: scenario.server,
      requestsPerSecond: rps,
      p50Ms: m?.p50Ms ?? null,
      p99Ms: m?.p99Ms ?? null,
      ratioToRaw: ratio,
      baselineRequestsPerSecond: m?.baselineRequestsPerSecond ?? null,
      baselineP50Ms: m?.baselineP50Ms ?? null,
      baselineP99Ms: m?.baselineP99Ms ?? null,
      samples: m?.samples ?? null,
      failures: m?.failures ?? null,
      eventLoopDelayP99Ms: m?.eventLoopDelayP99Ms ?? null,
      completionSeconds: m?.completionSeconds ?? null,
      budget: scenario.budget ? describeBudget(scenario.budget) : null,
      withinBudget: scenario.budget && m ? withinBudget(scenario.budget, m, ratio) : null,
      note: m?.note ?? null,
      error: error ?? null,
      skipped: skipped ?? null,
    }
  })
}
