import type { ScenarioOutcome } from './lib/report.ts'
import { toRows } from './lib/report.ts'
import { writeResults } from './lib/results-file.ts'
import { groupByServer, selectScenarios } from './lib/select-scenarios.ts'
import { formatTable } from './lib/table.ts'
import type { Scenario } from './scenario.ts'
import { scenarios } from './scenarios/index.ts'
import { type ServerName, servers } from './servers/index.ts'
import type { RunningServer } from './servers/server.ts'
import { type BenchSettings, readSettings } from './settings.ts'

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/**
 * Servers run one at a time: on a two-core machine a second server would steal the core that
 * autocannon and the measured server share between them.
 */
async function runGroup(
  serverName: ServerName,
  group: Scenario[],
  settings: BenchSettings,
): Promise<ScenarioOutcome[]> {
  log(`starting ${serverName}`)
  let server: RunningServer
  try {
    server = await servers[serverName](settings)
  } catch (error) {
    return group.map((scenario) => ({ scenario, error: `${serverName}: ${errorText(error)}` }))
  }
  const outcomes: ScenarioOutcome[] = []
  try {
    for (const scenario of group) {
      log(`${scenario.name}: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s`)
      try {
        outcomes.push({
          scenario,
          measurement: await scenario.measure({
            origin: server.origin,
            origins: server.origins,
            settings,
          }),
        })
      } catch (error) {
        outcomes.push({ scenario, error: errorText(error) })
      }
    }
  } finally {
    await server.stop()
  }
  return outcomes
}

async function main() {
  const settings = readSettings()
  const startedAt = new Date()
  const selected = selectScenarios(scenarios, settings.only)
  const store = settings.databaseUrl ? 'PostgreSQL' : 'PGlite'
  log(`${settings.connections} connections, ${settings.durationSeconds} s each, app on ${store}`)

  const outcomes: ScenarioOutcome[] = []
  for (const [serverName, group] of groupByServer(selected)) {
    outcomes.push(...(await runGroup(serverName, group, settings)))
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
