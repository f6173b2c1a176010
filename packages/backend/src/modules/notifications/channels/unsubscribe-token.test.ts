import { describe, expect, it } from 'vitest'
import { readUnsubscribeToken, unsubscribeTokenFor } from './unsubscribe-token.ts'

const SECRET = 'unsubscribe-test-secret-0123456789abcdef'
const grant = { userId: '7f9c2b1e-52a4-4c3e-8f0d-2a6b1e4c9d10', category: 'announcement' as const }

describe('unsubscribe tokens', () => {
  it('carry the person and the category back out', () => {
    const token = unsubscribeTokenFor(SECRET, grant)
    expect(token).toMatch(/^[\w-]+\.[\w-]{43}$/)
    expect(readUnsubscribeToken(SECRET, token)).toEqual(grant)
  })

  it('are refused under another secret', () => {
    const token = unsubscribeTokenFor(SECRET, grant)
    expect(readUnsubscribeToken(`${SECRET}-rotated`, token)).toBeNull()
  })

  it('are refused with a changed category, even one that is unsubscribable', () => {
    const token = unsubscribeTokenFor(SECRET, grant)
    const [, mac] = token.split('.')
    const body = Buffer.from(`${grant.userId}:message_digest`).toString('base64url')
    expect(readUnsubscribeToken(SECRET, `${body}.${mac}`)).toBeNull()
  })

  it('are never valid for an essential category', () => {
    const token = unsubscribeTokenFor(SECRET, { ...grant, category: 'appointment_reminder' })
    expect(readUnsubscribeToken(SECRET, token)).toBeNull()
  })

  it.each(['', '.', 'abc', 'a.b.c', `${'x'.repeat(10)}.${'y'.repeat(43)}`])(
    'refuse the malformed token %j',
    (token) => {
      expect(readUnsubscribeToken(SECRET, token)).toBeNull()
    },
  )
})
