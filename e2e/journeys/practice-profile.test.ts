import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { type BrowserSuite, describeInBrowser } from '../support/browser-suite.ts'
import { signInWithCode } from '../support/sign-in.ts'

/** Dr. 104 (trauma and addiction, video and in-person sessions): no other journey uses him. */
const PSYCHOLOGIST_PHONE = '+989120000104'

function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(({ id, impact, targets }) => `${impact} ${id}: ${targets.join(', ')}`)
    .join('\n')
}

/** Signs in through the Persian form (support/sign-in.ts) and starts the error log afresh. */
async function signIn(suite: BrowserSuite, page: Page) {
  await signInWithCode(page, suite.baseUrl, PSYCHOLOGIST_PHONE)
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
    const tabBar = page.getByRole('navigation', { name: 'بخش‌های حساب' })
    await tabBar.getByRole('button', { name: 'بیشتر' }).click()
    await tabBar.getByRole('link', { name: 'صفحهٔ حرفه‌ای' }).click()
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
})
