import type { Scenario } from '../scenario.ts'
import type { ServerName } from '../servers/index.ts'

/** The named scenarios plus the baseline, which every ratio needs. */
export function selectScenarios(all: Scenario[], only: string[]): Scenario[] {
  if (only.length === 0) return all
  const unknown = only.filter((name) => !all.some((scenario) => scenario.name === name))
  if (unknown.length > 0) {
    const known = all.map((scenario) => `"${scenario.name}"`).join(', ')
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${known}`)
  }
  return all.filter((scenario) => scenario.baseline || only.includes(scenario.name))
}

/** Groups scenarios by server, in order of first appearance, so each server starts once. */
export function groupByServer(selected: Scenario[]): Map<ServerName, Scenario[]> {
  const groups = new Map<ServerName, Scenario[]>()
  for (const scenario of selected) {
    groups.set(scenario.server, [...(groups.get(scenario.server) ?? []), scenario])
  }
  return groups
}
