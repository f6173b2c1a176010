import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n, initI18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { authMessagesFa } from '../auth-messages-fa.ts'
import { SignInPage } from './sign-in-page.tsx'

initI18n({ fa: { auth: authMessagesFa }, en: {} })

function fakeApi(replies: Record<string, Array<{ status: number; body: unknown }>>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const reply = replies[String(input)]?.shift() ?? { status: 500, body: null }
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

function renderSignIn() {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', Component: SignInPage },
      { path: '/', element: <p>dashboard</p> },
    ],
    { basename: '/admin', initialEntries: ['/admin/sign-in'] },
  )
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

describe('admin SignInPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('signs in with an email and Arabic-Indic digits, landing on /admin/', async () => {
    const fetchMock = fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [{ status: 200, body: {} }],
    })
    const user = userEvent.setup()
    const router = renderSignIn()

    await user.type(screen.getByLabelText('شماره موبایل یا ایمیل'), '  Staff@YektaYar.ir ')
    await user.click(screen.getByRole('button', { name: 'دریافت کد ورود' }))
    await user.type(await screen.findByLabelText('کد ۶ رقمی'), '٤٢٠٤٢٠')

    expect(await screen.findByText('dashboard')).toBeTruthy()
    expect(router.state.location.pathname).toBe('/admin')
    expect(router.state.location.state).toEqual({ notice: 'signedIn' })
    const verifyCall = fetchMock.mock.calls.find(([url]) => url === '/api/v1/auth/verify-otp')
    expect(JSON.parse(String(verifyCall?.[1]?.body))).toEqual({
      identifier: 'Staff@YektaYar.ir',
      code: '420420',
    })
  })

  it('asks for the identifier before calling the API', async () => {
    const fetchMock = fakeApi({})
    renderSignIn()

    await userEvent.click(screen.getByRole('button', { name: 'دریافت کد ورود' }))

    expect(screen.getByRole('alert').textContent).toBe('شماره موبایل یا ایمیل خود را وارد کنید.')
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
