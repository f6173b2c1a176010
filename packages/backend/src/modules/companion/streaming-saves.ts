import type { FastifyBaseLogger } from 'fastify'
import type { Db } from '../../db/database.ts'
import { errorShape } from './companion-deps.ts'
import { saveStreamingContents } from './message.repository.ts'

// What has streamed is saved this often, so a reply read mid-way (or after a crash) has it.
const SAVE_EVERY_MS = 1000
// Rows per statement: two parameters each, far below PostgreSQL's 65,535.
const ROWS_PER_SAVE = 1000

/**
 * The mid-stream saves of every reply streaming on this instance, gathered: `touch` notes a
 * reply's content so far, and once a second whatever was noted is written in one statement
 * (message.repository.ts), one save at a time. A reply's own timer and UPDATE per second cost
 * 200 commits a second at 200 streams, which slowed every other query (the sends' included).
 */
export class StreamingSaves {
  #pending = new Map<string, string>()
  #timer: NodeJS.Timeout | undefined
  #chain: Promise<void> = Promise.resolve()
  readonly #db: Db
  readonly #log: FastifyBaseLogger

  constructor(db: Db, log: FastifyBaseLogger) {
    this.#db = db
    this.#log = log
  }

  /** The reply's content so far, saved within a second (a later touch replaces it). */
  touch(replyId: string, content: string): void {
    this.#pending.set(replyId, content)
    this.#timer ??= setTimeout(() => this.#flush(), SAVE_EVERY_MS)
  }

  /**
   * The reply ended and is about to be stored whole: nothing of it is left to save, and this
   * settles once any save already under way is done, so none lands after the final write.
   */
  forget(replyId: string): Promise<void> {
    this.#pending.delete(replyId)
    return this.#chain
  }

  /** At shutdown: nothing more is scheduled. */
  stop(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    this.#pending.clear()
  }

  #flush(): void {
    this.#timer = undefined
    const batch = this.#pending
    this.#pending = new Map()
    this.#chain = this.#chain.then(() => this.#save(batch))
  }

  async #save(batch: Map<string, string>): Promise<void> {
    const entries = [...batch]
    for (let from = 0; from < entries.length; from += ROWS_PER_SAVE) {
      const part = new Map(entries.slice(from, from + ROWS_PER_SAVE))
      await saveStreamingContents(this.#db, part).catch((error: unknown) => {
        this.#log.warn(errorShape(error), 'companion replies could not be saved mid-stream')
      })
    }
  }
}
