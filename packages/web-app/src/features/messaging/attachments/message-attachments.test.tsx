import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ThreadMessage } from '@yektayar/shared/types'
import { configureApiTransport } from '@yektayar/ui'
import { describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
import { Composer } from '../components/composer.tsx'
import { MessageBubble } from '../components/message-bubble.tsx'
import { messagingMessagesEn } from '../messaging-messages-en.ts'
import { messagingMessagesFa } from '../messaging-messages-fa.ts'

initTestI18n({ fa: { messaging: messagingMessagesFa }, en: { messaging: messagingMessagesEn } })

const image = {
  id: '00000000-0000-4000-8000-0000000000a1',
  mime: 'image/webp',
  size: 81_920,
  displayName: 'نسخه.jpg',
  width: 800,
  height: 600,
  url: '/api/v1/files/00000000-0000-4000-8000-0000000000a1',
  fallbackUrl: '/api/v1/files/00000000-0000-4000-8000-0000000000a1/fallback',
}
const pdf = {
  id: '00000000-0000-4000-8000-0000000000a2',
  mime: 'application/pdf',
  size: 2_516_582,
  displayName: 'آزمایش.pdf',
  width: null,
  height: null,
  url: '/api/v1/files/00000000-0000-4000-8000-0000000000a2',
  fallbackUrl: null,
}
const message: ThreadMessage = {
  id: '00000000-0000-4000-8000-000000000001',
  threadId: '00000000-0000-4000-8000-000000000002',
  senderId: '00000000-0000-4000-8000-000000000003',
  content: '',
  isSystem: false,
  seq: 3,
  clientId: null,
  createdAt: '2026-12-06T04:00:00.000Z',
  editedAt: null,
  attachments: [image, pdf],
}
const now = Date.parse(message.createdAt) + 60_000

describe('attachments in a conversation', () => {
  it('shows a picture as WebP with a JPEG fallback, and a PDF as a download card', () => {
    const { container } = render(
      withQueryClient(<MessageBubble message={message} mine senderName={null} now={now} />),
    )
    expect(container.querySelector('source')?.getAttribute('srcset')).toBe(image.url)
    expect(container.querySelector('picture img')?.getAttribute('src')).toBe(image.fallbackUrl)
    expect(screen.getByRole('button', { name: 'بزرگ کردن تصویر نسخه.jpg' })).toBeTruthy()
    const card = screen.getByRole('link', { name: /^دانلود آزمایش\.pdf/ })
    expect(card.getAttribute('href')).toBe(pdf.url)
    expect(card.textContent).toContain('PDF · ۲٫۴ مگابایت')
    // Files alone: no empty paragraph, nothing to edit.
    expect(screen.queryByRole('button', { name: 'ویرایش' })).toBeNull()
  })

  it('shows them in the Android app through signed links, which its bearer session needs', async () => {
    const api = 'https://api.example'
    configureApiTransport({ baseUrl: api, keepSessionToken: () => {} }, 'token')
    const expiresAt = new Date(Date.now() + 300_000).toISOString()
    const link = (file: typeof image | typeof pdf) => ({
      status: 200,
      body: {
        url: `${file.url}?sig=s-${file.id.slice(-2)}`,
        fallbackUrl: file.fallbackUrl && `${file.fallbackUrl}?sig=s-${file.id.slice(-2)}`,
        expiresAt,
      },
    })
    const calls = fakeApi({
      [`POST ${api}${image.url}/link`]: [link(image)],
      [`POST ${api}${pdf.url}/link`]: [link(pdf)],
    }).calls
    try {
      const { container } = render(
        withQueryClient(<MessageBubble message={message} mine senderName={null} now={now} />),
      )
      const jpeg = () => container.querySelector('picture img')?.getAttribute('src')
      await waitFor(() => expect(jpeg()).toBe(`${api}${image.fallbackUrl}?sig=s-a1`))
      const webp = container.querySelector('source')?.getAttribute('srcset')
      expect(webp).toBe(`${api}${image.url}?sig=s-a1`)
      const card = screen.getByRole('link', { name: /^دانلود آزمایش\.pdf/ })
      expect(card.getAttribute('href')).toBe(`${api}${pdf.url}?sig=s-a2`)
      // One link per file, whatever number of elements shows it.
      expect(calls().map((call) => call.key)).toEqual([
        `POST ${api}${image.url}/link`,
        `POST ${api}${pdf.url}/link`,
      ])
    } finally {
      configureApiTransport({ baseUrl: '' })
      vi.unstubAllGlobals()
    }
  })

  it('sends files without text once they are ready, and attaches a pasted image', async () => {
    const onSend = vi.fn()
    const onPick = vi.fn()
    const attachments = { ready: 0, busy: true, onPick, tray: null }
    const { rerender } = render(<Composer onSend={onSend} attachments={attachments} />)
    const send = screen.getByRole('button', { name: 'ارسال' })
    expect(send).toHaveProperty('disabled', true)
    const box = screen.getByLabelText('پیام شما')
    const pasted = new File(['x'], 'clip.png', { type: 'image/png' })
    fireEvent.paste(box, { clipboardData: { files: [pasted] } })
    expect(onPick).toHaveBeenCalledWith([pasted])
    rerender(<Composer onSend={onSend} attachments={{ ...attachments, ready: 1, busy: false }} />)
    await userEvent.click(screen.getByRole('button', { name: 'ارسال' }))
    expect(onSend).toHaveBeenCalledWith('')
  })
})
