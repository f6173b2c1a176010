export const THEMES = ['system', 'light', 'dark'] as const

export type Theme = (typeof THEMES)[number]

export const THEME_STORAGE_KEY = 'yektayar.theme'

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
}

export function readStoredTheme(): Theme {
  try {
    const stored = globalThis.localStorage?.getItem(THEME_STORAGE_KEY)
    return isTheme(stored) ? stored : 'system'
  } catch {
    return 'system'
  }
}

/**
 * `system` removes both classes so styles.css follows `prefers-color-scheme`; `light` and
 * `dark` pin the choice with a class on `<html>`.
 */
export function applyTheme(theme: Theme): void {
  const root = globalThis.document?.documentElement
  if (root) {
    root.classList.toggle('light', theme === 'light')
    root.classList.toggle('dark', theme === 'dark')
  }
  try {
    if (theme === 'system') globalThis.localStorage?.removeItem(THEME_STORAGE_KEY)
    else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Not remembered this time; the page still switches.
  }
}

/** Call before the first render so a pinned theme never flashes the other one. */
export function initTheme(): void {
  applyTheme(readStoredTheme())
}

export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system'
}
