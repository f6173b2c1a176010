import type { CompanionFigures, CompanionUsage } from '@yektayar/shared'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { CompanionDeps } from './companion-deps.ts'
import { quotaOf } from './quota.ts'
import { usageDays } from './usage.repository.ts'

/** My quotas, and whether the configured provider has been answering (else offer offline). */
export async function myUsage(deps: CompanionDeps, auth: AuthContext): Promise<CompanionUsage> {
  const settings = deps.settings.current()
  return {
    ...(await quotaOf(deps.counters, auth.userId, settings)),
    provider: settings.provider,
    available: deps.health.available(settings.provider),
  }
}

/** Counts per UTC day for admins: never whose, never what. */
export async function companionFigures(
  deps: CompanionDeps,
  days: number,
): Promise<CompanionFigures> {
  return { days: await usageDays(deps.db, days) }
}
