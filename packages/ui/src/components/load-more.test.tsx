import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/api-error.ts'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { LoadMore, type NextPages } from './load-more.tsx'

initI18n({ fa: {}, en: {} })

const pages = (overrides: Partial<NextPages>): NextPages => ({
  hasNextPage: true,
  isFetchingNextPage: false,
  isFetchNextPageError: false,
  error: null,
  fetchNextPage: vi.fn(),
  ...overrides,
})

describe('LoadMore', () => {
  it('asks for the next page when pressed', async () => {
    const next = pages({})
    render(<LoadMore pages={next} label="More" />)
    await userEvent.click(screen.getByRole('button', { name: 'More' }))
    expect(next.fetchNextPage).toHaveBeenCalledTimes(1)
  })

  it('is busy while the next page loads and absent on the last page', () => {
    const { rerender } = render(
      <LoadMore pages={pages({ isFetchingNextPage: true })} label="More" />,
    )
    const button = screen.getByRole('button', { name: 'More' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.getAttribute('aria-busy')).toBe('true')
    rerender(<LoadMore pages={pages({ hasNextPage: false })} label="More" />)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('says why the next page failed, by the API’s code', async () => {
    await i18n.changeLanguage('en')
    const error = new ApiError({
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      code: 'RATE_LIMITED',
    })
    render(<LoadMore pages={pages({ isFetchNextPageError: true, error })} label="More" />)
    expect(screen.getByRole('alert').textContent).toContain('Too many attempts')
  })
})
