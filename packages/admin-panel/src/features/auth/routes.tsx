import { RequireSession } from '@yektayar/ui'
import type { RouteObject } from 'react-router'
import { NoAccessState } from './components/no-access-state.tsx'
import { isStaff } from './staff.ts'

export const authRoutes: RouteObject[] = [
  {
    path: 'sign-in',
    lazy: async () => ({
      Component: (await import('./components/sign-in-page.tsx')).SignInPage,
    }),
  },
]

/** Layout route for every other page: signed-in staff only; others are told and may sign out. */
export function StaffOnly() {
  return <RequireSession allows={isStaff} denied={<NoAccessState />} />
}
