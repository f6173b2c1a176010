import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { UserType } from '@yektayar/shared/types'
import { SESSION_KEY } from '@yektayar/ui'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { shellMessagesEn } from '../../../app/shell-messages-en.ts'
import { shellMessagesFa } from '../../../app/shell-messages-fa.ts'
import { alertMessagesEn } from '../../../shared/safety/alert-messages-en.ts'
import { alertMessagesFa } from '../../../shared/safety/alert-messages-fa.ts'
import { SafetyLayer } from '../../../shared/safety/safety-layer.tsx'
import { safetyMessagesEn } from '../../../shared/safety/safety-messages-en.ts'
import { safetyMessagesFa } from '../../../shared/safety/safety-messages-fa.ts'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { companionMessagesEn } from '../companion-messages-en.ts'
import { companionMessagesFa } from '../companion-messages-fa.ts'
import { ChatPage } from '../components/chat-page.tsx'
import { CompanionLayout } from '../components/companion-layout.tsx'
import { ConversationListPage } from '../components/conversation-list-page.tsx'
import { companionRoutes } from '../routes.tsx'

export function initCompanionI18n() {
  return initTestI18n({
    fa: {
      companion: companionMessagesFa,
      shell: shellMessagesFa,
      safety: safetyMessagesFa,
      safetyAlerts: alertMessagesFa,
    },
    en: {
      companion: companionMessagesEn,
      shell: shellMessagesEn,
      safety: safetyMessagesEn,
      safetyAlerts: alertMessagesEn,
    },
  })
}

export const DISCLAIMER_KEY = 'yy.companion.disclaimer.v1'

/** As the app shell has it: the safety layer over every page. */
function WithSafetyLayer() {
  return (
    <>
      <Outlet />
      <SafetyLayer />
    </>
  )
}

function ThreadStandIn() {
  return <h1>thread</h1>
}

/**
 * The companion's pages at `entry`, signed in as a patient, with the app shell's safety layer
 * beside them (where the crisis card appears). The disclaimer is taken as read unless asked.
 */
export function renderCompanion(entry: string, { disclaimerRead = true } = {}) {
  if (disclaimerRead) localStorage.setItem(DISCLAIMER_KEY, 'acknowledged')
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  client.setQueryData(SESSION_KEY, {
    user: { id: '00000000-0000-4000-8000-000000000001', type: 'patient' },
    session: { id: '00000000-0000-4000-8000-000000000009', expiresAt: null },
    permissions: [],
    totpSetupRequired: false,
  })
  const router = createMemoryRouter(
    [
      {
        Component: WithSafetyLayer,
        children: [
          {
            Component: CompanionLayout,
            children: [
              { path: '/companion', Component: ConversationListPage },
              { path: '/companion/:id', Component: ChatPage },
            ],
          },
          { path: '/messages/:id', Component: ThreadStandIn },
        ],
      },
    ],
    { initialEntries: [entry] },
  )
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { router, client, ...view }
}

function HomeStandIn() {
  return <h1>home</h1>
}

/**
 * The companion's routes as the app has them (their guards and lazy pages), at `entry`, signed
 * in as `as`: a psychologist unless told. A guard that turns someone away sends them to `/`.
 */
export function renderCompanionRoutes(entry: string, as: UserType = 'psychologist') {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  client.setQueryData(SESSION_KEY, {
    user: { id: '00000000-0000-4000-8000-000000000002', type: as },
    session: { id: '00000000-0000-4000-8000-000000000009', expiresAt: null },
    permissions: [],
    totpSetupRequired: false,
  })
  const router = createMemoryRouter([{ path: '/', Component: HomeStandIn }, ...companionRoutes], {
    initialEntries: [entry],
  })
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { router, client, ...view }
}
