import { render, screen } from '@testing-library/react'
import type { ThreadMessage } from '@yektayar/shared/types'
import { describe, expect, it } from 'vitest'
import { initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
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
