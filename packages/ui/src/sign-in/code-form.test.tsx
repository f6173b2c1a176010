import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error.ts'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { CodeForm, type CodeFormProps, codeInText } from './code-form.tsx'

initI18n({ fa: {}, en: {} })

function renderForm(overrides: Partial<CodeFormProps> = {}) {
  const props: CodeFormProps = {
    identifier: '09121234567',
    onSubmit: vi.fn(),
    pending: false,
    error: null,
    resendIn: 0,
    resending: false,
    onResend: vi.fn(),
    onChangeIdentifier: vi.fn(),
    ...overrides,
  }
  render(<CodeForm {...props} />)
  return { props, input: screen.getByLabelText('کد ۶ رقمی') as HTMLInputElement }
}

describe('CodeForm', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('is a one-time-code field with a numeric keyboard', () => {
    const { input } = renderForm()
    expect(input.getAttribute('autocomplete')).toBe('one-time-code')
    expect(input.getAttribute('inputmode')).toBe('numeric')
  })

  it('accepts Persian digits, shows them in Persian and submits ASCII digits', async () => {
    const { props, input } = renderForm()

    await userEvent.type(input, '۱۲۳۴۵۶')

    expect(input.value).toBe('۱۲۳۴۵۶')
    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('123456')
  })

  it('accepts Arabic-Indic digits and drops anything that is not a digit', async () => {
    const { props } = renderForm()

    await userEvent.type(screen.getByLabelText('کد ۶ رقمی'), '٩8-٧ ٦a٥٤3')

    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('987654')
  })

  it('refuses to submit fewer than six digits', async () => {
    const { props, input } = renderForm()

    await userEvent.type(input, '123{Enter}')

    expect(props.onSubmit).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toBe('کد ۶ رقمی را کامل وارد کنید.')
  })

  it('shows the translated problem for a wrong code', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'x',
      status: 400,
      code: 'OTP_INVALID',
    })
    renderForm({ error })
    expect(screen.getByRole('alert').textContent).toBe('کد واردشده درست نیست.')
  })

  it('counts down in Persian digits and only then offers to resend', async () => {
    const { props } = renderForm({ resendIn: 42 })
    const waiting = screen.getByRole('button', { name: /۴۲/ })
    expect((waiting as HTMLButtonElement).disabled).toBe(true)

    await userEvent.click(waiting)
    expect(props.onResend).not.toHaveBeenCalled()
  })

  it('resends once the countdown is over', async () => {
    const { props } = renderForm({ resendIn: 0 })

    await userEvent.click(screen.getByRole('button', { name: 'ارسال دوباره کد' }))

    expect(props.onResend).toHaveBeenCalledOnce()
  })

  it('takes the code out of a pasted SMS, replacing a half-typed one', async () => {
    const { props, input } = renderForm()
    await userEvent.type(input, '12')

    await userEvent.paste('کد ورود شما به یکتایار: ۴۸۲۹۱۳\nاین کد تا ۲ دقیقه معتبر است.')

    expect(input.value).toBe('۴۸۲۹۱۳')
    expect(props.onSubmit).toHaveBeenCalledExactlyOnceWith('482913')
  })

  it('pastes plain digits as typed when there is no six-digit code in them', async () => {
    const { props, input } = renderForm()

    await userEvent.click(input)
    await userEvent.paste('۱۲۳')

    expect(input.value).toBe('۱۲۳')
    expect(props.onSubmit).not.toHaveBeenCalled()
  })
})

describe('codeInText', () => {
  it('finds the first run of exactly six digits in any script', () => {
    expect(codeInText('Your YektaYar sign-in code: 482913\nIt is valid for 2 minutes.')).toBe(
      '482913',
    )
    expect(codeInText('٤٨٢٩١٣')).toBe('482913')
    expect(codeInText('1234567 then 654321')).toBe('654321')
    expect(codeInText('no code here: 12345')).toBeNull()
  })
})
