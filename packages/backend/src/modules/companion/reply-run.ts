import type { CompanionStreamEvent } from '@yektayar/shared'

export type FinalEvent = Extract<CompanionStreamEvent, { event: 'done' | 'unavailable' }>
type LiveEvent = Extract<CompanionStreamEvent, { event: 'delta' | 'replaced' }>
type Listener = (event: LiveEvent) => void

/**
 * One reply being written, on the instance that accepted its message. It runs whether or not
 * anyone listens: a closed connection only unsubscribes, and the person fetches the stored reply
 * afterwards. Only `stop` (the person's, or the reply's deadline) cuts it short.
 */
export class ReplyRun {
  readonly controller = new AbortController()
  readonly #listeners = new Set<Listener>()
  #content = ''
  #resolve!: (event: FinalEvent) => void
  readonly final: Promise<FinalEvent> = new Promise((resolve) => {
    this.#resolve = resolve
  })

  constructor(
    readonly conversationId: string,
    readonly replyId: string,
  ) {}

  get content(): string {
    return this.#content
  }

  get stopped(): boolean {
    return this.controller.signal.aborted
  }

  stop(): void {
    this.controller.abort()
  }

  /**
   * Listens from now on; a listener that comes late (a retried send) first gets what was
   * written so far as one delta.
   */
  subscribe(listener: Listener): () => void {
    if (this.#content) listener({ event: 'delta', data: { text: this.#content } })
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  append(text: string): void {
    this.#content += text
    this.#emit({ event: 'delta', data: { text } })
  }

  replace(event: Extract<LiveEvent, { event: 'replaced' }>): void {
    this.#content = event.data.content
    this.#emit(event)
  }

  finish(event: FinalEvent): void {
    this.#listeners.clear()
    this.#resolve(event)
  }

  #emit(event: LiveEvent): void {
    for (const listener of this.#listeners) listener(event)
  }
}
