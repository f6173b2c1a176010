import { render, screen } from '@testing-library/react'
import type { ThreadMessage } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
import { messagingMessagesEn } from '../messaging-messages-en.ts'
import { messagingMessagesFa } from '../messaging-messages-fa.ts'
import { MessageBubble } from './message-bubble.tsx'

initTestI18n({ fa: { messaging: messagingMessagesFa }, en: { messaging: messagingMessagesEn } })

const message: ThreadMessage = {
  id: '00000000-0000-4000-8000-000000000001',
  threadId: '00000000-0000-4000-8000-000000000002',
  senderId: '00000000-0000-4000-8000-000000000003',
  content: 'سلام',
  isSystem: false,
  seq: 3,
  clientId: null,
  createdAt: '2026-12-06T04:00:00.000Z',
  editedAt: null,
  attachments: [],
}
const now = Date.parse(message.createdAt) + 60_000

describe('a message bubble', () => {
  it('says seen on my message once the other side has read it, and sent before', () => {
    const { rerender } = render(
      withQueryClient(<MessageBubble message={message} mine senderName={null} now={now} />),
    )
    expect(screen.getByText('ارسال شد')).toBeTruthy()
    expect(screen.queryByText('دیده شد')).toBeNull()
    rerender(
      withQueryClient(<MessageBubble message={message} mine seen senderName={null} now={now} />),
    )
    expect(screen.getByText('دیده شد')).toBeTruthy()
  })

  it('marks nothing on someone else’s message', () => {
    render(
      withQueryClient(<MessageBubble message={message} mine={false} senderName={null} now={now} />),
    )
    expect(screen.queryByText('دیده شد')).toBeNull()
    expect(screen.queryByText('ارسال شد')).toBeNull()
  })
})

describe('a course recommendation', () => {
  afterEach(async () => {
    vi.unstubAllGlobals()
    await i18n.changeLanguage('fa')
  })
  const courseId = '00000000-0000-4000-8000-000000000009'
  const recommended: ThreadMessage = {
    ...message,
    content: 'دورهٔ «ثبت افکار» را به شما پیشنهاد می‌کنم.',
    courseRecommendation: { courseId },
  }
  const course = { status: 200, body: { id: courseId, title: 'ثبت افکار', titleEn: 'Thoughts' } }
  const show = () =>
    render(
      withQueryClient(
        <MemoryRouter>
          <MessageBubble message={recommended} mine={false} senderName={null} now={now} />
        </MemoryRouter>,
      ),
    )

  it('shows the course’s title under the text and links to the course', async () => {
    const api = fakeApi({ [`GET /api/v1/courses/${courseId}`]: [course] })
    show()
    const card = screen.getByRole('complementary', { name: 'دورهٔ پیشنهادی' })
    expect(await screen.findByText('ثبت افکار', { selector: 'aside span' })).toBeTruthy()
    expect(card.querySelector('a')?.getAttribute('href')).toBe(`/courses/${courseId}`)
    expect(screen.getByRole('link', { name: 'مشاهدهٔ دوره' })).toBeTruthy()
    expect(api.calls()).toHaveLength(1)
  })

  it('reads in English, and still links when the course cannot be read', async () => {
    await i18n.changeLanguage('en')
    fakeApi({ [`GET /api/v1/courses/${courseId}`]: [{ status: 404 }] })
    show()
    expect(screen.getByRole('complementary', { name: 'Recommended course' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'View course' }).getAttribute('href')).toBe(
      `/courses/${courseId}`,
    )
  })

  it('is not shown on an ordinary message', () => {
    render(
      withQueryClient(<MessageBubble message={message} mine={false} senderName={null} now={now} />),
    )
    expect(screen.queryByRole('complementary')).toBeNull()
  })
})
