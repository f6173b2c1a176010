import type { RouteObject } from 'react-router'

/** Taking assessments and following my results: signed in. */
export const assessmentsRoutes: RouteObject[] = [
  {
    path: 'assessments',
    lazy: async () => ({
      Component: (await import('./components/assessments-page.tsx')).AssessmentsPage,
    }),
  },
  {
    path: 'assessments/results/:resultId',
    lazy: async () => ({
      Component: (await import('./components/result-page.tsx')).ResultPage,
    }),
  },
  {
    path: 'assessments/:id',
    lazy: async () => ({
      Component: (await import('./components/take-page.tsx')).TakePage,
    }),
  },
  {
    path: 'assessments/:id/history',
    lazy: async () => ({
      Component: (await import('./components/history-page.tsx')).HistoryPage,
    }),
  },
]
