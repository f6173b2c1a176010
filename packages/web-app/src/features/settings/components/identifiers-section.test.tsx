import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { User } from '@yektayar/shared/types'
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
import { settingsMessagesEn } from '../settings-messages-en.ts'
import { settingsMessagesFa } from '../settings-messages-fa.ts'
import { IdentifiersSection } from './identifiers-section.tsx'

initTestI18n({ fa: { settings: settingsMessagesFa }, en: { settings: settingsMessagesEn } })

const SEND = 'POST /api/v1/auth/send-otp'
const ADD = 'POST /api/v1/users/me/identifiers'
const EMAIL_ID = '00000000-0000-4000-8000-0000000000e1'
const ok = (body: unknown): Reply => ({ status: 200, body })

const withEmail = (): User =>
  userFixture({
    identifiers: [
      ...userFixture().identifiers,
      {
        id: EMAIL_ID,
        type: 'email',
        value: 'sara@example.com',
        isVerified: true,
        isPrimary: false,
      },
    ],
  })

describe('IdentifiersSection', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('lists the phone in Persian digits, marked primary, with nothing to remove when it is the only one', () => {
    fakeApi({})
    render(withQueryClient(<IdentifiersSection me={userFixture()} />))
    expect(screen.getByText('+۹۸۹۱۲۱۲۳۴۵۶۷')).toBeTruthy()
    expect(screen.getByText('اصلی')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'حذف' })).toBeNull()
  })

  it('sends a code to a new email, then adds it with that code', async () => {
    const api = fakeApi({
      [SEND]: [ok({ sent: true, expiresInSeconds: 120, resendAfterSeconds: 60 })],
      [ADD]: [{ status: 201, body: withEmail() }],
    })
    const user = userEvent.setup()
    render(withQueryClient(<IdentifiersSection me={userFixture()} />))

    await user.type(screen.getByLabelText('افزودن شماره یا ایمیل'), ' sara@example.com ')
    await user.click(screen.getByRole('button', { name: 'فرستادن کد' }))
    const code = await screen.findByLabelText('کد ۶ رقمی')
    expect(screen.getByText(/کد ۶ رقمی را به .*sara@example\.com/)).toBeTruthy()
    expect(screen.getByRole('button', { name: /ارسال دوباره تا/ })).toHaveProperty('disabled', true)
    // Typed in Persian digits, sent in ASCII.
    await user.type(code, '۱۲۳۴۵۶')
    await user.click(screen.getByRole('button', { name: 'تأیید و افزودن' }))

    expect(await screen.findByText('افزوده شد.')).toBeTruthy()
    expect(api.bodiesSentTo(SEND)).toEqual([
      { identifier: 'sara@example.com', purpose: 'add-identifier' },
    ])
    expect(api.bodiesSentTo(ADD)).toEqual([{ identifier: 'sara@example.com', code: '123456' }])
  })

  it('shows a wrong code under the field and keeps the step open', async () => {
    fakeApi({
      [SEND]: [ok({ sent: true, expiresInSeconds: 120, resendAfterSeconds: 0 })],
      [ADD]: [problem(400, 'OTP_INVALID')],
    })
    const user = userEvent.setup()
    render(withQueryClient(<IdentifiersSection me={userFixture()} />))
    await user.type(screen.getByLabelText('افزودن شماره یا ایمیل'), '09121112233')
    await user.click(screen.getByRole('button', { name: 'فرستادن کد' }))
    await user.type(await screen.findByLabelText('کد ۶ رقمی'), '000000')
    await user.click(screen.getByRole('button', { name: 'تأیید و افزودن' }))
    expect(await screen.findByText('کد واردشده درست نیست.')).toBeTruthy()
    expect(screen.getByLabelText('کد ۶ رقمی')).toBeTruthy()
  })

  it('removes one of two identifiers', async () => {
    await i18n.changeLanguage('en')
    const api = fakeApi({
      [`DELETE /api/v1/users/me/identifiers/${EMAIL_ID}`]: [ok(userFixture())],
    })
    const user = userEvent.setup()
    render(withQueryClient(<IdentifiersSection me={withEmail()} />))
    const buttons = screen.getAllByRole('button', { name: 'Remove' })
    expect(buttons).toHaveLength(2)
    await user.click(buttons[1] as HTMLElement)
    await waitFor(() =>
      expect(api.calls().map((call) => call.key)).toContain(
        `DELETE /api/v1/users/me/identifiers/${EMAIL_ID}`,
      ),
    )
  })
})
