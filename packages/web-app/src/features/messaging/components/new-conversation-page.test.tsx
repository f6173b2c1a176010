import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
import { messagingMessagesEn } from '../messaging-messages-en.ts'
import { messagingMessagesFa } from '../messaging-messages-fa.ts'
import { NewConversationPage } from './new-conversation-page.tsx'

initTestI18n({ fa: { messaging: messagingMessagesFa }, en: { messaging: messagingMessagesEn } })

const departments = {
  status: 200,
  body: { items: [{ key: 'reception', fa: 'پذیرش', en: 'Reception' }] },
}

function renderPage() {
  const router = createMemoryRouter([{ path: '/messages/new', Component: NewConversationPage }], {
    initialEntries: ['/messages/new'],
  })
  render(withQueryClient(<RouterProvider router={router} />))
  return router
}

describe('a new conversation', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks for a recipient and a message before sending anything', async () => {
    const api = fakeApi({ 'GET /api/v1/departments': [departments] })
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: 'ارسال پیام' }))
    expect((await screen.findByRole('alert')).textContent).toBe('گیرنده را انتخاب کنید.')
    await userEvent.click(screen.getByRole('radio', { name: /پذیرش/ }))
    await userEvent.type(screen.getByLabelText('پیام'), '   ')
    await userEvent.click(screen.getByRole('button', { name: 'ارسال پیام' }))
    expect((await screen.findByRole('alert')).textContent).toBe('متن پیام را بنویسید.')
    expect(api.bodiesSentTo('POST /api/v1/threads')).toEqual([])
  })

  it('sends the shared body and shows the server’s field error on its field', async () => {
    const refused = {
      status: 400,
      body: {
        type: 'about:blank',
        title: 'VALIDATION_FAILED',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'body.title', message: 'too long', code: 'VALIDATION_FAILED' }],
      },
    }
    const api = fakeApi({
      'GET /api/v1/departments': [departments],
      'POST /api/v1/threads': [refused],
    })
    renderPage()
    await userEvent.click(await screen.findByRole('radio', { name: /پذیرش/ }))
    await userEvent.type(screen.getByLabelText('موضوع (اختیاری)'), ' جابه‌جایی نوبت ')
    await userEvent.type(screen.getByLabelText('پیام'), 'سلام')
    await userEvent.click(screen.getByRole('button', { name: 'ارسال پیام' }))
    expect(await screen.findByText('بعضی از اطلاعات واردشده درست نیست.')).toBeTruthy()
    expect(screen.getByLabelText('موضوع (اختیاری)').getAttribute('aria-invalid')).toBe('true')
    const [body] = api.bodiesSentTo('POST /api/v1/threads')
    expect(body).toMatchObject({
      kind: 'department',
      category: 'reception',
      title: 'جابه‌جایی نوبت',
      content: 'سلام',
    })
  })
})
