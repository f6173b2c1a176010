import { expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { describeInBrowser } from '../support/browser-suite.ts'

const HERO_FA = 'برای حال خوب، لازم نیست تنها باشید'
const HERO_EN = 'Feeling better is not something you have to do alone'

describeInBrowser('home page', (suite) => {
  it('opens in Persian, right to left, set in Vazirmatn', async () => {
    const { page } = await suite.newPage()
    await page.goto(suite.baseUrl)

    await page.getByRole('heading', { level: 1, name: HERO_FA }).waitFor()
    const html = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }))
    expect(html).toEqual({ lang: 'fa', dir: 'rtl' })
    expect(await page.title()).toContain('یکتایار')

    const font = await page.evaluate(async () => {
      await document.fonts.ready
      const heading = document.querySelector('h1') as HTMLElement
      return {
        family: getComputedStyle(heading).fontFamily,
        loaded: [...document.fonts].some(
          (face) => face.family.includes('Vazirmatn') && face.status === 'loaded',
        ),
        rendersPersian: document.fonts.check('16px "Vazirmatn Variable"', 'یکتایار'),
      }
    })
    expect(font.family).toContain('Vazirmatn')
    expect(font.loaded).toBe(true)
    expect(font.rendersPersian).toBe(true)
    expect(suite.pageErrors).toEqual([])

    await screenshotBothSizes(page, 'home-fa')

    // Visitors may look at the directory before they sign up.
    await page.getByRole('link', { name: 'روان‌شناسان را ببینید' }).click()
    await page.getByRole('heading', { level: 1, name: 'روان‌شناس خود را پیدا کنید' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/psychologists')
  })

  it('switches to English, left to right, and remembers it after a reload', async () => {
    const { page } = await suite.newPage()
    await page.goto(suite.baseUrl)

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: HERO_EN }).waitFor()
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr')

    await page.reload()
    await page.getByRole('heading', { level: 1, name: HERO_EN }).waitFor()
    const html = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }))
    expect(html).toEqual({ lang: 'en', dir: 'ltr' })
    await screenshotBothSizes(page, 'home-en')

    await page.getByRole('button', { name: 'فارسی' }).click()
    await page.getByRole('heading', { level: 1, name: HERO_FA }).waitFor()
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    expect(suite.pageErrors).toEqual([])
  })
})
