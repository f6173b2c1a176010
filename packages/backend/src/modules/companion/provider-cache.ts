import type { CompanionSettings } from '../../config/companion-config.ts'
import type { CompanionProvider } from '../../integrations/ai/companion-provider.ts'
import { createCompanionProvider } from '../../integrations/ai/create-companion-provider.ts'
import { OfflineCompanion } from '../../integrations/ai/offline-companion.ts'

/**
 * Settings are read per request (an admin may change provider, model or quotas at run time), and
 * the provider made for them is kept until they change: one per (provider, url, model, key,
 * timeouts), so connections and their pools are not rebuilt for every message.
 */
export class ProviderCache {
  #key = ''
  #provider: CompanionProvider | undefined
  readonly #offline: CompanionProvider

  constructor(offline: CompanionProvider = new OfflineCompanion()) {
    this.#offline = offline
  }

  configured(settings: CompanionSettings): CompanionProvider {
    if (settings.provider === 'offline') return this.#offline
    const key = keyOf(settings)
    if (!this.#provider || key !== this.#key) {
      this.#provider = createCompanionProvider({
        provider: 'openai-compatible',
        url: settings.apiUrl,
        model: settings.model,
        apiKey: settings.apiKey ?? '',
        firstByteTimeoutMs: settings.firstByteTimeoutMs,
        idleTimeoutMs: settings.idleTimeoutMs,
      })
      this.#key = key
    }
    return this.#provider
  }

  offline(): CompanionProvider {
    return this.#offline
  }
}

function keyOf(settings: CompanionSettings): string {
  const { provider, apiUrl, model, apiKey, firstByteTimeoutMs, idleTimeoutMs } = settings
  return JSON.stringify([provider, apiUrl, model, apiKey, firstByteTimeoutMs, idleTimeoutMs])
}
