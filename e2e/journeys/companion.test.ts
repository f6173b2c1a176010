import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  type OpenAiStandIn,
  startOpenAiStandIn,
} from '../../packages/backend/test/openai-stand-in.ts'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { seriousViolations } from '../support/axe.ts'
import { type BackendServer, startBackend } from '../support/backend-server.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

const step = (name: string) => console.info(`companion e2e: ${name}`)

/** A reply the stand-in streams word by word, slowly enough to be stopped. */
const WORDS =
  'گاهی وقتی ذهن شلوغ است، نوشتن چند جملهٔ کوتاه کمک می‌کند. بیا با هم نفس بکشیم: چهار شماره دم، چهار شماره نگه‌داشتن، چهار شماره بازدم.'
    .split(' ')
    .map((word) => `${word} `)
const PHONE_IN_MESSAGE = '۰۹۱۲۳۴۵۶۷۸۹'
const CRISIS = 'دیگه نمی‌خوام زنده باشم، امشب خودمو می‌کشم'

describeInBrowser('AI companion', (suite) => {
  let standIn: OpenAiStandIn
  let backend: BackendServer

  // A backend of its own, its companion on a local stand-in of an OpenAI-compatible provider:
  // the real client code streams, stops and fails against it, and the journey can read what
  // reached "the provider". The other journeys keep the offline companion.
  beforeAll(async () => {
    standIn = await startOpenAiStandIn({ kind: 'stream', tokens: WORDS, paceMs: 120 })
    backend = await startBackend(undefined, undefined, {
      COMPANION_PROVIDER: 'openai-compatible',
      COMPANION_API_URL: standIn.url,
      COMPANION_API_KEY: 'sk_e2e_local_stand_in',
      COMPANION_MODEL: 'e2e-stand-in',
    })
  })
  afterAll(async () => {
    await backend?.stop()
    await standIn?.close()
  })

  it('a patient talks with the companion, stops a reply, falls back to the offline companion, gets the crisis card and a person, and comes back later', async () => {
    const origin = backend.origin
    const { page } = await suite.newPage()
    await signInWithCode(page, origin, freshPhone())

    step('the disclaimer, once, then a new conversation')
    await page.goto(`${origin}/companion`)
    const about = page.getByRole('dialog', { name: 'دربارهٔ همراه هوشمند' })
    await about.waitFor()
    for (const number of ['123', '1480', '115']) {
      expect(await about.locator(`a[href="tel:${number}"]`).count(), number).toBe(1)
    }
    await about.getByRole('button', { name: 'متوجه شدم، شروع کنیم' }).click()
    await page.getByRole('button', { name: 'گفت‌وگوی تازه' }).first().click()
    await page.waitForURL(/\/companion\/[0-9a-f-]{36}$/)
    const composer = page.getByLabel('پیام شما به همراه هوشمند')
    // The messages themselves (a status line below also reads finished replies out).
    const messages = page.getByRole('region', { name: 'پیام‌های گفت‌وگو' })
    const inMessages = (text: string) => messages.getByText(text, { exact: false })
    // The send button, which the composer enables again once the last reply has settled.
    const send = async (text: string) => {
      await composer.fill(text)
      await page.getByRole('button', { name: 'ارسال', exact: true }).click()
    }

    step(
      'a message with a phone number: the reply streams in, the number never reaches the provider',
    )
    await composer.fill(`امشب دلم شور می‌زند. اگر لازم شد شماره‌ام ${PHONE_IN_MESSAGE} است.`)
    await composer.press('Enter')
    const stop = page.getByRole('button', { name: 'توقف پاسخ' })
    await stop.waitFor()
    await inMessages('گاهی وقتی ذهن شلوغ است').waitFor()
    expect(await inMessages('چهار شماره بازدم').count()).toBe(0)
    await inMessages('چهار شماره بازدم').waitFor({ timeout: 20_000 })
    await stop.waitFor({ state: 'hidden' })
    const sent = JSON.stringify(standIn.requests.at(-1)?.body.messages ?? [])
    expect(sent).toContain('دلم شور می‌زند')
    expect(sent).not.toContain(PHONE_IN_MESSAGE)
    expect(sent).not.toContain('09123456789')
    expect(await seriousViolations(page)).toEqual([])
    await screenshotBothSizes(page, 'companion-chat')

    step('the person stops a reply mid-stream')
    await send('یک تمرین آرام‌سازی دیگر هم بگو')
    await stop.waitFor()
    await inMessages('گاهی وقتی ذهن شلوغ است').nth(1).waitFor()
    await stop.click()
    await page.getByText('پاسخ را متوقف کردید.').waitFor()
    expect(await standIn.requests.at(-1)?.closed).toBe(true)

    step('the provider fails: the companion is unavailable and the offline companion answers')
    standIn.behaviour = { kind: 'status', status: 503 }
    await send('سلام')
    await page.getByText('همراه هوشمند الان در دسترس نیست').waitFor()
    await screenshotBothSizes(page, 'companion-unavailable')
    await page.getByRole('button', { name: 'کمک از همراه آفلاین' }).click()
    await inMessages('من همراه آفلاین یکتایارم').waitFor({ timeout: 20_000 })
    standIn.behaviour = { kind: 'stream', tokens: WORDS, paceMs: 120 }

    step('a crisis message: the crisis card at once, and no model is asked')
    const asked = standIn.requests.length
    await send(CRISIS)
    const card = page.getByRole('dialog', { name: 'ما اینجا کنارت هستیم' })
    await card.waitFor()
    for (const number of ['123', '1480', '115']) {
      expect(await card.locator(`a[href="tel:${number}"]`).count(), number).toBe(1)
    }
    await screenshotBothSizes(page, 'companion-crisis-card')
    await card.getByRole('button', { name: 'بستن' }).first().click()
    expect(standIn.requests.length).toBe(asked)

    step('coming back later: the conversation is all there')
    await page.reload()
    await inMessages('چهار شماره بازدم').first().waitFor()
    await messages.getByText(CRISIS).waitFor()

    step('talk to a person, sharing the recent turns')
    await page.getByRole('button', { name: 'گفت‌وگو با یک انسان' }).first().click()
    const handoff = page.getByRole('dialog', { name: 'گفت‌وگو با یک انسان' })
    await handoff.getByLabel('اجازه می‌دهم تیم بالینی پیام‌های اخیر همین گفت‌وگو را بخواند').check()
    await handoff.getByRole('button', { name: 'باز کردن گفت‌وگو' }).click()
    await page.waitForURL(/\/messages\/[0-9a-f-]{36}$/)
    await page
      .locator('article[data-message-id]')
      .filter({ hasText: 'دلم شور می‌زند' })
      .first()
      .waitFor()

    step('the list, and deleting the conversation for good')
    await page.goto(`${origin}/companion`)
    const remove = page.getByRole('button', { name: /^پاک‌کردن «/ })
    await remove.first().click()
    await page.getByRole('button', { name: 'بله، پاک شود' }).click()
    await page.getByText('هنوز گفت‌وگویی ندارید').waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await screenshotBothSizes(page, 'companion-list-empty')
    expect(suite.pageErrors).toEqual([])
  })
})
