import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { AppointmentView, DocumentFile } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  fakeApi,
  initTestI18n,
  problem,
  type Reply,
  userFixture,
  withQueryClient,
} from '../../../shared/testing/test-support.tsx'
import { DocumentsPage } from './documents-page.tsx'

// The page adds its own strings (documents-messages.ts), as it does in the app.
initTestI18n({ fa: {}, en: {} })

const LIST = 'GET /api/v1/users/me/documents?limit=50'
const SESSION_ID = '00000000-0000-4000-8000-0000000000b1'
const DOC_ID = '00000000-0000-4000-8000-0000000000d1'

function documentFixture(overrides: Partial<DocumentFile> = {}): DocumentFile {
  return {
    id: DOC_ID,
    displayName: 'نامهٔ ارجاع.pdf',
    mime: 'application/pdf',
    size: 1229,
    url: `/api/v1/files/${DOC_ID}`,
    fallbackUrl: null,
    // 12 Azar 1405 in Tehran.
    createdAt: '2026-12-03T08:00:00.000Z',
    appointment: null,
    ...overrides,
  }
}

function sessionFixture(): AppointmentView {
  return {
    id: SESSION_ID,
    status: 'confirmed',
    psychologist: { id: 'p', name: { fa: 'نازنین کریمی', en: 'Nazanin Karimi' }, avatarUrl: null },
    patient: { id: 'u', name: { fa: 'سارا', en: 'Sara' }, avatarUrl: null },
    startsAt: '2026-12-10T06:30:00.000Z',
    endsAt: '2026-12-10T07:30:00.000Z',
  } as AppointmentView
}

const ok = (body: unknown): Reply => ({ status: 200, body })
/** A name inside a sentence comes between Unicode isolate marks (shared/isolate.ts). */
const isolated = (name: string) => `\u2068${name}\u2069`
const page = (...items: DocumentFile[]): Reply => ok({ items, nextCursor: null })

function renderPage(replies: Record<string, Reply[]>) {
  const api = fakeApi({
    'GET /api/v1/users/me': [ok(userFixture())],
    'GET /api/v1/appointments?scope=upcoming&limit=50': [ok({ items: [sessionFixture()] })],
    'GET /api/v1/appointments?scope=past&limit=50': [ok({ items: [] })],
    ...replies,
  })
  render(withQueryClient(<DocumentsPage />))
  return api
}

