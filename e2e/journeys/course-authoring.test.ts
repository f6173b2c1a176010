import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { adminWithTwoStep } from '../support/admin-two-step.ts'
import { api, signInByApi } from '../support/api-client.ts'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { type BackendServer, startBackend } from '../support/backend-server.ts'
import { DESKTOP, describeInBrowser } from '../support/browser-suite.ts'
import { freshPhone } from '../support/sign-in.ts'

/**
 * The demo admin writes a course in the admin panel (an article and a breathing exercise),
 * publishes it, and a patient finds it in the catalogue and finishes it; the admin then reads
 * the figures. The admin enrols in two-step sign-in first, as every staff member must: this
 * journey has a backend of its own, so the demo admin of the other journeys stays unenrolled.
 */

const TITLE = 'خواب آرام'
const TITLE_EN = 'Restful sleep'
const ARTICLE = 'چرا خواب مهم است؟'
const EXERCISE = 'تنفس پیش از خواب'
const ARTICLE_TEXT = [
  '## خواب و حال روز',
  '',
  'خواب کافی به **تمرکز**، خلق و حافظه کمک می‌کند. سه گام ساده:',
  '',
  '- هر روز در ساعت ثابتی بیدار شوید.',
  '- یک ساعت پیش از خواب، نور صفحه‌ها را کم کنید.',
  '- اگر بیست دقیقه خوابتان نبرد، از تخت بیرون بیایید.',
  '',
  '> خواب خوب مهارتی است که یاد گرفته می‌شود.',
].join('\n')

const step = (name: string) => console.info(`course authoring e2e: ${name}`)

async function expectNoSeriousViolations(page: Page, screen: string) {
  const findings: AxeFinding[] = await seriousViolations(page)
  const report = findings.map((f) => `${f.impact} ${f.id}: ${f.help}\n  ${f.targets.join('\n  ')}`)
  expect(report.join('\n'), `axe on ${screen}`).toBe('')
}

