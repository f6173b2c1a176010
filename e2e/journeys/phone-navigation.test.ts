import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { DESKTOP, describeInBrowser, MOBILE } from '../support/browser-suite.ts'
import { followMoreMenuLink, tabBar } from '../support/phone-tab-bar.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

const step = (name: string) => console.info(`phone navigation e2e: ${name}`)

async function expectNoSeriousViolations(page: Page, screen: string) {
  const findings: AxeFinding[] = await seriousViolations(page)
  const text = findings.map((f) => `${f.impact} ${f.id}: ${f.targets.join(', ')}`).join('\n')
  expect(text, `axe violations on ${screen}`).toBe('')
}

/** The phone's tab bar: the one visible navigation landmark of the account's sections. */

async function goByTab(page: Page, name: string, path: string) {
  await tabBar(page).getByRole('link', { name, exact: true }).click()
  await page.waitForURL((url) => url.pathname === path)
  const current = tabBar(page).getByRole('link', { name, exact: true })
  // The address changes as the move starts; the tab is marked once React has drawn the page.
  await expect.poll(() => current.getAttribute('aria-current')).toBe('page')
}

describeInBrowser('phone navigation', (suite) => {
  it('a patient moves between the main places by the tab bar and talks full-screen', async () => {
    const { page } = await suite.newPage({ viewport: MOBILE })
    await signInWithCode(page, suite.baseUrl, freshPhone())
    suite.pageErrors.length = 0
    await page.goto(`${suite.baseUrl}/dashboard`)

    step('tab bar')
    // Four places and "more", each whole on a 390-pixel screen.
    await tabBar(page).getByRole('link', { name: 'پیشخوان' }).waitFor()
    const items = tabBar(page).getByRole('listitem')
    expect(await items.count()).toBe(5)
    for (const box of await Promise.all((await items.all()).map((item) => item.boundingBox()))) {
      expect(box && box.x >= 0 && box.x + box.width <= MOBILE.width).toBe(true)
    }
    await screenshotBothSizes(page, 'phone-nav-dashboard-fa')
    await expectNoSeriousViolations(page, '/dashboard')

    step('moving')
    await goByTab(page, 'نوبت‌های من', '/appointments')
    await goByTab(page, 'روان‌شناسان', '/psychologists')
    await followMoreMenuLink(page, 'پرداخت‌ها')
    await page.waitForURL((url) => url.pathname === '/payments')
    await goByTab(page, 'پیام‌ها', '/messages')

    step('new conversation')
    const subject = `مسیر گوشی ${Date.now()}`
    await page.goto(`${suite.baseUrl}/messages/new`)
    await page.getByRole('radio', { name: /^پذیرش/ }).check()
    await page.getByLabel('موضوع (اختیاری)').fill(subject)
    await page.getByLabel('پیام', { exact: true }).fill('سلام، از گوشی می‌نویسم.')
    await page.getByRole('button', { name: 'ارسال پیام' }).click()
    await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/)
    const threadUrl = page.url()

    step('full screen')
    // The conversation has the whole screen: no site header, tab bar or footer; the composer
    // sits at the bottom of the viewport.
    const composer = page.getByLabel('پیام شما')
    await composer.waitFor()
    expect(await page.getByRole('contentinfo').isVisible()).toBe(false)
    expect(await tabBar(page).count()).toBe(0)
    const sendButton = await page.getByRole('button', { name: 'ارسال', exact: true }).boundingBox()
    expect(sendButton && sendButton.y + sendButton.height).toBeGreaterThan(MOBILE.height - 80)
    expect(sendButton && sendButton.y + sendButton.height).toBeLessThanOrEqual(MOBILE.height)
    const scrollable = await page.evaluate(
      () => document.documentElement.scrollHeight > window.innerHeight + 1,
    )
    expect(scrollable).toBe(false)
    await screenshotBothSizes(page, 'phone-nav-conversation-fa')
    await expectNoSeriousViolations(page, '/messages/:id')

    step('back to the list')
    await page.getByRole('link', { name: 'بازگشت', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'پیام‌ها' }).waitFor()
    const row = page.getByRole('listitem').filter({ hasText: subject })
    await row.getByText('سلام، از گوشی می‌نویسم.').waitFor()
    await screenshotBothSizes(page, 'phone-nav-messages-fa')
    await expectNoSeriousViolations(page, '/messages')

    step('desktop split')
    // On a laptop the list stands beside the open conversation, under the header's nav.
    await page.setViewportSize(DESKTOP)
    await page.goto(threadUrl)
    await page.getByLabel('پیام شما').waitFor()
    await page.getByRole('list', { name: 'گفتگوها' }).getByText(subject).waitFor()
    const current = page.getByRole('link', { name: subject })
    expect(await current.getAttribute('aria-current')).toBe('page')
    await tabBar(page).getByRole('link', { name: 'پرداخت‌ها' }).waitFor()
    await expectNoSeriousViolations(page, '/messages/:id (desktop)')

    step('theme')
    // The theme switch's first click changes what is on screen, whatever the device prefers.
    const darkBefore = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await page.getByRole('button', { name: 'پوستهٔ تیره' }).click()
    const darkAfter = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(darkAfter).not.toBe(darkBefore)
    await screenshotBothSizes(page, 'phone-nav-conversation-dark-fa')
    expect(suite.pageErrors).toEqual([])
  }, 240_000)
})
