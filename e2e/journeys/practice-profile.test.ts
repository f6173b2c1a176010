import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { type BrowserSuite, describeInBrowser } from '../support/browser-suite.ts'
import { followMoreMenuLink } from '../support/phone-tab-bar.ts'
import { drawnPicture } from '../support/picture.ts'
import { signInWithCode } from '../support/sign-in.ts'

/** Dr. 104 (trauma and addiction, video and in-person sessions): no other journey uses him. */
const PSYCHOLOGIST_PHONE = '+989120000104'

function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(({ id, impact, targets }) => `${impact} ${id}: ${targets.join(', ')}`)
    .join('\n')
}

/** Dr. 105: the photo journey's own psychologist (english-smoke tries him last). */
const PHOTO_PSYCHOLOGIST_PHONE = '+989120000105'

/** Signs in through the Persian form (support/sign-in.ts) and starts the error log afresh. */
async function signIn(suite: BrowserSuite, page: Page, phone = PSYCHOLOGIST_PHONE) {
  await signInWithCode(page, suite.baseUrl, phone)
  // Signed out, the session check answers 401 and Chromium logs it: expected, and not an error
  // of the pages under test, which are checked from here on.
  suite.pageErrors.length = 0
}

const BIO = 'روان‌درمانگر با بیست‌ودو سال تجربه؛ جلسه‌های حضوری در مطب ولیعصر.'
const ADDRESS = 'تهران، خیابان ولیعصر، کوچهٔ نسترن، پلاک ۱۲'

