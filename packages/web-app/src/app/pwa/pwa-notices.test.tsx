import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initAppI18n } from '../i18n.ts'
import { OfflineNotice } from './offline-notice.tsx'
import { UpdatePrompt } from './update-prompt.tsx'
import { dismissUpdate, offerUpdate } from './update-state.ts'

initAppI18n()

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline)
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'))
  })
}

describe('OfflineNotice', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.restoreAllMocks())

  it('appears while the browser is offline and goes away when it is back', () => {
    render(<OfflineNotice />)
    expect(screen.queryByRole('status')).toBeNull()

    goOffline(true)
    expect(screen.getByRole('status').textContent).toContain('اتصال اینترنت برقرار نیست.')

    goOffline(false)
    expect(screen.queryByRole('status')).toBeNull()
  })
})

describe('UpdatePrompt', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => act(() => dismissUpdate()))

  it('stays hidden until a new version is waiting', () => {
    render(<UpdatePrompt />)
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('activates the waiting version only when asked', async () => {
    const activate = vi.fn(async () => {})
    render(<UpdatePrompt />)

    act(() => offerUpdate(activate))
    expect(screen.getByRole('status').textContent).toContain('نسخهٔ تازه‌ای از یکتایار آماده است.')
    expect(activate).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'به‌روزرسانی' }))
    expect(activate).toHaveBeenCalledOnce()
  })

  it('can be put off until later', async () => {
    const activate = vi.fn(async () => {})
    render(<UpdatePrompt />)
    act(() => offerUpdate(activate))

    await userEvent.click(screen.getByRole('button', { name: 'بعداً' }))

    expect(screen.queryByRole('status')).toBeNull()
    expect(activate).not.toHaveBeenCalled()
  })
})
