import { createHmac, timingSafeEqual } from 'node:crypto'

/** Who may download what through a link, until when, made in which session. */
export interface SessionLinkGrant {
  /** What the link opens, named by its route: `file:<id>`, `calendar:<appointmentId>`. */
  resource: string
  userId: string
  /** Ending the session (sign-out, a revoked device) ends its links at once. */
  sessionId: string
  /** Epoch seconds. */
  expiresAt: number
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const SECONDS = /^[1-9][0-9]{0,11}$/

function macOf(secret: string, grant: SessionLinkGrant): Buffer {
  const { resource, userId, sessionId, expiresAt } = grant
  // The prefix keeps these MACs apart from anything else AUTH_SECRET keys (CSRF, OTP hashes).
  const message = `session-link:v1:${resource}:${userId}:${sessionId}:${expiresAt}`
  return createHmac('sha256', secret).update(message).digest()
}

/**
 * `<userId>.<sessionId>.<expiresAt>.<base64url(HMAC-SHA256)>`, the `sig` of a signed link: like
 * an S3 presigned URL, the address itself is the proof, for a client whose session a browser
 * cannot send (a bearer token). The resource is signed but not carried: the path names it.
 */
export function sessionLinkSignature(secret: string, grant: SessionLinkGrant): string {
  const mac = macOf(secret, grant).toString('base64url')
  return `${grant.userId}.${grant.sessionId}.${grant.expiresAt}.${mac}`
}

/**
 * The grant a signature carries for this resource, or null for anything malformed, forged,
 * signed for another resource or person, or expired. Compared in constant time.
 */
export function readSessionLinkSignature(
  secret: string,
  resource: string,
  signature: string,
  now: Date,
): SessionLinkGrant | null {
  const [userId, sessionId, seconds, mac, extra] = signature.split('.')
  if (!userId || !sessionId || !seconds || !mac || extra !== undefined) return null
  if (!UUID.test(userId) || !UUID.test(sessionId) || !SECONDS.test(seconds)) return null
  const grant = { resource, userId, sessionId, expiresAt: Number(seconds) }
  if (grant.expiresAt * 1000 <= now.getTime()) return null
  const expected = macOf(secret, grant)
  const given = Buffer.from(mac, 'base64url')
  return given.length === expected.length && timingSafeEqual(given, expected) ? grant : null
}
