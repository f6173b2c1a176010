/**
 * Accounts made through the API, as people make them: send-otp, the code from the dev outbox
 * (the bench app runs with DEV_OUTBOX=true and console providers, see servers/app-env.ts),
 * then verify-otp or register.
 */

async function post(origin: string, path: string, body: unknown): Promise<Response> {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
  return response
}

async function codeFor(origin: string, phone: string): Promise<string> {
  await post(origin, '/api/v1/auth/send-otp', { identifier: phone })
  const outbox = await fetch(`${origin}/api/v1/dev/outbox?to=${encodeURIComponent(phone)}`)
  const { items } = (await outbox.json()) as { items: { text: string }[] }
  const code = /\b\d{6}\b/.exec(items[0]?.text ?? '')?.[0]
  if (!code) throw new Error(`no code in the dev outbox for ${phone}`)
  return code
}

/** Distinct numbers per run, so a reused PostgreSQL database never collides. */
export function benchPhone(index: number): string {
  const run = Date.now() % 10_000
  return `+98939${String(run).padStart(4, '0')}${String(index).padStart(3, '0')}`
}

/** A new patient's bearer token. */
export async function signInNewPatient(origin: string, phone: string): Promise<string> {
  const code = await codeFor(origin, phone)
  const response = await post(origin, '/api/v1/auth/verify-otp', { identifier: phone, code })
  return ((await response.json()) as { token: string }).token
}

export async function registerWithPassword(origin: string, phone: string, password: string) {
  const code = await codeFor(origin, phone)
  await post(origin, '/api/v1/auth/register', { identifier: phone, code, password })
}

/**
 * The app's event-loop delay p99 in ms from prom-client's /metrics. Each scrape resets the
 * histogram, so a scrape just before a run and one just after bracket exactly that run.
 */
export async function eventLoopP99Ms(origin: string, token: string): Promise<number> {
  const response = await fetch(`${origin}/metrics`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const text = await response.text()
  const value = /^nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(text)?.[1]
  if (value === undefined) throw new Error(`no event-loop figures at /metrics (${response.status})`)
  return Number(value) * 1000
}
