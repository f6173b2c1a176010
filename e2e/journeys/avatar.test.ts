import type { BrowserContext, Page } from 'playwright-core'
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

/** Sara and her psychologist Maryam, who have sessions together in the demo data. */
const SARA = '+989120000002'
const MARYAM = '+989120000101'

/** One API call as the signed-in context, with the CSRF header writes need. */
async function call(
  context: BrowserContext,
  baseUrl: string,
  method: string,
  path: string,
  data?: object,
) {
  const csrf = (await context.cookies(baseUrl)).find((c) => c.name === 'yy_csrf')?.value ?? ''
  const response = await context.request.fetch(`${baseUrl}${path}`, {
    method,
    ...(data ? { data } : {}),
    headers: { 'x-csrf-token': csrf },
  })
  expect(response.status(), `${method} ${path}`).toBeLessThan(300)
  return response.status() === 204 ? null : ((await response.json()) as Record<string, unknown>)
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

  it('her psychologist sees a patient’s avatar in messages, and none once she is discreet', {
    timeout: 150_000,
  }, async () => {
    const sara = await suite.newPage()
    const maryam = await suite.newPage()
    await signInWithCode(sara.page, suite.baseUrl, SARA)
    await signInWithCode(maryam.page, suite.baseUrl, MARYAM)
    suite.pageErrors.length = 0
    const asSara = (method: string, path: string, data?: object) =>
      call(sara.context, suite.baseUrl, method, path, data)

    // Sara's avatar, uploaded as the editor does it: the purpose first, then the file.
    const csrf = (await sara.context.cookies(suite.baseUrl)).find((c) => c.name === 'yy_csrf')
    const upload = await sara.context.request.post(`${suite.baseUrl}/api/v1/files`, {
      multipart: {
        purpose: 'avatar',
        file: await drawnPicture(sara.page, { field: '#b5523b', disc: '#f3d2b3' }),
      },
      headers: { 'x-csrf-token': csrf?.value ?? '' },
    })
    expect(upload.status()).toBe(201)
    const fileId = ((await upload.json()) as { id: string }).id
    const { url } = (await asSara('PUT', '/api/v1/users/me/avatar', { fileId })) as { url: string }
    await asSara('PATCH', '/api/v1/users/me', { preferences: { discreetMode: false } })

    // A direct conversation with Maryam, her psychologist.
    const maryamMe = await maryam.context.request.get(`${suite.baseUrl}/api/v1/users/me`)
    const maryamId = ((await maryamMe.json()) as { id: string }).id
    const opened = (await asSara('POST', '/api/v1/threads', {
      kind: 'direct',
      userId: maryamId,
    })) as { thread: { id: string } }
    const threadId = opened.thread.id

    const photoIn = (scope: string) => maryam.page.locator(`${scope} picture img`)
    await maryam.page.goto(`${suite.baseUrl}/messages`)
    const row = maryam.page
      .getByRole('listitem')
      .filter({ has: maryam.page.locator(`a[href="/messages/${threadId}"]`) })
    await row.waitFor()
    await row.locator('picture img').waitFor()
    expect(await row.locator('picture img').getAttribute('src')).toBe(
      url.replace(/\.webp$/, '.jpg'),
    )
    await screenshotBothSizes(maryam.page, 'messaging-avatar-list-fa')
    await maryam.page.goto(`${suite.baseUrl}/messages/${threadId}`)
    await photoIn('header').first().waitFor()
    await screenshotBothSizes(maryam.page, 'messaging-avatar-thread-fa')

    // Discreet mode: the server stops sending the address; the page shows the initial.
    await asSara('PATCH', '/api/v1/users/me', { preferences: { discreetMode: true } })
    await maryam.page.reload()
    await maryam.page.getByLabel('پیام شما').waitFor()
    expect(await photoIn('header').count()).toBe(0)
    // The list too: the server dropped its cached copy when she switched.
    const list = await maryam.context.request.get(`${suite.baseUrl}/api/v1/threads`)
    expect(await list.text()).not.toContain(url)
    await maryam.page.setViewportSize({ width: 1280, height: 800 })
    await row.waitFor()
    expect(await row.locator('picture img').count()).toBe(0)
    const details = await maryam.context.request.get(`${suite.baseUrl}/api/v1/threads/${threadId}`)
    expect(await details.text()).not.toContain(url)
    await screenshotBothSizes(maryam.page, 'messaging-avatar-discreet-fa')

    // Leave Sara as the demo data had her.
    await asSara('PATCH', '/api/v1/users/me', { preferences: { discreetMode: false } })
    await asSara('DELETE', '/api/v1/users/me/avatar')
    expect(suite.pageErrors).toEqual([])
  })
})
