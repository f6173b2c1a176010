import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error.ts'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { applyServerFieldErrors, fieldErrorText } from './server-field-errors.ts'

initI18n({ fa: {}, en: {} })

const invalid = (errors: { path: string; message: string }[]) =>
  new ApiError({
    type: 'about:blank',
    title: 'VALIDATION_FAILED',
    status: 400,
    code: 'VALIDATION_FAILED',
    errors,
  })

const FIELDS = { 'body.profile.firstName': 'firstName', 'body.identifier': 'identifier' } as const

describe('applyServerFieldErrors', () => {
  it('puts each error on the field its path names, in the reader language', () => {
    const setError = vi.fn()
    const error = invalid([
      { path: 'body.profile.firstName', message: 'Too big: expected string to have <=100' },
      { path: 'body.identifier', message: 'IDENTIFIER_INVALID' },
    ])
    expect(applyServerFieldErrors(error, FIELDS, setError, i18n)).toBe(true)
    expect(setError.mock.calls).toEqual([
      ['firstName', { type: 'server', message: i18n.t('errors.VALIDATION_FAILED', { ns: 'ui' }) }],
      ['identifier', { type: 'server', message: 'شماره موبایل یا ایمیل معتبر نیست.' }],
    ])
  })

  it('leaves paths the form does not show, and other failures, to the caller', () => {
    const setError = vi.fn()
    const elsewhere = invalid([{ path: 'body.preferences.language', message: 'invalid' }])
    expect(applyServerFieldErrors(elsewhere, FIELDS, setError, i18n)).toBe(false)
    expect(applyServerFieldErrors(new Error('offline'), FIELDS, setError, i18n)).toBe(false)
    expect(setError).not.toHaveBeenCalled()
  })
})

describe('fieldErrorText', () => {
  it('shows server sentences as they are and translates schema message keys', () => {
    const t = (key: string) => `«${key}»`
    expect(fieldErrorText({ type: 'server', message: 'Taken.' }, t)).toBe('Taken.')
    expect(fieldErrorText({ type: 'too_small', message: 'a.required' }, t)).toBe('«a.required»')
    expect(fieldErrorText(undefined, t)).toBeNull()
  })
})
