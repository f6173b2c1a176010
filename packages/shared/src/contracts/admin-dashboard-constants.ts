// The dashboard's vocabulary without zod, so the admin panel can import the values.

/** Every figure of the admin dashboard, in the order it shows them. */
export const DASHBOARD_FIGURES = [
  'activePatients',
  'sessions',
  'completionRate',
  'noShowRate',
  'revenue',
  'signUps',
  'pendingVerification',
  'openSafetyAlerts',
  'failedNotifications',
] as const
export type DashboardFigureKey = (typeof DASHBOARD_FIGURES)[number]

export const DASHBOARD_UNITS = ['count', 'percent', 'rials'] as const
export type DashboardUnit = (typeof DASHBOARD_UNITS)[number]
