import type { dashboardMessagesFa } from './dashboard-messages-fa.ts'

export const dashboardMessagesEn: typeof dashboardMessagesFa = {
  pageTitle: 'Dashboard | YektaYar admin panel',
  title: 'Dashboard',
  lead: 'YektaYar week by week (Jalali weeks, Saturday to Friday, Tehran time). Each number is compared with the week before and opens its list; counts only, never what anyone wrote.',
  figuresTitle: 'This week',
  computedAt: 'Weekly figures as of',
  chartSummary:
    '{{figure}} over the last {{weeks}} weeks from the week of {{from}}: lowest {{min}}, highest {{max}}, this week {{current}}.',
  trend: {
    up: '{{change}} more than last week',
    down: '{{change}} less than last week',
    upPoints: '{{change}} points higher than last week',
    downPoints: '{{change}} points lower than last week',
    flat: 'Same as last week',
    none: 'No comparison with last week',
  },
  when: {
    activePatients: 'This week',
    sessions: 'This week',
    completionRate: 'This week',
    noShowRate: 'This week',
    revenue: 'This week',
    signUps: 'This week',
    pendingVerification: 'Now',
    openSafetyAlerts: 'Now',
    failedNotifications: 'This week',
  },
  figures: {
    activePatients: {
      title: 'Active patients',
      help: 'Patients with at least one confirmed, completed or no-show session starting this week.',
      list: "This week's appointments",
    },
    sessions: {
      title: 'Sessions this week',
      help: 'Confirmed, completed and no-show sessions starting this week, upcoming ones included. Holds and cancellations are not sessions.',
      list: 'Appointments',
    },
    completionRate: {
      title: 'Completion rate',
      help: 'Completed ÷ (completed + no-show + late-cancelled) of sessions starting this week. Late-cancelled: a confirmed session cancelled within the free-cancellation window before its start.',
      list: 'Completed sessions',
    },
    noShowRate: {
      title: 'No-show rate',
      help: 'No-show ÷ (completed + no-show + late-cancelled) of sessions starting this week.',
      list: 'No-show sessions',
    },
    revenue: {
      title: 'Revenue',
      help: 'Payments settled this week minus refunds made this week, in toman.',
      list: 'Payments',
    },
    signUps: {
      title: 'New sign-ups',
      help: 'Patients and psychologists who created an account this week (staff accounts are not counted).',
      list: 'New people',
    },
    pendingVerification: {
      title: 'Pending verification',
      help: 'Psychologists with an active account whose profile is not verified yet, including those sent back for changes. For past weeks: as at the end of that week.',
      list: 'Verification queue',
    },
    openSafetyAlerts: {
      title: 'Open safety alerts',
      help: 'Safety alerts not resolved yet (open or acknowledged). For past weeks: as at the end of that week.',
      list: 'Safety queue',
    },
    failedNotifications: {
      title: 'Failed notifications',
      help: 'Deliveries (SMS, email, push or in-app) created this week that still failed after every retry.',
      list: 'Failed deliveries',
    },
  },
}
