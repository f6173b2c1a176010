import { render, screen } from '@testing-library/react'
import type { DocumentFile } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  fakeApi,
  initTestI18n,
  problem,
  type Reply,
  withQueryClient,
} from '../testing/test-support.tsx'
import { PatientDocumentsSection } from './patient-documents-section.tsx'

// The section adds its own strings (document-files-messages.ts), as it does in the app.
initTestI18n({ fa: {}, en: {} })

const PATIENT = '11111111-1111-4111-8111-111111111111'
const SESSION = '6f1c0c7e-4a55-4b8e-9d5c-1f2b3c4d5e6f'
const LIST = `GET /api/v1/patients/${PATIENT}/documents?limit=50`

const documentOf = (id: string, name: string, session: DocumentFile['appointment']) => ({
  id,
  displayName: name,
  mime: name.endsWith('.pdf') ? 'application/pdf' : 'image/webp',
  size: 2_500_000,
  url: `/api/v1/files/${id}`,
  fallbackUrl: null,
  createdAt: '2026-12-03T08:00:00.000Z',
  appointment: session,
})

function renderSection(reply: Reply) {
  fakeApi({ [LIST]: [reply] })
  render(withQueryClient(<PatientDocumentsSection patientId={PATIENT} appointmentId={SESSION} />))
}

describe('a patient’s documents on their psychologist’s session page', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('lists them with open links, marking the ones brought for this session', async () => {
    renderSection({
      status: 200,
      body: {
        items: [
          documentOf('d1', 'نامهٔ ارجاع.pdf', { id: SESSION, startsAt: '2026-12-10T06:30:00Z' }),
          documentOf('d2', 'نسخه.jpg', { id: 'other', startsAt: '2026-11-26T06:30:00Z' }),
          documentOf('d3', 'گزارش.pdf', null),
        ],
        nextCursor: null,
      },
    })
    const list = await screen.findByRole('list', { name: 'مدارک مراجع' })
    const items = list.querySelectorAll('li')
    expect(items).toHaveLength(3)
    expect(items[0]?.textContent).toContain('برای همین جلسه')
    expect(items[1]?.textContent).toContain('جلسهٔ ۵ آذر ۱۴۰۵')
    expect(items[1]?.textContent).toContain('تصویر · ۲٫۴ مگابایت')
    expect(items[2]?.textContent).not.toContain('جلسه')
    const open = screen.getByRole('link', { name: 'باز کردن گزارش.pdf' })
    expect(open.getAttribute('href')).toBe('/api/v1/files/d3')
  })

  it('says when there are none', async () => {
    renderSection({ status: 200, body: { items: [], nextCursor: null } })
    expect(await screen.findByText('مراجع هنوز مدرکی بارگذاری نکرده است.')).toBeTruthy()
  })

  it('explains the wait before a first confirmed session rather than showing a failure', async () => {
    renderSection(problem(404, 'NOT_FOUND'))
    expect(await screen.findByText(/پس از قطعی شدن نخستین جلسه/)).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
