import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n, initI18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { authMessagesFa } from '../auth-messages-fa.ts'
import { SignInPage } from './sign-in-page.tsx'

initI18n({ fa: { auth: authMessagesFa }, en: {} })

type Reply = { status: number; body: unknown }

/** A fake API: answers each path from its own queue and records what was sent. */
function fakeApi(replies: Record<string, Reply[]>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const reply = replies[String(input)]?.shift() ?? { status: 500, body: null }
    const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': type },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  const bodiesSentTo = (path: string) =>
    fetchMock.mock.calls
      .filter(([input]) => String(input) === path)
      .map(([, init]) => JSON.parse(String(init?.body)))
  return { bodiesSentTo }
}

const problem = (status: number, code: string, extra: object = {}) => ({
  status,
  body: { type: 'about:blank', title: code, status, code, ...extra },
})

function LocationProbe() {
  return <p data-testid="landed">{JSON.stringify(useLocation().state)}</p>
}

function renderSignIn() {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', Component: SignInPage },
      { path: '/', Component: LocationProbe },
    ],
    { initialEntries: ['/sign-in'] },
  )
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

async function requestCode(user: ReturnType<typeof userEvent.setup>, identifier: string) {
  await user.type(screen.getByLabelText('شماره موبایل یا ایمیل'), identifier)
  await user.click(screen.getByRole('button', { name: 'دریافت کد ورود' }))
}

describe('SignInPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('signs in with Persian digits end to end and lands on / with the signed-in notice', async () => {
    const api = fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [{ status: 200, body: {} }],
    })
    const user = userEvent.setup()
    const router = renderSignIn()

    await requestCode(user, '۰۹۱۲ ۱۲۳ ۴۵۶۷')
    await user.type(await screen.findByLabelText('کد ۶ رقمی'), '۱۲۳۴۵۶')

    expect(await screen.findByTestId('landed')).toBeTruthy()
    expect(router.state.location.pathname).toBe('/')
    expect(router.state.location.state).toEqual({ notice: 'signedIn' })
    expect(api.bodiesSentTo('/api/v1/auth/send-otp')).toEqual([{ identifier: '0912 123 4567' }])
    expect(api.bodiesSentTo('/api/v1/auth/verify-otp')).toEqual([
      { identifier: '0912 123 4567', code: '123456' },
    ])
  })

  it('shows a wrong code in Persian and stays on the code step', async () => {
    fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [problem(400, 'OTP_INVALID')],
    })
    const user = userEvent.setup()
    const router = renderSignIn()

    await requestCode(user, '09121234567')
    await user.type(await screen.findByLabelText('کد ۶ رقمی'), '000000')

    expect((await screen.findByRole('alert')).textContent).toBe('کد واردشده درست نیست.')
    expect(router.state.location.pathname).toBe('/sign-in')
  })

  it('keeps the identifier step and explains an invalid number', async () => {
    fakeApi({
      '/api/v1/auth/send-otp': [
        problem(400, 'VALIDATION_FAILED', {
          errors: [{ path: 'body.identifier', message: 'IDENTIFIER_INVALID' }],
        }),
      ],
    })
    const user = userEvent.setup()
    renderSignIn()

    await requestCode(user, '123')

    expect((await screen.findByRole('alert')).textContent).toBe('شماره موبایل یا ایمیل معتبر نیست.')
    expect(screen.queryByLabelText('کد ۶ رقمی')).toBeNull()
  })

  it('lets a new code be requested only after 60 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const api = fakeApi({
      '/api/v1/auth/send-otp': [
        { status: 200, body: {} },
        { status: 200, body: {} },
      ],
    })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderSignIn()
    await requestCode(user, '09121234567')

    const waiting = await screen.findByRole('button', { name: /۶۰ ثانیه/ })
    expect((waiting as HTMLButtonElement).disabled).toBe(true)

    await act(() => vi.advanceTimersByTimeAsync(60_000))
    await user.click(screen.getByRole('button', { name: 'ارسال دوباره کد' }))

    expect(api.bodiesSentTo('/api/v1/auth/send-otp')).toHaveLength(2)
    expect(await screen.findByRole('button', { name: /۶۰ ثانیه/ })).toBeTruthy()
  })
})
