import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { User } from '@yektayar/shared/types'
import { initI18n } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { vi } from 'vitest'
import { commonMessagesEn } from '../common-messages-en.ts'
import { commonMessagesFa } from '../common-messages-fa.ts'

type Subtrees = Record<string, object>

/**
 * Component tests' strings: the given features' subtrees in both languages, plus the shared
 * layer's (common), as the app has them.
 */
export function initTestI18n({ fa, en }: { fa: Subtrees; en: Subtrees }) {
  return initI18n({
    fa: { common: commonMessagesFa, ...fa },
    en: { common: commonMessagesEn, ...en },
  })
}

export type Reply = { status: number; body?: unknown }

export const problem = (status: number, code: string): Reply => ({
  status,
  body: { type: 'about:blank', title: code, status, code },
})

/** A fake API keyed by "METHOD path": answers from each key's queue and records what was sent. */
export function fakeApi(replies: Record<string, Reply[]>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`
    const reply = replies[key]?.shift() ?? { status: 500, body: null }
    if (reply.status === 204) return new Response(null, { status: 204 })
    const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
    return new Response(JSON.stringify(reply.body ?? null), {
      status: reply.status,
      headers: { 'Content-Type': type },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  const calls = () =>
    fetchMock.mock.calls.map(([input, init]) => ({
      key: `${init?.method ?? 'GET'} ${String(input)}`,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    }))
  const bodiesSentTo = (key: string) =>
    calls()
      .filter((call) => call.key === key)
      .map((call) => call.body)
  return { calls, bodiesSentTo }
}

export function withQueryClient(children: ReactNode) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}

export function userFixture(overrides: Partial<User> = {}): User {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    type: 'patient',
    isActive: true,
    profile: {},
    preferences: {},
    identifiers: [
      {
        id: '00000000-0000-4000-8000-000000000002',
        type: 'phone',
        value: '+989121234567',
        isVerified: true,
        isPrimary: true,
      },
    ],
    hasPassword: false,
    totpEnabled: false,
    totpRequired: false,
    createdAt: '2026-11-01T08:00:00.000Z',
    lastLoginAt: null,
    ...overrides,
  }
}
