import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { UploadedFile } from '@yektayar/shared/types'
import { i18n, uploadFile } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COURSE_ID, course, problem } from '../testing/course-fixtures.ts'
import { fakeApi, renderPage } from '../testing/render-page.tsx'
import { NewCoursePage } from './new-course-page.tsx'

vi.mock('@yektayar/ui', async (original) => ({
  ...(await original<typeof import('@yektayar/ui')>()),
  uploadFile: vi.fn(),
}))

const PICTURE_ID = '55555555-5555-4555-8555-555555555555'

describe('new course', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.mocked(uploadFile).mockReset()
  })

  it('names what is missing or malformed instead of sending', async () => {
    const calls = fakeApi(['courses.manage'], () => ({ status: 201, body: course() }))
    renderPage('/courses/new', NewCoursePage)
    await userEvent.type(await screen.findByLabelText('Tags'), 'Sleep, بی‌خوابی')
    const price = screen.getByLabelText('Price (toman)')
    await userEvent.clear(price)
    await userEvent.type(price, '12.5')
    await userEvent.click(screen.getByRole('button', { name: 'Create course' }))

    expect(screen.getByText('Fill this in.')).toBeTruthy()
    expect(
      screen.getByText('Tags hold only lower-case English letters, digits and hyphens.'),
    ).toBeTruthy()
    expect(screen.getByText('Enter the price in whole toman; 0 means free.')).toBeTruthy()
    expect(calls).toEqual([])
  })

  it('creates a priced course: the price typed in toman goes out in rials', async () => {
    vi.mocked(uploadFile).mockResolvedValue({
      id: PICTURE_ID,
      url: `/api/v1/files/${PICTURE_ID}`,
    } as UploadedFile)
    const calls = fakeApi(['courses.manage'], () => ({ status: 201, body: course() }))
    const router = renderPage('/courses/new', NewCoursePage)
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'مدیریت نگرانی')
    await userEvent.type(screen.getByLabelText('Title (English)'), 'Managing worry')
    await userEvent.type(screen.getByLabelText('Description (Persian)'), 'گام‌به‌گام')
    await userEvent.selectOptions(screen.getByLabelText('Level'), 'intermediate')
    await userEvent.selectOptions(screen.getByLabelText('Main format'), 'interactive')
    await userEvent.type(screen.getByLabelText('Tags'), 'anxiety, Worry-time')
    const price = screen.getByLabelText('Price (toman)')
    await userEvent.clear(price)
    await userEvent.type(price, '۲۵۰٬۰۰۰')
    expect(screen.getByText('250,000 toman, that is 2,500,000 rials')).toBeTruthy()
    const picture = new File(['png'], 'cover.png', { type: 'image/png' })
    await userEvent.upload(screen.getByLabelText(/^Course picture/), picture)
    expect(await screen.findByRole('img', { name: 'The course’s current picture' })).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Create course' }))

    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0]).toEqual({
      method: 'POST',
      path: '/api/v1/courses',
      body: {
        title: 'مدیریت نگرانی',
        titleEn: 'Managing worry',
        description: 'گام‌به‌گام',
        descriptionEn: null,
        contentType: 'interactive',
        difficulty: 'intermediate',
        tags: ['anxiety', 'worry-time'],
        priceIrr: 2_500_000,
        reviewerId: null,
        thumbnailFileId: PICTURE_ID,
      },
    })
    await waitFor(() => expect(router.state.location.pathname).toBe(`/courses/${COURSE_ID}`))
  })

  it('shows the server’s refusal with the shared error text', async () => {
    fakeApi(['courses.manage'], () => problem(409, 'FILE_NOT_USABLE'))
    renderPage('/courses/new', NewCoursePage)
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'خواب')
    await userEvent.click(screen.getByRole('button', { name: 'Create course' }))
    expect(await screen.findByText('This file cannot be used here.')).toBeTruthy()
  })
})
