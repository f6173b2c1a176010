import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  fakeApi,
  initTestI18n,
  problem,
  userFixture,
  withQueryClient,
} from '../../../shared/testing/test-support.tsx'
import { settingsMessagesEn } from '../settings-messages-en.ts'
import { settingsMessagesFa } from '../settings-messages-fa.ts'
import { PasswordSection } from './password-section.tsx'

initTestI18n({ fa: { settings: settingsMessagesFa }, en: { settings: settingsMessagesEn } })

const PUT = 'PUT /api/v1/auth/password'

describe('PasswordSection', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('sets a first password without asking for a current one', async () => {
    const api = fakeApi({ [PUT]: [{ status: 204 }] })
    const user = userEvent.setup()
    render(withQueryClient(<PasswordSection me={userFixture()} />))

    expect(screen.queryByLabelText('رمز عبور فعلی')).toBeNull()
    await user.type(screen.getByLabelText('رمز عبور تازه'), 'river-lamp-1405')
    await user.type(screen.getByLabelText('تکرار رمز عبور تازه'), 'river-lamp-1405')
    await user.click(screen.getByRole('button', { name: 'ثبت رمز عبور' }))

    expect(await screen.findByText('رمز عبور ذخیره شد.')).toBeTruthy()
    expect(api.bodiesSentTo(PUT)).toEqual([{ newPassword: 'river-lamp-1405' }])
    expect((screen.getByLabelText('رمز عبور تازه') as HTMLInputElement).value).toBe('')
  })

  it('refuses a repeat that does not match before asking the server', async () => {
    const api = fakeApi({})
    const user = userEvent.setup()
    render(withQueryClient(<PasswordSection me={userFixture()} />))

    await user.type(screen.getByLabelText('رمز عبور تازه'), 'river-lamp-1405')
    await user.type(screen.getByLabelText('تکرار رمز عبور تازه'), 'river-lamp-1406')
    await user.click(screen.getByRole('button', { name: 'ثبت رمز عبور' }))

    expect((await screen.findByRole('alert')).textContent).toBe('تکرار رمز با رمز تازه یکی نیست.')
    expect(api.calls()).toEqual([])
  })

  it('shows the common-password refusal under the new password', async () => {
    fakeApi({ [PUT]: [problem(400, 'PASSWORD_TOO_COMMON')] })
    const user = userEvent.setup()
    render(withQueryClient(<PasswordSection me={userFixture()} />))

    await user.type(screen.getByLabelText('رمز عبور تازه'), 'password123')
    await user.type(screen.getByLabelText('تکرار رمز عبور تازه'), 'password123')
    await user.click(screen.getByRole('button', { name: 'ثبت رمز عبور' }))

    expect((await screen.findByRole('alert')).textContent).toBe(
      'این رمز عبور بسیار رایج است؛ رمز دیگری انتخاب کنید.',
    )
    const field = screen.getByLabelText('رمز عبور تازه')
    expect(field.getAttribute('aria-invalid')).toBe('true')
  })

  it("puts the server's field errors on the field their path names", async () => {
    const refusal = problem(400, 'VALIDATION_FAILED')
    refusal.body = {
      ...(refusal.body as object),
      errors: [{ path: 'body.currentPassword', message: 'Too big' }],
    }
    fakeApi({ [PUT]: [refusal] })
    const user = userEvent.setup()
    render(withQueryClient(<PasswordSection me={userFixture({ hasPassword: true })} />))

    await user.type(screen.getByLabelText('رمز عبور فعلی'), 'old-one')
    await user.type(screen.getByLabelText('رمز عبور تازه'), 'river-lamp-1405')
    await user.type(screen.getByLabelText('تکرار رمز عبور تازه'), 'river-lamp-1405')
    await user.click(screen.getByRole('button', { name: 'تغییر رمز عبور' }))

    await screen.findByRole('alert')
    expect(screen.getByLabelText('رمز عبور فعلی').getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByLabelText('رمز عبور تازه').getAttribute('aria-invalid')).toBeNull()
  })

  it('changes a password with the current one and names a wrong current one', async () => {
    const api = fakeApi({ [PUT]: [problem(400, 'CURRENT_PASSWORD_INVALID'), { status: 204 }] })
    const user = userEvent.setup()
    render(withQueryClient(<PasswordSection me={userFixture({ hasPassword: true })} />))

    await user.type(screen.getByLabelText('رمز عبور فعلی'), 'old-wrong')
    await user.type(screen.getByLabelText('رمز عبور تازه'), 'river-lamp-1405')
    await user.type(screen.getByLabelText('تکرار رمز عبور تازه'), 'river-lamp-1405')
    await user.click(screen.getByRole('button', { name: 'تغییر رمز عبور' }))

    expect((await screen.findByRole('alert')).textContent).toBe('رمز عبور فعلی درست نیست.')
    expect(screen.getByLabelText('رمز عبور فعلی').getAttribute('aria-invalid')).toBe('true')

    await user.clear(screen.getByLabelText('رمز عبور فعلی'))
    await user.type(screen.getByLabelText('رمز عبور فعلی'), 'old-right')
    await user.click(screen.getByRole('button', { name: 'تغییر رمز عبور' }))

    expect(await screen.findByText('رمز عبور ذخیره شد.')).toBeTruthy()
    expect(api.bodiesSentTo(PUT)).toEqual([
      { currentPassword: 'old-wrong', newPassword: 'river-lamp-1405' },
      { currentPassword: 'old-right', newPassword: 'river-lamp-1405' },
    ])
  })
})
