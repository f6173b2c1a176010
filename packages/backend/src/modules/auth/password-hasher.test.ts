import { parseOptions } from '@node-rs/argon2'
import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword, verifyPasswordForUnknownUser } from './password-hasher.ts'

describe('hashPassword', () => {
  it('produces an argon2id hash with m=19456 KiB, t=2, p=1', async () => {
    const stored = await hashPassword('correct horse battery')
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(parseOptions(stored)).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 })
  })

  it('salts every hash', async () => {
    const [first, second] = await Promise.all([hashPassword('same'), hashPassword('same')])
    expect(first).not.toBe(second)
  })
})

describe('verifyPassword', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('رمز عبور امن ۱۲۳')
    expect(await verifyPassword(stored, 'رمز عبور امن ۱۲۳')).toBe(true)
    expect(await verifyPassword(stored, 'رمز عبور امن ۱۲۴')).toBe(false)
  })

  it('treats compatibility forms of the same characters as the same password', async () => {
    const stored = await hashPassword('ﬁrefly-ＡＢＣ-2026')
    expect(await verifyPassword(stored, 'firefly-ABC-2026')).toBe(true)
  })

  it('answers false rather than throwing for a stored value that is not a hash', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false)
    expect(await verifyPassword('', 'whatever')).toBe(false)
  })
})

describe('verifyPasswordForUnknownUser', () => {
  it('always answers false, even for the password behind its internal hash', async () => {
    expect(await verifyPasswordForUnknownUser('anything')).toBe(false)
    expect(await verifyPasswordForUnknownUser('yektayar-timing-equaliser')).toBe(false)
  })
})
