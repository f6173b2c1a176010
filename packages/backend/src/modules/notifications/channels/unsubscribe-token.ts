import { createHmac, timingSafeEqual } from 'node:crypto'
import { type NotificationCategory, UNSUBSCRIBABLE_CATEGORIES } from '@yektayar/shared'

export interface UnsubscribeGrant {
  userId: string
  category: NotificationCategory
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function macOf(secret: string, { userId, category }: UnsubscribeGrant): Buffer {
  // The prefix keeps these MACs apart from anything else the same secret might ever sign.
  return createHmac('sha256', secret).update(`unsubscribe:email:v1:${userId}:${category}`).digest()
}

/**
 * `<base64url(userId:category)>.<base64url(HMAC-SHA256)>`: the link itself proves who may
 * switch that category's email off, so it works without signing in, from any mail client.
 * It does not expire: an old newsletter's link still has to work (RFC 8058).
 */
export function unsubscribeTokenFor(secret: string, grant: UnsubscribeGrant): string {
  const body = Buffer.from(`${grant.userId}:${grant.category}`).toString('base64url')
  return `${body}.${macOf(secret, grant).toString('base64url')}`
}

/** The grant a token carries, or null for anything malformed, forged or not unsubscribable. */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeGrant | null {
  const [body, mac, extra] = token.split('.')
  if (!body || !mac || extra !== undefined) return null
  const [userId, category, rest] = Buffer.from(body, 'base64url').toString('utf8').split(':')
  if (!userId || !UUID.test(userId) || rest !== undefined) return null
  if (!UNSUBSCRIBABLE_CATEGORIES.includes(category as NotificationCategory)) return null
  const grant = { userId, category: category as NotificationCategory }
  const expected = macOf(secret, grant)
  const given = Buffer.from(mac, 'base64url')
  return given.length === expected.length && timingSafeEqual(given, expected) ? grant : null
}
