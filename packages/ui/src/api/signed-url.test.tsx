import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { initI18n } from '../i18n/init-i18n-both.ts'
import { configureApiTransport } from './api-transport.ts'
import { useSignedUrl } from './signed-url.ts'

initI18n({ fa: {}, en: {} })

const FILE_ID = '0b6c3f1e-8a2d-4c1e-9f3a-2d4e5f6a7b8c'
const FILE = `/api/v1/files/${FILE_ID}`
const APPOINTMENT = '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'

/**
 * The API's link endpoints on loopback, as the backend answers them (CORS for the app's
 * origin, problem+json): each link a new signature, living `lifeMs`.
 */
const asked: { path: string; authorization?: string }[] = []
let lifeMs = 300_000
let signed = 0
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  response.setHeader('access-control-allow-origin', request.headers.origin ?? '*')
  response.setHeader('access-control-allow-headers', 'authorization, content-type, accept-language')
  response.setHeader('access-control-allow-methods', 'POST')
  if (request.method === 'OPTIONS') return response.writeHead(204).end()
  const path = request.url ?? ''
  asked.push({ path, authorization: request.headers.authorization })
  const file = /^\/api\/v1\/files\/([^/]+)\/link$/.exec(path)
  const calendar = /^\/api\/v1\/appointments\/([^/]+)\/calendar-link$/.exec(path)
  const expiresAt = new Date(Date.now() + lifeMs).toISOString()
  const sig = `?sig=s${++signed}`
  const body = file
    ? {
        url: `/api/v1/files/${file[1]}${sig}`,
        fallbackUrl: `/api/v1/files/${file[1]}/fallback${sig}`,
      }
    : calendar && { url: `/api/v1/appointments/${calendar[1]}/calendar.ics${sig}` }
  if (request.method !== 'POST' || !body) {
    response.writeHead(404, { 'content-type': 'application/problem+json' })
    return response.end(
      JSON.stringify({ type: 'about:blank', title: 'NOT_FOUND', status: 404, code: 'NOT_FOUND' }),
    )
  }
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(JSON.stringify({ ...body, expiresAt }))
})
let origin = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  asked.length = 0
  lifeMs = 300_000
})
afterEach(() => configureApiTransport({ baseUrl: '' }))

function Picture({ path, testId }: { path: string; testId: string }) {
  const { url, onError } = useSignedUrl(path)
  return <img data-testid={testId} src={url} alt="" onError={onError} />
}

function Download({ path }: { path: string }) {
  const { url } = useSignedUrl(path, { keepFresh: true })
  return (
    <a data-testid="download" href={url}>
      download
    </a>
  )
}

function renderWithClient(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(<QueryClientProvider client={client}>{children}</QueryClientProvider>)
}

const srcOf = (testId: string) => screen.getByTestId(testId).getAttribute('src')

describe('on the web (the session cookie)', () => {
  it('keeps the address as it is and asks the API for nothing', async () => {
    renderWithClient(
      <>
        <Picture path={FILE} testId="main" />
        <Download path={`/api/v1/appointments/${APPOINTMENT}/calendar.ics`} />
      </>,
    )
    expect(srcOf('main')).toBe(FILE)
    expect(screen.getByTestId('download').getAttribute('href')).toBe(
      `/api/v1/appointments/${APPOINTMENT}/calendar.ics`,
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(asked).toEqual([])
  })
})

describe('in the Android app (a bearer token)', () => {
  beforeEach(() => configureApiTransport({ baseUrl: origin, keepSessionToken: () => {} }, 'tok'))

  it('shows a signed link on the API’s origin, one per file for both its copies', async () => {
    renderWithClient(
      <>
        <Picture path={FILE} testId="main" />
        <Picture path={`${FILE}/fallback`} testId="jpeg" />
      </>,
    )
    expect(srcOf('main')).toBeNull()
    await waitFor(() => expect(srcOf('main')).toBe(`${origin}${FILE}?sig=s${signed}`))
    expect(srcOf('jpeg')).toBe(`${origin}${FILE}/fallback?sig=s${signed}`)
    expect(asked).toEqual([{ path: `${FILE}/link`, authorization: 'Bearer tok' }])
  })

  it('asks again when the element cannot load its link, and only then', async () => {
    renderWithClient(<Picture path={FILE} testId="main" />)
    await waitFor(() => expect(srcOf('main')).toMatch(/\?sig=/))
    const first = srcOf('main')
    fireEvent.error(screen.getByTestId('main'))
    await waitFor(() => expect(srcOf('main')).not.toBe(first))
    expect(asked).toHaveLength(2)
  })

  it('gives a new element a new link once the kept one nears its end; the first keeps its own', async () => {
    lifeMs = 1000
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const shown = (both: boolean) => (
      <QueryClientProvider client={client}>
        <Picture path={FILE} testId="first" />
        {both && <Picture path={FILE} testId="second" />}
      </QueryClientProvider>
    )
    const { rerender } = render(shown(false))
    await waitFor(() => expect(srcOf('first')).toMatch(/\?sig=/))
    const first = srcOf('first')
    // Handed out for four fifths of its life: 800 ms here.
    await new Promise((resolve) => setTimeout(resolve, 900))
    rerender(shown(true))
    await waitFor(() => expect(srcOf('second')).toMatch(/\?sig=/))
    expect(srcOf('second')).not.toBe(first)
    expect(srcOf('first')).toBe(first)
    expect(asked).toHaveLength(2)
  })

  it('renews a download link before it ends, and leaves public pictures alone', async () => {
    lifeMs = 1000
    const avatar = `/api/v1/files/public/${FILE_ID}/0123456789abcdef.webp`
    renderWithClient(
      <>
        <Download path={`/api/v1/appointments/${APPOINTMENT}/calendar.ics`} />
        <Picture path={avatar} testId="avatar" />
      </>,
    )
    const href = () => screen.getByTestId('download').getAttribute('href')
    await waitFor(() => expect(href()).toMatch(/calendar\.ics\?sig=s\d+$/))
    const first = href()
    await waitFor(() => expect(href()).not.toBe(first), { timeout: 3000 })
    expect(href()).toMatch(new RegExp(`^${origin}/api/v1/appointments/${APPOINTMENT}/`))
    expect(srcOf('avatar')).toBe(`${origin}${avatar}`)
    expect(asked.every((call) => call.path.endsWith('/calendar-link'))).toBe(true)
  })
})
