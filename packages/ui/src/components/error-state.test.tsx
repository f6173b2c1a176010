import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error.ts'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { ErrorState } from './error-state.tsx'

initI18n({ fa: {}, en: {} })

const rateLimited = new ApiError({
  type: 'about:blank',
  title: 'Too Many Requests',
  status: 429,
  code: 'RATE_LIMITED',
})

describe('ErrorState', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('explains an API problem by its code and offers a retry', async () => {
    const onRetry = vi.fn()
    render(<ErrorState error={rateLimited} onRetry={onRetry} />)

    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('تعداد تلاش‌ها زیاد بود')
    expect(alert.textContent).not.toContain('Too Many Requests')

    await userEvent.click(screen.getByRole('button', { name: 'تلاش دوباره' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })

  it('follows a language switch', async () => {
    render(<ErrorState error={rateLimited} />)

    await i18n.changeLanguage('en')

    expect(await screen.findByText('Too many attempts. Wait a little and try again.')).toBeTruthy()
    expect(screen.queryByRole('button')).toBeNull()
  })
})
