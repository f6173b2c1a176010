import { describe, expect, it, vi } from 'vitest'
import { LANGUAGE_STORAGE_KEY } from './language.ts'

describe('initI18n', () => {
  it('restores a remembered language and applies it to <html> before the first render', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en')
    vi.resetModules()
    const { currentLanguage } = await import('./init-i18n.ts')
    const { initI18n } = await import('./init-i18n-both.ts')

    const i18n = initI18n({ fa: { hello: 'سلام' }, en: { hello: 'Hello' } })

    expect(i18n.language).toBe('en')
    expect(currentLanguage()).toBe('en')
    expect(i18n.t('hello')).toBe('Hello')
    expect(document.documentElement.dir).toBe('ltr')
  })

  it('ignores a stored value that is not a supported language', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de')
    vi.resetModules()
    const { initI18n } = await import('./init-i18n-both.ts')

    expect(initI18n({ fa: {}, en: {} }).language).toBe('fa')
    expect(document.documentElement.lang).toBe('fa')
    expect(document.documentElement.dir).toBe('rtl')
  })

  it('lazily: a Persian reader gets no English bundle until they switch, then every English string', async () => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY)
    vi.resetModules()
    const { initI18nLazily } = await import('./init-i18n.ts')
    const apps = { fa: { hello: 'سلام' }, en: { hello: 'Hello' } }
    const loaded: string[] = []
    const i18n = await initI18nLazily(async (language) => {
      loaded.push(language)
      return apps[language]
    })
    expect(i18n.language).toBe('fa')
    expect(i18n.hasResourceBundle('en', 'ui')).toBe(false)
    expect(i18n.t('ui:errors.NOT_FOUND')).not.toBe('errors.NOT_FOUND')

    await i18n.changeLanguage('en')
    expect(loaded).toEqual(['fa', 'en'])
    expect(i18n.t('hello')).toBe('Hello')
    expect(i18n.t('ui:errors.NOT_FOUND')).toBe('We could not find what you were looking for.')
  })
})
