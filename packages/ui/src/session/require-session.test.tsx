import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import type { SessionInfo } from '@yektayar/shared'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { SESSION_KEY } from './api/session.ts'
import { RequireSession, type RequireSessionProps } from './require-session.tsx'
import { SessionPathsProvider } from './session-paths.tsx'

initI18n({ fa: {}, en: {} })

const sessionOf = (type: SessionInfo['user']['type'], permissions: string[] = []) => ({
  user: { id: 'u1', type },
  session: { id: 's1', expiresAt: null },
  permissions,
  totpSetupRequired: false,
})

interface Guarded {
  /** When the cached answer was fetched; 0 makes it stale, so the guard asks again. */
  updatedAt?: number
  totpSetup?: { href: string; path?: string }
}

/** The session answer is already cached, as after a sign-in, so nothing is fetched. */
function renderGuarded(
  session: SessionInfo | null,
  props: RequireSessionProps = {},
  { updatedAt = Date.now(), totpSetup }: Guarded = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(SESSION_KEY, session, { updatedAt })
  const router = createMemoryRouter(
    [
      {
        element: <RequireSession {...props} />,
        children: [{ path: '/agenda', element: <p>agenda</p> }],
      },
      { path: '/sign-in', element: <p>sign-in</p> },
      { path: '/dashboard', element: <p>dashboard</p> },
    ],
    { initialEntries: ['/agenda?day=2'] },
  )
  render(
    <QueryClientProvider client={client}>
      <SessionPathsProvider
        paths={{ signIn: '/sign-in', home: '/dashboard', signedOut: '/', totpSetup }}
      >
        <RouterProvider router={router} />
      </SessionPathsProvider>
    </QueryClientProvider>,
  )
  return router
}

describe('RequireSession', () => {
  it('sends a visitor to sign-in with the page to come back to', async () => {
    const router = renderGuarded(null)
    expect(await screen.findByText('sign-in')).toBeTruthy()
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/agenda?day=2')}`)
  })

  it('opens the page for an account of an allowed type', async () => {
    renderGuarded(sessionOf('psychologist'), { types: ['psychologist'] })
    expect(await screen.findByText('agenda')).toBeTruthy()
  })

  it('sends another kind of account to its home page', async () => {
    const router = renderGuarded(sessionOf('patient'), { types: ['psychologist'] })
    expect(await screen.findByText('dashboard')).toBeTruthy()
    expect(router.state.location.pathname).toBe('/dashboard')
  })

  it('shows what the app gives for someone its own rule turns away', async () => {
    const allows = (session: SessionInfo) => session.permissions.includes('audit.read')
    renderGuarded(sessionOf('patient'), { allows, denied: <p>no access</p> })
    expect(await screen.findByText('no access')).toBeTruthy()
    expect(screen.queryByText('agenda')).toBeNull()
  })

  it('keeps a known session while the server cannot be reached (offline reload)', async () => {
    vi.spyOn(document, 'cookie', 'get').mockReturnValue('yy_csrf=token')
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'))
    // Kept from an earlier visit, so stale: the guard asks again, and the asking fails.
    renderGuarded(sessionOf('patient'), {}, { updatedAt: 0 })
    expect(await screen.findByText('agenda')).toBeTruthy()
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled())
    // Let the failed answer settle into the query's state.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(screen.getByText('agenda')).toBeTruthy()
    expect(screen.queryByText('sign-in')).toBeNull()
    vi.restoreAllMocks()
  })

  it('holds staff who must enrol TOTP to the way there, and opens the enrolment page itself', async () => {
    const held = { ...sessionOf('psychologist'), totpSetupRequired: true }
    renderGuarded(held, {}, { totpSetup: { href: '/settings#two-step', path: '/settings' } })
    const link = await screen.findByRole('link', { name: 'فعال کردن ورود دومرحله‌ای' })
    expect(link.getAttribute('href')).toBe('/settings#two-step')
    expect(screen.queryByText('agenda')).toBeNull()

    renderGuarded(held, {}, { totpSetup: { href: '/settings#two-step', path: '/agenda' } })
    expect(await screen.findByText('agenda')).toBeTruthy()
  })
})
