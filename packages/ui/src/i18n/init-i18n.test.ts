import { describe, expect, it, vi } from 'vitest'
import { LANGUAGE_STORAGE_KEY } from './language.ts'

describe('initI18n', () => {
  it('restores a remembered language and applies it to <html> before the first render', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en')
    vi.resetModules()
    const { initI18n, currentLanguage } = await import('./init-i18n.ts')

    const i18n = initI18n({ fa: { hello: 'سلام' }, en: { hello: 'Hello' } })

    expect(i18n.language).toBe('en')
    expect(currentLanguage()).toBe('en')
    expect(i18n.t('hello')).toBe('Hello')
    expect(document.documentElement.dir).toBe('ltr')
  })

  it('ignores a stored value that is not a supported language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de')
    vi.resetModules()
    const { initI18n } = await import('./init-i18n.ts')

    expect(initI18n({ fa: {}, en: {} }).language).toBe('fa')
    expect(document.documentElement.lang).toBe('fa')
    expect(document.documentElement.dir).toBe('rtl')
  })
})