/** XMLHttpRequest (uploads use it for progress): records the form, reports half, then answers. */
function fakeUploads(reply: Reply) {
  const sent: [string, FormDataEntryValue][][] = []
  class FakeXhr {
    status = 0
    responseText = ''
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    onabort: (() => void) | null = null
    withCredentials = false
    open() {}
    setRequestHeader() {}
    abort() {}
    send(form: FormData) {
      sent.push([...form.entries()])
      this.upload.onprogress?.({ loaded: 600, total: 1229 } as ProgressEvent)
      setTimeout(() => {
        this.status = reply.status
        this.responseText = JSON.stringify(reply.body)
        this.onload?.()
      }, 30)
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr)
  return sent
}

const pdf = (name = 'نتیجهٔ آزمایش.pdf') =>
  new File([new Uint8Array(1229)], name, { type: 'application/pdf' })

describe('my documents', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('lists each document with its kind, size in Persian digits, Jalali date and session', async () => {
    renderPage({
      [LIST]: [
        page(
          documentFixture({ appointment: { id: SESSION_ID, startsAt: sessionFixture().startsAt } }),
        ),
      ],
    })
    const list = await screen.findByRole('list', { name: 'مدارک من' })
    const item = within(list).getByRole('listitem')
    expect(within(item).getByText('نامهٔ ارجاع.pdf')).toBeTruthy()
    expect(item.textContent).toContain('PDF · ۱٫۲ کیلوبایت · ۱۲ آذر ۱۴۰۵')
    // Isolated, so "PDF" does not drag the Persian digits into a left-to-right run.
    expect(within(item).getByText('PDF').tagName).toBe('BDI')
    const select = within(item).getByRole('combobox', { name: 'برای جلسه' }) as HTMLSelectElement
    await waitFor(() => expect(select.value).toBe(SESSION_ID))
    expect(select.selectedOptions[0]?.textContent).toBe('۱۹ آذر ۱۴۰۵، ساعت ۱۰:۰۰ — نازنین کریمی')
    const open = within(item).getByRole('link', { name: 'باز کردن نامهٔ ارجاع.pdf' })
    expect(open.getAttribute('href')).toBe(`/api/v1/files/${DOC_ID}`)
    // A PDF downloads where the reader is; a picture would open in a new tab.
    expect(open.getAttribute('download')).toBe('نامهٔ ارجاع.pdf')
    expect(open.getAttribute('target')).toBeNull()
  })

  it('says so when there are none, and offers a retry when the list fails', async () => {
    renderPage({ [LIST]: [page()] })
    expect(await screen.findByRole('heading', { name: 'هنوز مدرکی ندارید' })).toBeTruthy()

    renderPage({ [LIST]: [{ status: 500 }, page(documentFixture())] })
    await userEvent.click(await screen.findByRole('button', { name: /دوباره/ }))
    expect(await screen.findByText('نامهٔ ارجاع.pdf')).toBeTruthy()
  })

  it('uploads a chosen PDF as a document with its progress, then lists it', async () => {
    const sent = fakeUploads({ status: 201, body: { id: DOC_ID, displayName: 'نتیجهٔ آزمایش.pdf' } })
    renderPage({ [LIST]: [page(), page(documentFixture({ displayName: 'نتیجهٔ آزمایش.pdf' }))] })
    await screen.findByRole('heading', { name: 'هنوز مدرکی ندارید' })
    await userEvent.upload(screen.getByLabelText('انتخاب فایل'), pdf())
    const bar = await screen.findByRole('progressbar', {
      name: 'در حال بارگذاری نتیجهٔ آزمایش.pdf: ۴۹٪',
    })
    expect((bar as HTMLProgressElement).value).toBe(49)
    const notice = await screen.findByText(`«${isolated('نتیجهٔ آزمایش.pdf')}» اضافه شد.`)
    expect(notice.closest('[role=status]')).toBeTruthy()
    expect(await screen.findByText('نتیجهٔ آزمایش.pdf', { selector: 'bdi' })).toBeTruthy()
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(sent[0]?.map(([name]) => name)).toEqual(['purpose', 'file'])
    expect(sent[0]?.[0]?.[1]).toBe('document')
  })

  it('explains refused files: an iPhone photo before sending, and the server’s refusals', async () => {
    const sent = fakeUploads(problem(415, 'FILE_TYPE_NOT_ALLOWED'))
    renderPage({ [LIST]: [page()] })
    await screen.findByRole('heading', { name: 'هنوز مدرکی ندارید' })
    const input = screen.getByLabelText('انتخاب فایل') as HTMLInputElement
    const heic = new File(['x'], 'IMG_0042.HEIC', { type: 'image/heic' })
    // The picker's accept list would hide it; a drop or "all files" does not.
    await userEvent.upload(input, heic, { applyAccept: false })
    expect((await screen.findByRole('alert')).textContent).toContain(
      '«سازگارترین» (Most\u00a0Compatible)',
    )
    expect(sent).toHaveLength(0)
    expect(screen.queryByRole('button', { name: 'تلاش دوباره' })).toBeNull()

    await userEvent.click(screen.getByRole('button', { name: 'بستن پیام IMG_0042.HEIC' }))
    await userEvent.upload(input, new File(['x'], 'notes.txt', { type: 'text/plain' }), {
      applyAccept: false,
    })
    expect((await screen.findByRole('alert')).textContent).toBe(
      'فقط PDF و عکس (JPEG، PNG یا WebP) پذیرفته می‌شود.',
    )
    expect(screen.queryByRole('button', { name: 'تلاش دوباره' })).toBeNull()
  })

  it('says when the space is full, and lets the upload be tried again', async () => {
    fakeUploads(problem(409, 'FILE_QUOTA_EXCEEDED'))
    renderPage({ [LIST]: [page()] })
    await screen.findByRole('heading', { name: 'هنوز مدرکی ندارید' })
    await userEvent.upload(screen.getByLabelText('انتخاب فایل'), pdf())
    expect((await screen.findByRole('alert')).textContent).toContain('فضای مدارک شما پر شده است')
    fakeUploads({ status: 201, body: { id: DOC_ID, displayName: 'نتیجهٔ آزمایش.pdf' } })
    await userEvent.click(screen.getByRole('button', { name: 'تلاش دوباره' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })

  it('links a document to a session and unlinks it', async () => {
    const linked = documentFixture({
      appointment: { id: SESSION_ID, startsAt: sessionFixture().startsAt },
    })
    const api = renderPage({
      [LIST]: [page(documentFixture()), page(linked), page(documentFixture())],
      [`PUT /api/v1/files/${DOC_ID}/appointment`]: [ok(linked), ok(documentFixture())],
    })
    const select = (await screen.findByRole('combobox', { name: 'برای جلسه' })) as HTMLSelectElement
    await screen.findByRole('option', { name: /نازنین کریمی/ })
    await userEvent.selectOptions(select, SESSION_ID)
    expect(await screen.findByText('ذخیره شد')).toBeTruthy()
    expect(select.value).toBe(SESSION_ID)
    await userEvent.selectOptions(select, '')
    await waitFor(() =>
      expect(api.bodiesSentTo(`PUT /api/v1/files/${DOC_ID}/appointment`)).toEqual([
        { appointmentId: SESSION_ID },
        { appointmentId: null },
      ]),
    )
  })

  it('deletes a document only once asked twice, then says so', async () => {
    const api = renderPage({
      [LIST]: [page(documentFixture()), page()],
      [`DELETE /api/v1/files/${DOC_ID}`]: [{ status: 204 }],
    })
    const remove = await screen.findByRole('button', { name: 'حذف نامهٔ ارجاع.pdf' })
    await userEvent.click(remove)
    expect(
      screen.getByText(
        `«${isolated('نامهٔ ارجاع.pdf')}» حذف شود؟ روان‌شناس شما هم دیگر آن را نمی‌بیند.`,
      ),
    ).toBeTruthy()
    const keep = screen.getByRole('button', { name: 'انصراف' })
    expect(document.activeElement).toBe(keep)
    await userEvent.click(keep)
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'حذف نامهٔ ارجاع.pdf' }))
    expect(api.calls().some((call) => call.key.startsWith('DELETE'))).toBe(false)

    await userEvent.click(screen.getByRole('button', { name: 'حذف نامهٔ ارجاع.pdf' }))
    await userEvent.click(screen.getByRole('button', { name: 'بله، حذف شود' }))
    expect(await screen.findByText(`«${isolated('نامهٔ ارجاع.pdf')}» حذف شد.`)).toBeTruthy()
    expect(await screen.findByRole('heading', { name: 'هنوز مدرکی ندارید' })).toBeTruthy()
  })

  it('speaks English too, left to right', async () => {
    await i18n.changeLanguage('en')
    renderPage({ [LIST]: [page(documentFixture())] })
    expect(await screen.findByRole('heading', { level: 1, name: 'My documents' })).toBeTruthy()
    const item = await screen.findByRole('listitem')
    expect(item.textContent).toContain('PDF · 1.2 KB · December 3, 2026')
    expect(screen.getByRole('link', { name: 'Open نامهٔ ارجاع.pdf' })).toBeTruthy()
  })
})
