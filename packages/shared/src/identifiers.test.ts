import { describe, expect, it } from 'vitest'
import { emailSchema, identifierInputSchema, phoneSchema } from './identifier-schemas.ts'
import {
  maskIdentifier,
  normalizeEmail,
  normalizeIranianPhone,
  parseIdentifier,
  phoneSearchOf,
  toLatinDigits,
  toPersianDigits,
} from './identifiers.ts'

describe('toLatinDigits', () => {
  it('turns Persian and Arabic-Indic digits into Latin ones and leaves the rest alone', () => {
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789')
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789')
    expect(toLatinDigits('کد ۱۲ و abc 34')).toBe('کد 12 و abc 34')
  })
})

describe('toPersianDigits', () => {
  it('turns Latin and Arabic-Indic digits into Persian ones', () => {
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹')
    expect(toPersianDigits('٤٥٦')).toBe('۴۵۶')
    expect(toPersianDigits('ساعت 10:30')).toBe('ساعت ۱۰:۳۰')
  })
})

describe('normalizeIranianPhone', () => {
  it.each([
    '09121234567',
    '9121234567',
    '+989121234567',
    '989121234567',
    '00989121234567',
    '۰۹۱۲۱۲۳۴۵۶۷',
    '٠٩١٢١٢٣٤٥٦٧',
    '+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷',
    '0912-123-4567',
    '(0912) 123 4567',
    '+98 (0)912 123 4567',
    ' 0912\u00a0123\u20134567 ',
    '\u200f۰۹۱۲۱۲۳۴۵۶۷\u200f',
  ])('normalises %j to E.164', (input) => {
    expect(normalizeIranianPhone(input)).toBe('+989121234567')
  })

  it.each([
    '',
    '0912123456',
    '091212345678',
    '02112345678',
    '+9121234567',
    '+19121234567',
    '0989121234567',
    '0912x234567',
    '0912.123.4567',
    '++989121234567',
    `0912${' '.repeat(40)}1234567`,
  ])('refuses %j', (input) => {
    expect(normalizeIranianPhone(input)).toBeNull()
  })
})

describe('normalizeEmail', () => {
  it('trims and lower-cases valid addresses', () => {
    expect(normalizeEmail('  Ali.Rezaei+care@Example.COM ')).toBe('ali.rezaei+care@example.com')
  })

  it.each([
    'ali',
    'ali@',
    '@example.com',
    'ali@example',
    'ali @example.com',
    'ali@@example.com',
    `${'a'.repeat(250)}@example.com`,
  ])('refuses %j', (input) => {
    expect(normalizeEmail(input)).toBeNull()
  })
})

describe('parseIdentifier', () => {
  it('tells phones from emails and returns the stored form', () => {
    expect(parseIdentifier('۰۹۱۲ ۱۲۳ ۴۵۶۷')).toEqual({ type: 'phone', value: '+989121234567' })
    expect(parseIdentifier(' Sara@Example.com')).toEqual({
      type: 'email',
      value: 'sara@example.com',
    })
  })

  it('returns null for anything else', () => {
    expect(parseIdentifier('hello')).toBeNull()
    expect(parseIdentifier('0912@1234567')).toBeNull()
    expect(parseIdentifier('')).toBeNull()
  })
})

describe('maskIdentifier', () => {
  it('keeps only the operator prefix and last four digits of a phone', () => {
    expect(maskIdentifier('+989121234567')).toBe('+98912***4567')
    expect(maskIdentifier('09121234567')).toBe('+98912***4567')
  })

  it('keeps only the first letter of an email local part', () => {
    expect(maskIdentifier('ali.rezaei@example.com')).toBe('a***@example.com')
  })

  it('reveals nothing of values it does not recognise', () => {
    expect(maskIdentifier('secret-ish')).toBe('***')
  })
})

describe('identifierInputSchema', () => {
  it('transforms input into the parsed identifier', () => {
    expect(identifierInputSchema.parse('+98 912 123 4567')).toEqual({
      type: 'phone',
      value: '+989121234567',
    })
    expect(identifierInputSchema.parse('A@B.io')).toEqual({ type: 'email', value: 'a@b.io' })
  })

  it.each([['not an identifier'], [42], [null], ['x'.repeat(300)]])(
    'fails %j with IDENTIFIER_INVALID',
    (input) => {
      const result = identifierInputSchema.safeParse(input)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toBe('IDENTIFIER_INVALID')
    },
  )

  it('carries the code as an issue parameter for custom failures', () => {
    const issue = identifierInputSchema.safeParse('nope').error?.issues[0]
    expect(issue).toMatchObject({ code: 'custom', params: { code: 'IDENTIFIER_INVALID' } })
  })
})

describe('phoneSchema and emailSchema', () => {
  it('accept only their own kind', () => {
    expect(phoneSchema.parse('۰۹۱۲۱۲۳۴۵۶۷')).toBe('+989121234567')
    expect(phoneSchema.safeParse('a@b.io').error?.issues[0]?.message).toBe('IDENTIFIER_INVALID')
    expect(emailSchema.parse(' A@B.io ')).toBe('a@b.io')
    expect(emailSchema.safeParse('09121234567').error?.issues[0]?.message).toBe(
      'IDENTIFIER_INVALID',
    )
  })
})

describe('phoneSearchOf', () => {
  it('turns what is typed into the stored form of the whole number or of its start', () => {
    expect(phoneSearchOf('0912 123 4567')).toEqual({ kind: 'exact', value: '+989121234567' })
    expect(phoneSearchOf('۰۹۱۲۱۲۳')).toEqual({ kind: 'prefix', value: '+98912123' })
    expect(phoneSearchOf('+98 912')).toEqual({ kind: 'prefix', value: '+98912' })
    expect(phoneSearchOf('0098912')).toEqual({ kind: 'prefix', value: '+98912' })
    expect(phoneSearchOf('4567')).toEqual({ kind: 'part', value: '4567' })
    expect(phoneSearchOf('علی')).toBeNull()
    expect(phoneSearchOf('a@b.c')).toBeNull()
    expect(phoneSearchOf('9'.repeat(41))).toBeNull()
  })
})
