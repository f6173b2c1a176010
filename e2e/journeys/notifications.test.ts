import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshotBothSizes, writeArtifact } from '../support/artifacts.ts'
import { type AxeFinding, seriousViolations } from '../support/axe.ts'
import { describeInBrowser } from '../support/browser-suite.ts'
import { newPatient, pickFreeSlot } from '../support/patient-steps.ts'
import { type RestartableBackend, startRestartableBackend } from '../support/restartable-backend.ts'
import { freshPhone, signInWithCode } from '../support/sign-in.ts'

/**
 * Demo psychologists whose priced online session is paid in the sandbox. Dr. Ali Rezaei signs
 * in here and in no other journey, so his bell counts only what this journey does.
 */
const ALI_PHONE = '+989120000102'
const ALI = 'علی رضایی'
const MARYAM = 'مریم احمدی'
const PRICED_SESSION = 'جلسهٔ فردی آنلاین'

/** Where a slow run got to, in the test output. */
const step = (name: string) => console.info(`notifications e2e: ${name}`)

const fromPersianDigits = (text: string) =>
  text.replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))

/** The header bell: its name carries the unread count ("اعلان‌ها، ۳ خوانده‌نشده"). */
const bell = (page: Page) => page.getByRole('link', { name: /^اعلان‌ها(،|$)/ })

async function unreadOnBell(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? ''
  const digits = fromPersianDigits(name).match(/\d+/)?.[0]
  return digits ? Number(digits) : 0
}

interface BookedSlot {
  /** The start the patient chose (ISO, UTC). */
  startsAt: string
  /** The clock time the slot picker showed for it («۰۹:۰۰»). */
  shownTime: string
}

/**
 * The patient books and pays a psychologist's priced session (Maryam's unless told), as in the booking journey, on a day at
 * least `minDaysAhead` days away.
 */
async function bookAndPay(
  page: Page,
  baseUrl: string,
  { psychologist = MARYAM, minDaysAhead = 0 } = {},
): Promise<BookedSlot> {
  await page.goto(`${baseUrl}/psychologists`)
  await page.getByRole('link', { name: psychologist }).click()
  await page.getByRole('link', { name: `رزرو این جلسه: ${PRICED_SESSION}` }).click()
  await page.getByRole('heading', { name: 'یک روز و ساعت انتخاب کنید' }).waitFor()
  const startsAt = await pickFreeSlot(page, minDaysAhead)
  const shownTime =
    (await page.locator('label:has(input[type="radio"]:checked) time').textContent()) ?? ''
  await page.getByRole('button', { name: 'ادامه' }).click()
  await page.getByRole('button', { name: 'ثبت نوبت و پرداخت' }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/api/v1/payments/sandbox/'))
  await page.locator('#pay').click()
  await page.waitForURL((url) => url.pathname === '/payments/result')
  await page.getByRole('heading', { level: 1, name: 'پرداخت موفق بود' }).waitFor()
  return { startsAt, shownTime }
}

const HOUR_MS = 3_600_000
/** Tehran keeps UTC+03:30 all year (Iran dropped daylight saving in 2022). */
const TEHRAN_OFFSET_MS = 3.5 * HOUR_MS
/** Server boots (PGlite: two restarts), a booking, a payment and a browser on a busy machine. */
const REMINDER_JOURNEY_TIMEOUT = 360_000

const toPersianDigits = (text: string) =>
  text.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)))

/** The session's clock time in Tehran, worked out by hand rather than by the app's formatter. */
function tehranClock(iso: string): string {
  const local = new Date(Date.parse(iso) + TEHRAN_OFFSET_MS)
  const two = (n: number) => String(n).padStart(2, '0')
  return toPersianDigits(`${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`)
}

/** «یکشنبه ۱۶ آذر، ۰۹:۳۰»: the weekday, Jalali day and month, and the clock, all in Tehran. */
function persianWhen(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
      timeZone: 'Asia/Tehran',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  return `${parts.weekday} ${parts.day} ${parts.month}، ${tehranClock(iso)}`
}

interface PlannedReminder {
  id: string
  start_after: Date
  state: string
  minutes_before: number
  /** Kept on the appointment, so a cancellation or a move can withdraw it. */
  on_appointment: boolean
}

/** The patient's appointment and the reminder jobs waiting for it in pg-boss's queue. */
function remindersInQueue(backend: RestartableBackend, patientPhone: string) {
  return backend.withDatabase(async (sql) => {
    const [appointment] = await sql.query<{ id: string; scheduled_at: Date; status: string }>(
      `SELECT a.id, a.scheduled_at, a.status FROM appointments a
         JOIN user_identifiers i ON i.user_id = a.patient_id
       WHERE i.type = 'phone' AND i.value = $1`,
      [patientPhone],
    )
    const jobs = await sql.query<PlannedReminder>(
      `SELECT j.id, j.start_after, j.state, (j.data->>'minutesBefore')::int AS minutes_before,
              j.id = ANY(a.reminder_job_ids) AS on_appointment
         FROM pgboss.job j JOIN appointments a ON a.id::text = j.data->>'appointmentId'
       WHERE j.name = 'appointment.reminder' AND a.id = $1
       ORDER BY j.start_after`,
      [appointment?.id ?? '00000000-0000-0000-0000-000000000000'],
    )
    return { appointment, jobs }
  })
}

