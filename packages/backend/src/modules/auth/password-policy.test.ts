import { dictionary } from '@zxcvbn-ts/language-common'
import { describe, expect, it } from 'vitest'
import { checkPasswordPolicy } from './password-policy.ts'

const ranked = dictionary['passwords-common']
const top = new Set(ranked.slice(0, 10_000).map((p) => p.toLowerCase()))

describe('checkPasswordPolicy', () => {
  it('accepts an uncommon password of sensible length', () => {
    expect(checkPasswordPolicy('گل‌های-بهاری-تهران')).toEqual({ ok: true })
    expect(checkPasswordPolicy('tangerine-orbit-41')).toEqual({ ok: true })
  })

  it('refuses fewer than 8 characters, counting characters rather than UTF-16 units', () => {
    expect(checkPasswordPolicy('x7#kq2m')).toEqual({ ok: false, code: 'PASSWORD_TOO_SHORT' })
    expect(checkPasswordPolicy('😀😀😀😀')).toEqual({ ok: false, code: 'PASSWORD_TOO_SHORT' })
    expect(checkPasswordPolicy('x7#kq2mz')).toEqual({ ok: true })
  })

  it('refuses more than 128 characters', () => {
    expect(checkPasswordPolicy('a9'.repeat(64))).toEqual({ ok: true })
    expect(checkPasswordPolicy(`${'a9'.repeat(64)}z`)).toEqual({
      ok: false,
      code: 'PASSWORD_TOO_LONG',
    })
  })

  it('refuses common passwords whatever their case', () => {
    for (const password of ['password', 'PassWord', '12345678', 'QWERTYUIOP', 'ｐａｓｓｗｏｒｄ']) {
      expect(checkPasswordPolicy(password)).toEqual({ ok: false, code: 'PASSWORD_TOO_COMMON' })
    }
  })

  it('refuses the 10,000th most common password but not ones ranked below', () => {
    const last = ranked.slice(0, 10_000).findLast((p) => p.length >= 8) as string
    expect(checkPasswordPolicy(last)).toEqual({ ok: false, code: 'PASSWORD_TOO_COMMON' })
    const beyond = ranked.slice(10_000).find((p) => p.length >= 8 && !top.has(p.toLowerCase()))
    expect(beyond).toBeDefined()
    expect(checkPasswordPolicy(beyond as string)).toEqual({ ok: true })
  })
})
