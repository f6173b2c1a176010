import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ApiError } from '@yektayar/ui'
import { describe, expect, it, vi } from 'vitest'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { messagingMessagesEn } from '../messaging-messages-en.ts'
import { messagingMessagesFa } from '../messaging-messages-fa.ts'
import { MessageEditor } from './message-editor.tsx'

initTestI18n({ fa: { messaging: messagingMessagesFa }, en: { messaging: messagingMessagesEn } })

describe('the message editor', () => {
  it('saves only text the shared schema takes, and shows the server’s refusal on the field', async () => {
    const expired = new ApiError({
      type: 'about:blank',
      title: 'MESSAGE_EDIT_EXPIRED',
      status: 409,
      code: 'MESSAGE_EDIT_EXPIRED',
    })
    const onSave = vi.fn().mockRejectedValue(expired)
    render(<MessageEditor initial="سلام" onSave={onSave} onCancel={() => undefined} />)
    const box = screen.getByLabelText('ویرایش پیام')
    await userEvent.clear(box)
    await userEvent.type(box, '   ')
    expect(screen.getByRole('button', { name: 'ذخیره' })).toHaveProperty('disabled', true)
    await userEvent.type(box, 'سلام دوباره{Enter}')
    expect(onSave).toHaveBeenCalledWith('   سلام دوباره')
    expect((await screen.findByRole('alert')).textContent).toBe(
      'پیام را فقط تا ۱۵ دقیقه پس از ارسال می‌توان ویرایش کرد.',
    )
  })
})
