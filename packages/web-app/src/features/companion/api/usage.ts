import { useQuery } from '@tanstack/react-query'
import type { CompanionUsage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { companionKeys, companionPaths } from './companion-keys.ts'

/** My quotas and whether the configured companion is answering. */
export function useCompanionUsage(enabled = true) {
  return useQuery({
    queryKey: companionKeys.usage,
    queryFn: () => apiFetch<CompanionUsage>(companionPaths.usage),
    enabled,
  })
}

/** When sending opens again: the latest reset among the windows that are full. */
export function quotaResetsAt(usage: CompanionUsage | undefined): string | null {
  if (!usage) return null
  const full = [usage.hour, usage.day].filter((window) => window.used >= window.limit)
  const times = full.map((window) => window.resetsAt).filter((time) => time !== null)
  return times.sort().at(-1) ?? null
}
