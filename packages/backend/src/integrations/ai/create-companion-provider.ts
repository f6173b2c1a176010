import type { CompanionProvider } from './companion-provider.ts'
import { OfflineCompanion } from './offline-companion.ts'
import { OpenAiCompatibleProvider } from './openai-compatible-provider.ts'

export type CompanionConfig =
  | { provider: 'offline' }
  | {
      provider: 'openai-compatible'
      url: string
      model: string
      apiKey: string
      firstByteTimeoutMs?: number
      idleTimeoutMs?: number
    }

/**
 * Picks the provider named by config. The offline companion is the embedded default; an
 * OpenAI-compatible provider without its URL, model or key stops boot (its constructor says
 * which is missing).
 */
export function createCompanionProvider(config: CompanionConfig): CompanionProvider {
  if (config.provider === 'offline') return new OfflineCompanion()
  return new OpenAiCompatibleProvider(config)
}
