import { randomBytes } from 'node:crypto'

/**
 * Request ids: a random prefix drawn once per process and a counter. Ids stay unique across
 * instances and restarts (48 random bits per boot) and cost a string concatenation per request,
 * where a random UUID costs a call into the CSPRNG's buffer every time. They name log lines and
 * error reports, so they need to be unique, not unguessable.
 */
export function createRequestIdGenerator(): () => string {
  const prefix = randomBytes(6).toString('hex')
  let counter = 0
  return () => {
    counter += 1
    return `${prefix}-${counter.toString(36)}`
  }
}
