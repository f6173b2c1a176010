// After this many failures in a row the configured provider is called unavailable, so clients
// offer the offline companion at once; one success, or this long without trying, clears it.
const FAILURES_TO_TRIP = 3
const TRIPPED_MS = 60_000

/** Whether the configured provider has been answering lately, on this instance. */
export class ProviderHealth {
  #failures = 0
  #lastFailureAt = 0
  #provider = ''
  readonly #now: () => number

  constructor(now: () => number = Date.now) {
    this.#now = now
  }

  record(provider: string, ok: boolean): void {
    if (provider !== this.#provider) {
      this.#provider = provider
      this.#failures = 0
    }
    if (ok) {
      this.#failures = 0
      return
    }
    this.#failures += 1
    this.#lastFailureAt = this.#now()
  }

  available(provider: string): boolean {
    if (provider === 'offline' || provider !== this.#provider) return true
    return this.#failures < FAILURES_TO_TRIP || this.#now() - this.#lastFailureAt > TRIPPED_MS
  }
}
