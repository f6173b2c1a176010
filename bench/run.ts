import { runningServerPids } from './lib/child-server.ts'
import { pinForThroughput, planCores, releaseCores } from './lib/cpu-pinning.ts'
import type { ScenarioOutcome } from './lib/report.ts'
import { toRows } from './lib/report.ts'
import { writeResults } from './lib/results-file.ts'
import { ScenarioSkipped } from './lib/scenario-skipped.ts'
import { groupByServer, selectScenarios } from './lib/select-scenarios.ts'
import { formatTable } from './lib/table.ts'
import type { Scenario } from './scenario.ts'
import { scenarios } from './scenarios/index.ts'
import { type ServerName, servers } from './servers/index.ts'
import type { RunningServer } from './servers/server.ts'
import { type BenchSettings, readSettings } from './settings.ts'

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/** SIGSTOP and SIGCONT for every server child but the baselines'. */
function asideFrom(baselinePids: number[]) {
  const others = () => runningServerPids().filter((pid) => !baselinePids.includes(pid))
  const signal = (name: NodeJS.Signals) => {
    for (const pid of others()) process.kill(pid, name)
  }
  return { pause: () => signal('SIGSTOP'), resume: () => signal('SIGCONT') }
}

async function measureAll(
  server: RunningServer,
  group: Scenario[],
  settings: BenchSettings,
  baseline: RunningServer,
): Promise<ScenarioOutcome[]> {
  const outcomes: ScenarioOutcome[] = []
  for (const scenario of group) {
    log(`${scenario.name}: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s`)
    try {
      if (scenario.pinned) pinForThroughput(runningServerPids())
      else releaseCores(runningServerPids())
      const measurement = await scenario.measure({
        origin: server.origin,
        origins: server.origins,
        baselineOrigin: server === baseline ? undefined : baseline.origin,
        staticFilesOrigin: server.staticFiles?.origin,
        directOrigin: server.directOrigin,
        serversAside: asideFrom([...(baseline.pids ?? []), ...(server.staticFiles?.pids ?? [])]),
        settings,
      })
      outcomes.push({ scenario, measurement })
    } catch (error) {
      outcomes.push({ scenario, error: errorText(error) })
    }
  }
  return outcomes
}

/**
 * Servers under test run one at a time, beside the baseline: an idle server costs nothing, and
 * HTTP scenarios alternate slices of load between the two (see autocannonLoad).
 */
async function runGroup(
  serverName: ServerName,
  group: Scenario[],
  settings: BenchSettings,
  baseline: RunningServer,
): Promise<ScenarioOutcome[]> {
  if (serverName === 'raw-node') return measureAll(baseline, group, settings, baseline)
  log(`starting ${serverName}`)
  let server: RunningServer
  try {
    server = await servers[serverName](settings)
  } catch (error) {
    if (error instanceof ScenarioSkipped) {
      log(`${serverName} skipped: ${error.message}`)
      return group.map((scenario) => ({ scenario, skipped: error.message }))
    }
    return group.map((scenario) => ({ scenario, error: `${serverName}: ${errorText(error)}` }))
  }
  try {
    return await measureAll(server, group, settings, baseline)
  } finally {
    await server.stop()
  }
}

async function main() {
  const settings = readSettings()
  const startedAt = new Date()
  const selected = selectScenarios(scenarios, settings.only)
  const store = settings.databaseUrl ? 'PostgreSQL' : 'PGlite'
  log(`${settings.connections} connections, ${settings.durationSeconds} s each, app on ${store}`)
  log(planCores(settings.pinCores))

  const outcomes: ScenarioOutcome[] = []
  const baseline = await servers['raw-node'](settings)
  try {
    for (const [serverName, group] of groupByServer(selected)) {
      outcomes.push(...(await runGroup(serverName, group, settings, baseline)))
    }
  } finally {
    await baseline.stop()
  }
  const rows = toRows(outcomes)
  process.stdout.write(`\n${formatTable(rows)}\n\n`)
  log(`figures written to ${writeResults(settings, rows, startedAt)}`)
  if (rows.some((row) => row.error)) process.exitCode = 1
}

main().catch((error: unknown) => {
  log(errorText(error))
  process.exitCode = 1
})
