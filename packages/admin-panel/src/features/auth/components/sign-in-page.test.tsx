import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n, initI18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { authMessagesFa } from '../auth-messages-fa.ts'
import { SignInPage } from './sign-in-page.tsx'

initI18n({ fa: { auth: authMessagesFa }, en: {} })

type Reply = { status: number; body: unknown }

const problem = (status: number, code: string): Reply => ({
  status,
  body: { type: 'about:blank', title: code, status, code },
})

const SIGNED_IN: Reply = {
  status: 200,
  body: { user: { id: 'u1', type: 'admin', profile: {}, preferences: {} }, isNewUser: false },
}

/** A fake API: each path answers from its own queue; the session is signed out until asked. */
function fakeApi(replies: Record<string, Reply[]>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const path = String(input)
    const fallback =
      path === '/api/v1/auth/session'
        ? problem(401, 'UNAUTHENTICATED')
        : { status: 500, body: null }
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
  return { fetchMock, bodiesSentTo }
}

function renderSignIn(entry = '/admin/sign-in') {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', Component: SignInPage },
      { path: '/', element: <p>dashboard</p> },
      { path: '/users', element: <p>users</p> },
    ],
    { basename: '/admin', initialEntries: [entry] },
  )
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

async function signInWithCode(user: ReturnType<typeof userEvent.setup>, code: string) {
  await user.type(screen.getByLabelText('شماره موبایل یا ایمیل'), '09120000001')
  await user.click(screen.getByRole('button', { name: 'دریافت کد ورود' }))
  await user.type(await screen.findByLabelText('کد ۶ رقمی'), code)
}

describe('admin SignInPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('signs in with an email and Arabic-Indic digits, landing on /admin/', async () => {
    const api = fakeApi({
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
    expect(api.bodiesSentTo('/api/v1/auth/verify-otp')).toEqual([
      { identifier: 'Staff@YektaYar.ir', code: '420420' },
    ])
  })

  it('asks for the identifier before calling the API', async () => {
    const { fetchMock } = fakeApi({})
    renderSignIn()

    await userEvent.click(screen.getByRole('button', { name: 'دریافت کد ورود' }))

    expect(screen.getByRole('alert').textContent).toBe('شماره موبایل یا ایمیل خود را وارد کنید.')
    const paths = fetchMock.mock.calls.map(([input]) => String(input))
    expect(paths.filter((path) => path !== '/api/v1/auth/session')).toEqual([])
  })

  it('completes two-step sign-in with the app code and returns to the page asked for', async () => {
    const api = fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [problem(401, 'TOTP_REQUIRED'), SIGNED_IN],
    })
    const user = userEvent.setup()
    const router = renderSignIn(`/admin/sign-in?next=${encodeURIComponent('/users')}`)

    await signInWithCode(user, '111222')
    expect(await screen.findByRole('heading', { name: 'ورود دومرحله‌ای' })).toBeTruthy()
    await user.type(screen.getByLabelText('کد برنامه یا کد بازیابی'), '۳۳۳ ۴۴۴')
    await user.click(screen.getByRole('button', { name: 'تأیید و ورود' }))

    expect(await screen.findByText('users')).toBeTruthy()
    expect(router.state.location.pathname).toBe('/admin/users')
    expect(api.bodiesSentTo('/api/v1/auth/verify-otp')).toEqual([
      { identifier: '09120000001', code: '111222' },
      { identifier: '09120000001', code: '111222', totpCode: '333444' },
    ])
  })

  it('accepts a recovery code instead and shows a wrong one on the same step', async () => {
    const api = fakeApi({
      '/api/v1/auth/send-otp': [{ status: 200, body: {} }],
      '/api/v1/auth/verify-otp': [
        problem(401, 'TOTP_REQUIRED'),
        problem(401, 'TOTP_INVALID'),
        SIGNED_IN,
      ],
    })
    const user = userEvent.setup()
    const router = renderSignIn()

    await signInWithCode(user, '111222')
    const field = await screen.findByLabelText('کد برنامه یا کد بازیابی')
    await user.type(field, 'wrong-recovery')
    await user.click(screen.getByRole('button', { name: 'تأیید و ورود' }))
    expect(await screen.findByRole('alert')).toBeTruthy()
    expect(router.state.location.pathname).toBe('/admin/sign-in')

    await user.clear(field)
    await user.type(field, 'abcde-12345')
    await user.click(screen.getByRole('button', { name: 'تأیید و ورود' }))

    expect(await screen.findByText('dashboard')).toBeTruthy()
    expect(api.bodiesSentTo('/api/v1/auth/verify-otp').at(-1)).toEqual({
      identifier: '09120000001',
      code: '111222',
      recoveryCode: 'abcde-12345',
    })
  })
})
