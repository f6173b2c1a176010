import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { initI18n } from '@yektayar/ui'
import { describe, expect, it, vi } from 'vitest'
import { messagingMessagesFa } from '../messaging-messages-fa.ts'
import { Composer } from './composer.tsx'
import { MessageText } from './message-text.tsx'

initI18n({ fa: { messaging: messagingMessagesFa }, en: {} })

describe('the message composer', () => {
  it('Enter sends the text exactly as typed, Shift+Enter starts a new line', async () => {
    const onSend = vi.fn()
    render(<Composer onSend={onSend} />)
    const box = screen.getByLabelText('پیام شما')
    await userEvent.type(box, 'سلام{Shift>}{Enter}{/Shift}می\u200cخواستم بپرسم')
    expect(onSend).not.toHaveBeenCalled()
    await userEvent.type(box, '{Enter}')
    expect(onSend).toHaveBeenCalledWith('سلام\nمی\u200cخواستم بپرسم')
    expect(box).toHaveProperty('value', '')
  })

  it('sends nothing blank and shows a counter near the limit, refusing past it', async () => {
    const onSend = vi.fn()
    render(<Composer onSend={onSend} />)
    const box = screen.getByLabelText('پیام شما')
    await userEvent.type(box, '   {Enter}')
    expect(onSend).not.toHaveBeenCalled()
    expect(screen.queryByText(/از ۴٬۰۰۰ نویسه/)).toBeNull()

    await userEvent.clear(box)
    await userEvent.click(box)
    await userEvent.paste('ا'.repeat(3_600))
    expect(screen.getByText('۳٬۶۰۰ از ۴٬۰۰۰ نویسه')).toBeTruthy()

    await userEvent.paste('ب'.repeat(401))
    expect(screen.getByText('پیام بیش از ۴٬۰۰۰ نویسه است.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'ارسال' })).toHaveProperty('disabled', true)
    await userEvent.type(box, '{Enter}')
    expect(onSend).not.toHaveBeenCalled()
  })

  it('types signal typing and an emptied box signals idle', async () => {
    const onTyping = vi.fn()
    const onIdle = vi.fn()
    render(<Composer onSend={() => {}} onTyping={onTyping} onIdle={onIdle} />)
    const box = screen.getByLabelText('پیام شما')
    await userEvent.type(box, 'ab')
    expect(onTyping).toHaveBeenCalledTimes(2)
    await userEvent.clear(box)
    expect(onIdle).toHaveBeenCalled()
  })
})

describe('message text', () => {
  it('renders markup as text and http(s) links as safe anchors', () => {
    const content = '<b>سلام</b> ببینید https://yektayar.ir/a. javascript:alert(1)'
    const { container } = render(
      <p>
        <MessageText content={content} />
      </p>,
    )
    expect(container.querySelector('b')).toBeNull()
    const links = container.querySelectorAll('a')
    expect(links).toHaveLength(1)
    const [link] = links
    expect(link?.getAttribute('href')).toBe('https://yektayar.ir/a')
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
    expect(link?.getAttribute('target')).toBe('_blank')
    expect(container.textContent).toContain('<b>سلام</b>')
    expect(container.textContent).toContain('javascript:alert(1)')
  })
})
