import { afterAll, beforeAll, expect, it } from 'vitest'
import { screenshotBothSizes } from '../support/artifacts.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import {
  type BookedAppointment,
  bookFreeIntro,
  FREE_INTRO_PSYCHOLOGIST,
} from '../support/free-intro.ts'
import { type RestartableBackend, startRestartableBackend } from '../support/restartable-backend.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

/** Two backend boots (PGlite, migrations, demo seed) and a browser on a busy machine. */
const JOURNEY_TIMEOUT = 300_000

describeInBrowser('a session’s outcome and its notes', (suite) => {
  let backend: RestartableBackend
  let appointmentId = ''

  beforeAll(async () => {
    backend = await startRestartableBackend()
  }, JOURNEY_TIMEOUT)
  afterAll(() => backend?.stop())

  it(
    'the psychologist records completed, undoes it, records no-show, and amends a shared note',
    async () => {
      // A patient books ahead (nobody can book the past); then the hour comes and goes.
      const patient = await suite.newPage()
      await signInWithCode(patient.page, backend.origin, freshPhone())
      const booked = await bookFreeIntro(patient.context, backend.origin)
      expect(booked.status).toBe('confirmed')
      appointmentId = booked.id
      await patient.context.close()
      await backend.moveIntoPast(appointmentId)

      const { context, page } = await suite.newPage()
      await signInWithCode(page, backend.origin, FREE_INTRO_PSYCHOLOGIST.phone)
      const status = async () =>
        (
          (await (
            await context.request.get(`${backend.origin}/api/v1/appointments/${appointmentId}`)
          ).json()) as BookedAppointment
        ).status
      await page.goto(`${backend.origin}/appointments/${appointmentId}`)

      // One tap asks first; nothing is recorded until the psychologist confirms.
      await page.getByRole('button', { name: 'جلسه برگزار شد' }).click()
      await page.getByText('ثبت شود که این جلسه برگزار شد؟').waitFor()
      await screenshotBothSizes(page, 'appointment-outcome-confirm-fa')
      expect(await status()).toBe('confirmed')
      await page.getByRole('button', { name: 'بله، ثبت شود' }).click()
      await page.getByText(/نتیجهٔ «جلسه برگزار شد» ثبت شد/).waitFor()
      expect(await status()).toBe('completed')
      await screenshotBothSizes(page, 'appointment-outcome-undo-fa')

      // Undo inside the window: confirmed again, and the outcome buttons are back.
      await page.getByRole('button', { name: 'بازگرداندن' }).click()
      await page.getByRole('button', { name: 'مراجع نیامد' }).click()
      expect(await status()).toBe('confirmed')
      await page.getByText('ثبت شود که مراجع در این جلسه حاضر نشد؟').waitFor()
      await page.getByRole('button', { name: 'بله، ثبت شود' }).click()
      await page.getByText(/نتیجهٔ «مراجع نیامد» ثبت شد/).waitFor()
      expect(await status()).toBe('no_show')

      // A shared note: the choice stays shared for the next one; then an addendum under it.
      await page.getByLabel('متن یادداشت').fill('تمرین تنفس را هر روز ده دقیقه انجام دهید.')
      await page.getByRole('radio', { name: 'من و مراجع (مشترک)' }).check()
      await page.getByRole('button', { name: 'ذخیرهٔ یادداشت' }).click()
      await page.getByText('یادداشت ذخیره شد.').waitFor()
      expect(await page.getByRole('radio', { name: 'من و مراجع (مشترک)' }).isChecked()).toBe(true)
      const notes = page.getByRole('list', { name: 'یادداشت‌های این جلسه' })
      await notes.getByText('تمرین تنفس را هر روز').waitFor()
      await notes.getByRole('button', { name: 'افزودن اصلاحیه' }).click()
      await page.getByLabel('متن اصلاحیه').fill('اصلاحیه: پیش از خواب، نه صبح.')
      await page.getByRole('button', { name: 'ثبت اصلاحیه' }).click()
      const addenda = notes.getByRole('list', { name: 'افزوده‌ها' })
      await addenda.getByText('اصلاحیه: پیش از خواب، نه صبح.').waitFor()
      await notes.getByText('تمرین تنفس را هر روز ده دقیقه انجام دهید.').waitFor()
      await screenshotBothSizes(page, 'appointment-note-addendum-fa')
      expect(suite.pageErrors.filter((error) => !error.includes('status of 401'))).toEqual([])
    },
    JOURNEY_TIMEOUT,
  )
})
