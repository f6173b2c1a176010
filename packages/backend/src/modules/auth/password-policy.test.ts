import { dictionary } from '@zxcvbn-ts/language-common'
import { describe, expect, it } from 'vitest'
import { checkPasswordPolicy } from './password-policy.ts'

const ranked = dictionary['passwords-common']

describe('checkPasswordPolicy', () => {
  it('accepts an uncommon password of sensible length', () => {
    expect(checkPasswordPolicy('گل‌های-بهاری-تهران')).toEqual({ ok: true })
    expect(checkPasswordPolicy('tangerine-orbit-41')).toEqual({ ok: true })
  })

  it('refuses fewer than 12 characters (ASVS V2.1.1), counting characters rather than UTF-16 units', () => {
    expect(checkPasswordPolicy('x7#kq2mzLp0')).toEqual({ ok: false, code: 'PASSWORD_TOO_SHORT' })
    expect(checkPasswordPolicy('😀😀😀😀😀😀')).toEqual({ ok: false, code: 'PASSWORD_TOO_SHORT' })
    expect(checkPasswordPolicy('aaaaaaaa')).toEqual({ ok: false, code: 'PASSWORD_TOO_SHORT' })
    expect(checkPasswordPolicy('x7#kq2mzLp0q')).toEqual({ ok: true })
    expect(checkPasswordPolicy('مریم۱۳۶۵مریم')).toEqual({ ok: true })
  })

  it('refuses more than 128 characters', () => {
    const long = 'x7#kq2mzLp0q-Vb4'.repeat(8)
    expect(checkPasswordPolicy(long)).toEqual({ ok: true })
    expect(checkPasswordPolicy(`${long}z`)).toEqual({ ok: false, code: 'PASSWORD_TOO_LONG' })
  })

  it('refuses easily guessed ones: repetitions, sequences, keyboard walks', () => {
    for (const password of [
      'aaaaaaaaaaaa',
      'a9a9a9a9a9a9a9a9a9a9',
      'qwertyuiop12',
      '123456789012',
    ]) {
      expect(checkPasswordPolicy(password)).toMatchObject({ ok: false })
    }
    expect(checkPasswordPolicy('aaaaaaaaaaaaaaaaaaaaaaaa')).toEqual({
      ok: false,
      code: 'PASSWORD_TOO_WEAK',
    })
  })

  it('refuses common passwords whatever their case', () => {
    for (const password of [
      'password1234',
      'PassWord1234',
      '123456789012',
      'ｐａｓｓｗｏｒｄ１２３４',
    ]) {
      expect(checkPasswordPolicy(password)).toEqual({ ok: false, code: 'PASSWORD_TOO_COMMON' })
    }
  })

  it('refuses every password of the shipped common and breached list, the least common too', () => {
    const last = ranked.findLast((p) => p.length >= 12) as string
    expect(checkPasswordPolicy(last)).toEqual({ ok: false, code: 'PASSWORD_TOO_COMMON' })
  })
})
