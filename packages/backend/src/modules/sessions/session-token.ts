import { hash, randomBytes } from 'node:crypto'

/** 256 random bits, URL-safe. Only its SHA-256 is ever stored. */
export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url')
}

/** One-shot crypto.hash: every authenticated request pays for this, and it is ~2× createHash. */
export function hashSessionToken(token: string): string {
  return hash('sha256', token, 'hex')
}

/** Cheap shape check so garbage never reaches the database. */
export function looksLikeSessionToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value)
}
