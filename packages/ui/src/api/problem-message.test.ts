import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { ApiError } from './api-error.ts'
import { problemMessage } from './problem-message.ts'

initI18n({ fa: {}, en: {} })

const problem = (code: string, extra: object = {}) =>
  new ApiError({ type: 'about:blank', title: code, status: 400, code, ...extra })

afterEach(() => i18n.changeLanguage('fa'))

describe('problemMessage', () => {
  it('translates a known code into the current language', async () => {
    expect(problemMessage(problem('RATE_LIMITED'), i18n)).toContain('کمی صبر کنید')
    await i18n.changeLanguage('en')
    expect(problemMessage(problem('RATE_LIMITED'), i18n)).toBe(
      'Too many attempts. Wait a little and try again.',
    )
  })

  it('prefers a field code over VALIDATION_FAILED', () => {
    const error = problem('VALIDATION_FAILED', {
      errors: [{ path: 'body.identifier', message: 'IDENTIFIER_INVALID' }],
    })
    expect(problemMessage(error, i18n)).toBe('شماره موبایل یا ایمیل معتبر نیست.')
  })

  it("falls back to the server's detail for a code it does not know", () => {
    // A code newer than this client: every code of the shared union has a translation.
    const error = problem('CODE_FROM_A_NEWER_SERVER', { detail: 'این زمان دیگر آزاد نیست.' })
    expect(problemMessage(error, i18n)).toBe('این زمان دیگر آزاد نیست.')
  })

  it('says something generic for errors that are not API problems', () => {
    expect(problemMessage(new Error('boom'), i18n)).toBe('مشکلی پیش آمد. لطفاً دوباره تلاش کنید.')
  })
})
