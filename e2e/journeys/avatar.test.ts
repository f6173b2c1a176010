import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { drawnPicture } from '../support/picture.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

const describeFindings = (findings: AxeFinding[]) =>
  findings.map(({ id, impact, targets }) => `${impact} ${id}: ${targets.join(', ')}`).join('\n')

/** The avatar as the settings page shows it: loaded from its public WebP address. */
function shownAvatar(page: Page) {
  return page.locator('#profile picture img').evaluate((img: HTMLImageElement) => ({
    loaded: img.complete && img.naturalWidth > 0,
    current: img.currentSrc,
  }))
}

describeInBrowser('patient avatar', (suite) => {
  it('a new patient sets an avatar in settings, sees it, and removes it', {
    timeout: 120_000,
  }, async () => {
    const { page } = await suite.newPage()
    await signInWithCode(page, suite.baseUrl, freshPhone())
    await page.getByLabel('نام', { exact: true }).fill('نگار')
    await page.getByLabel('نام خانوادگی', { exact: true }).fill('تهرانی')
    await page.getByRole('button', { name: 'ذخیره و ادامه' }).click()
    await page.waitForURL((url) => url.pathname === '/dashboard')
    suite.pageErrors.length = 0

    await page.goto(`${suite.baseUrl}/settings`)
    await page
      .getByText('در حالت محرمانه، روان‌شناسان و کارکنان هرگز عکس شما را نمی‌بینند.')
      .waitFor()
    await page
      .getByLabel('انتخاب عکس')
      .setInputFiles(await drawnPicture(page, { field: '#7a4e9c', disc: '#f7d9b5' }))
    await page.getByRole('button', { name: 'ذخیرهٔ عکس' }).click()
    await page.getByText('عکس ذخیره شد.').waitFor()
    await page.waitForFunction(() => {
      const img = document.querySelector('#profile picture img') as HTMLImageElement | null
      return img?.complete && img.naturalWidth > 0
    })
    const me = await page.request.get(`${suite.baseUrl}/api/v1/users/me`)
    const avatarUrl = ((await me.json()) as { profile: { avatarUrl?: string } }).profile.avatarUrl
    expect(avatarUrl).toMatch(/^\/api\/v1\/files\/public\/[0-9a-f-]{36}\/[0-9a-f]{16}\.webp$/)
    const shown = await shownAvatar(page)
    expect(shown.loaded).toBe(true)
    expect(shown.current.endsWith(avatarUrl ?? '-')).toBe(true)
    await screenshotBothSizes(page, 'settings-avatar-fa')
    expect(describeFindings(await seriousViolations(page)), 'axe violations').toBe('')

    await page.evaluate(() => localStorage.setItem('yektayar.language', 'en'))
    await page.goto(`${suite.baseUrl}/settings`)
    await page.getByRole('button', { name: 'Remove photo' }).waitFor()
    await screenshotBothSizes(page, 'settings-avatar-en')
    await page.getByRole('button', { name: 'Remove photo' }).click()
    await page.getByLabel('Choose a photo').waitFor({ state: 'attached' })
    expect(await page.locator('#profile picture img').count()).toBe(0)
    const after = await page.request.get(`${suite.baseUrl}/api/v1/users/me`)
    expect(((await after.json()) as { profile: { avatarUrl?: string } }).profile.avatarUrl).toBe(
      undefined,
    )
    expect(suite.pageErrors).toEqual([])
  })
})
