import { availableParallelism } from 'node:os'
import { type Algorithm, hash, verify } from '@node-rs/argon2'
import { concurrencyLimit } from '../../lib/concurrency-limit.ts'

// Algorithm.Argon2id; the package declares its enum as an ambient const enum, which
// `isolatedModules` cannot inline, so the value is spelled out here.
const ARGON2ID = 2 as Algorithm

/** OWASP's argon2id baseline: 19 MiB, two passes, one lane. */
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const

/**
 * Hashing runs on libuv's thread pool (4 threads), off the event loop; but four 19 MiB argon2
 * computations at once occupy every core of a small server, and the event loop then waits for
 * CPU instead. At most cores − 1 run together, so one core stays with the event loop; the rest
 * queue here (logins wait a little, every other request keeps flowing).
 */
const hashingSlot = concurrencyLimit(Math.max(1, availableParallelism() - 1))

// The same password typed on different keyboards can arrive as different code points
// (ligatures, full-width forms); NFKC makes them hash alike, as NIST SP 800-63B advises.
function normalized(password: string): string {
  return password.normalize('NFKC')
}

/** PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`); hashing runs on libuv's thread pool. */
export function hashPassword(password: string): Promise<string> {
  return hashingSlot(() => hash(normalized(password), PASSWORD_HASH_OPTIONS))
}

/** False for a wrong password and for a stored value that is not an argon2 hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await hashingSlot(() => verify(storedHash, normalized(password)))
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | undefined

/**
 * Spends the same time as a real check when the account does not exist or has no password,
 * so response times do not reveal which identifiers are registered. Always false.
 */
export async function verifyPasswordForUnknownUser(password: string): Promise<false> {
  dummyHash ??= hashPassword('yektayar-timing-equaliser')
  await verifyPassword(await dummyHash, password)
  return false
}
