import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { clinicianDetailSchema, clinicianPageSchema } from '@yektayar/shared'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { ClinicianQueuePage } from './clinician-queue-page.tsx'
import { ClinicianReviewPage } from './clinician-review-page.tsx'

const ID = '0b5c6a3e-1111-4222-8333-944455556666'
const TYPE = '0b5c6a3e-1111-4222-8333-944455550001'
const review = { state: 'new', rejectionReason: null, reviewedAt: null }

// The contracts the professionals and files modules answer with.
const QUEUE = clinicianPageSchema.parse({
  items: [
    {
      id: ID,
      name: { fa: 'مریم رضایی', en: 'Maryam Rezaei' },
      photoUrl: null,
      licenseNumber: 'PS-1402-77',
      isListed: true,
      submittedAt: '2026-11-20T08:00:00.000Z',
      updatedAt: '2026-11-21T08:00:00.000Z',
      review,
    },
  ],
  nextCursor: null,
})
const DETAIL = clinicianDetailSchema.parse({
  id: ID,
  name: { fa: 'مریم رضایی', en: 'Maryam Rezaei' },
  photoUrl: null,
  gender: 'female',
  yearsOfExperience: 8,
  specialties: ['anxiety', 'trauma'],
  approaches: [],
  languages: ['fa'],
  isVerified: false,
  modes: ['video'],
  minPriceIrr: 12_000_000,
  bioFa: 'روان‌شناس بالینی',
  bioEn: '',
  licenseNumber: 'PS-1402-77',
  officeAddress: null,
  sessionTypes: [
    {
      id: TYPE,
      nameFa: 'جلسهٔ فردی',
      nameEn: 'Individual session',
      durationMinutes: 50,
      mode: 'video',
      priceIrr: 12_000_000,
      isActive: true,
    },
  ],
  policy: {
    timeZone: 'Asia/Tehran',
    minNoticeMinutes: 240,
    bookingHorizonDays: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    slotStepMinutes: 30,
    blockHolidays: false,
  },
  isListed: true,
  isActive: true,
  submittedAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-21T08:00:00.000Z',
  review,
})
const DOCUMENTS = {
  items: [
    {
      id: '0b5c6a3e-1111-4222-8333-944455550002',
      displayName: 'پروانه.pdf',
      mime: 'application/pdf',
      size: 1000,
      url: '/api/v1/files/0b5c6a3e-1111-4222-8333-944455550002',
      fallbackUrl: null,
      createdAt: '2026-11-20T09:00:00.000Z',
      appointment: null,
    },
  ],
  nextCursor: null,
}

function answer(call: FakeCall) {
  if (call.path.endsWith('/documents')) return { status: 200, body: DOCUMENTS }
  if (call.path.startsWith('/api/v1/admin/clinicians?')) return { status: 200, body: QUEUE }
  if (call.method === 'PUT') return { status: 200, body: DETAIL }
  if (call.method === 'PATCH') return { status: 200, body: { ...DETAIL, isListed: false } }
  return { status: 200, body: DETAIL }
}

describe('clinician verification', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('lists the queue oldest first with each profile’s state', async () => {
    const calls = fakeApi(['professionals.verify'], answer)
    renderPage('/clinicians', ClinicianQueuePage)
    const link = await screen.findByRole('link', { name: 'مریم رضایی' })
    expect(link.getAttribute('href')).toBe(`/clinicians/${ID}`)
    expect(calls[0]?.path).toBe('/api/v1/admin/clinicians?status=awaiting&limit=50')
    const table = screen.getByRole('table', { name: 'روان‌شناسان، قدیمی‌ترین پروفایل اول' })
    expect(within(table).getByText('بررسی‌نشده')).toBeTruthy()
    expect(within(table).getByText('PS-1402-77')).toBeTruthy()
  })

  it('reviews the profile and documents, and sends it back only with a reason', async () => {
    const calls = fakeApi(['professionals.verify'], answer)
    renderPage('/clinicians/:id', ClinicianReviewPage, `/clinicians/${ID}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'مریم رضایی' })).toBeTruthy()
    expect(screen.getByText('اضطراب، تروما')).toBeTruthy()
    expect(screen.getByText('۸ سال')).toBeTruthy()
    expect(screen.getByText('۱٬۲۰۰٬۰۰۰ تومان')).toBeTruthy()
    const document = await screen.findByRole('link', { name: 'باز کردن پروانه.pdf' })
    expect(document.getAttribute('href')).toBe(DOCUMENTS.items[0]?.url)

    await userEvent.click(screen.getByRole('button', { name: 'برگرداندن برای اصلاح' }))
    const dialog = await screen.findByRole('dialog', { name: 'برگرداندن پروفایل برای اصلاح' })
    await userEvent.type(within(dialog).getByLabelText(/دلیل/), 'کم')
    await userEvent.click(within(dialog).getByRole('button', { name: 'فرستادن' }))
    expect(within(dialog).getByText('دلیل را دست‌کم در ۵ نویسه بنویسید.')).toBeTruthy()
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([])

    await userEvent.type(within(dialog).getByLabelText(/دلیل/), 'ی تصویر پروانه خوانا نیست')
    await userEvent.click(within(dialog).getByRole('button', { name: 'فرستادن' }))
    expect(await screen.findByText(/دلیل برای روان‌شناس فرستاده شد/)).toBeTruthy()
    expect(calls.find((call) => call.method === 'PUT')).toEqual({
      method: 'PUT',
      path: `/api/v1/professionals/${ID}/verification`,
      body: { isVerified: false, reason: 'کمی تصویر پروانه خوانا نیست' },
    })

    await userEvent.click(screen.getByRole('button', { name: 'تأیید پروفایل' }))
    const approve = await screen.findByRole('dialog', { name: 'تأیید پروفایل' })
    await userEvent.click(within(approve).getByRole('button', { name: 'تأیید' }))
    expect(await screen.findByText('پروفایل تأیید شد و به روان‌شناس خبر داده شد.')).toBeTruthy()
    expect(calls.filter((call) => call.method === 'PUT').at(-1)?.body).toEqual({ isVerified: true })
  })

  it('edits the listing sending only what changed', async () => {
    const calls = fakeApi(['professionals.verify'], answer)
    renderPage('/clinicians/:id', ClinicianReviewPage, `/clinicians/${ID}`)
    await userEvent.click(await screen.findByRole('button', { name: 'ویرایش نمایش' }))
    const dialog = await screen.findByRole('dialog', { name: 'ویرایش نمایش در فهرست' })
    await userEvent.click(
      within(dialog).getByRole('switch', { name: 'در فهرست روان‌شناسان نمایش داده شود' }),
    )
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'تروما' }))
    await userEvent.click(within(dialog).getByRole('switch', { name: 'جلسهٔ فردی ارائه شود' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'ذخیرهٔ تغییرات' }))
    expect(await screen.findByText('تغییرات ذخیره شد.')).toBeTruthy()
    expect(calls.find((call) => call.method === 'PATCH')).toEqual({
      method: 'PATCH',
      path: `/api/v1/admin/clinicians/${ID}/listing`,
      body: {
        isListed: false,
        specialties: ['anxiety'],
        sessionTypes: [{ id: TYPE, isActive: false }],
      },
    })
  })
})
