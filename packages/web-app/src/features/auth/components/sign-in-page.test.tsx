import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n, initI18n, SessionPathsProvider } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { authMessagesFa } from '../auth-messages-fa.ts'
import { SignInPage } from './sign-in-page.tsx'

initI18n({ fa: { auth: authMessagesFa }, en: {} })

type Reply = { status: number; body: unknown }

const SIGNED_OUT: Reply = {
  status: 401,
  body: { type: 'about:blank', title: 'x', status: 401, code: 'UNAUTHENTICATED' },
}

/** A fake API: answers each path from its own queue and records what was sent. */
function fakeApi(replies: Record<string, Reply[]>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const path = String(input)
    const fallback = path === '/api/v1/auth/session' ? SIGNED_OUT : { status: 500, body: null }
    const reply = replies[path]?.shift() ?? fallback
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

const KNOWN = { profile: { firstName: 'سارا' }, preferences: {} }
const NEW_PERSON = { profile: {}, preferences: {} }
const signedIn = (user: object, isNewUser = false): Reply => ({
  status: 200,
  body: { user: { id: 'u1', type: 'patient', ...user }, isNewUser },
})

function LocationProbe() {
  return <p data-testid="landed">{JSON.stringify(useLocation().state)}</p>
}

function renderSignIn(entry = '/sign-in') {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', Component: SignInPage },
      { path: '*', Component: LocationProbe },
    ],
    { initialEntries: [entry] },
  )
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  // The web app's shell sets these; signed-in people start on their dashboard.
  render(
    <QueryClientProvider client={client}>
      <SessionPathsProvider paths={{ signIn: '/sign-in', home: '/dashboard', signedOut: '/' }}>
        <RouterProvider router={router} />
      </SessionPathsProvider>
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

  it('signs in with Persian digits end to end and lands on the dashboard with the notice', async () => {
    const api = fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [signedIn(KNOWN)],
    })
    const user = userEvent.setup()
    const router = renderSignIn()

    await requestCode(user, '۰۹۱۲ ۱۲۳ ۴۵۶۷')
    await user.type(await screen.findByLabelText('کد ۶ رقمی'), '۱۲۳۴۵۶')

    expect(await screen.findByTestId('landed')).toBeTruthy()
    expect(router.state.location.pathname).toBe('/dashboard')
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

  it('sends a new person to the welcome form', async () => {
    fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [signedIn(NEW_PERSON, true)],
    })
    const user = userEvent.setup()
    const router = renderSignIn()

    await requestCode(user, '09121234567')
    await user.type(await screen.findByLabelText('کد ۶ رقمی'), '123456')

    await screen.findByTestId('landed')
    expect(router.state.location.pathname).toBe('/welcome')
  })

  it('goes back to a local `next` page but never to another site', async () => {
    fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [signedIn(KNOWN)],
    })
    const user = userEvent.setup()
    const router = renderSignIn('/sign-in?next=%2Fsettings%3Ftab%3Dpassword')
    await requestCode(user, '09121234567')
    await user.type(await screen.findByLabelText('کد ۶ رقمی'), '123456')
    await screen.findByTestId('landed')
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
      '/settings?tab=password',
    )
  })

  it('ignores an off-site `next` and lands on the dashboard', async () => {
    fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [signedIn(KNOWN)],
    })
    const user = userEvent.setup()
    const router = renderSignIn('/sign-in?next=%2F%2Fevil.example')
    await requestCode(user, '09121234567')
    await user.type(await screen.findByLabelText('کد ۶ رقمی'), '123456')
    await screen.findByTestId('landed')
    expect(router.state.location.pathname).toBe('/dashboard')
  })

  it('signs in with a password instead of a code', async () => {
    const api = fakeApi({ '/api/v1/auth/login': [signedIn(KNOWN)] })
    const user = userEvent.setup()
    const router = renderSignIn()

    await user.click(screen.getByRole('button', { name: 'ورود با رمز عبور' }))
    await user.type(screen.getByLabelText('شماره موبایل یا ایمیل'), '۰۹۱۲۱۲۳۴۵۶۷')
    await user.type(screen.getByLabelText('رمز عبور'), 'a long secret')
    await user.click(screen.getByRole('button', { name: 'ورود' }))

    await screen.findByTestId('landed')
    expect(router.state.location.pathname).toBe('/dashboard')
    expect(api.bodiesSentTo('/api/v1/auth/login')).toEqual([
      { identifier: '09121234567', password: 'a long secret' },
    ])
  })

  it('shows a wrong password in Persian and stays on the page', async () => {
    fakeApi({ '/api/v1/auth/login': [problem(401, 'INVALID_CREDENTIALS')] })
    const user = userEvent.setup()
    const router = renderSignIn()

    await user.click(screen.getByRole('button', { name: 'ورود با رمز عبور' }))
    await user.type(screen.getByLabelText('شماره موبایل یا ایمیل'), '09121234567')
    await user.type(screen.getByLabelText('رمز عبور'), 'wrong')
    await user.click(screen.getByRole('button', { name: 'ورود' }))

    expect((await screen.findByRole('alert')).textContent).toBe('شناسه یا رمز عبور درست نیست.')
    expect(router.state.location.pathname).toBe('/sign-in')
    await user.click(screen.getByRole('button', { name: 'ورود با کد یک‌بارمصرف' }))
    expect(screen.getByRole('button', { name: 'دریافت کد ورود' })).toBeTruthy()
  })

  it('sends someone already signed in to the dashboard', async () => {
    fakeApi({
      '/api/v1/auth/session': [
        { status: 200, body: { user: { id: 'u1', type: 'patient' }, permissions: [] } },
      ],
    })
    const router = renderSignIn()
    await screen.findByTestId('landed')
    expect(router.state.location.pathname).toBe('/dashboard')
  })

  it('asks staff with two-step sign-in for the app code and sends it with the same code', async () => {
    const api = fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [problem(401, 'TOTP_REQUIRED'), signedIn(KNOWN)],
    })
    const user = userEvent.setup()
    const router = renderSignIn()

    await requestCode(user, '09121234567')
    await user.type(await screen.findByLabelText('کد ۶ رقمی'), '111222')
    await user.type(await screen.findByLabelText('کد برنامه یا کد بازیابی'), '۳۳۳ ۴۴۴')
    await user.click(screen.getByRole('button', { name: 'تأیید و ورود' }))

    await screen.findByTestId('landed')
    expect(router.state.location.pathname).toBe('/dashboard')
    expect(api.bodiesSentTo('/api/v1/auth/verify-otp')).toEqual([
      { identifier: '09121234567', code: '111222' },
      { identifier: '09121234567', code: '111222', totpCode: '333444' },
    ])
  })
})
