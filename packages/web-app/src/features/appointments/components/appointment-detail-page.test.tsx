import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type {
  AppointmentNote,
  AppointmentView,
  AppointmentViewer,
  DocumentFile,
} from '@yektayar/shared'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { appointmentsMessagesFa } from '../appointments-messages-fa.ts'
import { AppointmentDetailPage } from './appointment-detail-page.tsx'

initTestI18n({ fa: { appointments: appointmentsMessagesFa }, en: {} })

const ID = '6f1c0c7e-4a55-4b8e-9d5c-1f2b3c4d5e6f'
const PATIENT = '11111111-1111-4111-8111-111111111111'
const DOCTOR = '22222222-2222-4222-8222-222222222222'

function appointmentFor(viewer: Partial<AppointmentViewer>, startsAt: string): AppointmentView {
  return {
    id: ID,
    status: 'confirmed',
    patient: { id: PATIENT, name: { fa: 'نگار تهرانی', en: 'Negar Tehrani' }, avatarUrl: null },
    psychologist: { id: DOCTOR, name: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' }, avatarUrl: null },
    sessionTypeId: '33333333-3333-4333-8333-333333333333',
    mode: 'video',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 50 * 60_000).toISOString(),
    durationMinutes: 50,
    priceIrr: 14_000_000,
    holdExpiresAt: null,
    joinUrl: null,
    joinOpensAt: null,
    cancelReason: null,
    cancelledBy: null,
    cancelledAt: null,
    outcomeRecordedAt: null,
    createdAt: '2026-03-01T10:00:00Z',
    viewer: {
      role: 'patient',
      canCancel: false,
      cancelRefundable: false,
      freeCancelUntil: null,
      canReschedule: false,
      canComplete: false,
      canMarkNoShow: false,
      canWriteNotes: false,
      undoOutcomeUntil: null,
      ...viewer,
    },
  }
}

const note = (id: string, content: string, isPrivate: boolean): AppointmentNote => ({
  id,
  appointmentId: ID,
  authorId: DOCTOR,
  isPrivate,
  content,
  createdAt: '2026-03-02T10:00:00Z',
  addenda: [],
})

const patientDocument: DocumentFile = {
  id: '44444444-4444-4444-8444-444444444444',
  displayName: 'نتیجهٔ آزمایش.pdf',
  mime: 'application/pdf',
  size: 52_000,
  url: '/api/v1/files/44444444-4444-4444-8444-444444444444',
  fallbackUrl: null,
  createdAt: '2026-03-01T09:00:00Z',
  appointment: { id: ID, startsAt: '2026-03-05T10:00:00Z' },
}

