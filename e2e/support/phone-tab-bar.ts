import type { Locator, Page } from 'playwright-core'

/** The phone's tab bar (below `md`), by its Persian name. */
export const tabBar = (page: Page): Locator => page.getByRole('navigation', { name: 'بخش‌های حساب' })

/**
 * Opens the tab bar's "more" menu and follows one of its links. A page change closes the menu
 * by design, and just after sign-in or a `goto` the app may still change the page once (a
 * redirect, a lazy route landing), so the menu is opened again if it closed before the click.
 */
export async function followMoreMenuLink(page: Page, linkName: string): Promise<void> {
  const more = tabBar(page).getByRole('button', { name: 'بیشتر' })
  const link = tabBar(page).getByRole('link', { name: linkName })
  for (let attempt = 1; ; attempt++) {
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click()
    try {
      await link.click({ timeout: 10_000 })
      return
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
}
