import type { Db } from '../db/database.ts'

/**
 * A point where a lower module lets higher ones act inside its transaction, so the call goes up
 * without an import going up (appointments runs it; payments and messaging register on it).
 * Modules register in their plugin. A Set, so registering the same function again (every app
 * built in one process registers the same functions) changes nothing.
 */
export interface TransactionHook<Event> {
  register(handler: (tx: Db, event: Event) => Promise<unknown>): void
  run(tx: Db, event: Event): Promise<void>
}

export function createTransactionHook<Event>(): TransactionHook<Event> {
  const handlers = new Set<(tx: Db, event: Event) => Promise<unknown>>()
  return {
    register: (handler) => {
      handlers.add(handler)
    },
    run: async (tx, event) => {
      for (const handler of handlers) await handler(tx, event)
    },
  }
}