/** Answers by path; a PATCH or DELETE of the appointment answers `patched`. */
function fakeApi(options: {
  userId: string
  type: 'patient' | 'psychologist'
  appointment: AppointmentView
  notes: AppointmentNote[]
  patched?: AppointmentView
  undone?: AppointmentView
}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input)
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      })
    if (path === '/api/v1/auth/session') {
      return json({
        user: { id: options.userId, type: options.type },
        session: { id: 's', expiresAt: null },
        permissions: [],
        totpSetupRequired: false,
      })
    }
    if (path === '/api/v1/users/me') return json({ id: options.userId, preferences: {} })
    if (path === `/api/v1/appointments/${ID}/notes`) return json({ items: options.notes })
    if (path === `/api/v1/patients/${PATIENT}/documents?limit=50`) {
      return json({ items: [patientDocument], nextCursor: null })
    }
    if (path === `/api/v1/appointments/${ID}/outcome`) return json(options.undone)
    if (path === `/api/v1/appointments/${ID}`) {
      const method = init?.method ?? 'GET'
      return json(method === 'GET' ? options.appointment : options.patched)
    }
    return json({ code: 'NOT_FOUND' }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderDetail() {
  const router = createMemoryRouter(
    [{ path: '/appointments/:id', Component: AppointmentDetailPage }],
    { initialEntries: [`/appointments/${ID}`] },
  )
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('AppointmentDetailPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('lets the psychologist record the outcome the API allows and shows every note', async () => {
    const started = new Date(Date.now() - 30 * 60_000).toISOString()
    const appointment = appointmentFor(
      { role: 'psychologist', canComplete: true, canMarkNoShow: true, canWriteNotes: true },
      started,
    )
    const fetchMock = fakeApi({
      userId: DOCTOR,
      type: 'psychologist',
      appointment,
      notes: [note('n1', 'خصوصی: پیگیری خواب', true), note('n2', 'تمرین تنفس روزانه', false)],
      patched: {
        ...appointmentFor(
          {
            role: 'psychologist',
            canWriteNotes: true,
            undoOutcomeUntil: new Date(Date.now() + 15 * 60_000).toISOString(),
          },
          started,
        ),
        status: 'completed',
      },
      undone: appointment,
    })
    const user = userEvent.setup()
    renderDetail()

    expect(
      await screen.findByRole('heading', { level: 1, name: 'جلسه با نگار تهرانی' }),
    ).toBeTruthy()
    expect(await screen.findByText('خصوصی: پیگیری خواب')).toBeTruthy()
    // The patient's name opens their summary.
    expect(screen.getByRole('link', { name: 'نگار تهرانی' }).getAttribute('href')).toBe(
      `/patients/${PATIENT}`,
    )
    expect(screen.getByText('تمرین تنفس روزانه')).toBeTruthy()
    expect(screen.getByText('مشترک با مراجع')).toBeTruthy()
    expect(screen.getByLabelText('متن یادداشت')).toBeTruthy()
    // The patient's documents, the one brought for this session marked so.
    const documents = await screen.findByRole('list', { name: 'مدارک مراجع' })
    expect(documents.textContent).toContain('برای همین جلسه')
    expect(
      screen.getByRole('link', { name: 'باز کردن نتیجهٔ آزمایش.pdf' }).getAttribute('href'),
    ).toBe(patientDocument.url)
    // The API did not offer cancel or reschedule here, so neither button is drawn.
    expect(screen.queryByRole('button', { name: 'لغو نوبت' })).toBeNull()

    // One tap only asks; nothing is sent until the psychologist confirms.
    await user.click(screen.getByRole('button', { name: 'جلسه برگزار شد' }))
    expect(screen.getByText('ثبت شود که این جلسه برگزار شد؟')).toBeTruthy()
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false)
    await user.click(screen.getByRole('button', { name: 'انصراف' }))
    expect(screen.queryByText('ثبت شود که این جلسه برگزار شد؟')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'جلسه برگزار شد' }))
    await user.click(screen.getByRole('button', { name: 'بله، ثبت شود' }))

    expect(await screen.findByText('وضعیت جلسه ثبت شد.')).toBeTruthy()
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH')
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ status: 'completed' })
    expect(screen.queryByRole('button', { name: 'جلسه برگزار شد' })).toBeNull()
    expect(screen.getAllByText('برگزار شد').length).toBeGreaterThan(0)
    // The server keeps it undoable for a while: the page offers the undo until then.
    expect(screen.getByText(/نتیجهٔ «جلسه برگزار شد» ثبت شد/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'بازگرداندن' }))
    await vi.waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([path, init]) =>
            String(path) === `/api/v1/appointments/${ID}/outcome` && init?.method === 'DELETE',
        ),
      ).toBe(true),
    )
    expect(await screen.findByRole('button', { name: 'جلسه برگزار شد' })).toBeTruthy()
    expect(screen.getByText('نتیجهٔ ثبت‌شده بازگردانده شد؛ جلسه دوباره «قطعی» است.')).toBeTruthy()
  })

  it('cancels from the page: the dialog closes and says so once the API took it', async () => {
    const later = new Date(Date.now() + 72 * 3_600_000).toISOString()
    const open = { canCancel: true, canReschedule: true, freeCancelUntil: later }
    const fetchMock = fakeApi({
      userId: PATIENT,
      type: 'patient',
      appointment: appointmentFor(open, later),
      notes: [],
      patched: {
        ...appointmentFor({}, later),
        status: 'cancelled',
        cancelledBy: 'patient',
        cancelReason: 'سفر کاری',
      },
    })
    const user = userEvent.setup()
    renderDetail()

    await user.click(await screen.findByRole('button', { name: 'لغو نوبت' }))
    await user.type(screen.getByLabelText('دلیل لغو (اختیاری)'), 'سفر کاری')
    await user.click(screen.getByRole('button', { name: 'بله، نوبت لغو شود' }))

    expect(await screen.findByText('نوبت لغو شد.')).toBeTruthy()
    expect(screen.getByText('دلیل: سفر کاری')).toBeTruthy()
    expect(screen.queryByLabelText('دلیل لغو')).toBeNull()
    expect(screen.queryByRole('button', { name: 'لغو نوبت' })).toBeNull()
    const sent = fetchMock.mock.calls.find(([, init]) => init?.method === 'DELETE')
    expect(JSON.parse(String(sent?.[1]?.body))).toEqual({ reason: 'سفر کاری' })
  })

  it('tells a patient past the free window to message instead, and shows shared notes only', async () => {
    const soon = new Date(Date.now() + 5 * 3_600_000).toISOString()
    const fetchMock = fakeApi({
      userId: PATIENT,
      type: 'patient',
      appointment: appointmentFor(
        { freeCancelUntil: new Date(Date.parse(soon) - 24 * 3_600_000).toISOString() },
        soon,
      ),
      notes: [note('n2', 'تمرین تنفس روزانه', false)],
    })
    renderDetail()

    expect(
      await screen.findByRole('heading', { level: 1, name: 'جلسه با مریم احمدی' }),
    ).toBeTruthy()
    expect(await screen.findByText(/مهلت لغو یا تغییر رایگان این نوبت/)).toBeTruthy()
    // Messaging is reached by its URL, which opens the direct thread with this psychologist.
    expect(screen.getByRole('link', { name: 'پیام به روان‌شناس' }).getAttribute('href')).toBe(
      `/messages/new?to=psychologist%3A${DOCTOR}`,
    )
    expect(screen.getByRole('link', { name: 'افزودن به تقویم' }).getAttribute('href')).toBe(
      `/api/v1/appointments/${ID}/calendar.ics`,
    )
    expect(screen.queryByRole('button', { name: 'لغو نوبت' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'تغییر زمان' })).toBeNull()
    // The psychologist's name is no link: patient summaries are for psychologists.
    expect(screen.queryByRole('link', { name: 'مریم احمدی' })).toBeNull()
    expect(screen.getByText('۱٬۴۰۰٬۰۰۰ تومان')).toBeTruthy()
    expect(await screen.findByText('تمرین تنفس روزانه')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'یادداشت‌های روان‌شناس' })).toBeTruthy()
    expect(screen.queryByText('مشترک با مراجع')).toBeNull()
    expect(screen.queryByLabelText('متن یادداشت')).toBeNull()
    // A patient's own documents are on their documents page, not asked for here.
    expect(screen.queryByRole('heading', { name: 'مدارک مراجع' })).toBeNull()
    const asked = fetchMock.mock.calls.map(([path]) => String(path))
    expect(asked.some((path) => path.includes('/documents'))).toBe(false)
  })
})
