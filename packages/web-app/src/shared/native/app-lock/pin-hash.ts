/**
 * A PIN is kept only as a salted PBKDF2-SHA-256 hash (WebCrypto), inside secure storage. Four to
 * eight digits are few enough to try them all offline whatever the hash costs; what protects
 * them is the Keystore around the storage and the attempt limits (lock-policy.ts). The cost
 * still keeps each guess at a noticeable fraction of a second on a phone.
 */
export interface PinHash {
  salt: string
  hash: string
  iterations: number
}

const ITERATIONS = 200_000

export const PIN_PATTERN = /^\d{4,8}$/

export async function hashPin(pin: string, salt = randomSalt()): Promise<PinHash> {
  return { salt, hash: await derive(pin, salt, ITERATIONS), iterations: ITERATIONS }
}

export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const candidate = await derive(pin, stored.salt, stored.iterations)
  // Same length always (SHA-256); compare every character so timing says nothing.
  let difference = candidate.length ^ stored.hash.length
  for (let i = 0; i < candidate.length; i++) {
    difference |= candidate.charCodeAt(i) ^ stored.hash.charCodeAt(i)
  }
  return difference === 0
}

function randomSalt(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(16)))
}

async function derive(pin: string, salt: string, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    key,
    256,
  )
  return toBase64(new Uint8Array(bits))
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0))
