import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { SESSION_KEY } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { assessmentsMessagesEn } from '../assessments-messages-en.ts'
import { assessmentsMessagesFa } from '../assessments-messages-fa.ts'
import { AssessmentsPage } from '../components/assessments-page.tsx'
import { ResultPage } from '../components/result-page.tsx'
import { TakePage } from '../components/take-page.tsx'

export function initAssessmentsI18n() {
  return initTestI18n({
    fa: { assessments: assessmentsMessagesFa },
    en: { assessments: assessmentsMessagesEn },
  })
}

/** The assessment pages at `entry`, signed in as a patient. */
export function renderAssessments(entry: string) {
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
      { path: '/assessments', Component: AssessmentsPage },
      { path: '/assessments/results/:resultId', Component: ResultPage },
      { path: '/assessments/:id', Component: TakePage },
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
