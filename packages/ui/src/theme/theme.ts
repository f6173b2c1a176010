/** What is remembered: `system` (nothing stored) follows the device; the others are pinned. */
export type Theme = 'system' | 'light' | 'dark'

/** What is on screen. */
export type EffectiveTheme = Exclude<Theme, 'system'>

export const THEME_STORAGE_KEY = 'yektayar.theme'

export function readStoredTheme(): Theme {
  try {
    const stored = globalThis.localStorage?.getItem(THEME_STORAGE_KEY)
    return stored === 'light' || stored === 'dark' ? stored : 'system'
  } catch {
    return 'system'
  }
}

/** Whether the device asks for dark; false where there is no way to ask. */
export function deviceIsDark(): boolean {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false
}

/** `system` resolved against the device. */
export function effectiveTheme(theme: Theme, prefersDark = deviceIsDark()): EffectiveTheme {
  if (theme !== 'system') return theme
  return prefersDark ? 'dark' : 'light'
}

/**
 * The switch flips what is on screen. It used to cycle system → light → dark, so on a light
 * device the first click (system → light) changed nothing anyone could see.
 */
export function toggledTheme(theme: Theme, prefersDark = deviceIsDark()): EffectiveTheme {
  return effectiveTheme(theme, prefersDark) === 'dark' ? 'light' : 'dark'
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
