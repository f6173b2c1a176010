import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { THEME_STORAGE_KEY } from './theme.ts'
import { ThemeSwitch } from './theme-switch.tsx'

initI18n({ fa: {}, en: {} })

function deviceAsks(scheme: 'light' | 'dark') {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === `(prefers-color-scheme: ${scheme})`,
  }))
}

/** What the page shows: a pinned class, or the device's choice when none is pinned. */
function shown(device: 'light' | 'dark') {
  const root = document.documentElement.classList
  return root.contains('dark') ? 'dark' : root.contains('light') ? 'light' : device
}

describe('ThemeSwitch', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.documentElement.classList.remove('light', 'dark')
  })

  for (const device of ['light', 'dark'] as const) {
    it(`changes what is on screen with the first click on a ${device} device, and back`, async () => {
      deviceAsks(device)
      render(<ThemeSwitch />)
      const toggle = screen.getByRole('button', { name: 'پوستهٔ تیره' })
      expect(toggle.getAttribute('aria-pressed')).toBe(String(device === 'dark'))
      await userEvent.click(toggle)
      const other = device === 'dark' ? 'light' : 'dark'
      expect(shown(device)).toBe(other)
      expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe(other)
      expect(toggle.getAttribute('aria-pressed')).toBe(String(other === 'dark'))
      await userEvent.click(toggle)
      expect(shown(device)).toBe(device)
    })
  }
})
