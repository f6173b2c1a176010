import { Secret, TOTP, URI } from 'otpauth'
import { describe, expect, it } from 'vitest'
import {
  createTotpSecret,
  findRecoveryCodeIndex,
  generateRecoveryCodes,
  hashRecoveryCode,
  safeEqualHex,
  verifyTotp,
} from './totp.ts'

const NOW = Date.UTC(2026, 10, 24, 10, 0, 15)
const STEP = 30_000

function codeAt(secret: string, timestamp: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp })
}

describe('createTotpSecret', () => {
  it('creates a 160-bit base32 secret and a standard otpauth URI', () => {
    const { secret, uri } = createTotpSecret('sara@example.com')
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    const parsed = URI.parse(uri)
    expect(parsed).toBeInstanceOf(TOTP)
    expect(parsed).toMatchObject({
      issuer: 'YektaYar',
      label: 'sara@example.com',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    })
    expect(parsed.secret.base32).toBe(secret)
  })

  it('creates a different secret every time', () => {
    expect(createTotpSecret('a').secret).not.toBe(createTotpSecret('a').secret)
  })
})

describe('verifyTotp', () => {
  const { secret } = createTotpSecret('staff')

  it('accepts the current code and returns its time-step counter', () => {
    expect(verifyTotp(secret, codeAt(secret, NOW), { timestamp: NOW })).toBe(Math.floor(NOW / STEP))
  })

  it('accepts one step of drift either way by default, but not two', () => {
    const counter = Math.floor(NOW / STEP)
    expect(verifyTotp(secret, codeAt(secret, NOW - STEP), { timestamp: NOW })).toBe(counter - 1)
    expect(verifyTotp(secret, codeAt(secret, NOW + STEP), { timestamp: NOW })).toBe(counter + 1)
    expect(verifyTotp(secret, codeAt(secret, NOW - 2 * STEP), { timestamp: NOW })).toBeNull()
  })

  it('honours a narrower window', () => {
    const previous = codeAt(secret, NOW - STEP)
    expect(verifyTotp(secret, previous, { timestamp: NOW, window: 0 })).toBeNull()
  })

  it('refuses a replayed code once its counter has been used', () => {
    const code = codeAt(secret, NOW)
    const counter = verifyTotp(secret, code, { timestamp: NOW })
    expect(counter).not.toBeNull()
    expect(verifyTotp(secret, code, { timestamp: NOW, lastUsedCounter: counter })).toBeNull()
    const older = codeAt(secret, NOW - STEP)
    expect(verifyTotp(secret, older, { timestamp: NOW, lastUsedCounter: counter })).toBeNull()
    const next = codeAt(secret, NOW + STEP)
    expect(verifyTotp(secret, next, { timestamp: NOW + STEP, lastUsedCounter: counter })).toBe(
      (counter as number) + 1,
    )
  })

  it('accepts Persian digits and spaces as typed on a phone', () => {
    const code = codeAt(secret, NOW)
    const typed = `${code.slice(0, 3)} ${code.slice(3)}`.replace(/\d/g, (d) =>
      String.fromCharCode(0x06f0 + Number(d)),
    )
    expect(verifyTotp(secret, typed, { timestamp: NOW })).not.toBeNull()
  })

  it('refuses wrong, malformed and foreign codes and unusable secrets', () => {
    const code = codeAt(secret, NOW)
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    expect(verifyTotp(secret, wrong, { timestamp: NOW })).toBeNull()
    expect(verifyTotp(secret, `${code}0`, { timestamp: NOW })).toBeNull()
    expect(verifyTotp(secret, 'abcdef', { timestamp: NOW })).toBeNull()
    expect(verifyTotp(createTotpSecret('other').secret, code, { timestamp: NOW })).toBeNull()
    expect(verifyTotp('not base32!', code, { timestamp: NOW })).toBeNull()
    expect(verifyTotp('', code, { timestamp: NOW })).toBeNull()
  })
})

describe('recovery codes', () => {
  const FORMAT = /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/

  it('generates ten distinct readable codes by default, or as many as asked', () => {
    const codes = generateRecoveryCodes()
    expect(codes).toHaveLength(10)
    for (const code of codes) expect(code).toMatch(FORMAT)
    expect(new Set(codes).size).toBe(10)
    expect(generateRecoveryCodes(3)).toHaveLength(3)
  })

  it('hashes with SHA-256 and ignores case, spacing and look-alike letters', () => {
    const hash = hashRecoveryCode('ab1c0-defgh')
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashRecoveryCode(' AB1C0 DEFGH ')).toBe(hash)
    expect(hashRecoveryCode('abicodefgh')).toBe(hash)
    expect(hashRecoveryCode('ablc0-defgh')).toBe(hash)
    expect(hashRecoveryCode('ab۱c۰-defgh')).toBe(hash)
    expect(hashRecoveryCode('ab1c0-defgj')).not.toBe(hash)
  })

  it('finds which stored code was used, and -1 for an unknown one', () => {
    const codes = generateRecoveryCodes(4)
    const hashes = codes.map(hashRecoveryCode)
    expect(findRecoveryCodeIndex(codes[2] as string, hashes)).toBe(2)
    expect(findRecoveryCodeIndex((codes[0] as string).toUpperCase(), hashes)).toBe(0)
    expect(findRecoveryCodeIndex('zzzzz-zzzzz', hashes)).toBe(-1)
    expect(findRecoveryCodeIndex(codes[0] as string, [])).toBe(-1)
  })
})

describe('safeEqualHex', () => {
  it('compares digests and refuses different lengths or empty input', () => {
    const digest = hashRecoveryCode('abcde-fghjk')
    expect(safeEqualHex(digest, digest)).toBe(true)
    expect(safeEqualHex(digest, hashRecoveryCode('abcde-fghjm'))).toBe(false)
    expect(safeEqualHex(digest, digest.slice(0, 62))).toBe(false)
    expect(safeEqualHex('', '')).toBe(false)
  })
})
