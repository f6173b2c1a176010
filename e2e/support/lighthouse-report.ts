import type { RunnerResult } from 'lighthouse'

type Lhr = RunnerResult['lhr']

export interface PageReport {
  name: string
  path: string
  /** 0–100, or null when Lighthouse could not score the category. */
  scores: {
    performance: number | null
    accessibility: number | null
    bestPractices: number | null
    seo: number | null
  }
  metrics: {
    firstContentfulPaint: string
    largestContentfulPaint: string
    totalBlockingTime: string
    cumulativeLayoutShift: string
    speedIndex: string
  }
  /** How fast this machine was (Lighthouse's benchmark; under ~1000 the scores run low). */
  benchmarkIndex: number | null
  /** Performance scores of every run; the report is the run with the median one. */
  performanceRuns: Array<number | null>
  /** Says which screen was measured, e.g. a not-found page for a route that is not built. */
  largestPaintElement: string
  failedAccessibilityAudits: string[]
  performanceOpportunities: string[]
  warnings: string[]
}

function score(lhr: Lhr, category: string): number | null {
  const value = lhr.categories[category]?.score
  return typeof value === 'number' ? Math.round(value * 100) : null
}

function display(lhr: Lhr, audit: string): string {
  return lhr.audits[audit]?.displayValue ?? '–'
}

/** The first element node anywhere in an audit's details. */
function firstNodeLabel(details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null
  const record = details as Record<string, unknown>
  if (record.type === 'node') {
    const label = String(record.nodeLabel ?? '')
    const snippet = String(record.snippet ?? '')
    return `${snippet.slice(0, 80)}${label ? ` “${label.slice(0, 60)}”` : ''}`
  }
  for (const value of Object.values(record)) {
    const found = Array.isArray(value)
      ? value.map(firstNodeLabel).find(Boolean)
      : firstNodeLabel(value)
    if (found) return found
  }
  return null
}

function failedAudits(lhr: Lhr, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? []
  return refs
    .map(({ id }) => lhr.audits[id])
    .filter((audit) => audit && audit.scoreDisplayMode === 'binary' && audit.score === 0)
    .map((audit) => `${audit?.id}: ${audit?.title}`)
}

/** Opportunities Lighthouse estimates would save at least 100 ms. */
function opportunities(lhr: Lhr): string[] {
  return Object.values(lhr.audits)
    .filter(
      (audit) => (audit.metricSavings?.LCP ?? 0) >= 100 || (audit.metricSavings?.FCP ?? 0) >= 100,
    )
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map(
      (audit) =>
        `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
    )
}

/**
 * Lighthouse's own advice against noise: several runs, and the median one counts. A run it
 * could not score (a trace error, not a slow page) is left out of the median and reported.
 */
export function medianRun(lhrs: Lhr[]): Lhr {
  const scored = lhrs.filter((lhr) => score(lhr, 'performance') !== null)
  const sorted = scored.sort(
    (a, b) => (score(a, 'performance') ?? 0) - (score(b, 'performance') ?? 0),
  )
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? lhrs[0]
  if (!median) throw new Error('no Lighthouse runs to choose from')
  return median
}

/** Why Lighthouse gave a run no performance score: its runtime error or a metric's error. */
function unscoredReason(lhr: Lhr): string {
  if (lhr.runtimeError) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
  const refs = lhr.categories.performance?.auditRefs ?? []
  const failed = refs.map(({ id }) => lhr.audits[id]).find((audit) => audit?.errorMessage)
  return failed ? `${failed.id}: ${failed.errorMessage}` : 'no reason given'
}

export function reportPage(name: string, path: string, lhrs: Lhr[]): PageReport {
  const lhr = medianRun(lhrs)
  const warnings = [...lhr.runWarnings]
  if (lhr.runtimeError) warnings.unshift(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
  lhrs.forEach((run, index) => {
    if (score(run, 'performance') === null)
      warnings.push(`run ${index + 1} was not scored (${unscoredReason(run)})`)
  })
  return {
    name,
    path,
    scores: {
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      bestPractices: score(lhr, 'best-practices'),
      seo: score(lhr, 'seo'),
    },
    metrics: {
      firstContentfulPaint: display(lhr, 'first-contentful-paint'),
      largestContentfulPaint: display(lhr, 'largest-contentful-paint'),
      totalBlockingTime: display(lhr, 'total-blocking-time'),
      cumulativeLayoutShift: display(lhr, 'cumulative-layout-shift'),
      speedIndex: display(lhr, 'speed-index'),
    },
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    performanceRuns: lhrs.map((run) => score(run, 'performance')),
    largestPaintElement:
      firstNodeLabel(lhr.audits['largest-contentful-paint-element']?.details) ?? 'unknown',
    failedAccessibilityAudits: failedAudits(lhr, 'accessibility'),
    performanceOpportunities: opportunities(lhr),
    warnings,
  }
}
