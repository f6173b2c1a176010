/** What one scrape of the app's /metrics says about the process. */
export interface AppSnapshot {
  /** Event-loop delay p99 since the previous scrape (prom-client resets it on every scrape). */
  loopP99Ms: number
  /** CPU time the app has used since it started, user and system. */
  cpuSeconds: number
}

/**
 * Scrapes the app's prom-client metrics once. Two snapshots around a run give its event-loop
 * delay and the CPU it cost: on a shared machine the CPU per unit of work is the figure that
 * moves least with what the neighbours do, where latencies swing with their load.
 */
export async function scrapeApp(origin: string, token: string): Promise<AppSnapshot> {
  const response = await fetch(`${origin}/metrics`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const text = await response.text()
  const value = (name: string) => {
    const found = new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]
    if (found === undefined) throw new Error(`no ${name} at /metrics (${response.status})`)
    return Number(found)
  }
  return {
    loopP99Ms: value('nodejs_eventloop_lag_p99_seconds') * 1000,
    cpuSeconds: value('process_cpu_seconds_total'),
  }
}