describeInBrowser('course authoring', (suite) => {
  let backend: BackendServer

  beforeAll(async () => {
    backend = await startBackend()
  }, 120_000)

  afterAll(async () => {
    await backend?.stop()
  })

  it('an admin writes and publishes a course; a patient finds it and finishes it', async () => {
    const origin = backend.origin
    const { context, page } = await suite.newPage({ viewport: DESKTOP })
    step('admin enrols two-step sign-in and signs in')
    await adminWithTwoStep(context, origin)

    step('course list, with the demo courses')
    await page.goto(`${origin}/admin`)
    await page.getByRole('navigation', { name: 'بخش‌های پنل' }).getByText('دوره‌ها').click()
    await page.getByRole('heading', { level: 1, name: 'دوره‌های آموزشی' }).waitFor()
    await page.getByRole('table').waitFor()

    step('new course')
    await page.getByRole('link', { name: 'دورهٔ تازه' }).click()
    await page.getByRole('heading', { level: 1, name: 'دورهٔ تازه' }).waitFor()
    await page.getByLabel('عنوان (فارسی)').fill(TITLE)
    await page.getByLabel('عنوان (انگلیسی)').fill(TITLE_EN)
    await page.getByLabel('توضیح (فارسی)').fill('چند گام ساده برای خوابی آرام‌تر، در یک هفته.')
    await page.getByLabel('برچسب‌ها').fill('sleep')
    await page.getByRole('button', { name: 'ساخت دوره' }).click()
    await page.getByText('دوره ساخته شد. اکنون درس‌هایش را اضافه کنید.').waitFor()
    const courseId = new URL(page.url()).pathname.split('/').at(-1) ?? ''
    expect(courseId).toMatch(/^[0-9a-f-]{36}$/)

    step('article lesson: an unsafe link is flagged before saving')
    await page.getByRole('link', { name: '+ درس متنی' }).click()
    await page.getByRole('heading', { level: 1, name: `درس متنی تازه در «${TITLE}»` }).waitFor()
    await page.getByLabel('عنوان (فارسی)').fill(ARTICLE)
    await page.getByLabel('عنوان (انگلیسی)').fill('Why sleep matters')
    const text = page.getByLabel('متن درس (Markdown)')
    await text.fill(`${ARTICLE_TEXT}\n\n[بیشتر بخوانید](javascript:alert(1))`)
    await page.getByText('این متن پیش از ذخیره باید درست شود:').waitFor()
    await page.getByRole('button', { name: 'افزودن درس' }).click()
    await page.getByText('پیش از ذخیره، موارد مشخص‌شده را درست کنید.').waitFor()
    await screenshotBothSizes(page, 'course-authoring-lesson-warning')
    await page.setViewportSize(DESKTOP)
    await text.fill(ARTICLE_TEXT)
    const preview = page.getByTestId('markdown-preview')
    await preview.getByRole('heading', { name: 'خواب و حال روز' }).waitFor()
    expect(await page.getByText('این متن پیش از ذخیره باید درست شود:').count()).toBe(0)
    await expectNoSeriousViolations(page, 'lesson editor')
    await screenshotBothSizes(page, 'course-authoring-lesson-editor')
    await page.setViewportSize(DESKTOP)
    await page.getByRole('button', { name: 'افزودن درس' }).click()
    await page.getByText('درس ذخیره شد.').waitFor()

    step('breathing exercise')
    await page.getByRole('link', { name: '+ تمرین' }).click()
    await page.getByRole('heading', { level: 1, name: `تمرین تازه در «${TITLE}»` }).waitFor()
    await page.getByLabel('عنوان (فارسی)').fill(EXERCISE)
    await page.getByLabel('بازدم (ثانیه)').fill('8')
    await page.getByRole('button', { name: 'افزودن درس' }).click()
    await page.getByText('درس ذخیره شد.').waitFor()

    step('reorder: the exercise first, then back')
    await page.getByRole('button', { name: `بردن «${EXERCISE}» به بالا` }).click()
    await page.getByText(`«${EXERCISE}» اکنون درس ۱ است.`).waitFor({ state: 'attached' })
    await page.getByRole('button', { name: `بردن «${EXERCISE}» به پایین` }).click()
    await page.getByText(`«${EXERCISE}» اکنون درس ۲ است.`).waitFor({ state: 'attached' })

    step('publish')
    await page.getByRole('button', { name: 'انتشار دوره' }).click()
    const dialog = page.getByRole('dialog', { name: `«${TITLE}» منتشر شود؟` })
    await dialog.getByText('۲ درس، روی هم ۱۰ دقیقه:').waitFor()
    await expectNoSeriousViolations(page, 'publish dialog')
    await screenshotBothSizes(page, 'course-authoring-publish-dialog')
    await page.setViewportSize(DESKTOP)
    await dialog.getByRole('button', { name: 'منتشر شود' }).click()
    await page.getByText('دوره منتشر شد.').waitFor()
    await expectNoSeriousViolations(page, 'course editor')
    await screenshotBothSizes(page, 'course-authoring-editor')
    await page.setViewportSize(DESKTOP)

    step('a patient finds it in the catalogue and finishes it')
    const patient = await signInByApi(origin, freshPhone())
    const catalogue = await api<{ items: { id: string; title: string; lessonCount: number }[] }>(
      origin,
      '/courses',
      { token: patient.token },
    )
    expect(catalogue.items.find((course) => course.id === courseId)).toMatchObject({
      title: TITLE,
      lessonCount: 2,
    })
    const detail = await api<{ lessons: { id: string; title: string; kind: string }[] }>(
      origin,
      `/courses/${courseId}`,
      { token: patient.token },
    )
    expect(detail.lessons.map((lesson) => [lesson.title, lesson.kind])).toEqual([
      [ARTICLE, 'article'],
      [EXERCISE, 'exercise'],
    ])
    const enrollment = await api<{ id: string }>(origin, `/courses/${courseId}/enroll`, {
      method: 'POST',
      token: patient.token,
    })
    for (const lesson of detail.lessons) {
      await api(origin, `/enrollments/${enrollment.id}/progress`, {
        method: 'PATCH',
        token: patient.token,
        body: JSON.stringify({ lessonId: lesson.id, completed: true, timeSpentSeconds: 60 }),
      })
    }

    step('the admin reads the figures')
    await page.goto(`${origin}/admin/courses`)
    const row = page.getByRole('row').filter({ hasText: TITLE })
    await row.getByText('منتشرشده').waitFor()
    await expectNoSeriousViolations(page, 'course list')
    await screenshotBothSizes(page, 'course-authoring-list')
    await page.setViewportSize(DESKTOP)
    await page.getByRole('link', { name: `آمار «${TITLE}»` }).click()
    await page.getByRole('heading', { level: 1, name: `آمار «${TITLE}»` }).waitFor()
    const figure = page.getByRole('figure', { name: /ثبت‌نام و پایان در هر هفته/ })
    await figure.waitFor()
    expect(await page.locator('dd').first().textContent()).toBe('۱')
    await expectNoSeriousViolations(page, 'figures')
    await figure.getByRole('button', { name: 'نمایش به صورت جدول' }).click()
    await screenshotBothSizes(page, 'course-authoring-figures')
    expect(suite.pageErrors).toEqual([])
  }, 240_000)
})
