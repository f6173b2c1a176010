import { type Algorithm, hash, verify } from '@node-rs/argon2'

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

// The same password typed on different keyboards can arrive as different code points
// (ligatures, full-width forms); NFKC makes them hash alike, as NIST SP 800-63B advises.
function normalized(password: string): string {
  return password.normalize('NFKC')
}

/** PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`); hashing runs on libuv's thread pool. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalized(password), PASSWORD_HASH_OPTIONS)
}

/** False for a wrong password and for a stored value that is not an argon2 hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, normalized(password))
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
