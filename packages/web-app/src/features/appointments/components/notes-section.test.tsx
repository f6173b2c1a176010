import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { AppointmentNote, AppointmentView } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
import { appointmentsMessagesFa } from '../appointments-messages-fa.ts'
import { NotesSection } from './notes-section.tsx'

initTestI18n({ fa: { appointments: appointmentsMessagesFa }, en: {} })

const ID = '6f1c0c7e-4a55-4b8e-9d5c-1f2b3c4d5e6f'
const DOCTOR = '22222222-2222-4222-8222-222222222222'
const NOTES = `/api/v1/appointments/${ID}/notes`

const appointment = {
  id: ID,
  status: 'completed',
  patient: { id: 'p', name: { fa: 'نگار تهرانی', en: 'Negar Tehrani' } },
  psychologist: { id: DOCTOR, name: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' } },
  viewer: { role: 'psychologist', canWriteNotes: true },
} as AppointmentView

const note = (overrides: Partial<AppointmentNote> = {}): AppointmentNote => ({
  id: '77777777-7777-4777-8777-777777777777',
  appointmentId: ID,
  authorId: DOCTOR,
  isPrivate: false,
  content: 'تمرین: دفترچهٔ خواب',
  createdAt: '2026-03-02T10:00:00Z',
  addenda: [],
  ...overrides,
})

const session = {
  status: 200,
  body: {
    user: { id: DOCTOR, type: 'psychologist' },
    session: { id: 's', expiresAt: null },
    permissions: [],
    totpSetupRequired: false,
  },
}

describe('NotesSection', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('keeps the visibility the psychologist chose after saving a shared note', async () => {
    const api = fakeApi({
      'GET /api/v1/auth/session': [session],
      [`GET ${NOTES}`]: [
        { status: 200, body: { items: [] } },
        { status: 200, body: { items: [note()] } },
      ],
      [`POST ${NOTES}`]: [{ status: 201, body: note() }],
    })
    const user = userEvent.setup()
    render(withQueryClient(<NotesSection appointment={appointment} />))

    await user.type(await screen.findByLabelText('متن یادداشت'), 'تمرین: دفترچهٔ خواب')
    await user.click(screen.getByRole('radio', { name: 'من و مراجع (مشترک)' }))
    await user.click(screen.getByRole('button', { name: 'ذخیرهٔ یادداشت' }))

    expect(await screen.findByText('یادداشت ذخیره شد.')).toBeTruthy()
    expect(api.bodiesSentTo(`POST ${NOTES}`)).toEqual([
      { content: 'تمرین: دفترچهٔ خواب', isPrivate: false },
    ])
    expect((screen.getByLabelText('متن یادداشت') as HTMLTextAreaElement).value).toBe('')
    const shared = screen.getByRole('radio', { name: 'من و مراجع (مشترک)' }) as HTMLInputElement
    expect(shared.checked).toBe(true)
  })

  it('amends a note with a dated addendum under it, leaving the note as written', async () => {
    const addendum = {
      id: '88888888-8888-4888-8888-888888888888',
      noteId: note().id,
      authorId: DOCTOR,
      content: 'اصلاحیه: هفته‌ای سه شب',
      createdAt: '2026-03-03T10:00:00Z',
    }
    const api = fakeApi({
      'GET /api/v1/auth/session': [session],
      [`GET ${NOTES}`]: [
        { status: 200, body: { items: [note()] } },
        { status: 200, body: { items: [note({ addenda: [addendum] })] } },
      ],
      [`POST ${NOTES}/${note().id}/addenda`]: [{ status: 201, body: addendum }],
    })
    const user = userEvent.setup()
    render(withQueryClient(<NotesSection appointment={appointment} />))

    await user.click(await screen.findByRole('button', { name: 'افزودن اصلاحیه' }))
    await user.type(screen.getByLabelText('متن اصلاحیه'), 'اصلاحیه: هفته‌ای سه شب')
    await user.click(screen.getByRole('button', { name: 'ثبت اصلاحیه' }))

    const addenda = await screen.findByRole('list', { name: 'افزوده‌ها' })
    expect(within(addenda).getByText('اصلاحیه: هفته‌ای سه شب')).toBeTruthy()
    expect(within(addenda).getByText(/افزودهٔ مریم احمدی/)).toBeTruthy()
    expect(screen.getByText('تمرین: دفترچهٔ خواب')).toBeTruthy()
    expect(api.bodiesSentTo(`POST ${NOTES}/${note().id}/addenda`)).toEqual([
      { content: 'اصلاحیه: هفته‌ای سه شب' },
    ])
  })
})
