import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { openSecret, sealSecret } from './secret-box.ts'

const key = randomBytes(32)

describe('secret box', () => {
  it('round-trips and never shows the plaintext', () => {
    const sealed = sealSecret(key, 'JBSWY3DPEHPK3PXP', 'totp:u1')
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP')
    expect(openSecret(key, sealed, 'totp:u1')).toBe('JBSWY3DPEHPK3PXP')
  })

  it('refuses another key, another context or a tampered value', () => {
    const sealed = sealSecret(key, 'secret', 'totp:u1')
    expect(openSecret(randomBytes(32), sealed, 'totp:u1')).toBeNull()
    expect(openSecret(key, sealed, 'totp:u2')).toBeNull()
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`
    expect(openSecret(key, tampered, 'totp:u1')).toBeNull()
    expect(openSecret(key, 'garbage', 'totp:u1')).toBeNull()
  })
})
