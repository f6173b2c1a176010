import { framedRoutes, NotFoundPage, RequireSession } from '@yektayar/ui'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { agendaRoutes } from '../features/agenda/routes.tsx'
import { appointmentsRoutes } from '../features/appointments/routes.tsx'
import { assessmentsRoutes } from '../features/assessments/routes.tsx'
import { authRoutes } from '../features/auth/routes.tsx'
import { availabilityRoutes } from '../features/availability/routes.tsx'
import { bookingRoutes } from '../features/booking/routes.tsx'
import { companionRoutes } from '../features/companion/routes.tsx'
import { coursesRoutes } from '../features/courses/routes.tsx'
import { dashboardRoutes } from '../features/dashboard/routes.tsx'
import { directoryRoutes } from '../features/directory/routes.tsx'
import { documentsRoutes } from '../features/documents/routes.tsx'
import { homeRoutes } from '../features/home/routes.tsx'
import { messagingRoutes } from '../features/messaging/routes.tsx'
import { notificationsRoutes } from '../features/notifications/routes.tsx'
import { onboardingRoutes } from '../features/onboarding/routes.tsx'
import { patientSummaryRoutes } from '../features/patient-summary/routes.tsx'
import { paymentResultRoutes, paymentRoutes } from '../features/payments/routes.tsx'
import { practiceProfileRoutes } from '../features/practice-profile/routes.tsx'
import { safetyPlanRoutes } from '../features/safety-plan/routes.tsx'
import { safetyQueueRoutes } from '../features/safety-queue/routes.tsx'
import { settingsRoutes } from '../features/settings/routes.tsx'
import { AppShell } from './app-shell.tsx'

export const appRoutes: RouteObject[] = framedRoutes(AppShell, [
  // Open to visitors.
  ...homeRoutes,
  ...authRoutes,
  ...directoryRoutes,
  ...coursesRoutes,
  ...paymentResultRoutes,
  // Links meant for the Android app (App Links), opened in a browser instead.
  {
    path: 'app/*',
    lazy: async () => ({
      Component: (await import('./app-link/app-link-page.tsx')).AppLinkPage,
    }),
  },
  // Signed in: each feature's routes; RequireSession sends visitors to sign-in and back.
  {
    Component: RequireSession,
    children: [
      ...onboardingRoutes,
      ...settingsRoutes,
      ...availabilityRoutes,
      ...practiceProfileRoutes,
      ...dashboardRoutes,
      ...bookingRoutes,
      ...paymentRoutes,
      ...appointmentsRoutes,
      ...assessmentsRoutes,
      ...documentsRoutes,
      ...agendaRoutes,
      ...patientSummaryRoutes,
      ...messagingRoutes,
      ...notificationsRoutes,
      ...safetyPlanRoutes,
      ...companionRoutes,
      ...safetyQueueRoutes,
    ],
  },
  { path: '*', Component: NotFoundPage },
])

export type AppRouter = ReturnType<typeof createBrowserRouter>

export function createAppRouter(): AppRouter {
  return createBrowserRouter(appRoutes)
}

/**
 * Resolves once the router has loaded the first page's lazy chunk (or failed to, which shows
 * the error page). Rendering before that would paint the loading state, which the page then
 * replaces, moving the footer and everything else on screen.
 */
export function whenRouterReady(router: AppRouter): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve()
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}
