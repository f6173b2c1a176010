import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { type AppMessages, addCourseErrorMessages, createQueryClient, initI18n } from '@yektayar/ui'
import type { ComponentType } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { vi } from 'vitest'
import { sharedMessagesEn } from '../shared-messages-en.ts'
import { sharedMessagesFa } from '../shared-messages-fa.ts'

/**
 * A feature's page tests: the shared pieces' strings (the no-permission state) and the feature's own,
 * `{ fa: { feature: … }, en: { feature: … } }`, plus the error sentences the panel adds at start.
 */
export function initTestI18n(messages: AppMessages) {
  initI18n({
    fa: { shared: sharedMessagesFa, ...messages.fa },
    en: { shared: sharedMessagesEn, ...messages.en },
  })
  addCourseErrorMessages()
}

export interface FakeCall {
  method: string
  path: string
  body: unknown
}

type Answer = { status: number; body?: unknown }

/**
 * A fake API for one page: the session (an admin with `permissions`) and whatever `answer`
 * gives for the rest; every request is recorded.
 */
export function fakeApi(permissions: string[], answer: (call: FakeCall) => Answer) {
  const calls: FakeCall[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input)
      const call = {
        method: init?.method ?? 'GET',
        path,
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      }
      const isSession = path === '/api/v1/auth/session'
      if (!isSession) calls.push(call)
      const reply: Answer = isSession ? sessionOf(permissions) : answer(call)
      const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
      const body = reply.body === undefined ? null : JSON.stringify(reply.body)
      return new Response(body, { status: reply.status, headers: { 'Content-Type': type } })
    }),
  )
  return calls
}

function sessionOf(permissions: string[]): Answer {
  return {
    status: 200,
    body: {
      user: { id: 'u1', type: 'admin' },
      session: { id: 's1', expiresAt: null },
      permissions,
      totpSetupRequired: false,
    },
  }
}

export function renderPage(path: string, Page: ComponentType, at = path) {
  const router = createMemoryRouter(
    // Anywhere else the page sends the reader renders nothing (the test reads the address).
    [
      { path, Component: Page },
      { path: '*', Component: () => null },
    ],
    { initialEntries: [at] },
  )
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}
