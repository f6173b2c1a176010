import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Button } from '../components/button.tsx'
import { LOADING_PATIENCE_MS, LoadingState } from '../components/loading-state.tsx'
import { i18n } from '../i18n/init-i18n.ts'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { reportReachable, reportUnreachable } from './connection.ts'
import { OfflineNotice } from './offline-notice.tsx'

initI18n({ fa: {}, en: {} })

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline)
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'))
  })
}

describe('offline', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
    reportReachable()
  })

  it('says so while the browser is offline, and goes when it is back', () => {
    render(<OfflineNotice />)
    expect(screen.queryByRole('status')).toBeNull()
    goOffline(true)
    expect(screen.getByRole('status').textContent).toContain('need a connection')
    goOffline(false)
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('says so when requests fail though the browser thinks it is online', () => {
    render(<OfflineNotice />)
    act(() => reportUnreachable())
    expect(screen.getByRole('status').textContent).toContain('You are offline.')
    act(() => reportReachable())
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('disables an action that needs the server, and says why', () => {
    render(<Button needsConnection>Book</Button>)
    expect(screen.getByRole('button', { name: 'Book' })).toHaveProperty('disabled', false)
    goOffline(true)
    const button = screen.getByRole('button', { name: 'Book' })
    expect(button).toHaveProperty('disabled', true)
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '')
    expect(reason?.textContent).toBe('Needs a connection')
  })

  it('never spins offline: a page not seen before says it needs a connection', () => {
    goOffline(true)
    render(<LoadingState />)
    expect(screen.getByRole('status').textContent).toContain('needs a connection')
  })

  it('stops spinning after a while online and offers a reload', () => {
    vi.useFakeTimers()
    render(<LoadingState />)
    expect(screen.getByRole('status').textContent).toBe('Loading…')
    act(() => vi.advanceTimersByTime(LOADING_PATIENCE_MS))
    expect(screen.getByRole('status').textContent).toContain('longer than usual')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy()
  })
})
