import { codeSentAfter } from './sign-in.ts'

/** One call to the backend's API as a client would make it; a non-2xx answer throws. */
export async function api<T>(
  origin: string,
  path: string,
  init: RequestInit & { token?: string } = {},
) {
  const headers = new Headers(init.headers)
  if (init.body) headers.set('content-type', 'application/json')
  if (init.token) headers.set('authorization', `Bearer ${init.token}`)
  const response = await fetch(`${origin}/api/v1${path}`, { ...init, headers })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`)
  return (text ? JSON.parse(text) : null) as T
}

/** A person signed in by code through the API (the sign-in screens have journeys of their own). */
export async function signInByApi(origin: string, identifier: string): Promise<{ token: string }> {
  const sent = Date.now()
  await api(origin, '/auth/send-otp', { method: 'POST', body: JSON.stringify({ identifier }) })
  const code = await codeSentAfter(origin, identifier, sent)
  return api<{ token: string }>(origin, '/auth/verify-otp', {
    method: 'POST',
    body: JSON.stringify({ identifier, code }),
  })
}
