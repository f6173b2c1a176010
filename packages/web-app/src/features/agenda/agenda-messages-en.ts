import type { agendaMessagesFa } from './agenda-messages-fa.ts'

export const agendaMessagesEn: typeof agendaMessagesFa = {
  pageTitle: 'Agenda — YektaYar',
  title: 'Agenda',
  lead: 'Your sessions with clients; times in {{zone}}.',
  views: { label: 'View', day: 'Day', week: 'Week' },
  navigation: 'Move through the calendar',
  previous: { day: 'Previous day', week: 'Previous week' },
  next: { day: 'Next day', week: 'Next week' },
  today: 'Today',
  todayBadge: 'Today',
  range: '{{first}} – {{last}}',
  count: '{{formatted}} sessions',
  noSessions: 'No sessions.',
  emptyWeek: 'No sessions this week.',
  emptyDay: 'No sessions on this day.',
  refreshing: 'Updating…',
  openLabel: '{{time}}, {{name}}, {{status}}',
}