describeInBrowser('psychologist practice profile', (suite) => {
  // Screenshots at both sizes in two languages, two axe scans and a save: slow on two cores.
  it('edits the bio, the address and a price in toman; the public page shows them', {
    timeout: 240_000,
  }, async () => {
    const { page } = await suite.newPage()
    await signIn(suite, page)

    // From the phone's "more" menu, as a psychologist finds it.
    await followMoreMenuLink(page, 'صفحهٔ حرفه‌ای')
    await page.waitForURL((url) => url.pathname === '/practice')
    await page.getByLabel('معرفی به فارسی').waitFor()
    await screenshotBothSizes(page, 'practice-profile-fa')
    const findings = await seriousViolations(page)
    expect(describeFindings(findings), 'axe violations on /practice').toBe('')

    await page.getByLabel('معرفی به فارسی').fill(BIO)
    await page.getByLabel('نشانی مطب').fill(ADDRESS)
    // The in-person session is the second; its price typed in toman with Persian digits.
    const inPerson = page.getByRole('listitem').filter({ hasText: 'جلسهٔ حضوری' })
    await inPerson.getByLabel('قیمت (تومان)').fill('۲٬۸۰۰٬۰۰۰')
    await inPerson.getByText('۲٬۸۰۰٬۰۰۰ تومان').waitFor()
    // An http room link is refused before anything is sent.
    await page.getByLabel('پیوند اتاق جلسهٔ تصویری').fill('http://meet.example.ir/room')
    await page.getByRole('button', { name: 'ذخیرهٔ تغییرات' }).click()
    await page.getByText('یک پیوند کامل و امن وارد کنید که با https:// شروع شود.').waitFor()
    await page.getByLabel('پیوند اتاق جلسهٔ تصویری').fill('https://meet.example.ir/room-104')
    await page.getByRole('button', { name: 'ذخیرهٔ تغییرات' }).click()
    await page.getByText('تغییرات ذخیره شد و در صفحهٔ عمومی شما دیده می‌شود.').waitFor()
    await screenshotBothSizes(page, 'practice-profile-saved-fa')

    const me = await page.request.get(`${suite.baseUrl}/api/v1/professionals/me`)
    const stored = (await me.json()) as {
      roomUrl: string
      sessionTypes: { nameFa: string; priceIrr: number }[]
    }
    expect(stored.roomUrl).toBe('https://meet.example.ir/room-104')
    const price = stored.sessionTypes.find((type) => type.nameFa === 'جلسهٔ حضوری')?.priceIrr
    expect(price, 'toman × 10 is stored as rials').toBe(28_000_000)

    await page.getByRole('link', { name: 'دیدن صفحهٔ عمومی' }).click()
    await page.getByRole('heading', { level: 2, name: 'دربارهٔ من' }).waitFor()
    await page.getByText(BIO).waitFor()
    await page.getByText(ADDRESS).waitFor()
    await page
      .getByRole('listitem')
      .filter({ hasText: 'جلسهٔ حضوری' })
      .getByText('۲٬۸۰۰٬۰۰۰ تومان')
      .waitFor()
    await screenshotBothSizes(page, 'practice-public-page-fa')

    // The same page in English: left to right, Western digits. (One sign-in for both: a second
    // code for the same number within a minute meets the resend cool-down.)
    await page.evaluate(() => localStorage.setItem('yektayar.language', 'en'))
    await page.goto(`${suite.baseUrl}/practice`)
    await page.getByLabel('Introduction in Persian').waitFor()
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr')
    const inPersonEn = page.getByRole('listitem').filter({ hasText: 'In-person session' })
    expect(await inPersonEn.getByLabel('Price (toman)').inputValue()).toBe('2,800,000')
    await inPersonEn.getByText('2,800,000 toman').waitFor()
    await screenshotBothSizes(page, 'practice-profile-en')
    const findingsEn = await seriousViolations(page)
    expect(describeFindings(findingsEn), 'axe violations on /practice in English').toBe('')
    await page.getByRole('link', { name: 'View public page' }).click()
    await page
      .getByRole('heading', { level: 2, name: 'Office address for in-person sessions' })
      .waitFor()
    await screenshotBothSizes(page, 'practice-public-page-en')
    expect(suite.pageErrors).toEqual([])
  })

  it('uploads a cropped photo; the public page and the directory show it', {
    timeout: 180_000,
  }, async () => {
    const { page } = await suite.newPage()
    await signIn(suite, page, PHOTO_PSYCHOLOGIST_PHONE)
    await page.goto(`${suite.baseUrl}/practice`)
    await page.getByRole('heading', { level: 2, name: 'عکس شما' }).waitFor()

    await page.getByLabel('انتخاب عکس').setInputFiles(await drawnPicture(page))

    // The square crop: zoom in with the slider, drag the picture a little, then save.
    await page.getByRole('slider', { name: 'بزرگ‌نمایی' }).fill('1.4')
    const crop = page.getByTestId('photo-crop')
    const box = await crop.boundingBox()
    if (!box) throw new Error('no crop area')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 - 30, box.y + box.height / 2 + 10, { steps: 5 })
    await page.mouse.up()
    await screenshotBothSizes(page, 'practice-photo-crop-fa')
    const findings = await seriousViolations(page)
    expect(describeFindings(findings), 'axe violations on the photo crop').toBe('')
    await page.getByRole('button', { name: 'ذخیرهٔ عکس' }).click()
    await page.getByText('عکس ذخیره شد.').waitFor()
    await screenshotBothSizes(page, 'practice-photo-saved-fa')

    const me = await page.request.get(`${suite.baseUrl}/api/v1/professionals/me`)
    const { id, photoUrl } = (await me.json()) as { id: string; photoUrl: string | null }
    expect(photoUrl).toMatch(/^\/api\/v1\/files\/public\/[0-9a-f-]{36}\/[0-9a-f]{16}\.webp$/)

    /** The photo as the browser shows it: loaded, WebP chosen, sized, with its alt text. */
    const shownPhoto = (selector: string) =>
      page.locator(selector).evaluate((img: HTMLImageElement) => ({
        loaded: img.complete && img.naturalWidth > 0,
        natural: [img.naturalWidth, img.naturalHeight],
        current: img.currentSrc,
        size: [img.getAttribute('width'), img.getAttribute('height')],
        loading: img.getAttribute('loading'),
        alt: img.alt,
      }))

    await page.getByRole('link', { name: 'دیدن صفحهٔ عمومی' }).click()
    await page.waitForURL((url) => url.pathname === `/psychologists/${id}`)
    const onPage = page.locator('main picture img').first()
    await onPage.waitFor()
    await page.waitForFunction(() => {
      const img = document.querySelector('main picture img') as HTMLImageElement | null
      return img?.complete && img.naturalWidth > 0
    })
    const publicPhoto = await shownPhoto('main picture img')
    expect(publicPhoto).toMatchObject({ loaded: true, size: ['96', '96'], loading: 'eager' })
    expect(publicPhoto.current.endsWith(photoUrl ?? '-')).toBe(true)
    expect(publicPhoto.natural[0]).toBe(publicPhoto.natural[1])
    expect(publicPhoto.alt).toMatch(/^عکس /)
    // Served from our own origin, so the page's CSP (img-src 'self') lets it through.
    const html = await page.request.get(`${suite.baseUrl}/psychologists/${id}`)
    expect(html.headers()['content-security-policy']).toContain("img-src 'self' data: blob:")
    await screenshotBothSizes(page, 'practice-photo-public-fa')

    // The directory card, lazily loaded.
    await page.goto(`${suite.baseUrl}/psychologists`)
    const card = page
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href="/psychologists/${id}"]`) })
    const cardImg = card.locator('picture img')
    await cardImg.scrollIntoViewIfNeeded()
    expect(await cardImg.getAttribute('loading')).toBe('lazy')
    expect(await cardImg.getAttribute('src')).toBe((photoUrl ?? '').replace(/\.webp$/, '.jpg'))

    await page.evaluate(() => localStorage.setItem('yektayar.language', 'en'))
    await page.goto(`${suite.baseUrl}/practice`)
    await page.getByRole('heading', { level: 2, name: 'Your photo' }).waitFor()
    await page.getByText('Change photo').waitFor()
    await screenshotBothSizes(page, 'practice-photo-en')
    await page.goto(`${suite.baseUrl}/psychologists/${id}`)
    await page.waitForFunction(() => {
      const img = document.querySelector('main picture img') as HTMLImageElement | null
      return img?.complete && img.naturalWidth > 0
    })
    expect(await page.locator('main picture img').first().getAttribute('alt')).toMatch(/^Photo of /)
    await screenshotBothSizes(page, 'practice-photo-public-en')
    expect(suite.pageErrors).toEqual([])
  })
})