/** The notification centre's rows with this title, read or not. */
const centreRows = (page: Page, title: string) =>
  page.getByRole('main').getByRole('link', { name: new RegExp(`^(خوانده‌نشده: )?${title}`) })

async function expectNoSeriousViolations(page: Page, screen: string) {
  const findings: AxeFinding[] = await seriousViolations(page)
  const report = findings.map((f) => `${f.impact} ${f.id}: ${f.help}\n  ${f.targets.join('\n  ')}`)
  expect(report.join('\n'), `axe on ${screen}`).toBe('')
}

describeInBrowser('notifications', (suite) => {
  it('a patient books; the psychologist’s bell counts up live and the centre shows it', async () => {
    step('psychologist signs in')
    const staff = (await suite.newPage()).page
    await signInWithCode(staff, suite.baseUrl, ALI_PHONE)
    await staff.goto(`${suite.baseUrl}/agenda`)
    await bell(staff).waitFor()
    // Earlier journeys in the same run may have left her notifications: count from here.
    await staff.waitForLoadState('networkidle')
    const before = await unreadOnBell(staff)

    step('patient books and pays')
    const patient = await newPatient(suite)
    await bookAndPay(patient, suite.baseUrl, { psychologist: ALI })

    step('bell counts up without a reload')
    await expect
      .poll(() => unreadOnBell(staff), { timeout: 30_000, interval: 250 })
      .toBeGreaterThan(before)
    const badge = staff.getByTestId('notification-badge')
    expect(await badge.textContent()).toMatch(/^[۰-۹]+\+?$/)
    await screenshotBothSizes(staff, 'notifications-bell-fa')

    step('the centre lists it, unread, under today')
    await bell(staff).click()
    await staff.getByRole('heading', { level: 1, name: 'اعلان‌ها' }).waitFor()
    const today = staff.getByRole('region', { name: /^امروز — / })
    const fresh = today.getByRole('link', { name: /خوانده‌نشده: قرار تازه/ }).first()
    await fresh.waitFor()
    await screenshotBothSizes(staff, 'notifications-centre-fa')
    await expectNoSeriousViolations(staff, '/notifications')

    step('opening it marks it read and goes to the appointment')
    const countBeforeOpening = await unreadOnBell(staff)
    await fresh.click()
    await staff.waitForURL((url) => url.pathname !== '/notifications')
    await expect.poll(() => unreadOnBell(staff), { timeout: 10_000 }).toBe(countBeforeOpening - 1)

    step('preferences screen')
    await staff.goto(`${suite.baseUrl}/settings#notifications`)
    await staff.getByRole('group', { name: 'یادآوری نوبت' }).waitFor()
    await screenshotBothSizes(staff, 'notifications-settings-fa')
    await expectNoSeriousViolations(staff, '/settings')
  }, 180_000)

  it('the service worker shows a pushed notification, and follows only app paths', async () => {
    // Chromium delivers the message to the worker itself (DevTools protocol), as a push
    // service would after decrypting it: no push service is reachable from a test, or from
    // many networks in Iran.
    const { context, page } = await suite.newPage()
    await context.grantPermissions(['notifications'], { origin: suite.baseUrl })
    await page.goto(suite.baseUrl)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    const cdp = await context.newCDPSession(page)
    const registered = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const live = registrations.find((registration) => !registration.isDeleted)
        if (live) resolve(live.registrationId)
      })
    })
    await cdp.send('ServiceWorker.enable')
    const registrationId = await registered
    const push = (payload: object) =>
      cdp.send('ServiceWorker.deliverPushMessage', {
        origin: suite.baseUrl,
        registrationId,
        data: JSON.stringify(payload),
      })
    const shown = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready
        return (await registration.getNotifications()).map((notice) => ({
          title: notice.title,
          body: notice.body,
          tag: notice.tag,
          dir: notice.dir,
          lang: notice.lang,
          link: (notice.data as { link: string }).link,
        }))
      })

    const id = '00000000-0000-4000-8000-0000000000b1'
    await push({ id, title: 'قرار تازه', body: 'دوشنبه ساعت ۰۹:۰۰', link: '/agenda', lang: 'fa' })
    await expect.poll(shown, { timeout: 10_000 }).toEqual([
      {
        title: 'قرار تازه',
        body: 'دوشنبه ساعت ۰۹:۰۰',
        tag: id,
        dir: 'rtl',
        lang: 'fa',
        link: '/agenda',
      },
    ])

    const other = '00000000-0000-4000-8000-0000000000b2'
    await push({
      id: other,
      title: 'Hi',
      body: 'x',
      link: 'https://elsewhere.example/',
      lang: 'en',
    })
    await expect
      .poll(async () => (await shown()).find((notice) => notice.tag === other), { timeout: 10_000 })
      .toEqual({
        title: 'Hi',
        body: 'x',
        tag: other,
        dir: 'ltr',
        lang: 'en',
        link: '/notifications',
      })
  })

  describe('on a backend of its own, whose job queue the journey can reach', () => {
    let backend: RestartableBackend
    beforeAll(async () => {
      backend = await startRestartableBackend()
    }, REMINDER_JOURNEY_TIMEOUT)
    afterAll(() => backend?.stop())

    it(
      'a reminder waits in the queue and appears in the centre when its time comes',
      async () => {
        step('reminder: a patient books and pays a session more than a day ahead')
        const phone = freshPhone()
        const patient = await newPatient({ ...suite, baseUrl: backend.origin }, phone)
        const booked = await bookAndPay(patient, backend.origin, { minDaysAhead: 3 })
        expect(booked.shownTime).toBe(tehranClock(booked.startsAt))

        step('reminder: both reminders wait in the queue for their time')
        const { appointment, jobs } = await remindersInQueue(backend, `+98${phone.slice(1)}`)
        expect(appointment?.status).toBe('confirmed')
        const startsAt = appointment?.scheduled_at.getTime() ?? Number.NaN
        expect(startsAt).toBe(Date.parse(booked.startsAt))
        const planned = jobs.map((job) => ({
          minutesBefore: job.minutes_before,
          startAfter: job.start_after.toISOString(),
          state: job.state,
          onAppointment: job.on_appointment,
        }))
        expect(planned).toEqual([
          {
            minutesBefore: 1440,
            startAfter: new Date(startsAt - 24 * HOUR_MS).toISOString(),
            state: 'created',
            onAppointment: true,
          },
          {
            minutesBefore: 60,
            startAfter: new Date(startsAt - HOUR_MS).toISOString(),
            state: 'created',
            onAppointment: true,
          },
        ])

        step('reminder: the centre has the receipt and the confirmation, no reminder yet')
        await patient.goto(`${backend.origin}/notifications`)
        await patient.getByRole('heading', { level: 1, name: 'اعلان‌ها' }).waitFor()
        await centreRows(patient, 'رسید پرداخت').first().waitFor()
        await centreRows(patient, 'قرار شما قطعی شد').first().waitFor()
        await patient.waitForLoadState('networkidle')
        expect(await centreRows(patient, 'یادآوری قرار').count()).toBe(0)
        const unreadBefore = await unreadOnBell(patient)
        // Marks this document: a reload or a navigation would drop it.
        await patient.evaluate(() => {
          ;(window as unknown as { stillThisPage: boolean }).stillThisPage = true
        })

        step('reminder: the hour before the session comes (its job is due now)')
        const hourBefore = jobs.find((job) => job.minutes_before === 60)
        const moved = await backend.withDatabase((sql) =>
          sql.query(
            `UPDATE pgboss.job SET start_after = now()
             WHERE name = 'appointment.reminder' AND id = $1 AND state = 'created' RETURNING id`,
            [hourBefore?.id],
          ),
        )
        expect(moved).toHaveLength(1)

        step('reminder: it appears in the open centre and the bell counts up, without a reload')
        const reminder = centreRows(patient, 'یادآوری قرار')
        await reminder.first().waitFor({ timeout: 60_000 })
        await expect
          .poll(() => unreadOnBell(patient), { timeout: 30_000, interval: 250 })
          .toBe(unreadBefore + 1)
        expect(
          await patient.evaluate(
            () => (window as unknown as { stillThisPage?: boolean }).stillThisPage,
          ),
        ).toBe(true)
        if (process.env.DATABASE_URL) {
          // PostgreSQL let the job be moved while the server ran, so the notice came over the
          // open socket, which the bell also reads out. (On PGlite the server restarted around
          // the change and the page caught up on reconnecting.)
          await patient.getByText('اعلان تازه: یادآوری قرار').waitFor({ state: 'attached' })
        }

        step('reminder: it names the session’s time in Tehran, in Persian')
        // Only the hour-before reminder came: the day-before one is still in the queue.
        expect(await reminder.count()).toBe(1)
        const today = patient.getByRole('region', { name: /^امروز — / })
        const row = today.getByRole('link', { name: /^خوانده‌نشده: یادآوری قرار/ })
        await row.waitFor()
        const text = (await row.textContent()) ?? ''
        expect(text).toContain(`یادآوری: قرار شما ${persianWhen(booked.startsAt)} است`)
        expect(text).toContain(booked.shownTime)
        expect(text).not.toMatch(/[0-9]/)
        expect(await row.getAttribute('href')).toBe(`/appointments/${appointment?.id}`)

        await patient.setViewportSize({ width: 360, height: 740 })
        await patient.evaluate(() => document.fonts.ready.then(() => undefined))
        writeArtifact(
          'screenshots/notifications-reminder-fa-360x740.png',
          await patient.screenshot({ animations: 'disabled' }),
        )
      },
      REMINDER_JOURNEY_TIMEOUT,
    )
  })
})
