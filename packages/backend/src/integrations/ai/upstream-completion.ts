import type { ClientRequest, IncomingMessage } from 'node:http'
import { ChatCompletionParser } from './chat-completion-stream.ts'
import { CompanionUnavailableError, type CompanionUnavailableReason } from './companion-provider.ts'

export interface Deadlines {
  /** How long to wait for the response headers. */
  firstByteMs: number
  /** How long the consumer may wait for the next chunk once the stream has started. */
  idleMs: number
}

// Deltas waiting for a consumer beyond this pause the socket until it catches up.
const HIGH_WATER_DELTAS = 256

/**
 * The answer to one chat-completions POST, read as it arrives: the body's strings go through
 * the parser as they come, and `next` hands the deltas over in batches. Everything that keeps
 * the answer from arriving whole ends in a CompanionUnavailableError from `next`: `timeout`
 * past either deadline, `network` before the headers, `rate_limited`, `upstream_error` or
 * `refused` by status, `malformed`, or `interrupted` when the body is cut. The idle deadline
 * counts only time the consumer spends waiting, as a pull from the socket would, and is kept by
 * one timer checked against the last activity rather than a timer per chunk.
 */
export class UpstreamCompletion {
  readonly #request: ClientRequest
  readonly #deadlines: Deadlines
  readonly #parser = new ChatCompletionParser()
  #response: IncomingMessage | undefined
  #deltas: string[] = []
  #failure: CompanionUnavailableError | undefined
  #finished = false
  #waiter: (() => void) | undefined
  #waitingSince = 0
  #lastDataAt = 0
  #timer: NodeJS.Timeout

  constructor(request: ClientRequest, deadlines: Deadlines) {
    this.#request = request
    this.#deadlines = deadlines
    this.#timer = setTimeout(() => this.#noHeaders(), deadlines.firstByteMs)
    request.once('response', (response) => this.#onResponse(response))
    request.on('error', (error) => {
      if (this.#response) this.#fail(cut(error))
      else this.#fail(failed('network', error, 'response headers'))
    })
  }

  /** The next deltas, in order; null once the answer is done (or closed). */
  async next(): Promise<string[] | null> {
    for (;;) {
      if (this.#deltas.length > 0) {
        const deltas = this.#deltas
        this.#deltas = []
        if (this.#response?.isPaused()) this.#response.resume()
        return deltas
      }
      if (this.#failure) throw this.#failure
      if (this.#finished) return null
      this.#waitingSince = Date.now()
      await new Promise<void>((resolve) => {
        this.#waiter = resolve
      })
    }
  }

  /** Closes the connection unless the answer came whole (then it goes back to the pool). */
  close(): void {
    clearTimeout(this.#timer)
    if (!this.#response?.complete) this.#request.destroy()
    this.#finished = true
    this.#wake()
  }

  #onResponse(response: IncomingMessage): void {
    clearTimeout(this.#timer)
    if (this.#finished) {
      response.destroy()
      return
    }
    const refusal = refusalOf(response)
    if (refusal) {
      this.#fail(refusal)
      return
    }
    this.#response = response
    this.#lastDataAt = Date.now()
    this.#timer = setTimeout(() => this.#checkIdle(), this.#deadlines.idleMs)
    response.setEncoding('utf8')
    response.on('data', (text: string) => this.#onData(text))
    response.once('end', () => this.#onEnd())
    response.on('error', (error) => this.#fail(cut(error)))
    response.once('close', () => {
      if (!response.complete) this.#fail(cut(undefined))
    })
  }

  #onData(text: string): void {
    if (this.#finished) return
    this.#lastDataAt = Date.now()
    const deltas = this.#parser.feed(text)
    if (deltas.length > 0) {
      if (this.#deltas.length === 0) this.#deltas = deltas
      else this.#deltas.push(...deltas)
    }
    // The deltas before a bad event are still handed over, then the failure.
    if (this.#parser.failure) this.#fail(this.#parser.failure)
    else if (this.#parser.done) this.#finish()
    else if (this.#deltas.length > HIGH_WATER_DELTAS) this.#response?.pause()
    if (this.#deltas.length > 0) this.#wake()
  }

  #onEnd(): void {
    if (this.#finished) return
    try {
      this.#parser.end()
      this.#finish()
    } catch (error) {
      this.#fail(error as CompanionUnavailableError)
    }
  }

  #noHeaders(): void {
    const ms = this.#deadlines.firstByteMs
    this.#fail(timeout(`No response headers from the companion provider within ${ms} ms`))
  }

  /** Fires at most once per idle period; a stream that had data or nobody waiting lives on. */
  #checkIdle(): void {
    if (this.#finished) return
    const ms = this.#deadlines.idleMs
    const waiting = this.#waiter !== undefined
    const since = Math.max(this.#lastDataAt, waiting ? this.#waitingSince : Date.now())
    const left = since + ms - Date.now()
    if (waiting && left <= 0) {
      this.#fail(timeout(`No chunk from the companion provider within ${ms} ms`))
      return
    }
    this.#timer = setTimeout(() => this.#checkIdle(), Math.max(1, left))
  }

  #finish(): void {
    clearTimeout(this.#timer)
    this.#finished = true
    this.#wake()
  }

  #fail(failure: CompanionUnavailableError): void {
    if (this.#finished || this.#failure) return
    clearTimeout(this.#timer)
    this.#failure = failure
    this.#request.destroy()
    this.#wake()
  }

  #wake(): void {
    const waiter = this.#waiter
    this.#waiter = undefined
    waiter?.()
  }
}

/** A response that is not a stream of chunks, as the error it stands for; null when it is one. */
function refusalOf(response: IncomingMessage): CompanionUnavailableError | null {
  const status = response.statusCode ?? 0
  if (status < 200 || status > 299) {
    const message = `The companion provider answered HTTP ${status}`
    if (status === 429) {
      const retryAfterSeconds = retryAfterSecondsOf(response.headers['retry-after'])
      return new CompanionUnavailableError('rate_limited', message, { retryAfterSeconds })
    }
    return new CompanionUnavailableError(status >= 500 ? 'upstream_error' : 'refused', message)
  }
  const contentType = response.headers['content-type'] ?? ''
  if (contentType.includes('text/event-stream')) return null
  return new CompanionUnavailableError(
    'malformed',
    `The companion provider answered ${contentType || 'no content type'}, not an event stream`,
  )
}

/** Retry-After is either a number of seconds or an HTTP date (RFC 9110, 10.2.3). */
function retryAfterSecondsOf(header: string | undefined): number | undefined {
  const value = header?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value)
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000))
}

const timeout = (message: string) => new CompanionUnavailableError('timeout', message)

const cut = (error: unknown) => failed('interrupted', error, 'the next chunk')

/** A failure's description, never with the key: node's errors name hosts and codes only. */
function failed(
  reason: CompanionUnavailableReason,
  error: unknown,
  waitingFor: string,
): CompanionUnavailableError {
  const what = `The companion provider failed while waiting for ${waitingFor}`
  const detail = error instanceof Error ? `: ${error.message}` : ''
  return new CompanionUnavailableError(reason, `${what}${detail}`, { cause: error })
}
