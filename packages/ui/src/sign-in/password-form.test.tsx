import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error.ts'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { PasswordForm, type PasswordFormProps } from './password-form.tsx'

initI18n({ fa: {}, en: {} })

function renderForm(overrides: Partial<PasswordFormProps> = {}) {
  const props: PasswordFormProps = {
    onSubmit: vi.fn(),
    pending: false,
    error: null,
    onUseCode: vi.fn(),
    ...overrides,
  }
  render(<PasswordForm {...props} />)
  return {
    props,
    identifier: screen.getByLabelText('شماره موبایل یا ایمیل'),
    password: screen.getByLabelText('رمز عبور', { exact: true }),
  }
}

const validationProblem = (path: string) =>
  new ApiError({
    type: 'about:blank',
    title: 'VALIDATION_FAILED',
    status: 400,
    code: 'VALIDATION_FAILED',
    errors: [{ path, message: 'IDENTIFIER_INVALID' }],
  })

describe('PasswordForm', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('sends the identifier with Latin digits and the password as typed', async () => {
    const { props, identifier, password } = renderForm()
    await userEvent.type(identifier, '۰۹۱۲۱۲۳۴۵۶۷')
    await userEvent.type(password, 'river lamp ۱۴۰۵')
    await userEvent.click(screen.getByRole('button', { name: 'ورود' }))
    expect(props.onSubmit).toHaveBeenCalledWith({
      identifier: '09121234567',
      password: 'river lamp ۱۴۰۵',
    })
  })

  it("puts the server's field error on the field its path names", () => {
    const { identifier, password } = renderForm({ error: validationProblem('body.identifier') })
    expect(identifier.getAttribute('aria-invalid')).toBe('true')
    expect(password.getAttribute('aria-invalid')).toBeNull()
  })

  it('shows an error of the whole form under the password', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'INVALID_CREDENTIALS',
      status: 401,
      code: 'INVALID_CREDENTIALS',
    })
    const { identifier, password } = renderForm({ error })
    expect(password.getAttribute('aria-invalid')).toBe('true')
    expect(identifier.getAttribute('aria-invalid')).toBeNull()
  })
})
