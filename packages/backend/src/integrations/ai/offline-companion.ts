import { setTimeout as sleep } from 'node:timers/promises'
import type { CompanionProvider, CompanionRequest } from './companion-provider.ts'
import { offlineReply } from './offline-replies.ts'

export interface OfflineCompanionOptions {
  /** Pause between chunks, so the reply arrives like a model's would; 0 in tests. */
  paceMs?: number
}

const DEFAULT_PACE_MS = 30

/**
 * The embedded default: a scripted, supportive responder that works with no provider at all
 * (Iran's networks and Pollinations' exclusions make that the common case, DESIGN.md 10). It
 * answers the last thing the person wrote, in their language, and says plainly what it is.
 */
export class OfflineCompanion implements CompanionProvider {
  readonly kind = 'offline'
  readonly #paceMs: number

  constructor(options: OfflineCompanionOptions = {}) {
    this.#paceMs = options.paceMs ?? DEFAULT_PACE_MS
  }

  async *stream(request: CompanionRequest, signal: AbortSignal): AsyncGenerator<string> {
    const lastUserMessage = request.messages.findLast((message) => message.role === 'user')
    const reply = offlineReply(lastUserMessage?.content ?? '', request.language)
    for (const [index, chunk] of wordChunks(reply).entries()) {
      if (signal.aborted) return
      if (index > 0 && this.#paceMs > 0) {
        const stopped = await sleep(this.#paceMs, false, { signal }).catch(() => true)
        if (stopped) return
      }
      yield chunk
    }
  }
}

/** Each word with the spacing after it, so the chunks join back to exactly `text`. */
function wordChunks(text: string): string[] {
  return text.split(/(?<=\s)(?=\S)/)
}
