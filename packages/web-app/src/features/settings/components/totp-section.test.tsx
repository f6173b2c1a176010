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
import { TotpSection } from './totp-section.tsx'

initTestI18n({ fa: { settings: settingsMessagesFa }, en: { settings: settingsMessagesEn } })

const URI = 'otpauth://totp/YektaYar:dr?secret=JBSWY3DPEHPK3PXP&issuer=YektaYar'
const CODES = ['aaaaa-11111', 'bbbbb-22222']

describe('TotpSection', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows the secret and setup link, enables with a code and shows recovery codes once', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/totp/setup': [
        { status: 200, body: { secret: 'JBSWY3DPEHPK3PXP', uri: URI } },
      ],
      'POST /api/v1/auth/totp/enable': [
        problem(401, 'TOTP_INVALID'),
        { status: 200, body: { recoveryCodes: CODES } },
      ],
    })
    const user = userEvent.setup()
    render(withQueryClient(<TotpSection me={userFixture({ type: 'psychologist' })} />))

    await user.click(screen.getByRole('button', { name: 'راه‌اندازی ورود دومرحله‌ای' }))
    expect(await screen.findByText('JBSWY3DPEHPK3PXP')).toBeTruthy()
    expect(screen.getByText(URI)).toBeTruthy()
    const link = screen.getByRole('link', { name: 'باز کردن در برنامهٔ احراز هویت' })
    expect(link.getAttribute('href')).toBe(URI)

    await user.type(screen.getByLabelText('کد ۶ رقمی برنامه'), '۱۲۳۴۵۶')
    await user.click(screen.getByRole('button', { name: 'فعال‌سازی' }))
    expect((await screen.findByRole('alert')).textContent).toBe('کد احراز هویت درست نیست.')

    await user.click(screen.getByRole('button', { name: 'فعال‌سازی' }))
    expect(await screen.findByText('aaaaa-11111')).toBeTruthy()
    expect(screen.getByText('bbbbb-22222')).toBeTruthy()
    expect(api.bodiesSentTo('POST /api/v1/auth/totp/enable')).toEqual([
      { code: '123456' },
      { code: '123456' },
    ])

    await user.click(screen.getByRole('button', { name: 'ذخیره کردم' }))
    expect(screen.queryByText('aaaaa-11111')).toBeNull()
  })

  it('turns two-step sign-in off with a recovery code', async () => {
    const api = fakeApi({ 'POST /api/v1/auth/totp/disable': [{ status: 204 }] })
    const user = userEvent.setup()
    render(withQueryClient(<TotpSection me={userFixture({ type: 'admin', totpEnabled: true })} />))

    await user.type(screen.getByLabelText('کد برنامه یا یک کد بازیابی'), 'aaaaa-11111')
    await user.click(screen.getByRole('button', { name: 'غیرفعال‌سازی ورود دومرحله‌ای' }))

    await vi.waitFor(() =>
      expect(api.bodiesSentTo('POST /api/v1/auth/totp/disable')).toEqual([
        { recoveryCode: 'aaaaa-11111' },
      ]),
    )
  })

  it('renews recovery codes with an app code and shows the new ones', async () => {
    fakeApi({
      'POST /api/v1/auth/totp/recovery-codes': [{ status: 200, body: { recoveryCodes: CODES } }],
    })
    const user = userEvent.setup()
    render(withQueryClient(<TotpSection me={userFixture({ type: 'admin', totpEnabled: true })} />))

    await user.type(screen.getByLabelText('کد برنامه یا یک کد بازیابی'), '654321')
    await user.click(screen.getByRole('button', { name: 'ساخت کدهای بازیابی تازه' }))

    expect(await screen.findByText('aaaaa-11111')).toBeTruthy()
  })

  it("puts the server's field error on the code field when enabling", async () => {
    fakeApi({
      'POST /api/v1/auth/totp/setup': [
        { status: 200, body: { secret: 'JBSWY3DPEHPK3PXP', uri: URI } },
      ],
      'POST /api/v1/auth/totp/enable': [fieldProblem('body.code')],
    })
    const user = userEvent.setup()
    render(withQueryClient(<TotpSection me={userFixture({ type: 'psychologist' })} />))

    await user.click(screen.getByRole('button', { name: 'راه‌اندازی ورود دومرحله‌ای' }))
    await user.type(await screen.findByLabelText('کد ۶ رقمی برنامه'), '123456')
    await user.click(screen.getByRole('button', { name: 'فعال‌سازی' }))

    await screen.findByRole('alert')
    expect(screen.getByLabelText('کد ۶ رقمی برنامه').getAttribute('aria-invalid')).toBe('true')
  })

  it('refuses a proof of neither kind before asking the server', async () => {
    const api = fakeApi({})
    const user = userEvent.setup()
    render(withQueryClient(<TotpSection me={userFixture({ type: 'admin', totpEnabled: true })} />))

    await user.type(screen.getByLabelText('کد برنامه یا یک کد بازیابی'), '123')
    await user.click(screen.getByRole('button', { name: 'غیرفعال‌سازی ورود دومرحله‌ای' }))

    expect((await screen.findByRole('alert')).textContent).toBe(
      settingsMessagesFa.totp.proofInvalid,
    )
    expect(api.calls()).toEqual([])
  })

  it("puts the server's field error on the proof field", async () => {
    fakeApi({ 'POST /api/v1/auth/totp/disable': [fieldProblem('body.recoveryCode')] })
    const user = userEvent.setup()
    render(withQueryClient(<TotpSection me={userFixture({ type: 'admin', totpEnabled: true })} />))

    const field = screen.getByLabelText('کد برنامه یا یک کد بازیابی')
    await user.type(field, 'aaaaa-11111')
    await user.click(screen.getByRole('button', { name: 'غیرفعال‌سازی ورود دومرحله‌ای' }))

    await screen.findByRole('alert')
    expect(field.getAttribute('aria-invalid')).toBe('true')
  })
})

/** A 400 whose one field error names `path`, as the server's validation answers. */
function fieldProblem(path: string) {
  const refusal = problem(400, 'VALIDATION_FAILED')
  refusal.body = { ...(refusal.body as object), errors: [{ path, message: 'Invalid' }] }
  return refusal
}
