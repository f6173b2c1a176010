import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from './init-i18n.ts'
import { initI18n } from './init-i18n-both.ts'
import { LANGUAGE_STORAGE_KEY } from './language.ts'
import { LanguageSwitch } from './language-switch.tsx'

initI18n({ fa: {}, en: {} })

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('fa')
    localStorage.clear()
  })

  it('starts Persian and right-to-left', () => {
    expect(document.documentElement.lang).toBe('fa')
    expect(document.documentElement.dir).toBe('rtl')
  })

  it('switches to English, flips the document to ltr and remembers the choice', async () => {
    render(<LanguageSwitch />)
    const toEnglish = screen.getByRole('button', { name: /English/ })
    expect(toEnglish.getAttribute('lang')).toBe('en')

    await userEvent.click(toEnglish)

    expect(document.documentElement.lang).toBe('en')
    expect(document.documentElement.dir).toBe('ltr')
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en')
    expect(screen.getByRole('button', { name: /فارسی/ }).getAttribute('lang')).toBe('fa')
  })

  it('switches back to Persian and rtl', async () => {
    await i18n.changeLanguage('en')
    render(<LanguageSwitch />)

    await userEvent.click(screen.getByRole('button', { name: /فارسی/ }))

    expect(document.documentElement.lang).toBe('fa')
    expect(document.documentElement.dir).toBe('rtl')
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fa')
  })
})
